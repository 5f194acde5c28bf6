// The planner's choices, read from EXPLAIN: join order from statistics,
// index per pattern, filter placement, hash joins, top-k, algebra.

#include "tests/unit/exec/engine_fixture.h"

namespace spoke::engine::testing {
namespace {

class PlanTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    // 200 people with a name and a type, 5 with a city, one with a badge.
    std::vector<Quad> quads;
    for (int i = 0; i < 200; ++i) {
      Term p = I("p" + std::to_string(i));
      quads.push_back({p, I("type"), I("Person"), {}});
      quads.push_back({p, I("name"), Term::Literal("n" + std::to_string(i)), {}});
      if (i < 5) quads.push_back({p, I("city"), I("c" + std::to_string(i)), {}});
    }
    quads.push_back({I("p7"), I("badge"), I("gold"), {}});
    Insert(quads);
  }

  // The scan lines of the plan, first executed first (EXPLAIN prints a
  // chain from its last step down to its first).
  std::vector<std::string> Scans(const std::string& query) {
    std::string text = Explain(query);
    std::vector<std::string> scans;
    size_t pos = text.find("plan:\n");
    EXPECT_NE(pos, std::string::npos) << text;
    // A StarScan line lists its patterns with " ; " and one index.
    while ((pos = text.find("Scan ", pos)) != std::string::npos) {
      size_t end = text.find("  (est", pos);
      std::string line = text.substr(pos + 5, end - pos - 5);
      bool star = text.compare(pos - 4, 4, "Star") == 0;
      pos = end;
      if (!star) {
        scans.insert(scans.begin(), line);
        continue;
      }
      size_t open = line.rfind(" (");
      std::string index = line.substr(open);
      std::vector<std::string> members;
      for (size_t from = 0; from < open;) {
        size_t sep = line.find(" ; ", from);
        if (sep == std::string::npos || sep > open) sep = open;
        members.push_back(line.substr(from, sep - from) + index);
        from = sep + 3;
      }
      scans.insert(scans.begin(), members.begin(), members.end());
    }
    return scans;
  }
};

TEST_F(PlanTest, MostSelectivePatternFirst) {
  EXPECT_EQ(Scans("SELECT * WHERE { ?x ex:type ex:Person . ?x ex:name ?n . "
                  "?x ex:badge ex:gold }"),
            (Lines{"?x <http://ex/badge> <http://ex/gold> (POSG)",
                   "?x <http://ex/type> <http://ex/Person> (SPOG)",
                   "?x <http://ex/name> ?n (SPOG)"}));
  EXPECT_EQ(Scans("SELECT * WHERE { ?x ex:name ?n . ?x ex:city ?c }"),
            (Lines{"?x <http://ex/city> ?c (POSG)",
                   "?x <http://ex/name> ?n (SPOG)"}));
}

TEST_F(PlanTest, PrefersConnectedPatterns) {
  // A constant the store has never seen makes the BGP empty.
  EXPECT_NE(Explain("SELECT * WHERE { ?x ex:name ?n . ?n ex:label ?l }")
                .find("Empty (<http://ex/label> not in store)"),
            std::string::npos);
  EXPECT_EQ(Scans("SELECT * WHERE { ?x ex:type ?t . ?c ex:city2 ?z }").size(), 0u);
  EXPECT_EQ(Scans("SELECT * WHERE { ?x ex:name ?n . ?y ex:city ?c . "
                  "?x ex:city ?c }"),
            (Lines{"?y <http://ex/city> ?c (POSG)",
                   "?x <http://ex/city> ?c (POSG)",
                   "?x <http://ex/name> ?n (SPOG)"}));
}

TEST_F(PlanTest, FilterPlacedWhereItsVariablesAreBound) {
  std::string text = Explain(
      "SELECT * WHERE { ?x ex:city ?c . ?x ex:name ?n FILTER(?c != ex:c1) }");
  // Filter on ?c sits right above the city scan, below the name scan.
  size_t filter = text.find("Filter (?c != <http://ex/c1>)");
  size_t name = text.find("IndexScan ?x <http://ex/name>");
  size_t city = text.find("IndexScan ?x <http://ex/city>");
  ASSERT_NE(filter, std::string::npos) << text;
  EXPECT_LT(name, filter) << text;
  EXPECT_LT(filter, city) << text;
  EXPECT_EQ(Rows("SELECT ?c WHERE { ?x ex:city ?c . ?x ex:name ?n "
                 "FILTER(?c != ex:c1) }")
                .size(),
            4u);
}

