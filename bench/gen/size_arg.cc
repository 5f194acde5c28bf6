#include "bench/gen/size_arg.h"

#include <cctype>
#include <limits>
#include <string>

namespace spoke::bench {

Result<uint64_t> ParseSize(std::string_view text) {
  auto bad = [&] {
    return Status::InvalidArgument("bad size '" + std::string(text) +
                                   "': expected digits with an optional k, m or g");
  };
  if (text.empty()) return bad();
  uint64_t multiplier = 1;
  switch (std::tolower(static_cast<unsigned char>(text.back()))) {
    case 'k': multiplier = 1000; break;
    case 'm': multiplier = 1000 * 1000; break;
    case 'g': multiplier = 1000 * 1000 * 1000; break;
    default: break;
  }
  std::string_view digits = multiplier == 1 ? text : text.substr(0, text.size() - 1);
  if (digits.empty()) return bad();
  uint64_t value = 0;
  constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
  for (char c : digits) {
    if (c < '0' || c > '9') return bad();
    const uint64_t digit = static_cast<uint64_t>(c - '0');
    if (value > (kMax - digit) / 10) return bad();
    value = value * 10 + digit;
  }
  if (value > kMax / multiplier) return bad();
  return value * multiplier;
}

}  // namespace spoke::bench
