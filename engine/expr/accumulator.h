// Accumulator: the running state of one aggregate over one group (SPARQL
// 1.1 §18.5.1). The executor makes one per aggregate and group, calls Add
// with the aggregate expression's value on each of the group's rows (an
// error Value for an evaluation error or unbound variable) and Finish once.
//
// Semantics:
// - COUNT(*) counts rows; COUNT(e) counts non-error values; -> xsd:integer.
// - SUM: numeric addition with promotion; empty group -> 0 (xsd:integer).
// - AVG: SUM / COUNT by numeric division (so integers give a decimal);
//   empty group -> 0 (xsd:integer).
// - MIN / MAX: by the ORDER BY order (term_order.h), over any terms;
//   empty group -> unbound.
// - SAMPLE: the first non-error value; none -> unbound.
// - GROUP_CONCAT: the lexical forms (IRIs' strings) joined by the separator
//   (default " "), a simple literal; empty group -> "".
// For SUM, AVG, MIN, MAX and GROUP_CONCAT, any error value (a non-numeric
// term for SUM/AVG, a blank node for GROUP_CONCAT, an unbound input) makes
// the result an error, which the executor leaves unbound. DISTINCT drops
// repeated terms (by RDF term identity) before accumulating.
//
// Thread safety: not thread-safe; one accumulator per group and thread.

#ifndef SPOKE_ENGINE_EXPR_ACCUMULATOR_H_
#define SPOKE_ENGINE_EXPR_ACCUMULATOR_H_

#include <memory>
#include <string>

#include "engine/expr/value.h"
#include "engine/parse/ast.h"

namespace spoke::engine::expr {

class Accumulator {
 public:
  virtual ~Accumulator() = default;
  // Adds one row's value. For COUNT(*) the value is ignored (pass any).
  virtual void Add(const Value& v) = 0;
  // The aggregate's value, or an error (unbound). The returned Value owns its
  // term. May be called once; the accumulator is spent afterwards.
  virtual Value Finish() = 0;
};

// What an aggregate computes, independent of its argument expression.
struct AggregateFunction {
  ast::AggregateKind kind = ast::AggregateKind::kCount;
  bool distinct = false;
  bool count_star = false;         // COUNT(*) (kind kCount, no argument)
  std::string separator = " ";     // kGroupConcat

  // A fresh accumulator. For COUNT(DISTINCT *) the caller must Add, per
  // row, a term identifying the solution (e.g. a literal of its term ids):
  // equal terms are counted once.
  std::unique_ptr<Accumulator> NewAccumulator() const;
};

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_ACCUMULATOR_H_
