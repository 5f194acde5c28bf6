// Updates through QueryEngine: each form, multi-operation requests, fresh
// blank nodes, atomicity.

#include "tests/unit/exec/engine_fixture.h"

namespace spoke::engine::testing {
namespace {

class UpdateTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    LoadPeople();
  }
  // Runs an update; returns "inserted/deleted" or the error message.
  std::string Update(const std::string& text) {
    auto cursor = Run(text);
    if (!cursor.ok()) return "error: " + cursor.status().message();
    EXPECT_EQ((*cursor)->kind(), ResultCursor::Kind::kUpdate);
    return std::to_string((*cursor)->inserted()) + "/" +
           std::to_string((*cursor)->deleted());
  }
};

TEST_F(UpdateTest, InsertAndDeleteData) {
  EXPECT_EQ(Update("INSERT DATA { ex:zed ex:name \"Zed\" . "
                   "GRAPH ex:g3 { ex:zed ex:age 7 } }"),
            "2/0");
  EXPECT_EQ(Rows("SELECT ?g ?a WHERE { GRAPH ?g { ex:zed ex:age ?a } }"),
            (Lines{":g3 7"}));
  // Inserting again changes nothing.
  EXPECT_EQ(Update("INSERT DATA { ex:zed ex:name \"Zed\" }"), "0/0");
  EXPECT_EQ(Update("DELETE DATA { ex:zed ex:name \"Zed\" . "
                   "GRAPH ex:g3 { ex:zed ex:age 7 } }"),
            "0/2");
  EXPECT_EQ(Rows("SELECT ?p WHERE { ex:zed ?p ?o }"), Lines{});
}

TEST_F(UpdateTest, ClearAndDropGraph) {
  EXPECT_EQ(Update("CLEAR GRAPH ex:g1"), "0/2");
  EXPECT_EQ(Rows("SELECT ?x WHERE { GRAPH ex:g1 { ?x ?p ?o } }"), Lines{});
  EXPECT_EQ(Update("DROP GRAPH ex:g2"), "0/2");
  EXPECT_EQ(Rows("SELECT ?g WHERE { GRAPH ?g { ?x ?p ?o } }"), Lines{});
  // The default graph is untouched.
  EXPECT_EQ(Rows("SELECT ?y WHERE { ex:bob ex:knows ?y }"), (Lines{":carol"}));
}

TEST_F(UpdateTest, MissingGraphIsAnErrorUnlessSilent) {
  EXPECT_EQ(Update("CLEAR GRAPH ex:nosuch"),
            "error: graph <http://ex/nosuch> does not exist");
  EXPECT_EQ(Update("DROP SILENT GRAPH ex:nosuch"), "0/0");
}

TEST_F(UpdateTest, RequestIsAtomic) {
  EXPECT_EQ(Update("INSERT DATA { ex:zed ex:name \"Zed\" } ; "
                   "CLEAR GRAPH ex:nosuch"),
            "error: graph <http://ex/nosuch> does not exist");
  EXPECT_EQ(Rows("SELECT ?n WHERE { ex:zed ex:name ?n }"), Lines{});
  // Later operations see earlier ones: the graph made by the insert exists.
  EXPECT_EQ(Update("INSERT DATA { GRAPH ex:g9 { ex:a ex:b ex:c } } ; "
                   "DROP GRAPH ex:g9 ; "
                   "INSERT DATA { ex:zed ex:name \"Zed\" }"),
            "1/0");
  EXPECT_EQ(Rows("SELECT ?n WHERE { ex:zed ex:name ?n }"), (Lines{"\"Zed\""}));
  EXPECT_EQ(Rows("SELECT ?s WHERE { GRAPH ex:g9 { ?s ?p ?o } }"), Lines{});
}

TEST_F(UpdateTest, BlankNodesAreFresh) {
  const std::string insert = "INSERT DATA { _:b ex:p \"1\" . _:b ex:q \"2\" }";
  EXPECT_EQ(Update(insert), "2/0");
  EXPECT_EQ(Update(insert), "2/0");
  Lines rows = Rows("SELECT ?s WHERE { ?s ex:p \"1\" . ?s ex:q \"2\" }");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[0], rows[1]);
  EXPECT_EQ(rows[0].rfind("_:", 0), 0u);
}

}  // namespace
}  // namespace spoke::engine::testing
