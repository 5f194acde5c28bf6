// ParseSize: reads a count such as "100k", "1m", "10M", "2g" or "12345"
// (k = 1,000, m = 1,000,000, g = 1,000,000,000; case-insensitive).

#ifndef SPOKE_BENCH_GEN_SIZE_ARG_H_
#define SPOKE_BENCH_GEN_SIZE_ARG_H_

#include <cstdint>
#include <string_view>

#include "spoke/status.h"

namespace spoke::bench {

// InvalidArgument for an empty string, a non-digit, an unknown suffix or
// overflow.
Result<uint64_t> ParseSize(std::string_view text);

}  // namespace spoke::bench

#endif  // SPOKE_BENCH_GEN_SIZE_ARG_H_
