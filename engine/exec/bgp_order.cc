#include "engine/exec/bgp_order.h"

#include <algorithm>

namespace spoke::engine {
namespace {

// Fan-out assumed for a bound position without a statistic.
constexpr double kDefaultFanout = 10.0;

bool IsBound(const SlotOrId& pos, const std::set<int>& bound) {
  return pos.is_var() && bound.count(pos.slot) > 0;
}

}  // namespace

double EstimatePattern(const PatternInfo& p, const std::set<int>& bound) {
  double e = p.base;
  if (IsBound(p.scan.s, bound)) {
    e = p.subjects > 0 ? e / p.subjects : std::min(e, kDefaultFanout);
  }
  if (IsBound(p.scan.o, bound)) {
    e = p.objects > 0 ? e / p.objects : std::min(e, kDefaultFanout);
  }
  if (IsBound(p.scan.p, bound)) e /= kDefaultFanout;
  if (p.scan.mode == GraphMode::kNamed && IsBound(p.scan.g, bound)) {
    e /= kDefaultFanout;
  }
  return e;
}

BgpOrder OrderPatterns(const std::vector<PatternInfo>& patterns,
                       std::set<int> bound, double rows_in) {
  BgpOrder out;
  std::vector<bool> used(patterns.size(), false);
  double rows = rows_in;
  for (size_t step = 0; step < patterns.size(); ++step) {
    int best = -1;
    bool best_connected = false;
    double best_est = 0;
    for (size_t i = 0; i < patterns.size(); ++i) {
      if (used[i]) continue;
      bool connected = false;
      for (int s : patterns[i].slots) connected = connected || bound.count(s);
      double est = EstimatePattern(patterns[i], bound);
      bool better = best < 0 || (connected && !best_connected) ||
                    (connected == best_connected && est < best_est);
      if (better) {
        best = static_cast<int>(i);
        best_connected = connected;
        best_est = est;
      }
    }
    used[best] = true;
    out.cost += rows * (kSeekCost + best_est);
    rows *= best_est;
    out.order.push_back(best);
    out.rows_after.push_back(rows);
    out.starts_component.push_back(step > 0 && !best_connected);
    bound.insert(patterns[best].slots.begin(), patterns[best].slots.end());
  }
  return out;
}

}  // namespace spoke::engine
