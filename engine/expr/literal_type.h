// LiteralType: which of the datatypes that SPARQL operators know a term has.
//
// Classification looks only at the datatype IRI, never at the lexical form:
// "abc"^^xsd:integer is kInteger (an ill-typed literal; parsers of the value
// reject it). The xsd types derived from xsd:integer (xsd:int, xsd:byte,
// xsd:nonNegativeInteger, ...) are kInteger; their value ranges are checked by
// IntegerInRange.
//
// Thread safety: pure functions.

#ifndef SPOKE_ENGINE_EXPR_LITERAL_TYPE_H_
#define SPOKE_ENGINE_EXPR_LITERAL_TYPE_H_

#include <cstdint>
#include <string_view>

#include "engine/expr/decimal.h"
#include "spoke/term.h"

namespace spoke::engine::expr {

enum class LiteralType : uint8_t {
  kNotLiteral,  // an IRI, blank node or kNone term
  kString,      // simple literal / xsd:string
  kLangString,  // rdf:langString
  kBoolean,
  kInteger,  // xsd:integer and its derived types
  kDecimal,
  kFloat,
  kDouble,
  kDateTime,
  kDate,
  kOther,  // any other datatype
};

LiteralType ClassifyLiteral(const Term& t);
LiteralType ClassifyDatatype(std::string_view datatype_iri);

inline bool IsNumericType(LiteralType t) {
  return t == LiteralType::kInteger || t == LiteralType::kDecimal ||
         t == LiteralType::kFloat || t == LiteralType::kDouble;
}
// A simple literal, xsd:string or language-tagged literal ("string literal"
// in SPARQL 1.1 §17.4.3).
inline bool IsStringLiteralType(LiteralType t) {
  return t == LiteralType::kString || t == LiteralType::kLangString;
}

// True if the integral value `v` lies in the value space of `datatype_iri`
// (always true for xsd:integer; e.g. [-128, 127] for xsd:byte).
bool IntegerInRange(std::string_view datatype_iri, const Decimal& v);

// Strips XML whitespace (space, tab, CR, LF) at both ends: the "collapse"
// whitespace facet of numeric, boolean and date types.
std::string_view TrimXmlWhitespace(std::string_view s);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_LITERAL_TYPE_H_
