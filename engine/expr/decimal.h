// Decimal: an exact xsd:decimal (and xsd:integer) value.
//
// The value is unscaled / 10^scale with a signed 128-bit unscaled integer and
// 0 <= scale <= kMaxScale: any number with at most 38 significant digits
// (and magnitudes up to 2^127 - 1, about 1.7e38) is held exactly. Addition, subtraction,
// multiplication and comparison are exact; an operation whose exact result
// does not fit fails (nullopt) rather than rounding silently, except for
// division, which rounds half-to-even to kDivScale fractional digits (XPath
// leaves the precision of decimal division to the implementation and asks for
// at least 18 digits).
//
// Thread safety: an immutable value type.

#ifndef SPOKE_ENGINE_EXPR_DECIMAL_H_
#define SPOKE_ENGINE_EXPR_DECIMAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace spoke::engine::expr {

class Decimal {
 public:
  using Int128 = __int128;
  static constexpr int kMaxScale = 38;
  static constexpr int kDivScale = 24;

  Decimal() = default;
  // An integral value.
  static Decimal FromInt(Int128 v) { return Decimal(v, 0); }
  // unscaled / 10^scale. REQUIRES: 0 <= scale <= kMaxScale and
  // |unscaled| < 2^127.
  static Decimal FromScaled(Int128 unscaled, int scale) {
    return Decimal(unscaled, scale);
  }

  // Parses the xsd:decimal lexical form `[+-]? (d+ ('.' d*)? | '.' d+)`
  // (no surrounding whitespace, no exponent). Returns nullopt if `s` is not
  // of that form, has more than 38 fractional digits (after dropping
  // trailing zeros) or its digits exceed 2^127 - 1.
  static std::optional<Decimal> Parse(std::string_view s);
  // The exact value of the shortest decimal string that round-trips `d`,
  // rounded half-to-even to kMaxScale digits. nullopt for NaN, infinities
  // and magnitudes of 1e38 and more.
  static std::optional<Decimal> FromDouble(double d);

  // Exact arithmetic; nullopt when the result does not fit.
  static std::optional<Decimal> Add(const Decimal& a, const Decimal& b);
  static std::optional<Decimal> Sub(const Decimal& a, const Decimal& b);
  static std::optional<Decimal> Mul(const Decimal& a, const Decimal& b);
  // a / b rounded half-to-even to kDivScale fractional digits. nullopt when b
  // is zero or the quotient does not fit.
  static std::optional<Decimal> Div(const Decimal& a, const Decimal& b);
  // -1, 0 or 1. Exact.
  static int Compare(const Decimal& a, const Decimal& b);

  Decimal Negate() const { return Decimal(-unscaled_, scale_); }
  bool is_zero() const { return unscaled_ == 0; }
  bool is_integral() const { return scale_ == 0; }
  int sign() const { return unscaled_ < 0 ? -1 : (unscaled_ > 0 ? 1 : 0); }
  // The value rounded toward zero.
  Decimal Truncate() const;
  // REQUIRES: is_integral().
  Int128 integral_value() const { return unscaled_; }

  // Canonical xsd:decimal form: "-1.5", "0.25", and "2.0" for integral values
  // (XSD 1.0 canonical form keeps one fractional digit).
  std::string ToDecimalString() const;
  // Canonical xsd:integer form of the value truncated toward zero: "-12".
  std::string ToIntegerString() const;
  // The nearest double (correctly rounded).
  double ToDouble() const;

  friend bool operator==(const Decimal& a, const Decimal& b) {
    return a.unscaled_ == b.unscaled_ && a.scale_ == b.scale_;
  }

 private:
  Decimal(Int128 unscaled, int scale);  // normalises trailing zeros
  Int128 unscaled_ = 0;
  int scale_ = 0;
};

// Formats a signed 128-bit integer in decimal.
std::string Int128ToString(__int128 v);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_DECIMAL_H_
