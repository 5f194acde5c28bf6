// SPARQL's operators and built-in functions on RDF terms (SPARQL 1.1 §17.3,
// §17.4). Each returns a Value: a new term, or an error for arguments
// outside the function's domain. They never fail otherwise.
//
// String functions take "string literals" (simple, xsd:string or
// language-tagged). The two-argument ones (CONTAINS, STRSTARTS, STRENDS)
// require compatible arguments (§17.4.3.1.1): both simple/xsd:string, both
// language-tagged with the same tag, or a language-tagged first argument
// with a simple/xsd:string second; anything else is an error. Results of
// UCASE/LCASE keep the argument's language tag or datatype.
//
// Thread safety: pure functions.

#ifndef SPOKE_ENGINE_EXPR_FUNCTIONS_H_
#define SPOKE_ENGINE_EXPR_FUNCTIONS_H_

#include "engine/expr/numeric.h"
#include "engine/expr/regex.h"
#include "engine/expr/value.h"
#include "spoke/term.h"

namespace spoke::engine::expr {

// + - * / with numeric promotion; error for non-numeric or invalid
// arguments, integer/decimal division by zero, and exact overflow.
Value Arithmetic(ArithOp op, const Term& a, const Term& b);
Value UnaryPlus(const Term& a);
Value UnaryMinus(const Term& a);

Value IsIri(const Term& t);
Value IsBlank(const Term& t);
Value IsLiteral(const Term& t);
// True for a numeric literal with a valid lexical form (a derived integer
// type must be in range: "-1"^^xsd:nonNegativeInteger is not numeric).
Value IsNumeric(const Term& t);

// STR: the lexical form of a literal or the IRI, as a simple literal;
// error for blank nodes.
Value Str(const Term& t);
// LANG: the language tag ("" if none) of a literal; error otherwise.
Value Lang(const Term& t);
// DATATYPE: xsd:string for simple literals, rdf:langString for
// language-tagged ones; error for non-literals.
Value Datatype(const Term& t);
// LANGMATCHES(tag, range), RFC 4647 basic filtering, case-insensitive:
// "*" matches every non-empty tag; otherwise the range equals the tag or is
// a prefix of it followed by "-". Both must be simple literals.
Value LangMatches(const Term& tag, const Term& range);

Value StrLen(const Term& t);  // code points, as xsd:integer
Value UCase(const Term& t);
Value LCase(const Term& t);
Value Contains(const Term& a, const Term& b);
Value StrStarts(const Term& a, const Term& b);
Value StrEnds(const Term& a, const Term& b);
// REGEX(text, pattern) with a compiled pattern; error if `text` is not a
// string literal.
Value RegexMatch(const Term& text, const Regex& regex);
// True if `t` is a simple literal / xsd:string (the type REGEX wants for
// pattern and flags).
bool IsSimpleString(const Term& t);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_FUNCTIONS_H_
