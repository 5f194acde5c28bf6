// Join ordering for one basic graph pattern: cardinality estimates from
// storage statistics and a greedy order (smallest estimate first, then
// always a pattern connected to the variables bound so far).

#ifndef SPOKE_ENGINE_EXEC_BGP_ORDER_H_
#define SPOKE_ENGINE_EXEC_BGP_ORDER_H_

#include <set>
#include <string>
#include <vector>

#include "engine/exec/scan_pattern.h"

namespace spoke::engine {

// Cost of one index seek in units of "one row produced". Measured on the
// 1M-quad bench data with re-seeked cursors: ~3 us per seek (q05-chain's
// ~2,000 seeks) and ~0.16 us per scanned row (q07-regex's 93k-row label
// scan), a ratio of ~19; 25 leaves a margin for the seek's rows. (Before
// cursors were re-seeked a seek cost ~7 us and this was 50.)
inline constexpr double kSeekCost = 25.0;

// A pattern of a BGP with what the planner knows about it.
struct PatternInfo {
  ScanPattern scan;
  std::string text;      // for EXPLAIN, e.g. "?s <http://p> ?o"
  std::set<int> slots;   // variable slots it binds (graph slot included)
  double base = 0;       // estimated matches with only its constants bound
  double subjects = 0;   // distinct subjects of its predicate (0: unknown)
  double objects = 0;    // distinct objects of its predicate (0: unknown)
};

// Estimated matches of `p` per input row when the slots in `bound` are
// bound: exact counts for constants (ReadView::EstimateCount) divided by
// the predicate's distinct subjects / objects for each bound variable, or
// a fixed fan-out where no statistic applies.
double EstimatePattern(const PatternInfo& p, const std::set<int>& bound);

struct BgpOrder {
  std::vector<int> order;              // indexes into the patterns
  std::vector<double> rows_after;      // estimated rows after each step
  std::vector<bool> starts_component;  // shares no variable with before
  double cost = 0;                     // seeks * kSeekCost + rows
};

// Greedy order of `patterns` starting with `bound` slots bound and
// `rows_in` input rows: each step takes, among the patterns connected to
// the bound variables (all patterns if none is), the one with the smallest
// estimate; ties keep the written order.
BgpOrder OrderPatterns(const std::vector<PatternInfo>& patterns,
                       std::set<int> bound, double rows_in);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_BGP_ORDER_H_
