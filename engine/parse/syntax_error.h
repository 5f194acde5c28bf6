// SyntaxErrorStrategy: an ANTLR error strategy that records the first
// syntax error and stops the parse there (no recovery: Spoke never runs a
// query that did not parse), and the rendering of that error in plain words:
//
//   syntax error at 1:30 near '}': expected a term
//
// Internal to engine/parse (sees ANTLR types). Thread safety: a strategy
// belongs to one parser for one parse; not shared.

#ifndef SPOKE_ENGINE_PARSE_SYNTAX_ERROR_H_
#define SPOKE_ENGINE_PARSE_SYNTAX_ERROR_H_

#include <optional>
#include <string>

#include "antlr4-runtime.h"
#include "spoke/status.h"

namespace spoke::engine {

class SyntaxErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  // The first error: where, and which tokens would have been accepted.
  struct Error {
    antlr4::Token* token = nullptr;
    antlr4::misc::IntervalSet expected;
  };

  // Records the first error. Each of these then stops the parse by throwing
  // antlr4::ParseCancellationException out of the rule function.
  void reportError(antlr4::Parser* parser,
                   const antlr4::RecognitionException& e) override;
  void recover(antlr4::Parser* parser, std::exception_ptr e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;

  const std::optional<Error>& error() const { return error_; }

 private:
  void Record(antlr4::Token* token, antlr4::misc::IntervalSet expected);

  std::optional<Error> error_;
};

// Describes the tokens of `expected` (token types of SpokeParser) in plain
// words, e.g. "a term", "a variable, DISTINCT, REDUCED, '(' or '*'".
std::string ExpectedInWords(const antlr4::misc::IntervalSet& expected,
                            const antlr4::dfa::Vocabulary& vocabulary);

// The Status for a syntax error at `token` (without context lines).
Status SyntaxErrorAt(antlr4::Token* token,
                     const antlr4::misc::IntervalSet& expected,
                     const antlr4::dfa::Vocabulary& vocabulary);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_PARSE_SYNTAX_ERROR_H_
