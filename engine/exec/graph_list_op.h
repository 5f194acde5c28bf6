// GraphListOp: GRAPH ?g { } / GRAPH <g> { } — one empty solution per named
// graph of the dataset, with ?g bound to it (SPARQL evaluates the empty
// pattern once in each named graph). The store keeps no empty graphs, so a
// named graph is one that holds a quad: a known graph is checked with one
// seek; otherwise all quads of named graphs are scanned once to collect the
// distinct graphs (O(quads); memory counted per graph found).

#ifndef SPOKE_ENGINE_EXEC_GRAPH_LIST_OP_H_
#define SPOKE_ENGINE_EXEC_GRAPH_LIST_OP_H_

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/exec/operator.h"
#include "engine/exec/scan_pattern.h"

namespace spoke::engine {

class GraphListOp : public Operator {
 public:
  // `graph`: the GRAPH clause's variable slot or constant id. `restricted`:
  // the query has FROM / FROM NAMED, so only graphs in `named_set` (sorted)
  // are named graphs of the dataset.
  GraphListOp(ExecContext* ctx, SlotOrId graph, bool restricted,
              std::vector<TermId> named_set);
  ~GraphListOp() override { ctx_->Release(reserved_); }
  std::string Describe() const override;

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  // True if `id` is a named graph of the dataset holding a quad.
  bool IsGraph(TermId id);

  SlotOrId graph_;
  bool restricted_;
  std::vector<TermId> named_set_;
  Row seed_;
  std::vector<TermId> candidates_;  // graphs to check, when known
  size_t pos_ = 0;
  std::unique_ptr<storage::QuadCursor> cursor_;  // scanning for graphs
  std::unordered_set<TermId> seen_;
  size_t reserved_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_GRAPH_LIST_OP_H_
