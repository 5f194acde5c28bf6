// Transformer: turns an ANTLR parse tree of grammar/Spoke.g4 into Spoke's
// AST, resolving prefixed names and relative IRIs, naming blank nodes, and
// doing the semantic checks of SPARQL 1.1 that the grammar cannot express.
//
// Internal to engine/parse. The implementation is split by grammar area:
// transform_term.cc (prologue, IRIs, literals), transform_query.cc,
// transform_pattern.cc, transform_expr.cc, transform_update.cc.
//
// Errors abort the whole transformation, deep inside a recursive descent;
// they travel as a TransformError exception that Transform() turns back into
// a Status, so no exception leaves this class.
//
// Thread safety: one Transformer per parse; not shared.

#ifndef SPOKE_ENGINE_PARSE_TRANSFORMER_H_
#define SPOKE_ENGINE_PARSE_TRANSFORMER_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "SpokeParser.h"
#include "engine/parse/ast.h"
#include "engine/parse/parser.h"
#include "spoke/status.h"

namespace spoke::engine {

namespace g = ::spoke::grammar;

class Transformer {
 public:
  explicit Transformer(const ParseOptions& opts);

  // Returns the AST of `tree`, or the first error found (without context
  // lines; the caller attaches them). `tree` stays owned by its parser.
  Result<ast::Statement> Transform(g::SpokeParser::StatementContext* tree);

 private:
  struct TransformError {
    Status status;
  };
  // Where an aggregate may appear in the expression being transformed.
  enum class AggregateUse : uint8_t { kForbidden, kAllowed, kInsideAggregate };

  [[noreturn]] static void Fail(Status::Code code, std::string message,
                                SourceSpan at);
  [[noreturn]] static void Fail(Status::Code code, std::string message,
                                antlr4::Token* at) {
    Fail(code, std::move(message), SpanOf(at));
  }
  [[noreturn]] static void Fail(Status::Code code, std::string message,
                                antlr4::ParserRuleContext* at) {
    Fail(code, std::move(message), at->getStart());
  }
  // "<what> is not supported" (or "are" for a plural `what`).
  [[noreturn]] static void NotSupported(std::string what,
                                        antlr4::ParserRuleContext* at,
                                        bool plural = false) {
    Fail(Status::Code::kNotSupported,
         std::move(what) + (plural ? " are" : " is") + " not supported", at);
  }
  static SourceSpan SpanOf(antlr4::Token* t);
  static SourceSpan SpanOf(antlr4::ParserRuleContext* ctx) {
    return SpanOf(ctx->getStart());
  }

  // transform_term.cc
  void TransformPrologue(g::SpokeParser::PrologueContext* ctx);
  Term TransformIri(g::SpokeParser::IriContext* ctx);
  std::string ResolveIri(std::string_view iri) const;
  Term TransformLiteral(g::SpokeParser::RdfLiteralContext* ctx);
  Term TransformNumeric(antlr4::Token* t);
  Term TransformBoolean(g::SpokeParser::BooleanLiteralContext* ctx);
  std::string UnescapeString(antlr4::Token* t);
  std::string UnescapeIriRef(antlr4::Token* t);
  std::string Var(g::SpokeParser::VarContext* ctx);

  // transform_query.cc
  void TransformSelect(g::SpokeParser::SelectQueryContext* ctx,
                       ast::Query* q);
  void TransformAsk(g::SpokeParser::AskQueryContext* ctx, ast::Query* q);
  void TransformDataset(
      const std::vector<g::SpokeParser::DatasetClauseContext*>& clauses,
      ast::Query* q);
  void TransformSolutionModifier(g::SpokeParser::SolutionModifierContext* ctx,
                                 ast::Query* q);
  uint64_t TransformCount(g::SpokeParser::CountValueContext* ctx,
                          const char* clause);
  void TransformProjection(g::SpokeParser::SelectClauseContext* ctx,
                           ast::Query* q);
  void CheckGrouping(g::SpokeParser::SelectClauseContext* select,
                     ast::Query* q);