TEST_F(PlanTest, ConjunctsOfAFilterArePlacedOneByOne) {
  const std::string q =
      "SELECT ?c WHERE { ?x ex:city ?c . ?x ex:name ?n "
      "FILTER(?c != ex:c1 && ?n != \"n2\") }";
  std::string text = Explain(q);
  // ?c's conjunct filters the city rows before the name scan; ?n's after.
  size_t on_c = text.find("Filter (?c != <http://ex/c1>)  (est");
  size_t on_n = text.find("Filter (?n != \"n2\")");
  size_t name = text.find("IndexScan ?x <http://ex/name>");
  size_t city = text.find("IndexScan ?x <http://ex/city>");
  ASSERT_NE(on_c, std::string::npos) << text;
  ASSERT_NE(on_n, std::string::npos) << text;
  EXPECT_LT(on_n, name) << text;
  EXPECT_LT(name, on_c) << text;
  EXPECT_LT(on_c, city) << text;
  // p0..p4 have cities c0..c4: p1 fails the first conjunct, p2 the second.
  EXPECT_EQ(Rows(q), (Lines{":c0", ":c3", ":c4"}));
  // An error in one conjunct drops the row, as it does for the whole &&.
  EXPECT_EQ(Rows("SELECT ?c WHERE { ?x ex:city ?c . ?x ex:name ?n "
                 "FILTER(?c != ex:c1 && ?n + 1 > 0) }"),
            Lines{});
}

TEST_F(PlanTest, DisconnectedPartsUseHashJoin) {
  std::string text =
      Explain("SELECT * WHERE { ?x ex:city ?c . ?y ex:badge ?b }");
  EXPECT_NE(text.find("HashJoin (cross product)"), std::string::npos) << text;
  EXPECT_EQ(Rows("SELECT * WHERE { ?x ex:city ?c . ?y ex:badge ?b }").size(), 5u);
}

TEST_F(PlanTest, LargeSidesOfAJoinUseHashJoin) {
  // Both sides of the OPTIONAL are 200 rows: hashing beats 200 seeks.
  std::string query =
      "SELECT * WHERE { ?x ex:type ex:Person OPTIONAL { ?x ex:name ?n "
      "FILTER(?n != \"n3\") } }";
  std::string text = Explain(query);
  EXPECT_NE(text.find("HashLeftJoin keys ?x"), std::string::npos) << text;
  Lines rows = Rows(query);
  EXPECT_EQ(rows.size(), 200u);
  EXPECT_EQ(std::count(rows.begin(), rows.end(), ":p3 -"), 1);
  // A small left side re-runs the optional part per row instead.
  std::string small = Explain(
      "SELECT * WHERE { ?x ex:badge ?b OPTIONAL { ?x ex:name ?n } }");
  EXPECT_NE(small.find("NestedLoopLeftJoin"), std::string::npos) << small;
}

TEST_F(PlanTest, AlgebraTranslation) {
  std::string text = Explain(
      "SELECT ?x WHERE { ?x ex:name ?n OPTIONAL { ?x ex:city ?c FILTER(?c != "
      "ex:c1) } { ?x ex:type ?t } UNION { ?x ex:badge ?t } FILTER(BOUND(?n)) }");
  EXPECT_NE(text.find("(project (?x)\n"
                      "  (filter [BOUND(?n)]\n"
                      "    (join\n"
                      "      (leftjoin [(?c != <http://ex/c1>)]\n"
                      "        (bgp (?x <http://ex/name> ?n))\n"
                      "        (bgp (?x <http://ex/city> ?c)))\n"
                      "      (union\n"
                      "        (bgp (?x <http://ex/type> ?t))\n"
                      "        (bgp (?x <http://ex/badge> ?t))))))"),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace spoke::engine::testing
