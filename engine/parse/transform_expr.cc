// Transformer, part 4: expressions, built-in functions, casts, aggregates.

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "engine/parse/transformer.h"
#include "engine/parse/tree_access.h"

namespace spoke::engine {

using P = g::SpokeParser;

namespace {

struct BuiltinInfo {
  size_t token;
  ast::Builtin builtin;
  const char* name;
  size_t min_args;
  size_t max_args;
};

constexpr size_t kMany = 1u << 20;

const std::array<BuiltinInfo, 20> kBuiltins = {{
    {P::K_BOUND, ast::Builtin::kBound, "BOUND", 1, 1},
    {P::K_ISIRI, ast::Builtin::kIsIri, "isIRI", 1, 1},
    {P::K_ISURI, ast::Builtin::kIsIri, "isURI", 1, 1},
    {P::K_ISBLANK, ast::Builtin::kIsBlank, "isBLANK", 1, 1},
    {P::K_ISLITERAL, ast::Builtin::kIsLiteral, "isLITERAL", 1, 1},
    {P::K_ISNUMERIC, ast::Builtin::kIsNumeric, "isNUMERIC", 1, 1},
    {P::K_STR, ast::Builtin::kStr, "STR", 1, 1},
    {P::K_LANG, ast::Builtin::kLang, "LANG", 1, 1},
    {P::K_DATATYPE, ast::Builtin::kDatatype, "DATATYPE", 1, 1},
    {P::K_LANGMATCHES, ast::Builtin::kLangMatches, "LANGMATCHES", 2, 2},
    {P::K_SAMETERM, ast::Builtin::kSameTerm, "sameTerm", 2, 2},
    {P::K_REGEX, ast::Builtin::kRegex, "REGEX", 2, 3},
    {P::K_CONTAINS, ast::Builtin::kContains, "CONTAINS", 2, 2},
    {P::K_STRSTARTS, ast::Builtin::kStrStarts, "STRSTARTS", 2, 2},
    {P::K_STRENDS, ast::Builtin::kStrEnds, "STRENDS", 2, 2},
    {P::K_STRLEN, ast::Builtin::kStrLen, "STRLEN", 1, 1},
    {P::K_UCASE, ast::Builtin::kUcase, "UCASE", 1, 1},
    {P::K_LCASE, ast::Builtin::kLcase, "LCASE", 1, 1},
    {P::K_IF, ast::Builtin::kIf, "IF", 3, 3},
    {P::K_COALESCE, ast::Builtin::kCoalesce, "COALESCE", 0, kMany},
}};

// SPARQL 1.1 built-in functions outside Spoke's subset (§17.4, §19.8).
constexpr std::array<const char*, 39> kOtherSparqlFunctions = {{
    "IRI",      "URI",     "BNODE",   "RAND",      "ABS",       "CEIL",
    "FLOOR",    "ROUND",   "CONCAT",  "SUBSTR",    "ENCODE_FOR_URI",
    "STRBEFORE", "STRAFTER", "REPLACE", "YEAR",    "MONTH",     "DAY",
    "HOURS",    "MINUTES", "SECONDS", "TIMEZONE",  "TZ",        "NOW",
    "UUID",     "STRUUID", "MD5",     "SHA1",      "SHA256",    "SHA384",
    "SHA512",   "STRLANG", "STRDT",   "ISTRIPLE",  "TRIPLE",    "SUBJECT",
    "PREDICATE", "OBJECT", "LANGDIR", "HASLANG",
}};

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string ArgCount(size_t n) {
  return std::to_string(n) + (n == 1 ? " argument" : " arguments");
}

}  // namespace

ast::ExprPtr Transformer::NewExpr(ast::ExprKind kind, antlr4::Token* at) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = kind;
  e->span = SpanOf(at);
  return e;
}

ast::ExprPtr Transformer::TransformExprWith(P::ExpressionContext* ctx,
                                            AggregateUse use) {
  AggregateUse saved = aggregate_use_;
  aggregate_use_ = use;
  ast::ExprPtr e = TransformExpr(ctx);
  aggregate_use_ = saved;
  return e;
}

ast::ExprPtr Transformer::TransformConstraintWith(P::ConstraintContext* ctx,
                                                  AggregateUse use) {
  AggregateUse saved = aggregate_use_;
  aggregate_use_ = use;
  if (use == AggregateUse::kForbidden) aggregate_forbidden_where_ = "FILTER";
  ast::ExprPtr e = TransformConstraint(ctx);
  aggregate_use_ = saved;
  return e;
}

