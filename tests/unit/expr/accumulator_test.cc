#include "engine/expr/accumulator.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/unit/expr/test_terms.h"

namespace spoke::engine::expr {
namespace {

using namespace test_terms;  // NOLINT
using ast::AggregateKind;

// nullopt in `inputs` stands for an error (or unbound) value.
std::string RunAggregate(AggregateFunction f, const std::vector<std::optional<Term>>& inputs) {
  std::unique_ptr<Accumulator> acc = f.NewAccumulator();
  for (const auto& in : inputs) acc->Add(in ? Value::Ref(*in) : Value::Error());
  return Show(acc->Finish());
}

AggregateFunction Fn(AggregateKind kind, bool distinct = false) {
  AggregateFunction f;
  f.kind = kind;
  f.distinct = distinct;
  return f;
}

std::string I(const char* v) {
  return std::string("\"") + v + "\"^^<http://www.w3.org/2001/XMLSchema#integer>";
}
std::string D(const char* v) {
  return std::string("\"") + v + "\"^^<http://www.w3.org/2001/XMLSchema#decimal>";
}

TEST(AccumulatorTest, Table) {
  const std::optional<Term> kErr;
  AggregateFunction star = Fn(AggregateKind::kCount);
  star.count_star = true;
  AggregateFunction concat = Fn(AggregateKind::kGroupConcat);
  AggregateFunction concat_sep = concat;
  concat_sep.separator = ", ";
  AggregateFunction concat_distinct = Fn(AggregateKind::kGroupConcat, true);
  struct Case {
    AggregateFunction f;
    std::vector<std::optional<Term>> in;
    std::string want;
  } cases[] = {
      {star, {}, I("0")},
      {star, {Int("1"), kErr, Int("1")}, I("3")},
      {Fn(AggregateKind::kCount), {Int("1"), kErr, Plain("a")}, I("2")},
      {Fn(AggregateKind::kCount), {}, I("0")},
      {Fn(AggregateKind::kCount, true), {Int("1"), Int("1"), Dec("1.0"), kErr}, I("2")},
      {Fn(AggregateKind::kSum), {}, I("0")},
      {Fn(AggregateKind::kSum), {Int("1"), Int("2")}, I("3")},
      {Fn(AggregateKind::kSum), {Int("1"), Dec("0.5")}, D("1.5")},
      {Fn(AggregateKind::kSum), {Int("1"), Dbl("0.5")},
       "\"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {Fn(AggregateKind::kSum), {Int("1"), Plain("2")}, "error"},
      {Fn(AggregateKind::kSum), {Int("1"), kErr}, "error"},
      {Fn(AggregateKind::kSum, true), {Int("1"), Int("1"), Int("2")}, I("3")},
      {Fn(AggregateKind::kAvg), {}, I("0")},
      {Fn(AggregateKind::kAvg), {Int("1"), Int("2")}, D("1.5")},
      {Fn(AggregateKind::kAvg), {Int("2"), Int("2")}, D("2.0")},
      {Fn(AggregateKind::kAvg), {Flt("1"), Int("2")},
       "\"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#float>"},
      {Fn(AggregateKind::kAvg), {Int("1"), Iri("http://a")}, "error"},
      {Fn(AggregateKind::kAvg, true), {Int("1"), Int("1"), Int("4")}, D("2.5")},
      {Fn(AggregateKind::kMin), {}, "error"},
      {Fn(AggregateKind::kMin), {Int("3"), Dec("2.5"), Int("10")}, D("2.5")},
      {Fn(AggregateKind::kMax), {Int("3"), Dec("2.5"), Int("10")}, I("10")},
      {Fn(AggregateKind::kMin), {Plain("b"), Iri("http://z"), Int("5")}, "<http://z>"},
      {Fn(AggregateKind::kMax), {Plain("b"), Iri("http://z"), Int("5")}, "\"b\""},
      {Fn(AggregateKind::kMin), {Blank("x"), Iri("http://a")}, "_:x"},
      {Fn(AggregateKind::kMax), {Int("1"), kErr}, "error"},
      {Fn(AggregateKind::kSample), {}, "error"},
      {Fn(AggregateKind::kSample), {kErr, Plain("a"), Plain("b")}, "\"a\""},
      {concat, {}, "\"\""},
      {concat, {Plain("a"), LangStr("b", "en"), Int("1"), Iri("http://c")}, "\"a b 1 http://c\""},
      {concat_sep, {Plain("a"), Plain("b")}, "\"a, b\""},
      {concat_sep, {Plain("a")}, "\"a\""},
      {concat_distinct, {Plain("a"), Plain("b"), Plain("a")}, "\"a b\""},
      {concat, {Plain("a"), kErr}, "error"},
      {concat, {Plain("a"), Blank("b")}, "error"},
      {concat, {Plain(""), Plain("")}, "\" \""},
  };
  int i = 0;
  for (const Case& c : cases) {
    EXPECT_EQ(RunAggregate(c.f, c.in), c.want) << "case " << i;
    ++i;
  }
}

}  // namespace
}  // namespace spoke::engine::expr
