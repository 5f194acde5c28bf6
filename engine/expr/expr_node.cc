#include <optional>

#include "engine/expr/cast.h"
#include "engine/expr/ebv.h"
#include "engine/expr/expr_node_internal.h"
#include "engine/expr/functions.h"

namespace spoke::engine::expr {

namespace {

class ConstantNode : public ExprNode {
 public:
  explicit ConstantNode(Term t) : term_(std::move(t)) {}
  Value Eval(const RowView&) const override { return Value::Ref(term_); }

 private:
  Term term_;
};

class ErrorNode : public ExprNode {
 public:
  Value Eval(const RowView&) const override { return Value::Error(); }
};

class VariableNode : public ExprNode {
 public:
  explicit VariableNode(int slot) : slot_(slot) {}
  Value Eval(const RowView& row) const override {
    const Term* t = row.Get(slot_);
    if (t == nullptr || t->is_none()) return Value::Error();
    return Value::Ref(*t);
  }

 private:
  int slot_;
};

class AggregateRefNode : public ExprNode {
 public:
  explicit AggregateRefNode(int index) : index_(index) {}
  Value Eval(const RowView& row) const override {
    const Term* t = row.GetAggregate(index_);
    if (t == nullptr || t->is_none()) return Value::Error();
    return Value::Ref(*t);
  }

 private:
  int index_;
};

class BoundNode : public ExprNode {
 public:
  explicit BoundNode(int slot) : slot_(slot) {}
  Value Eval(const RowView& row) const override {
    if (slot_ < 0) return Value::Bool(false);
    const Term* t = row.Get(slot_);
    return Value::Bool(t != nullptr && !t->is_none());
  }

 private:
  int slot_;
};

class NotNode : public ExprNode {
 public:
  explicit NotNode(NodePtr arg) : arg_(std::move(arg)) {}
  Value Eval(const RowView& row) const override {
    Tri t = EffectiveBooleanValue(arg_->Eval(row));
    if (t == Tri::kError) return Value::Error();
    return Value::Bool(t == Tri::kFalse);
  }

 private:
  NodePtr arg_;
};

// SPARQL §17.2: error || true = true, error && false = false, else errors
// propagate.
class LogicNode : public ExprNode {
 public:
  LogicNode(bool is_and, NodePtr a, NodePtr b)
      : is_and_(is_and), a_(std::move(a)), b_(std::move(b)) {}
  Value Eval(const RowView& row) const override {
    const Tri decisive = is_and_ ? Tri::kFalse : Tri::kTrue;
    Tri x = EffectiveBooleanValue(a_->Eval(row));
    if (x == decisive) return Value::FromTri(decisive);
    Tri y = EffectiveBooleanValue(b_->Eval(row));
    if (y == decisive) return Value::FromTri(decisive);
    if (x == Tri::kError || y == Tri::kError) return Value::Error();
    return Value::FromTri(x);  // both the non-decisive value
  }

 private:
  bool is_and_;
  NodePtr a_, b_;
};

class CompareNode : public ExprNode {
 public:
  CompareNode(CompareOp op, NodePtr a, NodePtr b)
      : op_(op), a_(std::move(a)), b_(std::move(b)) {}
  Value Eval(const RowView& row) const override {
    Value x = a_->Eval(row);
    if (x.is_error()) return x;
    Value y = b_->Eval(row);
    if (y.is_error()) return y;
    return Value::FromTri(CompareTerms(op_, x.term(), y.term()));
  }

 private:
  CompareOp op_;
  NodePtr a_, b_;
};

class ArithNode : public ExprNode {
 public:
  ArithNode(ArithOp op, NodePtr a, NodePtr b) : op_(op), a_(std::move(a)), b_(std::move(b)) {}
  Value Eval(const RowView& row) const override {
    Value x = a_->Eval(row);
    if (x.is_error()) return x;
    Value y = b_->Eval(row);
    if (y.is_error()) return y;
    return Arithmetic(op_, x.term(), y.term());
  }