ast::ExprPtr Transformer::TransformConstraint(P::ConstraintContext* ctx) {
  if (auto* b = ctx->brackettedExpression()) return TransformExpr(b->expression());
  if (auto* call = ctx->builtInCall()) return TransformBuiltIn(call);
  auto* fn = ctx->functionCall();
  return TransformFunctionCall(fn->iri(), fn->argList());
}

ast::ExprPtr Transformer::TransformExpr(P::ExpressionContext* ctx) {
  return TransformOr(ChildAs<P::ConditionalOrExpressionContext>(ctx, 0));
}

namespace {

ast::ExprPtr Binary(ast::BinaryOp op, ast::ExprPtr lhs, ast::ExprPtr rhs) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::kBinary;
  e->binary_op = op;
  e->span = lhs->span;
  e->args.push_back(std::move(lhs));
  e->args.push_back(std::move(rhs));
  return e;
}

}  // namespace

// Each level of the expression grammar usually has a single child (an
// operand without operator); those are walked through without building
// anything or scanning children.

ast::ExprPtr Transformer::TransformOr(P::ConditionalOrExpressionContext* c) {
  // conditionalAndExpression ( '||' conditionalAndExpression )*
  ast::ExprPtr e = TransformAnd(ChildAs<P::ConditionalAndExpressionContext>(c, 0));
  for (size_t i = 2; i < c->children.size(); i += 2) {
    e = Binary(ast::BinaryOp::kOr, std::move(e),
               TransformAnd(ChildAs<P::ConditionalAndExpressionContext>(c, i)));
  }
  return e;
}

ast::ExprPtr Transformer::TransformAnd(P::ConditionalAndExpressionContext* c) {
  // relationalExpression ( '&&' relationalExpression )*
  ast::ExprPtr e =
      TransformRelational(ChildAs<P::RelationalExpressionContext>(c, 0));
  for (size_t i = 2; i < c->children.size(); i += 2) {
    e = Binary(ast::BinaryOp::kAnd, std::move(e),
               TransformRelational(ChildAs<P::RelationalExpressionContext>(c, i)));
  }
  return e;
}

ast::ExprPtr Transformer::TransformRelational(
    P::RelationalExpressionContext* ctx) {
  ast::ExprPtr lhs =
      TransformAdditive(ChildAs<P::AdditiveExpressionContext>(ctx, 0));
  if (ctx->children.size() == 1) return lhs;
  if (ctx->op != nullptr) {
    ast::BinaryOp op = ast::BinaryOp::kEq;
    switch (ctx->op->getType()) {
      case P::EQ: op = ast::BinaryOp::kEq; break;
      case P::NE: op = ast::BinaryOp::kNe; break;
      case P::LT: op = ast::BinaryOp::kLt; break;
      case P::LE: op = ast::BinaryOp::kLe; break;
      case P::GT: op = ast::BinaryOp::kGt; break;
      default: op = ast::BinaryOp::kGe; break;
    }
    return Binary(op, std::move(lhs),
                  TransformAdditive(ChildAs<P::AdditiveExpressionContext>(ctx, 2)));
  }
  // additiveExpression NOT? IN expressionList
  ast::ExprPtr e = NewExpr(ast::ExprKind::kIn, ctx->getStart());
  e->negated = ctx->children.size() == 4;
  e->args.push_back(std::move(lhs));
  for (auto& item : TransformExpressionList(
           static_cast<P::ExpressionListContext*>(ctx->children.back()))) {
    e->args.push_back(std::move(item));
  }
  return e;
}

ast::ExprPtr Transformer::TransformAdditive(P::AdditiveExpressionContext* ctx) {
  // multiplicativeExpression additiveTail*
  ast::ExprPtr e =
      TransformMultiplicative(ChildAs<P::MultiplicativeExpressionContext>(ctx, 0));
  for (size_t i = 1; i < ctx->children.size(); ++i) {
    auto* tail = ChildAs<P::AdditiveTailContext>(ctx, i);
    if (tail->op != nullptr) {
      ast::BinaryOp op = tail->op->getType() == P::PLUS ? ast::BinaryOp::kAdd
                                                        : ast::BinaryOp::kSub;
      e = Binary(op, std::move(e),
                 TransformMultiplicative(
                     ChildAs<P::MultiplicativeExpressionContext>(tail, 1)));
      continue;
    }
    // "?a -1 * 2" is ?a + (-1 * 2): the signed literal starts a product.
    antlr4::Token* num = tail->getStart();
    ast::ExprPtr rhs = NewExpr(ast::ExprKind::kConstant, num);
    rhs->term = TransformNumeric(num);
    for (size_t k = 1; k < tail->children.size(); ++k) {
      rhs = ApplyMultiplicativeTail(
          std::move(rhs), ChildAs<P::MultiplicativeTailContext>(tail, k));
    }
    e = Binary(ast::BinaryOp::kAdd, std::move(e), std::move(rhs));
  }
  return e;
}

