// ScanPattern: a triple pattern of the physical plan, with constants already
// turned into store ids and variables into slots, plus where in the dataset
// it matches (the default graph in one of its forms, or named graphs).

#ifndef SPOKE_ENGINE_EXEC_SCAN_PATTERN_H_
#define SPOKE_ENGINE_EXEC_SCAN_PATTERN_H_

#include <string>
#include <vector>

#include "engine/exec/row.h"
#include "engine/exec/var_table.h"
#include "storage/quad_store.h"

namespace spoke::engine {

// A pattern position: a variable slot (slot >= 0) or a constant store id.
struct SlotOrId {
  int slot = -1;
  TermId id = kUnbound;
  bool is_var() const { return slot >= 0; }
  static SlotOrId Var(int s) { return SlotOrId{s, kUnbound}; }
  static SlotOrId Const(TermId i) { return SlotOrId{-1, i}; }
};

enum class GraphMode : uint8_t {
  // The union of all graphs (or of graph_set, the FROM graphs), each triple
  // once: ScanSpec::distinct_triples.
  kMergedDefault,
  // Only the unnamed default graph (g = kDefaultGraphId).
  kPlainDefault,
  // A named graph: g is a variable slot or a constant id. With a non-empty
  // graph_set (FROM NAMED) only those graphs, else any named graph.
  kNamed,
};

struct ScanPattern {
  SlotOrId s, p, o;
  GraphMode mode = GraphMode::kMergedDefault;
  SlotOrId g;                     // kNamed only
  std::vector<TermId> graph_set;  // sorted; kMergedDefault (FROM) / kNamed

  // Builds the storage scan for this pattern given the bindings in `row`.
  // Returns false if the pattern can match nothing (a bound value the store
  // cannot hold, e.g. a computed term, or a graph outside graph_set).
  bool BuildSpec(const Row& row, storage::ScanSpec* spec) const;
  // "?s <p> ?o" with slot names from `vars` and constants as "#id".
  std::string Describe(const VarTable& vars) const;
  // The index the store uses for the positions bound by constants and
  // `bound` slots (SPOG, POSG, OSPG, GSPO, GPOS, GOSP).
  std::string IndexName(const std::vector<bool>& bound) const;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_SCAN_PATTERN_H_
