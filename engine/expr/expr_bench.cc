// Microbenchmarks of expression evaluation: what one FILTER, ORDER BY
// comparison or aggregate step costs per row.
//   cmake -S . -B build/expr-bench -G Ninja -DSPOKE_BUILD_BENCH=ON
//   cmake --build build/expr-bench --target expr_bench && build/expr-bench/engine/expr/expr_bench

#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "engine/expr/compiled_expr.h"
#include "engine/expr/term_order.h"

namespace spoke::engine::expr {
namespace {

ast::ExprPtr Var(std::string n) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::kVariable;
  e->var = std::move(n);
  return e;
}
ast::ExprPtr Const(Term t) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::kConstant;
  e->term = std::move(t);
  return e;
}
ast::ExprPtr Bin(ast::BinaryOp op, ast::ExprPtr a, ast::ExprPtr b) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::kBinary;
  e->binary_op = op;
  e->args.push_back(std::move(a));
  e->args.push_back(std::move(b));
  return e;
}
ast::ExprPtr Regex(ast::ExprPtr text, const char* pattern, const char* flags) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::kBuiltin;
  e->builtin = ast::Builtin::kRegex;
  e->args.push_back(std::move(text));
  e->args.push_back(Const(Term::Literal(pattern)));
  e->args.push_back(Const(Term::Literal(flags)));
  return e;
}

// Evaluates `e` as a FILTER over rows cycling through `values` bound to ?x
// (and ?y = 2).
void RunFilter(benchmark::State& state, const ast::Expr& e, std::vector<Term> values) {
  MapVariableSlots slots;
  slots.Add("x");
  slots.Add("y");
  auto compiled = Compile(e, slots);
  if (!compiled.ok()) {
    state.SkipWithError(compiled.status().message().c_str());
    return;
  }
  Term y = Term::TypedLiteral("2", kXsdInteger);
  std::vector<VectorRowView> rows;
  for (const Term& v : values) rows.emplace_back(std::vector<const Term*>{&v, &y});
  size_t i = 0, kept = 0;
  for (auto _ : state) {
    kept += (*compiled)->Test(rows[i]);
    if (++i == rows.size()) i = 0;
  }
  benchmark::DoNotOptimize(kept);
}

std::vector<Term> Integers() {
  std::vector<Term> v;
  for (int i = 0; i < 64; ++i) v.push_back(Term::TypedLiteral(std::to_string(i), kXsdInteger));
  return v;
}

std::vector<Term> Strings() {
  std::vector<Term> v;
  for (int i = 0; i < 64; ++i) v.push_back(Term::LangLiteral("Abu Dhabi " + std::to_string(i), "en"));
  return v;
}

void BM_FilterIntegerGreater(benchmark::State& state) {
  auto e = Bin(ast::BinaryOp::kGt, Var("x"), Const(Term::TypedLiteral("5", kXsdInteger)));
  RunFilter(state, *e, Integers());
}
BENCHMARK(BM_FilterIntegerGreater);

void BM_FilterArithmetic(benchmark::State& state) {
  // ?x + ?y * 2 = 7.0
  auto e = Bin(ast::BinaryOp::kEq,
               Bin(ast::BinaryOp::kAdd, Var("x"),
                   Bin(ast::BinaryOp::kMul, Var("y"), Const(Term::TypedLiteral("2", kXsdInteger)))),
               Const(Term::TypedLiteral("7.0", kXsdDecimal)));
  RunFilter(state, *e, Integers());
}
BENCHMARK(BM_FilterArithmetic);

void BM_FilterStringEquals(benchmark::State& state) {
  auto e = Bin(ast::BinaryOp::kEq, Var("x"), Const(Term::LangLiteral("Abu Dhabi 7", "en")));
  RunFilter(state, *e, Strings());
}
BENCHMARK(BM_FilterStringEquals);

void BM_FilterRegexCaseInsensitive(benchmark::State& state) {
  auto e = Regex(Var("x"), "^abu d", "i");
  RunFilter(state, *e, Strings());
}
BENCHMARK(BM_FilterRegexCaseInsensitive);

void BM_OrderCompare(benchmark::State& state, std::vector<Term> values) {
  size_t i = 0;
  int sum = 0;
  for (auto _ : state) {
    sum += OrderCompare(&values[i], &values[(i + 1) % values.size()]);
    if (++i == values.size()) i = 0;
  }
  benchmark::DoNotOptimize(sum);
}
BENCHMARK_CAPTURE(BM_OrderCompare, integers, Integers());
BENCHMARK_CAPTURE(BM_OrderCompare, lang_strings, Strings());
BENCHMARK_CAPTURE(BM_OrderCompare, date_times,
                  std::vector<Term>{Term::TypedLiteral("2021-11-07T01:30:00+03:00", kXsdDateTime),
                                    Term::TypedLiteral("2021-11-06T22:00:00Z", kXsdDateTime)});

void BM_SumAccumulator(benchmark::State& state) {
  std::vector<Term> values = Integers();
  AggregateFunction f;
  f.kind = ast::AggregateKind::kSum;
  auto acc = f.NewAccumulator();
  size_t i = 0;
  for (auto _ : state) {
    acc->Add(Value::Ref(values[i]));
    if (++i == values.size()) i = 0;
  }
  benchmark::DoNotOptimize(acc->Finish());
}
BENCHMARK(BM_SumAccumulator);

}  // namespace
}  // namespace spoke::engine::expr

BENCHMARK_MAIN();