  // transform_pattern.cc
  ast::GroupPattern TransformGroup(g::SpokeParser::GroupGraphPatternContext* c);
  void TransformTriplesBlock(g::SpokeParser::TriplesBlockContext* ctx,
                             std::vector<ast::TriplePattern>* out);
  void TransformTriplesSameSubject(
      g::SpokeParser::TriplesSameSubjectContext* ctx,
      std::vector<ast::TriplePattern>* out);
  void TransformPropertyList(g::SpokeParser::PropertyListNotEmptyContext* ctx,
                             const ast::PatternTerm& subject,
                             std::vector<ast::TriplePattern>* out);
  ast::PatternTerm TransformVerb(g::SpokeParser::VerbContext* ctx);
  ast::PatternTerm TransformGraphNode(g::SpokeParser::GraphNodeContext* ctx,
                                      std::vector<ast::TriplePattern>* out);
  ast::PatternTerm TransformTriplesNode(
      g::SpokeParser::TriplesNodeContext* ctx,
      std::vector<ast::TriplePattern>* out);
  ast::PatternTerm TransformVarOrTerm(g::SpokeParser::VarOrTermContext* ctx);
  ast::PatternTerm TransformVarOrIri(g::SpokeParser::VarOrIriContext* ctx);
  ast::PatternTerm BlankNode(antlr4::Token* label_or_anon);
  void TransformElement(g::SpokeParser::GraphPatternNotTriplesContext* ctx,
                        ast::GroupPattern* group);

  // transform_expr.cc
  ast::ExprPtr TransformExpr(g::SpokeParser::ExpressionContext* ctx);
  ast::ExprPtr TransformOr(g::SpokeParser::ConditionalOrExpressionContext* c);
  ast::ExprPtr TransformAnd(
      g::SpokeParser::ConditionalAndExpressionContext* ctx);
  ast::ExprPtr TransformRelational(
      g::SpokeParser::RelationalExpressionContext* ctx);
  ast::ExprPtr TransformAdditive(
      g::SpokeParser::AdditiveExpressionContext* ctx);
  ast::ExprPtr TransformMultiplicative(
      g::SpokeParser::MultiplicativeExpressionContext* ctx);
  ast::ExprPtr ApplyMultiplicativeTail(
      ast::ExprPtr lhs, g::SpokeParser::MultiplicativeTailContext* tail);
  ast::ExprPtr TransformUnary(g::SpokeParser::UnaryExpressionContext* ctx);
  ast::ExprPtr TransformPrimary(g::SpokeParser::PrimaryExpressionContext* c);
  ast::ExprPtr TransformBuiltIn(g::SpokeParser::BuiltInCallContext* ctx);
  ast::ExprPtr TransformAggregate(g::SpokeParser::AggregateContext* ctx);
  ast::ExprPtr TransformFunctionCall(g::SpokeParser::IriContext* iri,
                                     g::SpokeParser::ArgListContext* args);
  ast::ExprPtr TransformConstraint(g::SpokeParser::ConstraintContext* ctx);
  std::vector<ast::ExprPtr> TransformExpressionList(
      g::SpokeParser::ExpressionListContext* ctx);
  // Transforms `ctx` with aggregates allowed or not.
  ast::ExprPtr TransformExprWith(g::SpokeParser::ExpressionContext* ctx,
                                 AggregateUse use);
  ast::ExprPtr TransformConstraintWith(g::SpokeParser::ConstraintContext* ctx,
                                       AggregateUse use);
  // Builds an expression node of `kind` positioned at `at`.
  static ast::ExprPtr NewExpr(ast::ExprKind kind, antlr4::Token* at);

  // transform_update.cc
  void TransformUpdate(g::SpokeParser::UpdateContext* ctx, ast::Update* out);
  ast::UpdateOp TransformUpdate1(g::SpokeParser::Update1Context* ctx);
  void TransformQuadData(g::SpokeParser::QuadDataContext* ctx, bool insert,
                         ast::UpdateOp* op);
  void AppendDataTriples(g::SpokeParser::TriplesBlockContext* ctx,
                         const Term& graph, bool insert, ast::UpdateOp* op);
  Term DataTerm(const ast::PatternTerm& t, bool insert);

  // Prologue state: prefixes and base as declared so far.
  std::map<std::string, std::string, std::less<>> prefixes_;
  std::string base_;

  // Blank-node scoping: the label -> the BGP it was first used in.
  std::map<std::string, int, std::less<>> blank_label_bgp_;
  int current_bgp_ = 0;
  int bgp_counter_ = 0;
  uint32_t anon_counter_ = 0;
  // In update data, blank nodes stay Terms rather than becoming variables.
  bool in_data_ = false;

  AggregateUse aggregate_use_ = AggregateUse::kForbidden;
  const char* aggregate_forbidden_where_ = "WHERE";
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_PARSE_TRANSFORMER_H_
