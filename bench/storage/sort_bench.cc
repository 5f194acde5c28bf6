// sort_bench: times std::sort against SortQuads (storage/index_sort.h) on
// synthetic news-like quads (dense ids with tags, ~10 quads per graph,
// GSPO input order) re-sorted into each index order, and checks that both
// give the same result.
//
// Usage: sort_bench [quads] (default 10000000)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "storage/index_sort.h"

using spoke::storage::IndexOrder;
using spoke::storage::PermutedQuad;

namespace {

uint64_t Id(uint64_t tag, uint64_t payload) { return (tag << 56) | payload; }

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       start)
      .count();
}

}  // namespace

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10000000;
  std::mt19937_64 rng(1);
  std::vector<PermutedQuad> gspo;
  gspo.reserve(n);
  uint64_t g = 1;
  while (gspo.size() < n) {
    g += 1 + rng() % 20;
    size_t group = 1 + rng() % 20;
    for (size_t i = 0; i < group && gspo.size() < n; ++i) {
      // Skew: a few hub subjects and objects, many rare ones.
      uint64_t s = Id(1, rng() % 4 == 0 ? 1 + rng() % 100 : 1 + rng() % (n / 4));
      uint64_t p = Id(1, 1 + rng() % 60);
      uint64_t o;
      switch (rng() % 5) {
        case 0:
        case 1: o = Id(1, 1 + rng() % (n / 3)); break;
        case 2: o = Id(3, 1 + rng() % n); break;
        case 3: o = Id(0x10, (uint64_t{1} << 55) + rng() % 10000); break;
        default: o = Id(2, 1 + rng() % (n / 10)); break;
      }
      gspo.push_back({Id(1, g), s, p, o});
    }
  }
  std::sort(gspo.begin(), gspo.end());
  for (IndexOrder order : {IndexOrder::kSpog, IndexOrder::kPosg,
                           IndexOrder::kOspg, IndexOrder::kGpos}) {
    std::vector<PermutedQuad> a;
    a.reserve(n);
    for (const PermutedQuad& q : gspo) {
      a.push_back(spoke::storage::Permute(
          order, spoke::storage::Unpermute(IndexOrder::kGspo, q)));
    }
    std::vector<PermutedQuad> b = a;
    auto t0 = std::chrono::steady_clock::now();
    std::sort(a.begin(), a.end());
    double std_s = Seconds(t0);
    t0 = std::chrono::steady_clock::now();
    spoke::storage::SortQuads(b.data(), b.data() + b.size());
    double radix_s = Seconds(t0);
    std::printf("%s: %zu quads, std::sort %.3f s, SortQuads %.3f s%s\n",
                spoke::storage::IndexName(order), n, std_s, radix_s,
                a == b ? "" : "  MISMATCH");
    if (a != b) return 1;
  }
  return 0;
}
