// Unicode helpers for the string built-ins: code point counting and case
// mapping over UTF-8.
//
// Case mapping covers Basic Latin, Latin-1, Latin Extended-A, Latin
// Extended Additional, Greek (incl. accented and archaic letters), Cyrillic
// (incl. the supplement), Armenian and fullwidth Latin: the simple mappings
// of UnicodeData.txt plus the unconditional full mappings of
// SpecialCasing.txt in those blocks (ß -> SS, ŉ -> ʼN, İ -> i̇, ΐ, ΰ).
// Context- and language-sensitive rules (final sigma, Turkish dotless i)
// are not applied: Σ always lowercases to σ. Other scripts pass unchanged.
// Bytes that are not valid UTF-8 pass through unchanged and count as one
// code point each.
//
// Thread safety: pure functions.

#ifndef SPOKE_ENGINE_EXPR_UNICODE_H_
#define SPOKE_ENGINE_EXPR_UNICODE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace spoke::engine::expr {

size_t CodePointCount(std::string_view utf8);
std::string ToUpperCase(std::string_view utf8);
std::string ToLowerCase(std::string_view utf8);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_UNICODE_H_
