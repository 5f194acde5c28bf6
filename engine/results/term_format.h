// Renderings of a Term as text, shared by the TSV and table writers and by
// the query-test harness.

#ifndef SPOKE_ENGINE_RESULTS_TERM_FORMAT_H_
#define SPOKE_ENGINE_RESULTS_TERM_FORMAT_H_

#include <string>

#include "engine/results/prefix_map.h"
#include "spoke/term.h"

namespace spoke::engine {

// The term in Turtle syntax: like N-Triples, except that xsd:integer,
// xsd:decimal, xsd:double and xsd:boolean literals whose lexical form is a
// Turtle numeric/boolean token are written bare (42, 1.5, 1.0E0, true), and
// IRIs (also datatypes) are written prefix:local when `prefixes` has one
// that fits. Strings use N-Triples escapes; non-ASCII stays UTF-8. kNone
// gives "".
std::string FormatTermTurtle(const Term& term,
                             const PrefixMap* prefixes = nullptr);

// True if `lexical` with datatype `datatype` can be written bare in Turtle
// and reads back as the same term.
bool IsTurtleBareLiteral(const std::string& lexical, std::string_view datatype);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_TERM_FORMAT_H_
