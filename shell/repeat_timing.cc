#include "shell/repeat_timing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spoke::shell {

std::string RepeatJson(std::vector<double> ms, uint64_t rows) {
  if (ms.empty()) ms.push_back(0);
  std::sort(ms.begin(), ms.end());
  size_t n = ms.size();
  double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  size_t rank = static_cast<size_t>(std::ceil(0.9 * static_cast<double>(n)));
  double p90 = ms[std::max<size_t>(rank, 1) - 1];
  char buf[256];
  std::snprintf(buf, sizeof(buf),
                "{\"runs\":%zu,\"min_ms\":%.3f,\"median_ms\":%.3f,\"p90_ms\":%.3f,"
                "\"max_ms\":%.3f,\"rows\":%llu}",
                n, ms.front(), median, p90, ms.back(),
                static_cast<unsigned long long>(rows));
  return buf;
}

}  // namespace spoke::shell
