// A brute-force model of a quad store for randomized tests: a std::set of
// quads over small term pools, and checks of a QuadStore against it.

#ifndef SPOKE_TESTS_UNIT_STORAGE_RANDOM_MODEL_H_
#define SPOKE_TESTS_UNIT_STORAGE_RANDOM_MODEL_H_

#include <map>
#include <random>
#include <set>
#include <vector>

#include "spoke/term.h"
#include "storage/quad_store.h"

namespace spoke::storage {

class RandomModel {
 public:
  explicit RandomModel(uint32_t seed);

  // A random quad over the pools (skewed towards a few hot terms).
  Quad RandomQuad();
  // A random graph term (none = default graph) from the pool.
  Term RandomGraph();

  void Insert(const Quad& q) { quads_.insert(q); }
  void Erase(const Quad& q) { quads_.erase(q); }
  void ClearGraph(const Term& g);
  const std::set<Quad>& quads() const { return quads_; }
  std::mt19937& rng() { return rng_; }

  // Every pattern combination (all 16 masks, several bound values each,
  // plus distinct_triples, named_graphs_only and graph_set variants),
  // compared with the model. Adds gtest failures.
  void CheckScans(const ReadView& view);
  // Statistics compared with ones recomputed from the model.
  void CheckStats(const ReadView& view);

 private:
  Term Pick(const std::vector<Term>& pool);

  std::mt19937 rng_;
  std::vector<Term> subjects_, predicates_, objects_, graphs_;
  std::set<Quad> quads_;
};

}  // namespace spoke::storage

#endif  // SPOKE_TESTS_UNIT_STORAGE_RANDOM_MODEL_H_
