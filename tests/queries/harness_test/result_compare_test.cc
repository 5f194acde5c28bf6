#include "tests/queries/result_compare.h"

#include <gtest/gtest.h>

namespace spoke::querytest {
namespace {

Term I(const char* s) { return Term::Iri(s); }
Term B(const char* s) { return Term::Blank(s); }
Term N(const char* s) { return Term::TypedLiteral(s, kXsdInteger); }

bool Equal(const Rows& e, const Rows& a, bool ordered) {
  return CompareRows(e, a, ordered, engine::PrefixMap()).equal;
}

TEST(ResultCompareTest, Table) {
  struct Case {
    const char* name;
    Rows expected, actual;
    bool ordered;
    bool equal;
  } cases[] = {
      {"empty", {}, {}, false, true},
      {"same order", {{I("a")}, {I("b")}}, {{I("a")}, {I("b")}}, false, true},
      {"other order", {{I("a")}, {I("b")}}, {{I("b")}, {I("a")}}, false, true},
      {"other order, ordered", {{I("a")}, {I("b")}}, {{I("b")}, {I("a")}},
       true, false},
      {"multiset counts", {{I("a")}, {I("a")}}, {{I("a")}}, false, false},
      {"multiset counts 2", {{I("a")}, {I("b")}}, {{I("a")}, {I("a")}}, false,
       false},
      {"extra row", {{I("a")}}, {{I("a")}, {I("b")}}, false, false},
      {"unbound vs bound", {{Term()}}, {{I("a")}}, false, false},
      {"unbound", {{Term(), I("x")}}, {{Term(), I("x")}}, false, true},
      {"42 is xsd:integer", {{N("42")}},
       {{Term::TypedLiteral("42", kXsdDecimal)}}, false, false},
      {"lexical forms differ", {{N("42")}}, {{N("042")}}, false, false},
      {"simple vs lang", {{Term::Literal("a")}},
       {{Term::LangLiteral("a", "en")}}, false, false},
      {"blank renamed", {{B("x"), I("p")}}, {{B("b7"), I("p")}}, false, true},
      {"blank vs iri", {{B("x")}}, {{I("x")}}, false, false},
      {"blank bijection", {{B("x"), B("x")}}, {{B("a"), B("a")}}, false, true},
      {"blank not same", {{B("x"), B("x")}}, {{B("a"), B("b")}}, false, false},
      {"blank not injective", {{B("x"), B("y")}}, {{B("a"), B("a")}}, false,
       false},
      {"blank across rows", {{B("x"), I("1")}, {B("x"), I("2")}},
       {{B("a"), I("2")}, {B("a"), I("1")}}, false, true},
      {"blank across rows differ", {{B("x"), I("1")}, {B("x"), I("2")}},
       {{B("a"), I("2")}, {B("b"), I("1")}}, false, false},
      // Needs backtracking: the first expected row could take either actual
      // row, only one choice completes.
      {"backtracking", {{B("x"), B("y")}, {B("x"), I("k")}},
       {{B("p"), B("q")}, {B("q"), I("k")}}, false, false},
      {"backtracking ok", {{B("x"), B("y")}, {B("y"), I("k")}},
       {{B("p"), B("q")}, {B("q"), I("k")}}, false, true},
      {"ordered blanks", {{B("x")}, {B("y")}, {B("x")}},
       {{B("a")}, {B("b")}, {B("a")}}, true, true},
      {"ordered blanks differ", {{B("x")}, {B("y")}, {B("x")}},
       {{B("a")}, {B("b")}, {B("b")}}, true, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Equal(c.expected, c.actual, c.ordered), c.equal) << c.name;
  }
}

TEST(ResultCompareTest, ExplainsDifferences) {
  engine::PrefixMap p;
  p.Add("ex", "http://example.org/");
  Comparison c = CompareRows({{I("http://example.org/a")}, {N("1")}},
                             {{N("1")}, {N("2")}}, false, p);
  ASSERT_FALSE(c.equal);
  EXPECT_EQ(c.explanation,
            "expected 2 rows, got 2\n"
            "missing rows (1):\n  ex:a\n"
            "unexpected rows (1):\n  2\n");
  c = CompareRows({{N("1")}, {N("2")}}, {{N("2")}, {N("1")}}, true, p);
  ASSERT_FALSE(c.equal);
  EXPECT_EQ(c.explanation.rfind(
                "first difference at row 1:\n  expected: 1\n  actual:   2\n", 0),
            0u)
      << c.explanation;
}

}  // namespace
}  // namespace spoke::querytest
