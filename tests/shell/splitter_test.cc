#include "shell/statement_splitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace spoke::shell {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Feeds `lines` and returns every statement completed, in order.
std::vector<std::string> Split(const std::vector<std::string>& lines,
                               StatementSplitter* s) {
  std::vector<std::string> out;
  for (const std::string& line : lines) {
    for (std::string& stmt : s->AddLine(line)) out.push_back(std::move(stmt));
  }
  return out;
}

TEST(StatementSplitterTest, SemicolonEndsStatement) {
  StatementSplitter s;
  EXPECT_THAT(Split({"SELECT * WHERE { ?s ?p ?o };"}, &s),
              ElementsAre("SELECT * WHERE { ?s ?p ?o }"));
  EXPECT_FALSE(s.pending());
}

TEST(StatementSplitterTest, MultiLineWaitsForBalancedBraces) {
  StatementSplitter s;
  EXPECT_THAT(s.AddLine("SELECT ?s WHERE {"), IsEmpty());
  EXPECT_TRUE(s.pending());
  EXPECT_THAT(s.AddLine("  ?s ?p ?o ;"), IsEmpty());  // inside braces
  EXPECT_THAT(s.AddLine("     ?q ?r"), IsEmpty());
  EXPECT_THAT(s.AddLine("} LIMIT 3;"),
              ElementsAre("SELECT ?s WHERE {\n  ?s ?p ?o ;\n     ?q ?r\n} LIMIT 3"));
  EXPECT_FALSE(s.pending());
}

TEST(StatementSplitterTest, EmptyLineEndsStatement) {
  StatementSplitter s;
  EXPECT_THAT(Split({"ASK { ?s ?p ?o }", ""}, &s), ElementsAre("ASK { ?s ?p ?o }"));
  // Even unbalanced: the parser then reports the error.
  EXPECT_THAT(Split({"SELECT * WHERE {", "   "}, &s), ElementsAre("SELECT * WHERE {"));
}

TEST(StatementSplitterTest, SeveralStatementsOnOneLine) {
  StatementSplitter s;
  EXPECT_THAT(Split({"ASK {?s ?p 1}; ASK {?s ?p 2} ;ASK {?s ?p 3}"}, &s),
              ElementsAre("ASK {?s ?p 1}", "ASK {?s ?p 2}"));
  EXPECT_TRUE(s.pending());
  EXPECT_EQ(s.Flush(), "ASK {?s ?p 3}");
  EXPECT_FALSE(s.pending());
}

TEST(StatementSplitterTest, IgnoresSemicolonsInStringsIrisAndComments) {
  StatementSplitter s;
  EXPECT_THAT(Split({"SELECT * WHERE { ?s ?p \"a;b\" } # trailing; comment",
                     "LIMIT 1;"},
                    &s),
              ElementsAre("SELECT * WHERE { ?s ?p \"a;b\" } # trailing; comment\nLIMIT 1"));
  // 'it''s' is two short strings next to each other.
  EXPECT_THAT(Split({"ASK { <http://x/a;b> ?p 'it''s' };"}, &s),
              ElementsAre("ASK { <http://x/a;b> ?p 'it''s' }"));
  EXPECT_THAT(Split({"ASK { <http://x/a;b> ?p '}' };"}, &s),
              ElementsAre("ASK { <http://x/a;b> ?p '}' }"));
  EXPECT_THAT(Split({"ASK { ?s ?p \"\\\";{\" };"}, &s),
              ElementsAre("ASK { ?s ?p \"\\\";{\" }"));
}

TEST(StatementSplitterTest, LessThanIsNotAnIri) {
  StatementSplitter s;
  EXPECT_THAT(Split({"SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) };"}, &s),
              ElementsAre("SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) }"));
  EXPECT_THAT(Split({"SELECT * WHERE { ?s ?p ?o FILTER(?o<3&&?o>1) };"}, &s),
              ElementsAre("SELECT * WHERE { ?s ?p ?o FILTER(?o<3&&?o>1) }"));
}

TEST(StatementSplitterTest, LongStringsSpanLinesAndEmptyLines) {
  StatementSplitter s;
  EXPECT_THAT(s.AddLine("INSERT DATA { <a> <b> \"\"\"one;"), IsEmpty());
  EXPECT_TRUE(s.in_long_string());
  EXPECT_THAT(s.AddLine(""), IsEmpty());  // part of the string
  EXPECT_THAT(s.AddLine("} two\"\"\" };"),
              ElementsAre("INSERT DATA { <a> <b> \"\"\"one;\n\n} two\"\"\" }"));
  EXPECT_THAT(Split({"ASK { ?s ?p '''a'' '' ; ''' };"}, &s),
              ElementsAre("ASK { ?s ?p '''a'' '' ; ''' }"));
}

TEST(StatementSplitterTest, CommentsAloneAreNotStatements) {
  StatementSplitter s;
  EXPECT_THAT(Split({"# just a comment", ""}, &s), IsEmpty());
  EXPECT_THAT(Split({"   ;  ;"}, &s), IsEmpty());
  EXPECT_FALSE(s.pending());
  EXPECT_THAT(Split({"ASK {?s ?p ?o}; # done"}, &s), ElementsAre("ASK {?s ?p ?o}"));
  EXPECT_FALSE(s.pending());
  EXPECT_EQ(s.Flush(), "");
}

TEST(StatementSplitterTest, HashInsideIriIsNotAComment) {
  StatementSplitter s;
  EXPECT_THAT(Split({"SELECT * WHERE { ?s <http://x/#p> ?o };"}, &s),
              ElementsAre("SELECT * WHERE { ?s <http://x/#p> ?o }"));
}

TEST(StatementSplitterTest, UnterminatedShortStringEndsAtLineEnd) {
  StatementSplitter s;
  // The '}' inside the broken string does not count; the next line's does.
  EXPECT_THAT(Split({"ASK { ?s ?p \"oops }", "};"}, &s),
              ElementsAre("ASK { ?s ?p \"oops }\n}"));
  EXPECT_THAT(Split({"ASK { ?s ?p \"oops", "};"}, &s),
              ElementsAre("ASK { ?s ?p \"oops\n}"));
}

TEST(StatementSplitterTest, ResetForgetsPendingText) {
  StatementSplitter s;
  EXPECT_THAT(s.AddLine("SELECT * WHERE { \"\"\"x"), IsEmpty());
  s.Reset();
  EXPECT_FALSE(s.pending());
  EXPECT_THAT(s.AddLine("ASK {};"), ElementsAre("ASK {}"));
}

TEST(StatementSplitterTest, StrayClosingBraceStillSplits) {
  StatementSplitter s;
  EXPECT_THAT(Split({"ASK { ?s ?p ?o } };", "ASK {};"}, &s),
              ElementsAre("ASK { ?s ?p ?o } }", "ASK {}"));
}

}  // namespace
}  // namespace spoke::shell
