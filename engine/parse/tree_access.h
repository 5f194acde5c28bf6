// Fast, cast-free navigation of the ANTLR parse tree for the transformer.
//
// The generated accessors (ctx->verb(), ctx->K_NOT(), ...) scan all children
// with dynamic_cast, and with the 4.9 runtime a failing dynamic_cast
// compares type names with strcmp; on a 5-pattern query that was a third of
// the transformation time. These helpers tell a token from a rule context
// by its exact type and read the rule index through a virtual call instead.
// Internal to engine/parse.

#ifndef SPOKE_ENGINE_PARSE_TREE_ACCESS_H_
#define SPOKE_ENGINE_PARSE_TREE_ACCESS_H_

#include <typeinfo>

#include "antlr4-runtime.h"

namespace spoke::engine {

inline constexpr size_t kTerminal = static_cast<size_t>(-1);

// The rule index of `t` (SpokeParser::RuleXxx), or kTerminal for a token.
inline size_t RuleOf(antlr4::tree::ParseTree* t) {
  const std::type_info& type = typeid(*t);
  if (type == typeid(antlr4::tree::TerminalNodeImpl) ||
      type == typeid(antlr4::tree::ErrorNodeImpl)) {
    return kTerminal;
  }
  return static_cast<antlr4::RuleContext*>(t)->getRuleIndex();
}

// The token type of `t`, or 0 if it is a rule context.
inline size_t TokenOf(antlr4::tree::ParseTree* t) {
  if (RuleOf(t) != kTerminal) return 0;
  return static_cast<antlr4::tree::TerminalNode*>(t)->getSymbol()->getType();
}

// children[i] as rule context type Ctx. REQUIRES: RuleOf(children[i]) is
// Ctx's rule.
template <typename Ctx>
Ctx* ChildAs(antlr4::ParserRuleContext* ctx, size_t i) {
  return static_cast<Ctx*>(ctx->children[i]);
}

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_PARSE_TREE_ACCESS_H_
