// Value: the result of evaluating a SPARQL expression on one row — an RDF
// term or an evaluation error (SPARQL 1.1 §17.3: a type error, an unbound
// variable, ...). Errors carry no message: they are a normal outcome
// (FILTER treats them as false) and must cost nothing.
//
// A Value either owns its term or borrows one (a row's term or a constant of
// a compiled expression); a borrowed term must outlive the Value. Copying a
// Value copies the borrow, not the term.
//
// Thread safety: a value type.

#ifndef SPOKE_ENGINE_EXPR_VALUE_H_
#define SPOKE_ENGINE_EXPR_VALUE_H_

#include <cstdint>
#include <utility>

#include "spoke/term.h"

namespace spoke::engine::expr {

// A three-valued boolean: SPARQL's true, false and error.
enum class Tri : uint8_t { kFalse, kTrue, kError };

inline Tri ToTri(bool b) { return b ? Tri::kTrue : Tri::kFalse; }

// The canonical xsd:boolean terms "true" and "false", built once.
const Term& BooleanTerm(bool b);

class Value {
 public:
  // An error.
  Value() = default;
  static Value Error() { return Value(); }
  // Borrows `t`, which must outlive this Value and its copies.
  static Value Ref(const Term& t) {
    Value v;
    v.ref_ = &t;
    v.error_ = false;
    return v;
  }
  // Owns `t`.
  explicit Value(Term t) : owned_(std::move(t)), error_(false) {}
  static Value Bool(bool b) { return Ref(BooleanTerm(b)); }
  static Value FromTri(Tri t) {
    return t == Tri::kError ? Error() : Bool(t == Tri::kTrue);
  }

  bool is_error() const { return error_; }
  bool ok() const { return !error_; }
  // REQUIRES: ok().
  const Term& term() const { return ref_ != nullptr ? *ref_ : owned_; }
  // The term as an owned copy. REQUIRES: ok().
  Term ToTerm() const& { return term(); }
  Term ToTerm() && { return ref_ != nullptr ? *ref_ : std::move(owned_); }

 private:
  const Term* ref_ = nullptr;
  Term owned_;
  bool error_ = true;
};

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_VALUE_H_
