#include "engine/expr/ebv.h"

#include "engine/expr/literal_type.h"
#include "engine/expr/numeric.h"

namespace spoke::engine::expr {

Tri EffectiveBooleanValue(const Term& t) {
  LiteralType type = ClassifyLiteral(t);
  if (type == LiteralType::kBoolean) {
    std::optional<bool> b = t.AsBoolean();
    return ToTri(b.value_or(false));
  }
  if (IsNumericType(type)) {
    Numeric n;
    switch (Numeric::FromTerm(t, &n)) {
      case Numeric::Parse::kOk:
        return ToTri(!n.is_zero() && !n.is_nan());
      case Numeric::Parse::kOutOfRange:
        return Tri::kTrue;  // beyond 38 significant digits: never zero
      default:
        return Tri::kFalse;
    }
  }
  if (IsStringLiteralType(type)) return ToTri(!t.value().empty());
  return Tri::kError;
}

}  // namespace spoke::engine::expr