ast::ExprPtr Transformer::TransformMultiplicative(
    P::MultiplicativeExpressionContext* ctx) {
  // unaryExpression multiplicativeTail*
  ast::ExprPtr e = TransformUnary(ChildAs<P::UnaryExpressionContext>(ctx, 0));
  for (size_t i = 1; i < ctx->children.size(); ++i) {
    e = ApplyMultiplicativeTail(std::move(e),
                                ChildAs<P::MultiplicativeTailContext>(ctx, i));
  }
  return e;
}

ast::ExprPtr Transformer::ApplyMultiplicativeTail(
    ast::ExprPtr lhs, P::MultiplicativeTailContext* tail) {
  ast::BinaryOp op = tail->op->getType() == P::STAR ? ast::BinaryOp::kMul
                                                    : ast::BinaryOp::kDiv;
  return Binary(op, std::move(lhs),
                TransformUnary(ChildAs<P::UnaryExpressionContext>(tail, 1)));
}

ast::ExprPtr Transformer::TransformUnary(P::UnaryExpressionContext* ctx) {
  // op=( '!' | '+' | '-' )? primaryExpression
  ast::ExprPtr operand = TransformPrimary(
      static_cast<P::PrimaryExpressionContext*>(ctx->children.back()));
  if (ctx->op == nullptr) return operand;
  ast::ExprPtr e = NewExpr(ast::ExprKind::kUnary, ctx->op);
  switch (ctx->op->getType()) {
    case P::BANG: e->unary_op = ast::UnaryOp::kNot; break;
    case P::PLUS: e->unary_op = ast::UnaryOp::kPlus; break;
    default: e->unary_op = ast::UnaryOp::kMinus; break;
  }
  e->args.push_back(std::move(operand));
  return e;
}

ast::ExprPtr Transformer::TransformPrimary(P::PrimaryExpressionContext* c) {
  antlr4::tree::ParseTree* child = c->children[0];
  switch (RuleOf(child)) {
    case P::RuleBrackettedExpression:
      return TransformExpr(
          static_cast<P::BrackettedExpressionContext*>(child)->expression());
    case P::RuleBuiltInCall:
      return TransformBuiltIn(static_cast<P::BuiltInCallContext*>(child));
    case P::RuleVar: {
      ast::ExprPtr e = NewExpr(ast::ExprKind::kVariable, c->getStart());
      e->var = Var(static_cast<P::VarContext*>(child));
      return e;
    }
    case P::RuleIriOrFunction: {
      auto* f = static_cast<P::IriOrFunctionContext*>(child);
      auto* iri = ChildAs<P::IriContext>(f, 0);
      if (f->children.size() > 1) {
        return TransformFunctionCall(iri, ChildAs<P::ArgListContext>(f, 1));
      }
      ast::ExprPtr e = NewExpr(ast::ExprKind::kConstant, c->getStart());
      e->term = TransformIri(iri);
      return e;
    }
    case P::RuleRdfLiteral: {
      ast::ExprPtr e = NewExpr(ast::ExprKind::kConstant, c->getStart());
      e->term = TransformLiteral(static_cast<P::RdfLiteralContext*>(child));
      return e;
    }
    case P::RuleNumericLiteral: {
      ast::ExprPtr e = NewExpr(ast::ExprKind::kConstant, c->getStart());
      e->term = TransformNumeric(c->getStart());
      return e;
    }
    default: {
      ast::ExprPtr e = NewExpr(ast::ExprKind::kConstant, c->getStart());
      e->term = TransformBoolean(static_cast<P::BooleanLiteralContext*>(child));
      return e;
    }
  }
}

std::vector<ast::ExprPtr> Transformer::TransformExpressionList(
    P::ExpressionListContext* ctx) {
  std::vector<ast::ExprPtr> out;
  for (auto* e : ctx->expression()) out.push_back(TransformExpr(e));
  return out;
}

