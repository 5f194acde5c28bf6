#include "io/rdf_text.h"

#include <cstdint>

namespace spoke::io {

namespace {

bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n;
    uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    for (size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF.
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) ||
        (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

bool ValidAbsoluteIri(std::string_view iri) {
  size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 || !IsAlpha(iri[0])) {
    return false;
  }
  for (size_t i = 1; i < colon; ++i) {
    const char c = iri[i];
    if (!IsAlpha(c) && !IsDigit(c) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  for (unsigned char c : iri) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
        c == '|' || c == '^' || c == '`' || c == '\\') {
      return false;
    }
  }
  return ValidUtf8(iri);
}

bool ValidLanguageTag(std::string_view lang) {
  if (lang.empty()) return false;
  size_t i = 0;
  while (i < lang.size() && IsAlpha(lang[i])) ++i;
  if (i == 0) return false;
  while (i < lang.size()) {
    if (lang[i++] != '-') return false;
    const size_t start = i;
    while (i < lang.size() && (IsAlpha(lang[i]) || IsDigit(lang[i]))) ++i;
    if (i == start) return false;
  }
  return true;
}

}  // namespace spoke::io
