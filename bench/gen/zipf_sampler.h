// ZipfSampler: draws ranks 1..n with P(k) proportional to 1 / k^s, the skew
// of real entity mentions (a few hubs, a long tail of rare entities).
//
// Uses a precomputed cumulative table and binary search: O(n) memory
// (8 bytes per rank; n is at most a few hundred thousand here) and
// O(log n) per draw, exact for any s >= 0.
//
// Thread safety: const methods may be called concurrently.

#ifndef SPOKE_BENCH_GEN_ZIPF_SAMPLER_H_
#define SPOKE_BENCH_GEN_ZIPF_SAMPLER_H_

#include <cstdint>
#include <vector>

#include "bench/gen/random.h"

namespace spoke::bench {

class ZipfSampler {
 public:
  // REQUIRES: n >= 1, s >= 0.
  ZipfSampler(uint64_t n, double s);

  // A rank in [1, n].
  uint64_t Sample(Random* rng) const;

  uint64_t size() const { return cdf_.size(); }

 private:
  std::vector<double> cdf_;  // cdf_[k-1] = P(rank <= k), last one 1.0
};

}  // namespace spoke::bench

#endif  // SPOKE_BENCH_GEN_ZIPF_SAMPLER_H_
