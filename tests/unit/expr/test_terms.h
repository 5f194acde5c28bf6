// Shorthand constructors for terms in the expr tests.
#ifndef SPOKE_TESTS_UNIT_EXPR_TEST_TERMS_H_
#define SPOKE_TESTS_UNIT_EXPR_TEST_TERMS_H_

#include <string>

#include "engine/expr/value.h"
#include "spoke/term.h"

namespace spoke::engine::expr::test_terms {

inline Term Int(std::string lex) { return Term::TypedLiteral(std::move(lex), kXsdInteger); }
inline Term Dec(std::string lex) { return Term::TypedLiteral(std::move(lex), kXsdDecimal); }
inline Term Dbl(std::string lex) { return Term::TypedLiteral(std::move(lex), kXsdDouble); }
inline Term Flt(std::string lex) { return Term::TypedLiteral(std::move(lex), kXsdFloat); }
inline Term Bool(std::string lex) { return Term::TypedLiteral(std::move(lex), kXsdBoolean); }
inline Term Plain(std::string lex) { return Term::Literal(std::move(lex)); }
inline Term LangStr(std::string lex, std::string lang) {
  return Term::LangLiteral(std::move(lex), lang);
}
inline Term DT(std::string lex) { return Term::TypedLiteral(std::move(lex), kXsdDateTime); }
inline Term Date(std::string lex) { return Term::TypedLiteral(std::move(lex), kXsdDate); }
inline Term Xsd(std::string lex, std::string local) {
  return Term::TypedLiteral(std::move(lex), std::string(kXsd) + local);
}
inline Term Typed(std::string lex, std::string dt) {
  return Term::TypedLiteral(std::move(lex), dt);
}
inline Term Iri(std::string iri) { return Term::Iri(std::move(iri)); }
inline Term Blank(std::string label) { return Term::Blank(std::move(label)); }

// "error" for an error Value, else the term in N-Triples syntax.
inline std::string Show(const Value& v) {
  return v.is_error() ? "error" : v.term().ToNTriples();
}
inline const char* Show(Tri t) {
  return t == Tri::kTrue ? "true" : (t == Tri::kFalse ? "false" : "error");
}

}  // namespace spoke::engine::expr::test_terms

#endif  // SPOKE_TESTS_UNIT_EXPR_TEST_TERMS_H_
