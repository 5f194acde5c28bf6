#include "engine/expr/functions.h"

#include "engine/expr/literal_type.h"
#include "engine/expr/unicode.h"

namespace spoke::engine::expr {

namespace {

bool IsStringLiteral(const Term& t) { return IsStringLiteralType(ClassifyLiteral(t)); }

// Argument compatibility of §17.4.3.1.1.
bool Compatible(const Term& a, const Term& b) {
  if (!IsStringLiteral(a) || !IsStringLiteral(b)) return false;
  if (b.language().empty()) return true;
  return a.language() == b.language();
}

// A literal like `like` (same language tag or datatype) with a new lexical
// form.
Term SameKindLiteral(const Term& like, std::string lexical) {
  if (!like.language().empty()) return Term::LangLiteral(std::move(lexical), like.language());
  return Term::TypedLiteral(std::move(lexical), like.datatype());
}

}  // namespace

bool IsSimpleString(const Term& t) {
  return ClassifyLiteral(t) == LiteralType::kString;
}

Value Arithmetic(ArithOp op, const Term& a, const Term& b) {
  Numeric x, y;
  if (Numeric::FromTerm(a, &x) != Numeric::Parse::kOk ||
      Numeric::FromTerm(b, &y) != Numeric::Parse::kOk) {
    return Value::Error();
  }
  std::optional<Numeric> r = Numeric::Arith(op, x, y);
  if (!r) return Value::Error();
  return Value(r->ToTerm());
}

Value UnaryPlus(const Term& a) {
  Numeric x;
  if (Numeric::FromTerm(a, &x) != Numeric::Parse::kOk) return Value::Error();
  return Value(x.ToTerm());
}

Value UnaryMinus(const Term& a) {
  Numeric x;
  if (Numeric::FromTerm(a, &x) != Numeric::Parse::kOk) return Value::Error();
  return Value(x.Negate().ToTerm());
}

Value IsIri(const Term& t) { return Value::Bool(t.is_iri()); }
Value IsBlank(const Term& t) { return Value::Bool(t.is_blank()); }
Value IsLiteral(const Term& t) { return Value::Bool(t.is_literal()); }

Value IsNumeric(const Term& t) {
  Numeric n;
  Numeric::Parse p = Numeric::FromTerm(t, &n);
  return Value::Bool(p == Numeric::Parse::kOk || p == Numeric::Parse::kOutOfRange);
}

Value Str(const Term& t) {
  if (t.is_literal() || t.is_iri()) return Value(Term::Literal(t.value()));
  return Value::Error();
}

Value Lang(const Term& t) {
  if (!t.is_literal()) return Value::Error();
  return Value(Term::Literal(t.language()));
}

Value Datatype(const Term& t) {
  if (!t.is_literal()) return Value::Error();
  return Value(Term::Iri(std::string(t.datatype())));
}

Value LangMatches(const Term& tag, const Term& range) {
  if (!IsSimpleString(tag) || !IsSimpleString(range)) return Value::Error();
  std::string t = ToLowerCase(tag.value());
  std::string r = ToLowerCase(range.value());
  if (r == "*") return Value::Bool(!t.empty());
  if (t == r) return Value::Bool(true);
  return Value::Bool(t.size() > r.size() && t.compare(0, r.size(), r) == 0 &&
                     t[r.size()] == '-' && !r.empty());
}

Value StrLen(const Term& t) {
  if (!IsStringLiteral(t)) return Value::Error();
  return Value(Numeric::Integer(static_cast<int64_t>(CodePointCount(t.value()))).ToTerm());
}

Value UCase(const Term& t) {
  if (!IsStringLiteral(t)) return Value::Error();
  return Value(SameKindLiteral(t, ToUpperCase(t.value())));
}

Value LCase(const Term& t) {
  if (!IsStringLiteral(t)) return Value::Error();
  return Value(SameKindLiteral(t, ToLowerCase(t.value())));
}

Value Contains(const Term& a, const Term& b) {
  if (!Compatible(a, b)) return Value::Error();
  return Value::Bool(a.value().find(b.value()) != std::string::npos);
}

Value StrStarts(const Term& a, const Term& b) {
  if (!Compatible(a, b)) return Value::Error();
  return Value::Bool(a.value().starts_with(b.value()));
}

Value StrEnds(const Term& a, const Term& b) {
  if (!Compatible(a, b)) return Value::Error();
  return Value::Bool(a.value().ends_with(b.value()));
}

Value RegexMatch(const Term& text, const Regex& regex) {
  if (!IsStringLiteral(text)) return Value::Error();
  return Value::Bool(regex.Matches(text.value()));
}

}  // namespace spoke::engine::expr
