#include "engine/expr/compiled_expr.h"

#include <algorithm>
#include <set>

#include "engine/expr/cast.h"
#include "engine/expr/ebv.h"
#include "engine/expr/expr_node_internal.h"
#include "engine/expr/expr_text.h"
#include "engine/expr/functions.h"

namespace spoke::engine::expr {

namespace {

Value SameTermFn(const Term& a, const Term& b) { return Value::Bool(a == b); }

class Compiler {
 public:
  Compiler(const VariableSlots& slots, std::vector<CompiledAggregate>* aggregates)
      : slots_(slots), aggregates_(aggregates) {}

  Result<NodePtr> Build(const ast::Expr& e);
  std::vector<int> TakeSlots() { return std::vector<int>(used_.begin(), used_.end()); }

 private:
  Status Malformed(const ast::Expr& e, const char* what) {
    return Status::SemanticError("malformed expression " + ExprText(e) + ": " + what,
                                 e.span);
  }
  Status CheckArgs(const ast::Expr& e, size_t min, size_t max) {
    if (e.args.size() < min || e.args.size() > max) {
      return Malformed(e, "wrong number of arguments");
    }
    for (const ast::ExprPtr& a : e.args) {
      if (a == nullptr) return Malformed(e, "missing argument");
    }
    return Status::OK();
  }
  int Slot(const std::string& var) {
    int s = slots_.Find(var);
    if (s >= 0) used_.insert(s);
    return s;
  }
  Result<NodeList> BuildAll(const ast::Expr& e, size_t from);
  Result<NodePtr> BuildBinary(const ast::Expr& e);
  Result<NodePtr> BuildBuiltin(const ast::Expr& e);
  Result<NodePtr> BuildRegex(const ast::Expr& e);
  Result<NodePtr> BuildAggregate(const ast::Expr& e);

