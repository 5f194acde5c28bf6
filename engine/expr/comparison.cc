#include "engine/expr/comparison.h"

#include <optional>

#include "engine/expr/date_time.h"
#include "engine/expr/literal_type.h"
#include "engine/expr/numeric.h"

namespace spoke::engine::expr {

const Term& BooleanTerm(bool b) {
  static const Term* const kTrue = new Term(Term::TypedLiteral("true", kXsdBoolean));
  static const Term* const kFalse = new Term(Term::TypedLiteral("false", kXsdBoolean));
  return b ? *kTrue : *kFalse;
}

namespace {

// The three-way value comparison of two literals of one comparable kind.
// kUnordered: the values are not ordered (NaN); kNone: no value comparison
// applies (different kinds, invalid lexical form, indeterminate dates).
enum class Order : uint8_t { kLess, kEqual, kGreater, kUnordered, kNone };

Order FromInt(int c) {
  return c < 0 ? Order::kLess : (c > 0 ? Order::kGreater : Order::kEqual);
}

// `ordered_only`: only kinds with `<` (strings but not language-tagged ones).
Order CompareValues(const Term& a, const Term& b, bool ordered_only) {
  LiteralType ta = ClassifyLiteral(a), tb = ClassifyLiteral(b);
  if (IsNumericType(ta) && IsNumericType(tb)) {
    Numeric x, y;
    if (Numeric::FromTerm(a, &x) != Numeric::Parse::kOk ||
        Numeric::FromTerm(b, &y) != Numeric::Parse::kOk) {
      return Order::kNone;
    }
    std::optional<int> c = Numeric::Compare(x, y);
    return c ? FromInt(*c) : Order::kUnordered;
  }
  if (ta != tb) return Order::kNone;
  switch (ta) {
    case LiteralType::kString:
      return FromInt(a.value().compare(b.value()));
    case LiteralType::kLangString:
      if (ordered_only) return Order::kNone;
      return a == b ? Order::kEqual : Order::kLess;  // only = / != use this
    case LiteralType::kBoolean: {
      std::optional<bool> x = a.AsBoolean(), y = b.AsBoolean();
      if (!x || !y) return Order::kNone;
      return FromInt(static_cast<int>(*x) - static_cast<int>(*y));
    }
    case LiteralType::kDateTime:
    case LiteralType::kDate: {
      std::optional<DateTime> x = DateTime::FromTerm(a), y = DateTime::FromTerm(b);
      if (!x || !y) return Order::kNone;
      std::optional<int> c = DateTime::Compare(*x, *y);
      return c ? FromInt(*c) : Order::kNone;
    }
    default:
      return Order::kNone;
  }
}

}  // namespace

Tri ValueEquals(const Term& a, const Term& b) {
  if (!a.is_literal() || !b.is_literal()) return ToTri(a == b);
  switch (CompareValues(a, b, /*ordered_only=*/false)) {
    case Order::kEqual:
      return Tri::kTrue;
    case Order::kLess:
    case Order::kGreater:
    case Order::kUnordered:
      return Tri::kFalse;
    case Order::kNone:
      break;
  }
  return a == b ? Tri::kTrue : Tri::kError;
}

Tri CompareTerms(CompareOp op, const Term& a, const Term& b) {
  if (op == CompareOp::kEq) return ValueEquals(a, b);
  if (op == CompareOp::kNe) {
    Tri eq = ValueEquals(a, b);
    return eq == Tri::kError ? eq : ToTri(eq == Tri::kFalse);
  }
  if (!a.is_literal() || !b.is_literal()) return Tri::kError;
  Order o = CompareValues(a, b, /*ordered_only=*/true);
  switch (o) {
    case Order::kNone:
      return Tri::kError;
    case Order::kUnordered:
      return Tri::kFalse;
    default:
      break;
  }
  switch (op) {
    case CompareOp::kLt: return ToTri(o == Order::kLess);
    case CompareOp::kLe: return ToTri(o != Order::kGreater);
    case CompareOp::kGt: return ToTri(o == Order::kGreater);
    case CompareOp::kGe: return ToTri(o != Order::kLess);
    default: return Tri::kError;
  }
}

}  // namespace spoke::engine::expr
