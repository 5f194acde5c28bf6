// Renders where a query error is: the query line and a caret under the
// problem, for Status::WithContext (STYLE.md §3):
//
//   SELECT ?s WHERE { ?s <knows> }
//                                ^
//
// Internal to engine/parse.

#ifndef SPOKE_ENGINE_PARSE_ERROR_CONTEXT_H_
#define SPOKE_ENGINE_PARSE_ERROR_CONTEXT_H_

#include <string>
#include <string_view>

#include "spoke/status.h"

namespace spoke::engine {

// Returns line `span.line` of `text` (1-based), a newline, and a caret under
// column `span.column` (1-based, in code points; tabs in the line are kept
// so the caret lines up), followed by '~' under the rest of the token when
// span.length > 1. Empty if the line does not exist.
std::string CaretContext(std::string_view text, SourceSpan span);

// Returns `s` with CaretContext(text, *s.span()) attached, if it has a span.
Status WithQueryContext(const Status& s, std::string_view text);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_PARSE_ERROR_CONTEXT_H_
