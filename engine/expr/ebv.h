// Effective boolean value (SPARQL 1.1 §17.2.2), used by FILTER, HAVING,
// IF, `!`, `&&` and `||`:
// - xsd:boolean: its value; an invalid lexical form gives false;
// - numeric: false for zero and NaN, else true; an invalid lexical form
//   gives false;
// - simple literal, xsd:string and language-tagged literal ("plain
//   literals" in the spec's words): false if the lexical form is empty;
// - anything else (IRIs, blank nodes, dates, other datatypes): an error.
//
// Thread safety: pure function.

#ifndef SPOKE_ENGINE_EXPR_EBV_H_
#define SPOKE_ENGINE_EXPR_EBV_H_

#include "engine/expr/value.h"
#include "spoke/term.h"

namespace spoke::engine::expr {

Tri EffectiveBooleanValue(const Term& t);
inline Tri EffectiveBooleanValue(const Value& v) {
  return v.is_error() ? Tri::kError : EffectiveBooleanValue(v.term());
}

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_EBV_H_
