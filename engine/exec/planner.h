// Planner: turns a query's algebra (algebra.h) into a tree of operators
// for one execution.
//
// Choices it makes, with estimates from the ReadView's statistics:
// - each BGP's join order (bgp_order.h), each pattern's index (through the
//   ScanSpec of its bound positions), as index nested-loop joins;
// - each FILTER placed right after the step that binds its last variable
//   (when it is on the group's join spine, where that is equivalent);
// - Join / LeftJoin / disconnected BGP parts: index nested-loop (the right
//   side re-run per left row, when that is equivalent: see Bindable) or a
//   hash join, whichever the cost model finds cheaper;
// - ORDER BY + LIMIT as top-k; LIMIT stops pulling early (operators are
//   pull-based);
// - the dataset: FROM / FROM NAMED / GRAPH and the default-graph mode.
// Query constants are looked up once; one the store has never seen makes
// its pattern empty.
//
// Thread safety: one execution, one thread.

#ifndef SPOKE_ENGINE_EXEC_PLANNER_H_
#define SPOKE_ENGINE_EXEC_PLANNER_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/exec/algebra.h"
#include "engine/exec/exec_context.h"
#include "engine/exec/operator.h"
#include "engine/exec/var_table.h"
#include "engine/parse/ast.h"

namespace spoke::engine {

struct PlanOptions {
  // The default graph: true = the merge of all graphs; false = only the
  // unnamed graph (SPARQL). FROM overrides both.
  bool union_default_graph = true;
};

struct QueryPlan {
  VarTable vars;
  OperatorPtr root;
  std::vector<std::string> columns;  // SELECT's variables, in order
  std::vector<int> column_slots;
  Row seed;  // parameters bound, everything else unbound
  Algebra algebra;
};

// Plans `query` for execution in `ctx` with `parameters` (variable name
// without '?' -> value) bound before execution. `query` must outlive the
// plan. Errors: kInvalidArgument (a parameter names no variable of the
// query, or is kNone), kNotSupported (from the expression compiler), store
// errors.
Result<std::unique_ptr<QueryPlan>> PlanQuery(
    const ast::Query& query,
    const std::unordered_map<std::string, Term>& parameters,
    const PlanOptions& options, ExecContext* ctx);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_PLANNER_H_
