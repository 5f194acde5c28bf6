// Row: one solution while a query runs — a TermId per variable slot.
//
// Slots are numbered by the query's VarTable. kUnbound (0) marks an unbound
// slot: id 0 is the default graph's id (storage/term_id.h), which never
// binds a variable. Equal ids are equal terms, so joins, DISTINCT and
// grouping compare ids without decoding.

#ifndef SPOKE_ENGINE_EXEC_ROW_H_
#define SPOKE_ENGINE_EXEC_ROW_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "storage/term_id.h"

namespace spoke::engine {

using storage::TermId;
using Row = std::vector<TermId>;

inline constexpr TermId kUnbound = 0;

// Hash of the values of `slots` in `row`.
inline size_t HashSlots(const Row& row, const std::vector<int>& slots) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (int s : slots) {
    h ^= row[s] + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  }
  return static_cast<size_t>(h);
}

// True if `a` and `b` agree on every slot bound in both (SPARQL
// compatibility of solution mappings).
inline bool Compatible(const Row& a, const Row& b) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != kUnbound && b[i] != kUnbound && a[i] != b[i]) return false;
  }
  return true;
}

// Binds into `a` every slot bound in `b`. REQUIRES: Compatible(a, b).
inline void MergeInto(Row* a, const Row& b) {
  for (size_t i = 0; i < a->size(); ++i) {
    if (b[i] != kUnbound) (*a)[i] = b[i];
  }
}

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_ROW_H_
