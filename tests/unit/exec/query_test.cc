// End-to-end tests: queries through QueryEngine against the real RocksDB
// store, one or more per algebra operator and dataset feature.

#include <atomic>
#include <chrono>

#include "engine/expr/term_order.h"
#include "tests/unit/exec/engine_fixture.h"

namespace spoke::engine::testing {
namespace {

class QueryTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    LoadPeople();
  }
};

TEST_F(QueryTest, BgpJoinOverUnionDefaultGraph) {
  EXPECT_EQ(Rows("SELECT ?x ?n WHERE { ?x ex:knows ?y . ?y ex:name ?n }"),
            (Lines{":alice \"Bob\"", ":alice \"Dave\"", ":bob \"Carol\"@en"}));
}

TEST_F(QueryTest, PlainDefaultGraphOption) {
  ExecOptions strict;
  strict.union_default_graph = false;
  EXPECT_EQ(Rows("SELECT ?x ?n WHERE { ?x ex:knows ?y . ?y ex:name ?n }", strict),
            (Lines{":alice \"Bob\"", ":bob \"Carol\"@en"}));
}

TEST_F(QueryTest, UnionDefaultGraphCountsEachTripleOnce) {
  // bob knows carol is in the default graph and in g2.
  EXPECT_EQ(Rows("SELECT ?y WHERE { ex:bob ex:knows ?y }"), (Lines{":carol"}));
}

TEST_F(QueryTest, UnknownConstantGivesNoRows) {
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:neverSeen ?y }"), Lines{});
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:knows ?y . ?y ex:name \"Nobody\" }"),
            Lines{});
}

TEST_F(QueryTest, OptionalFilterIsTheLeftJoinCondition) {
  EXPECT_EQ(Rows("SELECT ?x ?a WHERE { ?x ex:name ?n "
                 "OPTIONAL { ?x ex:age ?a FILTER(?a > 26) } }"),
            (Lines{":alice 30", ":bob -", ":carol -", ":dave -"}));
  // The condition sees the outer row's variables.
  EXPECT_EQ(Rows("SELECT ?x ?a WHERE { ?x ex:name ?n "
                 "OPTIONAL { ?x ex:age ?a FILTER(?n = \"Bob\") } }"),
            (Lines{":alice -", ":bob 25", ":carol -", ":dave -"}));
}

TEST_F(QueryTest, GroupFilterAppliesAfterOptional) {
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:name ?n OPTIONAL { ?x ex:age ?a } "
                 "FILTER(!BOUND(?a)) }"),
            (Lines{":carol", ":dave"}));
  // FILTER written first still filters the whole group.
  EXPECT_EQ(Rows("SELECT ?x WHERE { FILTER(?a < 28) ?x ex:age ?a }"),
            (Lines{":bob"}));
}

TEST_F(QueryTest, NestedGroupFilterDoesNotSeeOuterVariables) {
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:name ?n "
                 "{ ?x ex:age ?a FILTER(BOUND(?n)) } }"),
            Lines{});
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:name ?n "
                 "{ ?x ex:age ?a FILTER(?a > 26) } }"),
            (Lines{":alice"}));
}

TEST_F(QueryTest, Union) {
  EXPECT_EQ(Rows("SELECT ?x ?n ?a WHERE { { ?x ex:name ?n } UNION "
                 "{ ?x ex:age ?a FILTER(?a < 28) } }"),
            (Lines{":alice \"Alice\" -", ":bob \"Bob\" -", ":bob - 25",
                   ":carol \"Carol\"@en -", ":dave \"Dave\" -"}));
}

TEST_F(QueryTest, GraphVariableRangesOverNamedGraphs) {
  EXPECT_EQ(Rows("SELECT ?g ?x WHERE { GRAPH ?g { ?x ex:knows ?y } }"),
            (Lines{":g1 :alice", ":g2 :bob"}));
  EXPECT_EQ(Rows("SELECT ?x ?n WHERE { GRAPH ex:g1 { ?x ex:name ?n } }"),
            (Lines{":dave \"Dave\""}));
  EXPECT_EQ(Rows("SELECT ?x WHERE { GRAPH ex:nograph { ?x ?p ?o } }"), Lines{});
  // Joined with the default graph.
  EXPECT_EQ(Rows("SELECT ?x ?g WHERE { ?x ex:name ?n . "
                 "GRAPH ?g { ?x ex:knows ?y } }"),
            (Lines{":alice :g1", ":bob :g2"}));
}

