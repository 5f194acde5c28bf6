// Small UTF-8 helpers shared by the result writers.

#ifndef SPOKE_ENGINE_RESULTS_UTF8_H_
#define SPOKE_ENGINE_RESULTS_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "storage/utf8.h"

namespace spoke::engine {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[*pos] and advances *pos past it. An invalid or
// truncated sequence (overlong, surrogate, > U+10FFFF) yields U+FFFD and
// advances by one byte. REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_UTF8_H_
