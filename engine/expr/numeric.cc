#include "engine/expr/numeric.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "engine/expr/literal_type.h"

namespace spoke::engine::expr {

namespace {

// True if `s` is in the lexical space shared by xsd:double and xsd:float
// (not counting INF/NaN).
bool IsFloatingLexical(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t mantissa_digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++mantissa_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

bool IsIntegerLexical(std::string_view s) {
  size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Reformats std::to_chars scientific output ("1.5e-03") as XSD canonical
// ("1.5E-3").
std::string CanonicalScientific(const char* begin, const char* end) {
  std::string_view sv(begin, static_cast<size_t>(end - begin));
  size_t e = sv.find('e');
  std::string mantissa(sv.substr(0, e));
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  int exponent = std::atoi(std::string(sv.substr(e + 1)).c_str());
  return mantissa + "E" + std::to_string(exponent);
}

std::optional<std::string> SpecialFloating(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "INF" : "-INF";
  if (d == 0) return std::signbit(d) ? "-0.0E0" : "0.0E0";
  return std::nullopt;
}

}  // namespace

std::string FormatDouble(double d) {
  if (auto s = SpecialFloating(d)) return *s;
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::scientific);
  return CanonicalScientific(buf, r.ptr);
}

std::string FormatFloat(float f) {
  if (auto s = SpecialFloating(f)) return *s;
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof(buf), f, std::chars_format::scientific);
  return CanonicalScientific(buf, r.ptr);
}

std::optional<double> ParseDouble(std::string_view s) {
  if (s == "INF" || s == "+INF") return HUGE_VAL;
  if (s == "-INF") return -HUGE_VAL;
  if (s == "NaN") return std::nan("");
  if (!IsFloatingLexical(s)) return std::nullopt;
  return std::strtod(std::string(s).c_str(), nullptr);
}

std::optional<float> ParseFloat(std::string_view s) {
  if (s == "INF" || s == "+INF") return HUGE_VALF;
  if (s == "-INF") return -HUGE_VALF;
  if (s == "NaN") return std::nanf("");
  if (!IsFloatingLexical(s)) return std::nullopt;
  return std::strtof(std::string(s).c_str(), nullptr);
}

Numeric::Parse Numeric::FromTerm(const Term& t, Numeric* out) {
  LiteralType type = ClassifyLiteral(t);
  if (!IsNumericType(type)) return Parse::kNotNumeric;
  std::string_view lex = TrimXmlWhitespace(t.value());
  switch (type) {
    case LiteralType::kInteger: {
      if (!IsIntegerLexical(lex)) return Parse::kInvalid;
      std::optional<Decimal> d = Decimal::Parse(lex);
      if (!d) return Parse::kOutOfRange;
      if (!IntegerInRange(t.datatype(), *d)) return Parse::kInvalid;
      *out = Integer(*d);
      return Parse::kOk;
    }
    case LiteralType::kDecimal: {
      // Decimal::Parse accepts exactly the xsd:decimal lexical space; on
      // failure tell an invalid form from one with too many digits.
      std::optional<Decimal> d = Decimal::Parse(lex);
      if (d) {
        *out = OfDecimal(*d);
        return Parse::kOk;
      }
      bool lexical_ok = IsFloatingLexical(lex) &&
                        lex.find_first_of("eE") == std::string_view::npos;
      return lexical_ok ? Parse::kOutOfRange : Parse::kInvalid;
    }
    case LiteralType::kFloat: {
      std::optional<float> f = ParseFloat(lex);
      if (!f) return Parse::kInvalid;
      *out = Float(*f);
      return Parse::kOk;
    }
    default: {
      std::optional<double> d = ParseDouble(lex);
      if (!d) return Parse::kInvalid;
      *out = Double(*d);
      return Parse::kOk;
    }
  }
}

Term Numeric::ToTerm() const {
  switch (type_) {
    case NumericType::kInteger:
      return Term::TypedLiteral(exact_.ToIntegerString(), kXsdInteger);
    case NumericType::kDecimal:
      return Term::TypedLiteral(exact_.ToDecimalString(), kXsdDecimal);
    case NumericType::kFloat:
      return Term::TypedLiteral(FormatFloat(static_cast<float>(approx_)), kXsdFloat);
    case NumericType::kDouble:
      return Term::TypedLiteral(FormatDouble(approx_), kXsdDouble);
  }
  return Term();
}

std::optional<Numeric> Numeric::Arith(ArithOp op, const Numeric& a,
                                      const Numeric& b) {
  NumericType type = a.type_ > b.type_ ? a.type_ : b.type_;
  if (type <= NumericType::kDecimal) {
    std::optional<Decimal> r;
    switch (op) {
      case ArithOp::kAdd: r = Decimal::Add(a.exact_, b.exact_); break;
      case ArithOp::kSub: r = Decimal::Sub(a.exact_, b.exact_); break;
      case ArithOp::kMul: r = Decimal::Mul(a.exact_, b.exact_); break;
      case ArithOp::kDiv:
        r = Decimal::Div(a.exact_, b.exact_);
        type = NumericType::kDecimal;
        break;
    }
    if (!r) return std::nullopt;
    // Integer + - * of integers stays integral: Decimal is exact there.
    return Numeric(type, *r, 0);
  }
  double x = a.ToDouble(), y = b.ToDouble();
  double r = 0;
  switch (op) {
    case ArithOp::kAdd: r = x + y; break;
    case ArithOp::kSub: r = x - y; break;
    case ArithOp::kMul: r = x * y; break;
    case ArithOp::kDiv: r = x / y; break;  // IEEE: INF, -INF or NaN on zero
  }
  if (type == NumericType::kFloat) return Float(static_cast<float>(r));
  return Double(r);
}

Numeric Numeric::Negate() const {
  if (is_exact()) return Numeric(type_, exact_.Negate(), 0);
  return Numeric(type_, {}, -approx_);
}

std::optional<int> Numeric::Compare(const Numeric& a, const Numeric& b) {
  if (a.is_exact() && b.is_exact()) return Decimal::Compare(a.exact_, b.exact_);
  double x = a.ToDouble(), y = b.ToDouble();
  if (x != x || y != y) return std::nullopt;
  return x < y ? -1 : (x > y ? 1 : 0);
}

}  // namespace spoke::engine::expr
