#include "engine/results/display_width.h"

#include <algorithm>
#include <iterator>

#include "engine/results/utf8.h"

namespace spoke::engine {

namespace {

struct CodepointRange {
  char32_t first;
  char32_t last;
};

#include "engine/results/display_width_tables.inc"

template <size_t N>
bool InTable(const CodepointRange (&table)[N], char32_t cp) {
  const CodepointRange* it = std::upper_bound(
      std::begin(table), std::end(table), cp,
      [](char32_t c, const CodepointRange& r) { return c < r.first; });
  return it != std::begin(table) && cp <= std::prev(it)->last;
}

}  // namespace

int CodepointWidth(char32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
  if (cp < 0x300) return cp == 0xAD ? 0 : 1;  // fast path: Latin
  if (InTable(kZeroWidth, cp)) return 0;
  if (InTable(kDoubleWidth, cp)) return 2;
  return 1;
}

size_t DisplayWidth(std::string_view utf8) {
  size_t width = 0;
  for (size_t pos = 0; pos < utf8.size();) {
    width += static_cast<size_t>(CodepointWidth(DecodeUtf8(utf8, &pos)));
  }
  return width;
}

std::string TruncateToWidth(std::string_view utf8, size_t max_width) {
  if (DisplayWidth(utf8) <= max_width) return std::string(utf8);
  const size_t budget = max_width == 0 ? 0 : max_width - 1;
  size_t width = 0;
  size_t cut = 0;
  for (size_t pos = 0; pos < utf8.size();) {
    size_t next = pos;
    int w = CodepointWidth(DecodeUtf8(utf8, &next));
    if (width + static_cast<size_t>(w) > budget) break;
    // A zero-width mark always fits, so it stays with its base character.
    width += static_cast<size_t>(w);
    pos = next;
    cut = pos;
  }
  std::string out(utf8.substr(0, cut));
  out += "\xE2\x80\xA6";  // …
  return out;
}

}  // namespace spoke::engine
