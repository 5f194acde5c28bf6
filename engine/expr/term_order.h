// The ORDER BY order of SPARQL 1.1 §15.1, made total so that sorting is a
// strict weak order (also used by MIN and MAX):
//
//   unbound < blank nodes < IRIs < literals
//
// Blank nodes compare by label, IRIs by code points. Literals are grouped
// by kind, in this order, and compared within a kind:
//   1. valid numerics: by value (as doubles, NaN first), ties between
//      values equal as doubles broken by exact value for integers and
//      decimals, then integer < decimal < float < double, then lexical
//      form, then datatype IRI;
//   2. valid booleans: false < true, then lexical form ("0" < "false");
//   3. valid xsd:dateTime: by instant, values without timezone taken as
//      UTC, then without-timezone first, then lexical form;
//   4. valid xsd:date: likewise;
//   5. simple literals / xsd:string: by code points;
//   6. language-tagged literals: by lexical form, then tag;
//   7. everything else (other datatypes, ill-typed literals such as
//      "x"^^xsd:integer): by datatype IRI, then lexical form.
// Where SPARQL's `<` gives true for two literals, this order agrees. Two
// terms compare equal only if they are the same term.
//
// Thread safety: pure function.

#ifndef SPOKE_ENGINE_EXPR_TERM_ORDER_H_
#define SPOKE_ENGINE_EXPR_TERM_ORDER_H_

#include "spoke/term.h"

namespace spoke::engine::expr {

// -1, 0 or 1. nullptr or a kNone term means unbound (an expression that
// evaluated to an error also sorts as unbound).
int OrderCompare(const Term* a, const Term* b);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_TERM_ORDER_H_