 private:
  ArithOp op_;
  NodePtr a_, b_;
};

class UnaryFnNode : public ExprNode {
 public:
  UnaryFnNode(UnaryFn fn, NodePtr arg) : fn_(fn), arg_(std::move(arg)) {}
  Value Eval(const RowView& row) const override {
    Value x = arg_->Eval(row);
    if (x.is_error()) return x;
    return fn_(x.term());
  }

 private:
  UnaryFn fn_;
  NodePtr arg_;
};

class BinaryFnNode : public ExprNode {
 public:
  BinaryFnNode(BinaryFn fn, NodePtr a, NodePtr b) : fn_(fn), a_(std::move(a)), b_(std::move(b)) {}
  Value Eval(const RowView& row) const override {
    Value x = a_->Eval(row);
    if (x.is_error()) return x;
    Value y = b_->Eval(row);
    if (y.is_error()) return y;
    return fn_(x.term(), y.term());
  }

 private:
  BinaryFn fn_;
  NodePtr a_, b_;
};

// §17.4.1.9: true if some member is `=`; else an error if some comparison
// (or member) was an error; else false. NOT IN negates.
class InNode : public ExprNode {
 public:
  InNode(NodePtr lhs, NodeList list, bool negated)
      : lhs_(std::move(lhs)), list_(std::move(list)), negated_(negated) {}
  Value Eval(const RowView& row) const override {
    // IN is (lhs = e1) || (lhs = e2) || ...: an empty list is false even
    // when lhs is an error.
    if (list_.empty()) return Value::Bool(negated_);
    Value x = lhs_->Eval(row);
    if (x.is_error()) return x;
    bool error = false;
    for (const NodePtr& n : list_) {
      Value y = n->Eval(row);
      Tri eq = y.is_error() ? Tri::kError : ValueEquals(x.term(), y.term());
      if (eq == Tri::kTrue) return Value::Bool(!negated_);
      if (eq == Tri::kError) error = true;
    }
    if (error) return Value::Error();
    return Value::Bool(negated_);
  }

 private:
  NodePtr lhs_;
  NodeList list_;
  bool negated_;
};

class IfNode : public ExprNode {
 public:
  IfNode(NodePtr c, NodePtr t, NodePtr e)
      : cond_(std::move(c)), then_(std::move(t)), else_(std::move(e)) {}
  Value Eval(const RowView& row) const override {
    Tri c = EffectiveBooleanValue(cond_->Eval(row));
    if (c == Tri::kError) return Value::Error();
    return c == Tri::kTrue ? then_->Eval(row) : else_->Eval(row);
  }

 private:
  NodePtr cond_, then_, else_;
};

class CoalesceNode : public ExprNode {
 public:
  explicit CoalesceNode(NodeList args) : args_(std::move(args)) {}
  Value Eval(const RowView& row) const override {
    for (const NodePtr& n : args_) {
      Value v = n->Eval(row);
      if (v.ok()) return v;
    }
    return Value::Error();
  }

 private:
  NodeList args_;
};

class CastNode : public ExprNode {
 public:
  CastNode(std::string dt, NodePtr arg) : dt_(std::move(dt)), arg_(std::move(arg)) {}
  Value Eval(const RowView& row) const override {
    Value x = arg_->Eval(row);
    if (x.is_error()) return x;
    return Cast(x.term(), dt_);
  }

 private:
  std::string dt_;
  NodePtr arg_;
};

class RegexNode : public ExprNode {
 public:
  RegexNode(NodePtr text, std::unique_ptr<Regex> re) : text_(std::move(text)), re_(std::move(re)) {}
  Value Eval(const RowView& row) const override {
    Value x = text_->Eval(row);
    if (x.is_error()) return x;
    return RegexMatch(x.term(), *re_);
  }