TEST_F(QueryTest, GraphWithEmptyPatternListsNamedGraphs) {
  EXPECT_EQ(Rows("SELECT ?g WHERE { GRAPH ?g { } }"), (Lines{":g1", ":g2"}));
  EXPECT_EQ(Rows("SELECT ?g FROM NAMED ex:g2 FROM NAMED ex:nosuch "
                 "WHERE { GRAPH ?g { } }"),
            (Lines{":g2"}));
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:knows ex:dave . GRAPH ex:g1 { } }"),
            (Lines{":alice"}));
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:knows ex:dave . GRAPH ex:g7 { } }"),
            Lines{});
}

TEST_F(QueryTest, GraphVariableIsNotBoundInsideItsPattern) {
  EXPECT_EQ(Rows("SELECT ?x WHERE { GRAPH ?g { ?x ex:knows ?y "
                 "FILTER(BOUND(?g)) } }"),
            Lines{});
  EXPECT_EQ(Rows("SELECT ?g WHERE { GRAPH ?g { ?x ex:knows ?y } "
                 "FILTER(?g = ex:g2) }"),
            (Lines{":g2"}));
}

TEST_F(QueryTest, FromAndFromNamed) {
  EXPECT_EQ(Rows("SELECT ?x ?y FROM ex:g1 WHERE { ?x ex:knows ?y }"),
            (Lines{":alice :dave"}));
  EXPECT_EQ(Rows("SELECT DISTINCT ?x FROM ex:g1 FROM ex:g2 "
                 "WHERE { ?x ex:knows ?y }"),
            (Lines{":alice", ":bob"}));
  EXPECT_EQ(Rows("SELECT ?g ?x FROM NAMED ex:g2 WHERE { GRAPH ?g { ?x ?p ?o } }"),
            (Lines{":g2 :bob", ":g2 :erin"}));
  // FROM NAMED alone: the default graph is empty.
  EXPECT_EQ(Rows("SELECT ?x FROM NAMED ex:g2 WHERE { ?x ex:knows ?y }"), Lines{});
  // FROM alone: there are no named graphs.
  EXPECT_EQ(Rows("SELECT ?g FROM ex:g1 WHERE { GRAPH ?g { ?x ?p ?o } }"), Lines{});
  // GRAPH <g> outside FROM NAMED matches nothing.
  EXPECT_EQ(Rows("SELECT ?x FROM NAMED ex:g2 WHERE { GRAPH ex:g1 { ?x ?p ?o } }"),
            Lines{});
}

TEST_F(QueryTest, GroupByHavingAndAggregates) {
  EXPECT_EQ(Rows("SELECT ?x (COUNT(?y) AS ?c) WHERE { ?x ex:knows ?y } "
                 "GROUP BY ?x"),
            (Lines{":alice 2", ":bob 1"}));
  EXPECT_EQ(Rows("SELECT ?x (COUNT(?y) AS ?c) WHERE { ?x ex:knows ?y } "
                 "GROUP BY ?x HAVING (COUNT(?y) > 1)"),
            (Lines{":alice 2"}));
  EXPECT_EQ(Rows("SELECT (COUNT(*) AS ?c) WHERE { ?x ex:nothing ?y }"),
            (Lines{"0"}));
  EXPECT_EQ(Rows("SELECT ?l (COUNT(*) AS ?c) WHERE { ?x ex:name ?n } "
                 "GROUP BY (LANG(?n) AS ?l)"),
            (Lines{"\"\" 3", "\"en\" 1"}));
  EXPECT_EQ(Rows("SELECT (MAX(?a) AS ?m) (COUNT(DISTINCT ?x) AS ?c) "
                 "WHERE { ?x ex:knows ?y . ?x ex:age ?a }"),
            (Lines{"30 2"}));
  EXPECT_EQ(Rows("SELECT (COUNT(DISTINCT *) AS ?d) (COUNT(*) AS ?c) WHERE { "
                 "{ ?x ex:knows ?y } UNION { ?x ex:knows ?y } }"),
            (Lines{"3 6"}));
  // GROUP BY with no solutions gives no groups.
  EXPECT_EQ(Rows("SELECT ?x (COUNT(*) AS ?c) WHERE { ?x ex:nothing ?y } "
                 "GROUP BY ?x"),
            Lines{});
}

