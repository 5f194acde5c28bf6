// Terminal display width of UTF-8 text, independent of the C locale
// (unlike libc wcwidth). Tables generated from the Unicode database by
// tools/gen_width_tables.py: East Asian Wide/Fullwidth = 2 columns,
// combining and format characters (Mn, Me, Cf) = 0, everything else 1.
// Control characters count 0; callers escape them before measuring.
// Bidirectional reordering (Arabic, Hebrew) is left to the terminal: the
// widths are right either way.

#ifndef SPOKE_ENGINE_RESULTS_DISPLAY_WIDTH_H_
#define SPOKE_ENGINE_RESULTS_DISPLAY_WIDTH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace spoke::engine {

// Columns taken by `cp`: 0, 1 or 2.
int CodepointWidth(char32_t cp);

// Columns taken by `utf8`; invalid bytes count as U+FFFD (1 column).
size_t DisplayWidth(std::string_view utf8);

// `utf8` cut so that it fits in `max_width` columns: unchanged if it fits,
// else its longest prefix of at most max_width - 1 columns followed by "…".
// Never splits a code point or separates a base character from the
// zero-width marks that follow it. REQUIRES: max_width >= 1.
std::string TruncateToWidth(std::string_view utf8, size_t max_width);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_DISPLAY_WIDTH_H_
