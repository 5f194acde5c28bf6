// XPath constructor casts as SPARQL 1.1 §17.5 allows them: xsd:integer,
// xsd:decimal, xsd:float, xsd:double, xsd:boolean, xsd:string, xsd:date and
// xsd:dateTime applied to a term.
//
// - to xsd:string: IRIs (the IRI) and literals other than language-tagged
//   ones give a simple literal of the lexical form (as STR does);
// - from a simple literal / xsd:string: the (whitespace-trimmed) lexical
//   form must be valid for the target type ("1e3" is no xsd:decimal);
// - numeric and boolean sources convert by value: true -> 1, 0/NaN ->
//   false, float/double -> integer truncates toward zero, NaN/INF -> integer
//   or decimal is an error;
// - xsd:dateTime <-> xsd:date: the date part / midnight, timezone kept;
// - everything else (blank nodes, language-tagged literals, ill-typed
//   source literals, unknown datatypes, dates to numbers, ...) is an error.
// Results are in canonical lexical form ("01" -> "1"^^xsd:integer).
//
// Thread safety: pure functions.

#ifndef SPOKE_ENGINE_EXPR_CAST_H_
#define SPOKE_ENGINE_EXPR_CAST_H_

#include <string_view>

#include "engine/expr/value.h"
#include "spoke/term.h"

namespace spoke::engine::expr {

// True if `datatype_iri` is one of the eight cast targets above.
bool IsCastTarget(std::string_view datatype_iri);

// REQUIRES: IsCastTarget(datatype_iri).
Value Cast(const Term& t, std::string_view datatype_iri);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_CAST_H_
