#include "engine/exec/expr_bridge.h"

#include <set>
#include <string>
#include <utility>

#include "engine/exec/algebra.h"
#include "engine/expr/compiled_expr.h"
#include "engine/expr/row_view.h"

namespace spoke::engine {
namespace {

class Slots : public expr::VariableSlots {
 public:
  explicit Slots(const VarTable& vars) : vars_(vars) {}
  int Find(std::string_view name) const override { return vars_.Find(name); }

 private:
  const VarTable& vars_;
};

// A row of ids seen as terms: each slot is decoded when the expression
// first reads it (through the execution's TermTable cache).
class IdRowView : public expr::RowView {
 public:
  IdRowView(const Row& row, ExecContext* ctx) : row_(row), ctx_(ctx) {}
  const Term* Get(int slot) const override {
    if (slot < 0 || static_cast<size_t>(slot) >= row_.size()) return nullptr;
    TermId id = row_[slot];
    if (id == kUnbound) return nullptr;
    Result<const Term*> term = ctx_->terms()->Decode(id);
    if (!term.ok()) {
      ctx_->Fail(term.status());
      return nullptr;
    }
    return *term;
  }

 private:
  const Row& row_;
  ExecContext* ctx_;
};

class CompiledRowExpr : public RowExpr {
 public:
  explicit CompiledRowExpr(std::unique_ptr<expr::CompiledExpr> compiled)
      : compiled_(std::move(compiled)) {}

  bool Evaluate(const Row& row, ExecContext* ctx, Term* out) const override {
    expr::Value v = compiled_->Evaluate(IdRowView(row, ctx));
    if (v.is_error()) return false;
    *out = std::move(v).ToTerm();
    return true;
  }
  bool Test(const Row& row, ExecContext* ctx) const override {
    return compiled_->Test(IdRowView(row, ctx));
  }
  const std::vector<int>& slots() const override { return compiled_->slots(); }
  std::string Describe() const override { return compiled_->text(); }

 private:
  std::unique_ptr<expr::CompiledExpr> compiled_;
};

}  // namespace

Result<RowExprPtr> CompileRowExpr(const ast::Expr& e, VarTable* vars) {
  std::set<std::string> names;
  CollectExprVars(e, &names);
  for (const std::string& n : names) vars->Slot(n);
  Result<std::unique_ptr<expr::CompiledExpr>> compiled =
      expr::Compile(e, Slots(*vars));
  if (!compiled.ok()) return compiled.status();
  return RowExprPtr(std::make_unique<CompiledRowExpr>(std::move(*compiled)));
}

}  // namespace spoke::engine
