#include "spoke/term.h"

#include <gtest/gtest.h>

namespace spoke {
namespace {

TEST(TermTest, XsdStringDatatypeIsSimpleLiteral) {
  EXPECT_EQ(Term::TypedLiteral("a", kXsdString), Term::Literal("a"));
  EXPECT_TRUE(Term::TypedLiteral("a", kXsdString).is_simple_literal());
  EXPECT_EQ(Term::Literal("a").datatype(), kXsdString);
}

TEST(TermTest, LanguageTagIsLowercased) {
  Term t = Term::LangLiteral("bonjour", "FR-be");
  EXPECT_EQ(t.language(), "fr-be");
  EXPECT_EQ(t.datatype(), kRdfLangString);
  EXPECT_EQ(t, Term::LangLiteral("bonjour", "fr-BE"));
}

TEST(TermTest, ToNTriplesEscapes) {
  struct Case {
    Term term;
    const char* want;
  } cases[] = {
      {Term::Iri("http://x/a"), "<http://x/a>"},
      {Term::Blank("b0"), "_:b0"},
      {Term::Literal("a\"b\\c\nd"), R"("a\"b\\c\nd")"},
      {Term::LangLiteral("x", "en"), R"("x"@en)"},
      {Term::TypedLiteral("1", kXsdInteger),
       R"("1"^^<http://www.w3.org/2001/XMLSchema#integer>)"},
      {Term::Literal(""), R"("")"},
  };
  for (const Case& c : cases) EXPECT_EQ(c.term.ToNTriples(), c.want);
}

TEST(TermTest, NumericAccessors) {
  EXPECT_EQ(Term::TypedLiteral("01", kXsdInteger).AsInteger(), 1);
  EXPECT_EQ(Term::TypedLiteral("-7", kXsdInteger).AsInteger(), -7);
  EXPECT_FALSE(Term::TypedLiteral("1.5", kXsdInteger).AsInteger());
  EXPECT_FALSE(Term::TypedLiteral("abc", kXsdInteger).AsInteger());
  EXPECT_DOUBLE_EQ(*Term::TypedLiteral("1.5", kXsdDecimal).AsDouble(), 1.5);
  EXPECT_FALSE(Term::TypedLiteral("1e5", kXsdDecimal).AsDouble());
  EXPECT_DOUBLE_EQ(*Term::TypedLiteral("1e5", kXsdDouble).AsDouble(), 1e5);
  EXPECT_EQ(Term::TypedLiteral("true", kXsdBoolean).AsBoolean(), true);
  EXPECT_FALSE(Term::Literal("1").AsInteger());
}

}  // namespace
}  // namespace spoke
