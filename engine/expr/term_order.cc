#include "engine/expr/term_order.h"

#include <cmath>
#include <optional>

#include "engine/expr/date_time.h"
#include "engine/expr/literal_type.h"
#include "engine/expr/numeric.h"

namespace spoke::engine::expr {

namespace {

int Sign(int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); }

int KindRank(const Term* t) {
  if (t == nullptr) return 0;
  switch (t->kind()) {
    case TermKind::kNone: return 0;
    case TermKind::kBlank: return 1;
    case TermKind::kIri: return 2;
    case TermKind::kLiteral: return 3;
  }
  return 0;
}

// A literal decoded once for ordering.
struct LiteralKey {
  int group = 7;
  Numeric numeric;
  bool boolean = false;
  std::optional<DateTime> date;
};

LiteralKey MakeKey(const Term& t) {
  LiteralKey k;
  LiteralType type = ClassifyLiteral(t);
  if (IsNumericType(type)) {
    if (Numeric::FromTerm(t, &k.numeric) == Numeric::Parse::kOk) k.group = 1;
  } else if (type == LiteralType::kBoolean) {
    if (std::optional<bool> b = t.AsBoolean()) {
      k.group = 2;
      k.boolean = *b;
    }
  } else if (type == LiteralType::kDateTime || type == LiteralType::kDate) {
    k.date = DateTime::FromTerm(t);
    if (k.date) k.group = type == LiteralType::kDateTime ? 3 : 4;
  } else if (type == LiteralType::kString) {
    k.group = 5;
  } else if (type == LiteralType::kLangString) {
    k.group = 6;
  }
  return k;
}

int CompareDoubles(double x, double y) {
  bool nx = std::isnan(x), ny = std::isnan(y);
  if (nx || ny) return nx == ny ? 0 : (nx ? -1 : 1);
  return x < y ? -1 : (x > y ? 1 : 0);
}

int CompareNumerics(const Numeric& x, const Numeric& y) {
  // Rounding to double is monotonic, so for two exact values the order by
  // (double, exact value) is the order by exact value.
  if (x.is_exact() && y.is_exact()) {
    if (int c = Decimal::Compare(x.exact(), y.exact())) return c;
    return x.type() == y.type() ? 0 : (x.type() < y.type() ? -1 : 1);
  }
  if (int c = CompareDoubles(x.ToDouble(), y.ToDouble())) return c;
  if (x.is_exact() != y.is_exact()) return x.is_exact() ? -1 : 1;
  if (x.is_exact()) {
    if (int c = Decimal::Compare(x.exact(), y.exact())) return c;
  }
  if (x.type() != y.type()) return x.type() < y.type() ? -1 : 1;
  return 0;
}

int CompareLiterals(const Term& a, const Term& b) {
  LiteralKey ka = MakeKey(a), kb = MakeKey(b);
  if (ka.group != kb.group) return ka.group < kb.group ? -1 : 1;
  int c = 0;
  switch (ka.group) {
    case 1: c = CompareNumerics(ka.numeric, kb.numeric); break;
    case 2: c = static_cast<int>(ka.boolean) - static_cast<int>(kb.boolean); break;
    case 3:
    case 4: c = DateTime::TotalOrder(*ka.date, *kb.date); break;
    case 7: c = a.datatype().compare(b.datatype()); break;
    default: break;
  }
  if (c != 0) return Sign(c);
  if (int l = a.value().compare(b.value())) return Sign(l);
  if (int l = a.language().compare(b.language())) return Sign(l);
  return Sign(a.datatype().compare(b.datatype()));
}

}  // namespace

int OrderCompare(const Term* a, const Term* b) {
  int ra = KindRank(a), rb = KindRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0) return 0;
  if (ra < 3) return Sign(a->value().compare(b->value()));
  return CompareLiterals(*a, *b);
}

}  // namespace spoke::engine::expr
