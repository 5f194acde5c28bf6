// The timing line of `spoke query --repeat N`, printed to stderr.

#ifndef SPOKE_SHELL_REPEAT_TIMING_H_
#define SPOKE_SHELL_REPEAT_TIMING_H_

#include <cstdint>
#include <string>
#include <vector>

namespace spoke::shell {

// {"runs":N,"min_ms":…,"median_ms":…,"p90_ms":…,"max_ms":…,"rows":R} for
// the run times `ms` (N = ms.size() >= 1) and R rows per run. The median
// of an even count is the mean of the middle two; p90 is the nearest-rank
// 90th percentile. Times have three decimals.
std::string RepeatJson(std::vector<double> ms, uint64_t rows);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_REPEAT_TIMING_H_