TEST_F(QueryTest, OrderByUnboundFirstAndDescending) {
  EXPECT_EQ(Ordered("SELECT ?x ?a WHERE { ?x ex:name ?n "
                    "OPTIONAL { ?x ex:age ?a } } ORDER BY ?a ?x"),
            (Lines{":carol -", ":dave -", ":bob 25", ":alice 30"}));
  EXPECT_EQ(Ordered("SELECT ?x ?a WHERE { ?x ex:name ?n "
                    "OPTIONAL { ?x ex:age ?a } } ORDER BY DESC(?a) ?x"),
            (Lines{":alice 30", ":bob 25", ":carol -", ":dave -"}));
}

TEST_F(QueryTest, OrderByMixedKinds) {
  Lines rows = Ordered("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o");
  ASSERT_EQ(rows.size(), 10u);
  // IRIs before literals.
  EXPECT_EQ(Lines(rows.begin(), rows.begin() + 3),
            (Lines{":bob", ":carol", ":dave"}));
}

TEST_F(QueryTest, OrderByIntegersMatchesTheGeneralOrder) {
  // Canonical integers compare by value without parsing; everything else
  // (non-canonical forms, out of int64, other numerics, strings, IRIs)
  // takes the general comparison. Both must give the general order.
  std::vector<Term> values = {
      Int(-5), Int(0), Int(3), Int(100), Int(INT64_MAX), Int(INT64_MIN),
      Term::TypedLiteral("007", kXsdInteger),
      Term::TypedLiteral("+4", kXsdInteger),
      Term::TypedLiteral("03", kXsdInteger),
      Term::TypedLiteral("-0", kXsdInteger),
      Term::TypedLiteral("99999999999999999999", kXsdInteger),
      Term::TypedLiteral("3.5", kXsdDecimal),
      Term::TypedLiteral("1e2", std::string(kXsd) + "double"),
      Term::Literal("x"), I("iri")};
  std::vector<Quad> quads;
  for (size_t i = 0; i < values.size(); ++i) {
    for (int copy = 0; copy < 2; ++copy) {
      quads.push_back({I("s" + std::to_string(i * 2 + copy)), I("v"),
                       values[i], {}});
    }
  }
  Insert(quads);
  for (const char* dir : {"", "DESC"}) {
    for (const char* limit : {"", " LIMIT 7"}) {
      std::string q = std::string("SELECT ?v ?s WHERE { ?s ex:v ?v } ORDER BY ") +
                      dir + "(?v) ?s" + limit;
      // Reference: every inserted (v, s) in the general order
      // (expr::OrderCompare), cut to the limit.
      auto cursor = Run(q);
      ASSERT_TRUE(cursor.ok());
      std::vector<std::pair<Term, Term>> rows;
      for (; (*cursor)->Valid(); (*cursor)->Next()) {
        rows.emplace_back((*cursor)->row()[0], (*cursor)->row()[1]);
      }
      std::vector<std::pair<Term, Term>> all;
      for (const Quad& quad : quads) all.emplace_back(quad.object, quad.subject);
      bool desc = std::string(dir) == "DESC";
      std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) {
        int c = expr::OrderCompare(&a.first, &b.first);
        if (c != 0) return desc ? c > 0 : c < 0;
        return expr::OrderCompare(&a.second, &b.second) < 0;
      });
      if (*limit) all.resize(7);
      ASSERT_EQ(rows.size(), all.size()) << q;
      for (size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].first, all[i].first) << q << " row " << i;
        EXPECT_EQ(rows[i].second, all[i].second) << q << " row " << i;
      }
    }
  }
}

