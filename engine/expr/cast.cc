#include "engine/expr/cast.h"

#include <optional>

#include "engine/expr/date_time.h"
#include "engine/expr/ebv.h"
#include "engine/expr/literal_type.h"
#include "engine/expr/numeric.h"

namespace spoke::engine::expr {

namespace {

// The numeric value of a numeric or boolean source, or nullopt.
std::optional<Numeric> NumericSource(const Term& t, LiteralType type) {
  if (type == LiteralType::kBoolean) {
    std::optional<bool> b = t.AsBoolean();
    if (!b) return std::nullopt;
    return Numeric::Integer(static_cast<int64_t>(*b));
  }
  if (IsNumericType(type)) return Numeric::FromTerm(t);
  return std::nullopt;
}

Value ToNumeric(const Term& t, LiteralType source, LiteralType target) {
  std::string_view dt = target == LiteralType::kInteger   ? kXsdInteger
                        : target == LiteralType::kDecimal ? kXsdDecimal
                        : target == LiteralType::kFloat   ? kXsdFloat
                                                          : kXsdDouble;
  if (source == LiteralType::kString) {
    // Read the string as a literal of the target type: same lexical rules.
    Term typed = Term::TypedLiteral(std::string(TrimXmlWhitespace(t.value())), dt);
    std::optional<Numeric> n = Numeric::FromTerm(typed);
    if (!n) return Value::Error();
    return Value(n->ToTerm());
  }
  std::optional<Numeric> n = NumericSource(t, source);
  if (!n) return Value::Error();
  switch (target) {
    case LiteralType::kInteger:
    case LiteralType::kDecimal: {
      std::optional<Decimal> d;
      if (n->is_exact()) {
        d = n->exact();
      } else {
        d = Decimal::FromDouble(n->ToDouble());
      }
      if (!d) return Value::Error();
      if (target == LiteralType::kInteger) return Value(Numeric::Integer(d->Truncate()).ToTerm());
      return Value(Numeric::OfDecimal(*d).ToTerm());
    }
    case LiteralType::kFloat:
      return Value(Numeric::Float(static_cast<float>(n->ToDouble())).ToTerm());
    default:
      return Value(Numeric::Double(n->ToDouble()).ToTerm());
  }
}

Value ToBoolean(const Term& t, LiteralType source) {
  if (source == LiteralType::kString || source == LiteralType::kBoolean) {
    std::string_view s = TrimXmlWhitespace(t.value());
    if (s == "true" || s == "1") return Value::Bool(true);
    if (s == "false" || s == "0") return Value::Bool(false);
    return Value::Error();
  }
  if (!IsNumericType(source)) return Value::Error();
  std::optional<Numeric> n = Numeric::FromTerm(t);
  if (!n) return Value::Error();
  return Value::Bool(!n->is_zero() && !n->is_nan());
}

Value ToDateOrDateTime(const Term& t, LiteralType source, bool to_date) {
  std::optional<DateTime> v;
  if (source == LiteralType::kString) {
    std::string_view s = TrimXmlWhitespace(t.value());
    v = to_date ? DateTime::ParseDate(s) : DateTime::ParseDateTime(s);
  } else if (source == LiteralType::kDateTime || source == LiteralType::kDate) {
    v = DateTime::FromTerm(t);
  }
  if (!v) return Value::Error();
  return Value((to_date ? v->ToDate() : v->ToDateTime()).ToTerm());
}

Value ToString(const Term& t, LiteralType source) {
  if (t.is_iri()) return Value(Term::Literal(t.value()));
  if (!t.is_literal() || source == LiteralType::kLangString) return Value::Error();
  // Literals of known types must hold a valid value.
  bool valid = true;
  if (IsNumericType(source)) {
    Numeric n;
    Numeric::Parse p = Numeric::FromTerm(t, &n);
    valid = p == Numeric::Parse::kOk || p == Numeric::Parse::kOutOfRange;
  } else if (source == LiteralType::kBoolean) {
    valid = t.AsBoolean().has_value();
  } else if (source == LiteralType::kDateTime || source == LiteralType::kDate) {
    valid = DateTime::FromTerm(t).has_value();
  }
  if (!valid) return Value::Error();
  return Value(Term::Literal(t.value()));
}

}  // namespace

bool IsCastTarget(std::string_view dt) {
  switch (ClassifyDatatype(dt)) {
    case LiteralType::kString:
    case LiteralType::kBoolean:
    case LiteralType::kDecimal:
    case LiteralType::kFloat:
    case LiteralType::kDouble:
    case LiteralType::kDateTime:
    case LiteralType::kDate:
      return true;
    case LiteralType::kInteger:
      return dt == kXsdInteger;
    default:
      return false;
  }
}

Value Cast(const Term& t, std::string_view dt) {
  LiteralType source = ClassifyLiteral(t);
  LiteralType target = ClassifyDatatype(dt);
  switch (target) {
    case LiteralType::kString:
      return ToString(t, source);
    case LiteralType::kInteger:
    case LiteralType::kDecimal:
    case LiteralType::kFloat:
    case LiteralType::kDouble:
      return ToNumeric(t, source, target);
    case LiteralType::kBoolean:
      return ToBoolean(t, source);
    case LiteralType::kDateTime:
      return ToDateOrDateTime(t, source, false);
    case LiteralType::kDate:
      return ToDateOrDateTime(t, source, true);
    default:
      return Value::Error();
  }
}

}  // namespace spoke::engine::expr
