// The paths that keep ids undecoded or decode them once: the shared
// DecodeCache, COUNT on ids in GROUP BY, and hash joins inside a BGP. Run on
// the FakeStore, which counts dictionary reads and scans.

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/exec/decode_cache.h"
#include "engine/exec/query_engine.h"
#include "engine/exec/term_table.h"
#include "tests/unit/exec/fake_store.h"

namespace spoke::engine {
namespace {

using testing::FakeStore;

Term I(const std::string& local) { return Term::Iri("http://ex/" + local); }

std::shared_ptr<const Term> Shared(Term t) {
  return std::make_shared<const Term>(std::move(t));
}

TEST(DecodeCacheTest, FindsWhatWasPutAndClearsWhenFull) {
  DecodeCache cache(/*max_entries=*/2, /*max_bytes=*/1 << 20);
  EXPECT_EQ(cache.Find(1), nullptr);
  cache.Put(1, Shared(I("a")));
  cache.Put(2, Shared(I("b")));
  std::shared_ptr<const Term> a = cache.Find(1);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(*a, I("a"));
  cache.Put(3, Shared(I("c")));  // full: cleared, then 3 added
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.Find(1), nullptr);
  EXPECT_EQ(*a, I("a"));  // still held by the caller
  ASSERT_NE(cache.Find(3), nullptr);
  EXPECT_EQ(*cache.Find(3), I("c"));
}

TEST(DecodeCacheTest, ByteBoundKeepsOutHugeTerms) {
  DecodeCache cache(/*max_entries=*/100, /*max_bytes=*/256);
  cache.Put(1, Shared(Term::Literal(std::string(1000, 'x'))));
  EXPECT_EQ(cache.Find(1), nullptr);
  cache.Put(2, Shared(Term::Literal("small")));
  EXPECT_NE(cache.Find(2), nullptr);
}

TEST(DecodeCacheTest, SecondTermTableReadsNothingFromTheStore) {
  FakeStore store;
  store.Add(I("s"), I("p"), Term::LangLiteral("o", "en"));
  auto view = store.NewReadView();
  Result<TermId> id = view->Lookup(Term::LangLiteral("o", "en"));
  ASSERT_TRUE(id.ok());
  DecodeCache shared;
  {
    TermTable first(view.get(), nullptr, &shared);
    Result<const Term*> t = first.Decode(*id);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(**t, Term::LangLiteral("o", "en"));
  }
  EXPECT_EQ(store.decodes(), 1u);
  TermTable second(view.get(), nullptr, &shared);
  Result<const Term*> t = second.Decode(*id);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(**t, Term::LangLiteral("o", "en"));
  EXPECT_EQ(store.decodes(), 1u);
  // Errors are not cached: an unknown id still fails.
  EXPECT_FALSE(second.Decode((uint64_t{1} << 56) | 999).ok());
}

class IdPathsTest : public ::testing::Test {
 protected:
  std::vector<std::string> Rows(const std::string& query) {
    ParseOptions po;
    po.prefixes["ex"] = "http://ex/";
    auto prepared = engine_->Prepare(query, po);
    EXPECT_TRUE(prepared.ok()) << prepared.status().ToString();
    std::vector<std::string> out;
    if (!prepared.ok()) return out;
    auto cursor = engine_->Execute(**prepared, {});
    EXPECT_TRUE(cursor.ok()) << cursor.status().ToString();
    if (!cursor.ok()) return out;
    for (; (*cursor)->Valid(); (*cursor)->Next()) {
      std::string line;
      for (const Term& t : (*cursor)->row()) {
        line += (line.empty() ? "" : " ") +
                (t.is_none() ? std::string("-") : t.ToNTriples());
      }
      out.push_back(line);
    }
    EXPECT_TRUE((*cursor)->status().ok()) << (*cursor)->status().ToString();
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string Explain(const std::string& query) {
    ParseOptions po;
    po.prefixes["ex"] = "http://ex/";
    auto prepared = engine_->Prepare("EXPLAIN " + query, po);
    EXPECT_TRUE(prepared.ok()) << prepared.status().ToString();
    if (!prepared.ok()) return "";
    auto cursor = engine_->Execute(**prepared, {});
    EXPECT_TRUE(cursor.ok()) << cursor.status().ToString();
    return cursor.ok() ? (*cursor)->explain_text() : "";
  }

  FakeStore store_;
  std::unique_ptr<QueryEngine> engine_ = std::make_unique<QueryEngine>(&store_);
};

std::string Count(int n) {
  return "\"" + std::to_string(n) + "\"^^<http://www.w3.org/2001/XMLSchema#integer>";
}

TEST_F(IdPathsTest, CountOfAVariableNeverDecodesIt) {
  // a knows b, c, c (in two graphs: one triple), d; b knows nobody; the
  // OPTIONAL leaves ?y unbound for b.
  store_.Add(I("a"), I("knows"), Term::Literal("b"));
  store_.Add(I("a"), I("knows"), Term::Literal("c"));
  store_.Add(I("a"), I("knows"), Term::Literal("c"), I("g"));
  store_.Add(I("a"), I("knows"), Term::LangLiteral("d", "en"));
  store_.Add(I("a"), I("likes"), Term::Literal("c"));
  store_.Add(I("b"), I("type"), I("T"));
  store_.Add(I("a"), I("type"), I("T"));
  uint64_t before = store_.decodes();
  EXPECT_EQ(Rows("SELECT ?x (COUNT(?y) AS ?n) (COUNT(DISTINCT ?y) AS ?d) "
                 "(COUNT(*) AS ?all) WHERE { ?x ex:type ex:T "
                 "OPTIONAL { { ?x ex:knows ?y } UNION { ?x ex:likes ?y } } } "
                 "GROUP BY ?x"),
            (std::vector<std::string>{
                "<http://ex/a> " + Count(4) + " " + Count(3) + " " + Count(4),
                "<http://ex/b> " + Count(0) + " " + Count(0) + " " +
                    Count(1)}));
  // Only the two projected subjects were read from the dictionary.
  EXPECT_EQ(store_.decodes() - before, 2u);
}

TEST_F(IdPathsTest, CountWithoutGroupsAndOfAnExpression) {
  store_.Add(I("a"), I("age"), Term::TypedLiteral("3", kXsdInteger));
  store_.Add(I("b"), I("age"), Term::TypedLiteral("3", kXsdInteger));
  store_.Add(I("c"), I("age"), Term::Literal("x"));
  EXPECT_EQ(Rows("SELECT (COUNT(DISTINCT ?v) AS ?d) (COUNT(?v + 1) AS ?e) "
                 "WHERE { ?s ex:age ?v }"),
            (std::vector<std::string>{Count(2) + " " + Count(2)}));
  EXPECT_EQ(Rows("SELECT (COUNT(?nothing) AS ?n) WHERE { ?s ex:age ?v }"),
            (std::vector<std::string>{Count(0)}));
}

TEST_F(IdPathsTest, LargeChainStepIsHashJoinedWithSameRows) {
  // 100 events with a country; only 10 of them (and 140 other things)
  // have a type: seeking the type of each event costs more than one scan
  // of the 150 typed things.
  std::vector<std::string> expected;
  for (int i = 0; i < 100; ++i) {
    Term e = I("e" + std::to_string(i));
    store_.Add(e, I("country"), I("c" + std::to_string(i % 3)));
    if (i % 10 == 0) {
      store_.Add(e, I("type"), I("T" + std::to_string(i % 20)));
      expected.push_back("<http://ex/e" + std::to_string(i) + "> <http://ex/c" +
                         std::to_string(i % 3) + "> <http://ex/T" +
                         std::to_string(i % 20) + ">");
    }
  }
  for (int i = 0; i < 140; ++i) {
    store_.Add(I("x" + std::to_string(i)), I("type"), I("T1"));
  }
  std::sort(expected.begin(), expected.end());
  const std::string q =
      "SELECT ?e ?c ?t WHERE { ?e ex:country ?c . ?e ex:type ?t }";
  std::string plan = Explain(q);
  EXPECT_NE(plan.find("HashJoin keys ?e"), std::string::npos) << plan;
  uint64_t scans = store_.scans();
  EXPECT_EQ(Rows(q), expected);
  EXPECT_EQ(store_.scans() - scans, 2u);  // two scans, not 1 + 100 seeks
  // With a constant that makes the first step small, it stays a seek.
  EXPECT_EQ(Explain("SELECT ?e ?t WHERE { ?e ex:country ex:c0 . ?e ex:type ?t }")
                .find("HashJoin"),
            std::string::npos);
}

}  // namespace
}  // namespace spoke::engine
