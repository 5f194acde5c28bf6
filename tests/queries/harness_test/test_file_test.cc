#include "tests/queries/test_file.h"

#include <gtest/gtest.h>

namespace spoke::querytest {
namespace {

constexpr const char* kFile = R"(# description: a sample
prefix ex: <http://example.org/>
dataset tiny_social

query ?a ?c
SELECT ?a ?c WHERE {
  ?a ex:knows ?b . ?b ex:knows ?c }
----
ex:alice	ex:carol
_:b	"x"@en

query ordered ?n
SELECT ?n WHERE { ?s ex:age ?n } ORDER BY ?n
----
7
42
UNDEF

ask
ASK { ex:alice ex:knows ex:bob }
----
false

statement ok
INSERT DATA { ex:a ex:b ex:c }

error
SELECT ?s WHERE { ?s <knows> }
----
1:30
expected

dataset other
option strict-default-graph

statement error
DROP GRAPH <x>
----
not supported

query ?x
SELECT ?x {}
----

query ?x
SELECT ?x {}
----
UNDEF
)";

TEST(TestFileTest, ParsesAllBlockKinds) {
  auto parsed = ParseTestFile(kFile, "t.test");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  const TestFile& f = *parsed;
  ASSERT_EQ(f.blocks.size(), 8u);

  const TestBlock& q = f.blocks[0];
  EXPECT_EQ(q.kind, BlockKind::kQuery);
  EXPECT_EQ(q.header_line, 5);
  EXPECT_EQ(q.query_line, 6);
  EXPECT_FALSE(q.ordered);
  EXPECT_EQ(q.vars, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(q.query,
            "SELECT ?a ?c WHERE {\n  ?a ex:knows ?b . ?b ex:knows ?c }\n");
  ASSERT_EQ(q.rows.size(), 2u);
  EXPECT_EQ(q.rows[0][0], Term::Iri("http://example.org/alice"));
  EXPECT_EQ(q.rows[1][0], Term::Blank("b"));
  EXPECT_EQ(q.rows[1][1], Term::LangLiteral("x", "en"));
  EXPECT_EQ(q.expected_begin, 8);
  EXPECT_EQ(q.expected_end, 10);
  EXPECT_EQ(q.dataset, "tiny_social");
  EXPECT_EQ(*q.prefixes.Find("ex"), "http://example.org/");
  EXPECT_FALSE(q.strict_default_graph);

  const TestBlock& o = f.blocks[1];
  EXPECT_TRUE(o.ordered);
  ASSERT_EQ(o.rows.size(), 3u);
  EXPECT_EQ(o.rows[1][0], Term::TypedLiteral("42", kXsdInteger));
  EXPECT_TRUE(o.rows[2][0].is_none());

  EXPECT_EQ(f.blocks[2].kind, BlockKind::kAsk);
  EXPECT_FALSE(f.blocks[2].boolean);
  EXPECT_EQ(f.blocks[3].kind, BlockKind::kStatementOk);
  EXPECT_EQ(f.blocks[3].query, "INSERT DATA { ex:a ex:b ex:c }\n");
  EXPECT_EQ(f.blocks[3].expected_begin, -1);

  const TestBlock& e = f.blocks[4];
  EXPECT_EQ(e.kind, BlockKind::kError);
  EXPECT_EQ(e.error_parts, (std::vector<std::string>{"1:30", "expected"}));
  EXPECT_EQ(e.setup, (std::vector<size_t>{3}));
  EXPECT_EQ(e.dataset_epoch, q.dataset_epoch);

  const TestBlock& se = f.blocks[5];
  EXPECT_EQ(se.kind, BlockKind::kStatementError);
  EXPECT_EQ(se.dataset, "other");
  EXPECT_NE(se.dataset_epoch, q.dataset_epoch);
  EXPECT_TRUE(se.setup.empty());
  EXPECT_TRUE(se.strict_default_graph);

  EXPECT_TRUE(f.blocks[6].rows.empty());
  EXPECT_EQ(f.blocks[6].setup, (std::vector<size_t>{5}));
  ASSERT_EQ(f.blocks[7].rows.size(), 1u);
  EXPECT_TRUE(f.blocks[7].rows[0][0].is_none());
}

TEST(TestFileTest, ReportsErrorsWithLine) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"bogus\n", "f:1: unknown line 'bogus': expected query, ask, error, "
                  "statement, prefix, dataset or option"},
      {"query ?a\nSELECT ?a {}\n", "f:1: block has no ---- line"},
      {"query ?a\n----\n", "f:1: block has no query text"},
      {"query ?a\nSELECT ?a {}\n----\n<a>\t<b>\n",
       "f:4: row has 2 values for 1 variables"},
      {"query ?a\nSELECT ?a {}\n----\nzz:x\n",
       "f:4: bad term 'zz:x': unknown prefix 'zz:'"},
      {"query a\n", "f:1: bad query header word 'a': expected ordered or ?variable"},
      {"ask\nASK {}\n----\nyes\n", "f:4: ask expects 'true' or 'false'"},
      {"ask\nASK {}\n----\n\n", "f:1: ask block needs 'true' or 'false' after ----"},
      {"error\nSELECT\n----\n", "f:1: error block needs a part of the message after ----"},
      {"statement maybe\n", "f:1: expected 'statement ok' or 'statement error'"},
      {"statement ok\nINSERT DATA {}\n----\n",
       "f:1: 'statement ok' block has no ---- part"},
      {"prefix ex <x>\n", "f:1: usage: prefix NAME: <IRI>"},
      {"dataset\n", "f:1: usage: dataset NAME"},
      {"option fast\n", "f:1: unknown option line (known: option strict-default-graph)"},
  };
  for (const Case& c : cases) {
    auto parsed = ParseTestFile(c.text, "f");
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_EQ(parsed.status().message(), c.error) << c.text;
  }
}

TEST(TestFileTest, CrLfAndNoTrailingNewline) {
  auto parsed = ParseTestFile("ask\r\nASK {}\r\n----\r\ntrue", "f");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_TRUE(parsed->blocks[0].boolean);
  EXPECT_EQ(parsed->blocks[0].query, "ASK {}\n");
}

TEST(TestFileTest, MissingFileIsIOError) {
  auto parsed = ReadTestFile("/nonexistent/x.test");
  EXPECT_EQ(parsed.status().code(), Status::Code::kIOError);
}

}  // namespace
}  // namespace spoke::querytest