TEST_F(QueryTest, LimitOffsetAndTopK) {
  EXPECT_EQ(Ordered("SELECT ?x WHERE { ?x ex:name ?n } ORDER BY ?x "
                    "LIMIT 2 OFFSET 1"),
            (Lines{":bob", ":carol"}));
  EXPECT_EQ(Ordered("SELECT ?x WHERE { ?x ex:name ?n } ORDER BY DESC(?x) "
                    "LIMIT 1"),
            (Lines{":dave"}));
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:name ?n } LIMIT 2").size(), 2u);
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:name ?n } OFFSET 3").size(), 1u);
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:name ?n } LIMIT 0").size(), 0u);
  EXPECT_NE(Explain("SELECT ?x WHERE { ?x ex:name ?n } ORDER BY ?x LIMIT 2 "
                    "OFFSET 1")
                .find("TopK k=3"),
            std::string::npos);
}

TEST_F(QueryTest, DistinctAndReduced) {
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:knows ?y }"),
            (Lines{":alice", ":alice", ":bob"}));
  EXPECT_EQ(Rows("SELECT DISTINCT ?x WHERE { ?x ex:knows ?y }"),
            (Lines{":alice", ":bob"}));
  Lines reduced = Rows("SELECT REDUCED ?x WHERE { ?x ex:knows ?y }");
  reduced.erase(std::unique(reduced.begin(), reduced.end()), reduced.end());
  EXPECT_EQ(reduced, (Lines{":alice", ":bob"}));
}

TEST_F(QueryTest, SelectExpressions) {
  EXPECT_EQ(Ordered("SELECT ?x (STRLEN(?n) AS ?l) WHERE { ?x ex:name ?n } "
                    "ORDER BY ?l ?x"),
            (Lines{":bob 3", ":dave 4", ":alice 5", ":carol 5"}));
}

TEST_F(QueryTest, Ask) {
  auto yes = Run("ASK { ex:alice ex:knows ex:bob }");
  ASSERT_TRUE(yes.ok()) << yes.status().ToString();
  EXPECT_EQ((*yes)->kind(), ResultCursor::Kind::kBoolean);
  EXPECT_TRUE((*yes)->boolean());
  auto no = Run("ASK { ex:alice ex:knows ex:erin }");
  ASSERT_TRUE(no.ok());
  EXPECT_FALSE((*no)->boolean());
}

TEST_F(QueryTest, BlankNodesInPatternsAreVariables) {
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:knows [ ex:name \"Bob\" ] }"),
            (Lines{":alice"}));
  EXPECT_EQ(Rows("SELECT * WHERE { _:b ex:age 25 }"), (Lines{""}));
}

TEST_F(QueryTest, Parameters) {
  ExecOptions options;
  options.parameters["x"] = I("bob");
  EXPECT_EQ(Rows("SELECT ?x ?n WHERE { ?x ex:name ?n }", options),
            (Lines{":bob \"Bob\""}));
  options.parameters["x"] = I("zed");
  EXPECT_EQ(Rows("SELECT ?n WHERE { ?x ex:name ?n }", options), Lines{});
  ExecOptions in_filter;
  in_filter.parameters["min"] = Int(26);
  EXPECT_EQ(Rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(?a > ?min) }", in_filter),
            (Lines{":alice", ":erin"}));
  ExecOptions bad;
  bad.parameters["nosuch"] = Int(1);
  EXPECT_EQ(RunStatus("SELECT ?x WHERE { ?x ex:age ?a }", bad).code(),
            Status::Code::kInvalidArgument);
}

TEST_F(QueryTest, ExplainAnalyzeCountsRows) {
  auto cursor = Run("EXPLAIN ANALYZE SELECT ?x WHERE { ?x ex:knows ?y }");
  ASSERT_TRUE(cursor.ok()) << cursor.status().ToString();
  EXPECT_EQ((*cursor)->kind(), ResultCursor::Kind::kExplain);
  const std::string& text = (*cursor)->explain_text();
  EXPECT_NE(text.find("actual rows=3"), std::string::npos) << text;
  EXPECT_NE(text.find("result rows: 3"), std::string::npos) << text;
}

TEST_F(QueryTest, PrepareCachesParses) {
  auto a = engine_->Prepare("SELECT * WHERE { ?s ?p ?o }", prefixes_);
  auto b = engine_->Prepare("SELECT * WHERE { ?s ?p ?o }", prefixes_);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->get(), b->get());
  auto bad = engine_->Prepare("SELECT * WHERE { ?s ?p }", prefixes_);
  EXPECT_FALSE(bad.ok());
}

}  // namespace
}  // namespace spoke::engine::testing