ast::ExprPtr Transformer::TransformBuiltIn(P::BuiltInCallContext* ctx) {
  if (auto* agg = ctx->aggregate()) return TransformAggregate(agg);
  if (ctx->K_EXISTS()) NotSupported(ctx->K_NOT() ? "NOT EXISTS" : "EXISTS", ctx);
  antlr4::Token* name = ctx->name;
  if (name->getType() == P::BARE_NAME) {
    std::string upper = Upper(name->getText());
    if (std::find_if(kOtherSparqlFunctions.begin(), kOtherSparqlFunctions.end(),
                     [&](const char* f) { return upper == f; }) !=
        kOtherSparqlFunctions.end()) {
      NotSupported("function " + upper, ctx);
    }
    Fail(Status::Code::kSemanticError,
         "unknown function '" + name->getText() + "'", name);
  }
  const BuiltinInfo* info = nullptr;
  for (const BuiltinInfo& b : kBuiltins) {
    if (b.token == name->getType()) info = &b;
  }
  ast::ExprPtr e = NewExpr(ast::ExprKind::kBuiltin, name);
  e->builtin = info->builtin;
  e->args = TransformExpressionList(ctx->expressionList());
  size_t n = e->args.size();
  if (n < info->min_args || n > info->max_args) {
    std::string want = info->min_args == info->max_args
                           ? ArgCount(info->min_args)
                           : std::to_string(info->min_args) + " or " +
                                 ArgCount(info->max_args);
    Fail(Status::Code::kSemanticError,
         std::string(info->name) + " takes " + want + ", not " +
             std::to_string(n),
         name);
  }
  if (e->builtin == ast::Builtin::kBound &&
      e->args[0]->kind != ast::ExprKind::kVariable) {
    Fail(Status::Code::kSemanticError, "BOUND takes a variable",
         e->args[0]->span);
  }
  return e;
}

ast::ExprPtr Transformer::TransformAggregate(P::AggregateContext* ctx) {
  antlr4::Token* kw = ctx->getStart();
  std::string name = Upper(kw->getText());
  if (aggregate_use_ == AggregateUse::kForbidden) {
    Fail(Status::Code::kSemanticError,
         "aggregate " + name + " is not allowed in " +
             aggregate_forbidden_where_,
         kw);
  }
  if (aggregate_use_ == AggregateUse::kInsideAggregate) {
    Fail(Status::Code::kSemanticError,
         "aggregate " + name + " cannot be nested in another aggregate", kw);
  }
  ast::ExprPtr e = NewExpr(ast::ExprKind::kAggregate, kw);
  e->distinct = ctx->K_DISTINCT() != nullptr;
  switch (kw->getType()) {
    case P::K_COUNT: e->aggregate = ast::AggregateKind::kCount; break;
    case P::K_SUM: e->aggregate = ast::AggregateKind::kSum; break;
    case P::K_MIN: e->aggregate = ast::AggregateKind::kMin; break;
    case P::K_MAX: e->aggregate = ast::AggregateKind::kMax; break;
    case P::K_AVG: e->aggregate = ast::AggregateKind::kAvg; break;
    case P::K_SAMPLE: e->aggregate = ast::AggregateKind::kSample; break;
    default: e->aggregate = ast::AggregateKind::kGroupConcat; break;
  }
  if (auto* s = ctx->stringLiteral()) e->separator = UnescapeString(s->getStart());
  if (auto* arg = ctx->expression()) {
    AggregateUse saved = aggregate_use_;
    aggregate_use_ = AggregateUse::kInsideAggregate;
    e->args.push_back(TransformExpr(arg));
    aggregate_use_ = saved;
  }
  return e;
}

ast::ExprPtr Transformer::TransformFunctionCall(P::IriContext* iri,
                                                P::ArgListContext* args) {
  Term fn = TransformIri(iri);
  static constexpr std::array<std::string_view, 8> kCasts = {
      kXsdInteger, kXsdDecimal, kXsdDouble,  kXsdFloat,
      kXsdBoolean, kXsdString,  kXsdDate,    kXsdDateTime};
  if (std::find(kCasts.begin(), kCasts.end(), fn.value()) == kCasts.end()) {
    NotSupported("function <" + fn.value() + ">", iri);
  }
  if (args->K_DISTINCT()) {
    Fail(Status::Code::kSemanticError,
         "DISTINCT is only allowed in aggregates", args->K_DISTINCT()->getSymbol());
  }
  auto exprs = args->expression();
  if (exprs.size() != 1) {
    Fail(Status::Code::kSemanticError,
         "a cast to <" + fn.value() + "> takes 1 argument, not " +
             std::to_string(exprs.size()),
         iri);
  }
  ast::ExprPtr e = NewExpr(ast::ExprKind::kCast, iri->getStart());
  e->cast_datatype = fn.value();
  e->args.push_back(TransformExpr(exprs[0]));
  return e;
}

}  // namespace spoke::engine
