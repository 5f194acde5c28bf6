#include "bench/gen/zipf_sampler.h"

#include <algorithm>
#include <cmath>

namespace spoke::bench {

ZipfSampler::ZipfSampler(uint64_t n, double s) {
  cdf_.resize(n);
  double sum = 0;
  for (uint64_t k = 1; k <= n; ++k) {
    sum += 1.0 / std::pow(static_cast<double>(k), s);
    cdf_[k - 1] = sum;
  }
  for (double& c : cdf_) c /= sum;
  cdf_.back() = 1.0;
}

uint64_t ZipfSampler::Sample(Random* rng) const {
  const double u = rng->Unit();
  auto it = std::upper_bound(cdf_.begin(), cdf_.end(), u);
  if (it == cdf_.end()) --it;  // u < 1.0 always, kept for safety of rounding
  return static_cast<uint64_t>(it - cdf_.begin()) + 1;
}

}  // namespace spoke::bench