 private:
  NodePtr text_;
  std::unique_ptr<Regex> re_;
};

class DynamicRegexNode : public ExprNode {
 public:
  DynamicRegexNode(NodePtr text, NodePtr pattern, NodePtr flags)
      : text_(std::move(text)), pattern_(std::move(pattern)), flags_(std::move(flags)) {}
  Value Eval(const RowView& row) const override {
    Value x = text_->Eval(row);
    if (x.is_error()) return x;
    Value p = pattern_->Eval(row);
    if (p.is_error() || !IsSimpleString(p.term())) return Value::Error();
    Value f;
    if (flags_ != nullptr) {
      f = flags_->Eval(row);
      if (f.is_error() || !IsSimpleString(f.term())) return Value::Error();
    }
    const std::string& flags = flags_ != nullptr ? f.term().value() : kNoFlags;
    // One compiled pattern per thread: consecutive rows usually repeat it.
    thread_local std::string cached_pattern, cached_flags;
    thread_local std::unique_ptr<Regex> cached;
    thread_local bool cached_valid = false;
    if (!cached_valid || cached_pattern != p.term().value() || cached_flags != flags) {
      auto re = Regex::Compile(p.term().value(), flags);
      cached_pattern = p.term().value();
      cached_flags = flags;
      cached_valid = true;
      cached = re.ok() ? std::move(*re) : nullptr;
    }
    if (cached == nullptr) return Value::Error();  // invalid pattern: an error
    return RegexMatch(x.term(), *cached);
  }

 private:
  static inline const std::string kNoFlags;
  NodePtr text_, pattern_, flags_;
};

}  // namespace

NodePtr MakeConstant(Term t) { return std::make_unique<ConstantNode>(std::move(t)); }
NodePtr MakeError() { return std::make_unique<ErrorNode>(); }
NodePtr MakeVariable(int slot) {
  if (slot < 0) return MakeError();
  return std::make_unique<VariableNode>(slot);
}
NodePtr MakeAggregateRef(int index) { return std::make_unique<AggregateRefNode>(index); }
NodePtr MakeNot(NodePtr arg) { return std::make_unique<NotNode>(std::move(arg)); }
NodePtr MakeAnd(NodePtr a, NodePtr b) {
  return std::make_unique<LogicNode>(true, std::move(a), std::move(b));
}
NodePtr MakeOr(NodePtr a, NodePtr b) {
  return std::make_unique<LogicNode>(false, std::move(a), std::move(b));
}
NodePtr MakeCompare(CompareOp op, NodePtr a, NodePtr b) {
  return std::make_unique<CompareNode>(op, std::move(a), std::move(b));
}
NodePtr MakeArith(ArithOp op, NodePtr a, NodePtr b) {
  return std::make_unique<ArithNode>(op, std::move(a), std::move(b));
}
NodePtr MakeUnaryFn(UnaryFn fn, NodePtr arg) {
  return std::make_unique<UnaryFnNode>(fn, std::move(arg));
}
NodePtr MakeBinaryFn(BinaryFn fn, NodePtr a, NodePtr b) {
  return std::make_unique<BinaryFnNode>(fn, std::move(a), std::move(b));
}
NodePtr MakeBound(int slot) { return std::make_unique<BoundNode>(slot); }
NodePtr MakeIn(NodePtr lhs, NodeList list, bool negated) {
  return std::make_unique<InNode>(std::move(lhs), std::move(list), negated);
}
NodePtr MakeIf(NodePtr c, NodePtr t, NodePtr e) {
  return std::make_unique<IfNode>(std::move(c), std::move(t), std::move(e));
}
NodePtr MakeCoalesce(NodeList args) { return std::make_unique<CoalesceNode>(std::move(args)); }
NodePtr MakeCast(std::string dt, NodePtr arg) {
  return std::make_unique<CastNode>(std::move(dt), std::move(arg));
}
NodePtr MakeRegex(NodePtr text, std::unique_ptr<Regex> regex) {
  return std::make_unique<RegexNode>(std::move(text), std::move(regex));
}
NodePtr MakeDynamicRegex(NodePtr text, NodePtr pattern, NodePtr flags) {
  return std::make_unique<DynamicRegexNode>(std::move(text), std::move(pattern),
                                            std::move(flags));
}

}  // namespace spoke::engine::expr
