// Numeric: the value of an xsd:integer, xsd:decimal, xsd:float or xsd:double
// literal, and SPARQL's arithmetic over such values (SPARQL 1.1 §17.3, XPath
// op:numeric-add etc.).
//
// Integers and decimals are exact (see Decimal: 38 significant digits);
// results that overflow that range are evaluation errors, never wrapped.
// Floats and doubles follow IEEE 754 (float results are rounded to float).
// Type promotion: integer < decimal < float < double; the result has the
// larger type, except integer / integer which is a decimal.
//
// Thread safety: an immutable value type.

#ifndef SPOKE_ENGINE_EXPR_NUMERIC_H_
#define SPOKE_ENGINE_EXPR_NUMERIC_H_

#include <cstdint>
#include <optional>
#include <string>

#include "engine/expr/decimal.h"
#include "spoke/term.h"

namespace spoke::engine::expr {

enum class NumericType : uint8_t { kInteger, kDecimal, kFloat, kDouble };

enum class ArithOp : uint8_t { kAdd, kSub, kMul, kDiv };

class Numeric {
 public:
  // How FromTerm fared.
  enum class Parse : uint8_t {
    kOk,
    kNotNumeric,   // not a literal of a numeric datatype
    kInvalid,      // numeric datatype, but the lexical form is not valid
    kOutOfRange,   // valid, but beyond the 38 digits Spoke computes with
  };

  Numeric() = default;
  static Numeric Integer(Decimal v) { return Numeric(NumericType::kInteger, v, 0); }
  static Numeric Integer(int64_t v) { return Integer(Decimal::FromInt(v)); }
  static Numeric OfDecimal(Decimal v) { return Numeric(NumericType::kDecimal, v, 0); }
  static Numeric Float(float v) { return Numeric(NumericType::kFloat, {}, v); }
  static Numeric Double(double v) { return Numeric(NumericType::kDouble, {}, v); }

  // Reads a numeric literal (leading/trailing XML whitespace allowed, derived
  // integer types range-checked). `*out` is set only for kOk.
  static Parse FromTerm(const Term& t, Numeric* out);
  static std::optional<Numeric> FromTerm(const Term& t) {
    Numeric n;
    if (FromTerm(t, &n) != Parse::kOk) return std::nullopt;
    return n;
  }

  // The literal in canonical form: "1"^^xsd:integer, "1.5"^^xsd:decimal,
  // "1.5E0"^^xsd:double, "INF"^^xsd:float.
  Term ToTerm() const;

  NumericType type() const { return type_; }
  bool is_exact() const { return type_ <= NumericType::kDecimal; }
  // REQUIRES: is_exact().
  const Decimal& exact() const { return exact_; }
  // The value as a double (rounded for integers and decimals).
  double ToDouble() const { return is_exact() ? exact_.ToDouble() : approx_; }
  bool is_nan() const { return !is_exact() && approx_ != approx_; }
  bool is_zero() const { return is_exact() ? exact_.is_zero() : approx_ == 0; }

  // a op b with promotion. nullopt (an evaluation error) for integer or
  // decimal division by zero and for exact results beyond 38 digits.
  static std::optional<Numeric> Arith(ArithOp op, const Numeric& a,
                                      const Numeric& b);
  // Unary minus.
  Numeric Negate() const;
  // -1, 0, 1 by value after promotion; nullopt if either is NaN.
  static std::optional<int> Compare(const Numeric& a, const Numeric& b);

 private:
  Numeric(NumericType t, Decimal e, double a) : type_(t), exact_(e), approx_(a) {}
  NumericType type_ = NumericType::kInteger;
  Decimal exact_;
  double approx_ = 0;
};

// Canonical lexical forms of XSD floating-point values: "1.0E0", "-2.5E-3",
// "INF", "-INF", "NaN". FormatFloat uses the shortest form that round-trips
// as a float.
std::string FormatDouble(double d);
std::string FormatFloat(float f);
// Parses the xsd:double / xsd:float lexical space (no whitespace).
std::optional<double> ParseDouble(std::string_view s);
std::optional<float> ParseFloat(std::string_view s);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_NUMERIC_H_
