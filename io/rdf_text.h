// Checks on the text inside RDF terms, shared by the reader (serd decodes
// \u escapes without rejecting surrogates, and accepts "@en-") and the
// writer (which must not emit what cannot be read back). Internal to io/.
//
// Thread safety: pure functions.

#ifndef SPOKE_IO_RDF_TEXT_H_
#define SPOKE_IO_RDF_TEXT_H_

#include <string_view>

namespace spoke::io {

// True if `s` is well-formed UTF-8: no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing past U+10FFFF.
bool ValidUtf8(std::string_view s);

// True if `lang` matches Turtle's LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
bool ValidLanguageTag(std::string_view lang);

// True if `iri` is absolute (scheme ':' ...), holds no character that
// IRIREF forbids (controls, space, <>"{}|^`\) and is valid UTF-8.
bool ValidAbsoluteIri(std::string_view iri);

}  // namespace spoke::io

#endif  // SPOKE_IO_RDF_TEXT_H_
