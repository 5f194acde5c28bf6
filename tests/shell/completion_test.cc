#include "shell/completion.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shell/progress_bar.h"

namespace spoke::shell {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

CompletionContext Ctx() {
  CompletionContext ctx;
  ctx.prefixes = {{"ex", "http://example.org/"},
                  {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}};
  ctx.predicates = {"http://example.org/attackedBy", "http://example.org/attackDate",
                    "http://example.org/location",
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                    "http://other.org/has space"};
  return ctx;
}

TEST(CompletionTest, WordStopsAtSeparators) {
  EXPECT_EQ(CompletionWord("SELECT ?s WHERE {?s ex:att"), "ex:att");
  EXPECT_EQ(CompletionWord("FILTER(CONT"), "CONT");
  EXPECT_EQ(CompletionWord("x "), "");
}

TEST(CompletionTest, KeywordsKeepTheUsersCase) {
  EXPECT_THAT(CompletionCandidates("SEL", Ctx()), ElementsAre("SELECT"));
  EXPECT_THAT(CompletionCandidates("sel", Ctx()), ElementsAre("select"));
  EXPECT_THAT(CompletionCandidates("SELECT * WHERE { ?s ?p ?o } ORD", Ctx()),
              ElementsAre("ORDER"));
  EXPECT_THAT(CompletionCandidates("FILTER(isi", Ctx()), ElementsAre("isIRI"));
  EXPECT_THAT(CompletionCandidates("STRS", Ctx()), ElementsAre("STRSTARTS"));
}

TEST(CompletionTest, PrefixesAndPredicates) {
  // Keywords and prefix names together.
  EXPECT_THAT(CompletionCandidates("?s e", Ctx()), Contains("ex:"));
  EXPECT_THAT(CompletionCandidates("?s ex:att", Ctx()),
              ElementsAre("ex:attackDate", "ex:attackedBy"));
  EXPECT_THAT(CompletionCandidates("?s ex:", Ctx()),
              ElementsAre("ex:attackDate", "ex:attackedBy", "ex:location"));
  EXPECT_THAT(CompletionCandidates("?s rdf:t", Ctx()), ElementsAre("rdf:type"));
  EXPECT_THAT(CompletionCandidates("?s nope:", Ctx()), IsEmpty());
  EXPECT_THAT(CompletionCandidates("?s <http://example.org/l", Ctx()),
              ElementsAre("<http://example.org/location>"));
  // A predicate whose local part needs escaping is offered only in full.
  EXPECT_THAT(CompletionCandidates("?s <http://other", Ctx()),
              ElementsAre("<http://other.org/has space>"));
}

TEST(CompletionTest, Variables) {
  CompletionContext ctx = Ctx();
  ctx.pending_text = "SELECT ?attacker ?date WHERE {\n";
  EXPECT_THAT(CompletionCandidates("  ?a", ctx), ElementsAre("?attacker"));
  EXPECT_THAT(CompletionCandidates("  $d", ctx), ElementsAre("$date"));
  EXPECT_THAT(CompletionCandidates("?x ?p ?xy . ?x", Ctx()), ElementsAre("?xy"));
}

TEST(CompletionTest, DotCommands) {
  EXPECT_THAT(CompletionCandidates(".fo", Ctx()), ElementsAre(".format"));
  EXPECT_THAT(CompletionCandidates(".d", Ctx()), ElementsAre(".datasets", ".drop"));
  EXPECT_THAT(CompletionCandidates(".format j", Ctx()), ElementsAre("json"));
  EXPECT_THAT(CompletionCandidates(".timer ", Ctx()), ElementsAre("off", "on"));
  EXPECT_THAT(CompletionCandidates(".explain SEL", Ctx()), ElementsAre("SELECT"));
  CompletionContext mid = Ctx();
  mid.at_statement_start = false;  // inside a statement a '.' is not a command
  EXPECT_THAT(CompletionCandidates(".fo", mid), IsEmpty());
}

TEST(CompletionTest, EmptyWordCompletesNothing) {
  EXPECT_THAT(CompletionCandidates("SELECT ", Ctx()), IsEmpty());
}

TEST(CompletionTest, CommonPrefix) {
  EXPECT_EQ(CommonPrefix({"ex:attackDate", "ex:attackedBy"}), "ex:attack");
  EXPECT_EQ(CommonPrefix({"only"}), "only");
  EXPECT_EQ(CommonPrefix({}), "");
  // "é" is C3 A9, "è" is C3 A8: the shared C3 byte must not be kept alone.
  EXPECT_EQ(CommonPrefix({"x\xC3\xA9", "x\xC3\xA8"}), "x");
}

TEST(ProgressTest, KnownTotalShowsPercentRateAndTimeLeft) {
  LoadProgress p;
  p.bytes_done = 25'000'000;
  p.bytes_total = 100'000'000;
  p.quads = 200'000;
  std::string line = RenderProgress(p, 2.0, 100);
  EXPECT_NE(line.find(" 25%"), std::string::npos) << line;
  EXPECT_NE(line.find("25.0 MB / 100.0 MB"), std::string::npos) << line;
  EXPECT_NE(line.find("100k quads/s"), std::string::npos) << line;
  EXPECT_NE(line.find("0:06 left"), std::string::npos) << line;
  EXPECT_NE(line.find("[##########"), std::string::npos) << line;
  EXPECT_LE(line.size(), 100u);
}

TEST(ProgressTest, UnknownTotalAndNarrowTerminal) {
  LoadProgress p;
  p.bytes_done = 1500;
  p.quads = 30;
  std::string line = RenderProgress(p, 3.0, 200);
  EXPECT_NE(line.find("1.5 KB"), std::string::npos) << line;
  EXPECT_NE(line.find("10 quads/s"), std::string::npos) << line;
  EXPECT_EQ(line.find('%'), std::string::npos) << line;
  EXPECT_LE(RenderProgress(p, 3.0, 20).size(), 20u);
}

TEST(ProgressTest, LoadSummaryLine) {
  LoadSummary s;
  s.dataset = "events";
  s.quads_read = 12000;
  s.quads_new = 11990;
  s.duplicates = 10;
  s.seconds = 2.0;
  EXPECT_EQ(FormatLoadSummary(s),
            "loaded 12,000 quads (11,990 new, 10 duplicate) into dataset "
            "'events' in 2.00 s (6,000 quads/s)");
  s.invalid_skipped = 3;
  EXPECT_NE(FormatLoadSummary(s).find(", 3 invalid skipped)"),
            std::string::npos);
}

}  // namespace
}  // namespace spoke::shell
