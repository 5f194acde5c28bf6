// Short term constructors for the result writer tests.

#ifndef SPOKE_TESTS_UNIT_RESULTS_TEST_TERMS_H_
#define SPOKE_TESTS_UNIT_RESULTS_TEST_TERMS_H_

#include <string>

#include "spoke/term.h"

namespace spoke::engine::testing {

inline Term I(std::string iri) { return Term::Iri(std::move(iri)); }
inline Term B(std::string label) { return Term::Blank(std::move(label)); }
inline Term L(std::string lex) { return Term::Literal(std::move(lex)); }
inline Term LL(std::string lex, std::string lang) {
  return Term::LangLiteral(std::move(lex), lang);
}
inline Term TL(std::string lex, std::string_view dt) {
  return Term::TypedLiteral(std::move(lex), dt);
}
inline Term Int(std::string lex) { return TL(std::move(lex), kXsdInteger); }
inline Term U() { return Term(); }

}  // namespace spoke::engine::testing

#endif  // SPOKE_TESTS_UNIT_RESULTS_TEST_TERMS_H_