  const VariableSlots& slots_;
  std::vector<CompiledAggregate>* aggregates_;
  std::set<int> used_;
};

Result<NodeList> Compiler::BuildAll(const ast::Expr& e, size_t from) {
  NodeList out;
  for (size_t i = from; i < e.args.size(); ++i) {
    Result<NodePtr> n = Build(*e.args[i]);
    if (!n.ok()) return n.status();
    out.push_back(std::move(*n));
  }
  return out;
}

Result<NodePtr> Compiler::Build(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::kConstant:
      return MakeConstant(e.term);
    case ast::ExprKind::kVariable:
      return MakeVariable(Slot(e.var));
    case ast::ExprKind::kUnary: {
      SPOKE_RETURN_IF_ERROR(CheckArgs(e, 1, 1));
      Result<NodePtr> arg = Build(*e.args[0]);
      if (!arg.ok()) return arg.status();
      switch (e.unary_op) {
        case ast::UnaryOp::kNot: return MakeNot(std::move(*arg));
        case ast::UnaryOp::kPlus: return MakeUnaryFn(UnaryPlus, std::move(*arg));
        case ast::UnaryOp::kMinus: return MakeUnaryFn(UnaryMinus, std::move(*arg));
      }
      return Malformed(e, "unknown operator");
    }
    case ast::ExprKind::kBinary:
      return BuildBinary(e);
    case ast::ExprKind::kIn: {
      SPOKE_RETURN_IF_ERROR(CheckArgs(e, 1, SIZE_MAX));
      Result<NodeList> all = BuildAll(e, 0);
      if (!all.ok()) return all.status();
      NodePtr lhs = std::move(all->front());
      all->erase(all->begin());
      return MakeIn(std::move(lhs), std::move(*all), e.negated);
    }
    case ast::ExprKind::kBuiltin:
      return BuildBuiltin(e);
    case ast::ExprKind::kCast: {
      SPOKE_RETURN_IF_ERROR(CheckArgs(e, 1, 1));
      if (!IsCastTarget(e.cast_datatype)) {
        return Status::NotSupported("cast to <" + e.cast_datatype + "> is not supported",
                                    e.span);
      }
      Result<NodePtr> arg = Build(*e.args[0]);
      if (!arg.ok()) return arg.status();
      return MakeCast(e.cast_datatype, std::move(*arg));
    }
    case ast::ExprKind::kAggregate:
      return BuildAggregate(e);
  }
  return Malformed(e, "unknown expression kind");
}

Result<NodePtr> Compiler::BuildBinary(const ast::Expr& e) {
  SPOKE_RETURN_IF_ERROR(CheckArgs(e, 2, 2));
  Result<NodePtr> a = Build(*e.args[0]);
  if (!a.ok()) return a.status();
  Result<NodePtr> b = Build(*e.args[1]);
  if (!b.ok()) return b.status();
  NodePtr x = std::move(*a), y = std::move(*b);
  switch (e.binary_op) {
    case ast::BinaryOp::kOr: return MakeOr(std::move(x), std::move(y));
    case ast::BinaryOp::kAnd: return MakeAnd(std::move(x), std::move(y));
    case ast::BinaryOp::kEq: return MakeCompare(CompareOp::kEq, std::move(x), std::move(y));
    case ast::BinaryOp::kNe: return MakeCompare(CompareOp::kNe, std::move(x), std::move(y));
    case ast::BinaryOp::kLt: return MakeCompare(CompareOp::kLt, std::move(x), std::move(y));
    case ast::BinaryOp::kLe: return MakeCompare(CompareOp::kLe, std::move(x), std::move(y));
    case ast::BinaryOp::kGt: return MakeCompare(CompareOp::kGt, std::move(x), std::move(y));
    case ast::BinaryOp::kGe: return MakeCompare(CompareOp::kGe, std::move(x), std::move(y));
    case ast::BinaryOp::kAdd: return MakeArith(ArithOp::kAdd, std::move(x), std::move(y));
    case ast::BinaryOp::kSub: return MakeArith(ArithOp::kSub, std::move(x), std::move(y));
    case ast::BinaryOp::kMul: return MakeArith(ArithOp::kMul, std::move(x), std::move(y));
    case ast::BinaryOp::kDiv: return MakeArith(ArithOp::kDiv, std::move(x), std::move(y));
  }
  return Malformed(e, "unknown operator");
}

Result<NodePtr> Compiler::BuildBuiltin(const ast::Expr& e) {
  using B = ast::Builtin;
  UnaryFn unary = nullptr;
  BinaryFn binary = nullptr;
  switch (e.builtin) {
    case B::kBound:
      SPOKE_RETURN_IF_ERROR(CheckArgs(e, 1, 1));
      if (e.args[0]->kind != ast::ExprKind::kVariable) {
        return Malformed(e, "BOUND needs a variable");
      }
      return MakeBound(Slot(e.args[0]->var));
    case B::kIsIri: unary = IsIri; break;
    case B::kIsBlank: unary = IsBlank; break;
    case B::kIsLiteral: unary = IsLiteral; break;
    case B::kIsNumeric: unary = IsNumeric; break;
    case B::kStr: unary = Str; break;
    case B::kLang: unary = Lang; break;
    case B::kDatatype: unary = Datatype; break;
    case B::kStrLen: unary = StrLen; break;
    case B::kUcase: unary = UCase; break;
    case B::kLcase: unary = LCase; break;
    case B::kLangMatches: binary = LangMatches; break;
    case B::kSameTerm: binary = SameTermFn; break;
    case B::kContains: binary = Contains; break;
    case B::kStrStarts: binary = StrStarts; break;
    case B::kStrEnds: binary = StrEnds; break;
    case B::kRegex: return BuildRegex(e);
    case B::kIf: {
      SPOKE_RETURN_IF_ERROR(CheckArgs(e, 3, 3));
      Result<NodeList> all = BuildAll(e, 0);
      if (!all.ok()) return all.status();
      return MakeIf(std::move((*all)[0]), std::move((*all)[1]), std::move((*all)[2]));
    }
    case B::kCoalesce: {
      SPOKE_RETURN_IF_ERROR(CheckArgs(e, 0, SIZE_MAX));
      Result<NodeList> all = BuildAll(e, 0);
      if (!all.ok()) return all.status();
      return MakeCoalesce(std::move(*all));
    }
  }
  if (unary != nullptr) {
    SPOKE_RETURN_IF_ERROR(CheckArgs(e, 1, 1));
    Result<NodePtr> a = Build(*e.args[0]);
    if (!a.ok()) return a.status();
    return MakeUnaryFn(unary, std::move(*a));
  }
  if (binary != nullptr) {
    SPOKE_RETURN_IF_ERROR(CheckArgs(e, 2, 2));
    Result<NodeList> all = BuildAll(e, 0);
    if (!all.ok()) return all.status();
    return MakeBinaryFn(binary, std::move((*all)[0]), std::move((*all)[1]));
  }
  return Malformed(e, "unknown function");
}

Result<NodePtr> Compiler::BuildRegex(const ast::Expr& e) {
  SPOKE_RETURN_IF_ERROR(CheckArgs(e, 2, 3));
  Result<NodeList> all = BuildAll(e, 0);
  if (!all.ok()) return all.status();
  const ast::Expr& pattern = *e.args[1];
  const ast::Expr* flags = e.args.size() == 3 ? e.args[2].get() : nullptr;
  bool constant = pattern.kind == ast::ExprKind::kConstant &&
                  (flags == nullptr || flags->kind == ast::ExprKind::kConstant);
  if (!constant) {
    NodePtr f = flags != nullptr ? std::move((*all)[2]) : nullptr;
    return MakeDynamicRegex(std::move((*all)[0]), std::move((*all)[1]), std::move(f));
  }
  // A constant pattern or flags of the wrong type is SPARQL's type error on
  // every row, not a compile error.
  if (!IsSimpleString(pattern.term) || (flags != nullptr && !IsSimpleString(flags->term))) {
    return MakeError();
  }
  auto re = Regex::Compile(pattern.term.value(), flags ? flags->term.value() : "");
  if (!re.ok()) {
    const Status& s = re.status();
    return s.code() == Status::Code::kNotSupported
               ? Status::NotSupported(s.message(), e.span)
               : Status::SemanticError(s.message(), e.span);
  }
  return MakeRegex(std::move((*all)[0]), std::move(*re));
}

Result<NodePtr> Compiler::BuildAggregate(const ast::Expr& e) {
  std::string text = ExprText(e);
  if (aggregates_ == nullptr) {
    return Status::SemanticError("aggregate " + text + " is not allowed here", e.span);
  }
  SPOKE_RETURN_IF_ERROR(CheckArgs(e, 0, 1));
  if (e.args.empty() && e.aggregate != ast::AggregateKind::kCount) {
    return Malformed(e, "missing argument");
  }
  for (size_t i = 0; i < aggregates_->size(); ++i) {
    if ((*aggregates_)[i].text == text) return MakeAggregateRef(static_cast<int>(i));
  }
  CompiledAggregate agg;
  agg.function.kind = e.aggregate;
  agg.function.distinct = e.distinct;
  agg.function.count_star = e.args.empty();
  agg.function.separator = e.separator;
  agg.text = text;
  if (!e.args.empty()) {
    // Nested aggregates are not allowed: compile the argument without a list.
    Compiler inner(slots_, nullptr);
    Result<NodePtr> arg = inner.Build(*e.args[0]);
    if (!arg.ok()) {
      if (arg.status().code() == Status::Code::kSemanticError &&
          arg.status().message().starts_with("aggregate ")) {
        return Status::SemanticError("aggregate " + text + " contains another aggregate",
                                     e.span);
      }
      return arg.status();
    }
    // The argument reads input rows; the enclosing expression reads only
    // the aggregate's result, so these slots are not the enclosing one's.
    agg.argument = std::make_unique<CompiledExpr>(std::move(*arg), inner.TakeSlots(),
                                                  ExprText(*e.args[0]));
  }
  aggregates_->push_back(std::move(agg));
  return MakeAggregateRef(static_cast<int>(aggregates_->size() - 1));
}

}  // namespace

CompiledExpr::CompiledExpr(std::unique_ptr<ExprNode> root, std::vector<int> slots,
                           std::string text)
    : root_(std::move(root)), slots_(std::move(slots)), text_(std::move(text)) {}

CompiledExpr::~CompiledExpr() = default;

Value CompiledExpr::Evaluate(const RowView& row) const { return root_->Eval(row); }

Tri CompiledExpr::EvaluateEbv(const RowView& row) const {
  return EffectiveBooleanValue(root_->Eval(row));
}

bool CompiledExpr::Test(const RowView& row) const { return EvaluateEbv(row) == Tri::kTrue; }

Result<std::unique_ptr<CompiledExpr>> Compile(const ast::Expr& expr,
                                              const VariableSlots& slots,
                                              std::vector<CompiledAggregate>* aggregates) {
  Compiler compiler(slots, aggregates);
  Result<NodePtr> root = compiler.Build(expr);
  if (!root.ok()) return root.status();
  return std::unique_ptr<CompiledExpr>(
      new CompiledExpr(std::move(*root), compiler.TakeSlots(), ExprText(expr)));
}

}  // namespace spoke::engine::expr
