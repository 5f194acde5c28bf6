// SPARQL's comparison operators over RDF terms (SPARQL 1.1 §17.3 operator
// mapping, §17.4.1.7 RDFterm-equal, §17.4.1.8 sameTerm).
//
// `=` compares by value when both terms are valid literals of the same
// known kind: numerics (with promotion: 1 = 1.0, "01"^^xsd:integer = 1),
// strings (simple literal / xsd:string), language-tagged strings (lexical
// form and tag), booleans, xsd:dateTime, xsd:date. Otherwise it is
// RDFterm-equal: true for the same term; for two different literals an
// error (their values may be equal for all Spoke knows, e.g. two literals
// of an unknown datatype, "1" = 1, or "abc"^^xsd:integer = 1); false when
// either is an IRI or blank node. `!=` is the negation, errors stay errors.
//
// `<`, `<=`, `>`, `>=` are defined for numerics, strings, booleans
// (false < true), dateTimes and dates (see DateTime for timezone edge cases),
// each only against its own kind; anything else is an error. Any comparison
// with NaN is false (`!=` true).
//
// Thread safety: pure functions.

#ifndef SPOKE_ENGINE_EXPR_COMPARISON_H_
#define SPOKE_ENGINE_EXPR_COMPARISON_H_

#include <cstdint>

#include "engine/expr/value.h"
#include "spoke/term.h"

namespace spoke::engine::expr {

enum class CompareOp : uint8_t { kEq, kNe, kLt, kLe, kGt, kGe };

// The `=` operator.
Tri ValueEquals(const Term& a, const Term& b);
// Any of the six comparison operators.
Tri CompareTerms(CompareOp op, const Term& a, const Term& b);
// sameTerm(a, b): RDF term identity (never an error).
inline bool SameTerm(const Term& a, const Term& b) { return a == b; }

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_COMPARISON_H_
