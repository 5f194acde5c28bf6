#include "engine/expr/compiled_expr.h"

#include <gtest/gtest.h>

#include "tests/unit/expr/test_terms.h"

namespace spoke::engine::expr {
namespace {

using namespace test_terms;  // NOLINT
using ast::BinaryOp;
using ast::Builtin;
using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;

// AST builders.
ExprPtr C(Term t) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kConstant;
  e->term = std::move(t);
  return e;
}
ExprPtr V(std::string name) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kVariable;
  e->var = std::move(name);
  return e;
}
ExprPtr Bin(BinaryOp op, ExprPtr a, ExprPtr b) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kBinary;
  e->binary_op = op;
  e->args.push_back(std::move(a));
  e->args.push_back(std::move(b));
  return e;
}
ExprPtr Not(ExprPtr a) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kUnary;
  e->unary_op = ast::UnaryOp::kNot;
  e->args.push_back(std::move(a));
  return e;
}
template <typename... Args>
ExprPtr Call(Builtin b, Args... args) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kBuiltin;
  e->builtin = b;
  (e->args.push_back(std::move(args)), ...);
  return e;
}
template <typename... Args>
ExprPtr In(bool negated, ExprPtr lhs, Args... list) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kIn;
  e->negated = negated;
  e->args.push_back(std::move(lhs));
  (e->args.push_back(std::move(list)), ...);
  return e;
}
ExprPtr CastTo(std::string dt, ExprPtr a) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kCast;
  e->cast_datatype = std::move(dt);
  e->args.push_back(std::move(a));
  return e;
}
ExprPtr Agg(ast::AggregateKind k, ExprPtr arg, bool distinct = false) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::kAggregate;
  e->aggregate = k;
  e->distinct = distinct;
  if (arg) e->args.push_back(std::move(arg));
  return e;
}

// A fixture row: ?t = true, ?f = false, ?one = 1, ?two = 2, ?s = "abc",
// ?en = "chat"@en, ?iri = <http://a>, ?u unbound (a slot with nullptr),
// ?nope not a query variable at all.
class CompiledExprTest : public ::testing::Test {
 protected:
  CompiledExprTest() {
    for (const char* v : {"t", "f", "one", "two", "s", "en", "iri", "u"}) slots_.Add(v);
    terms_ = {Bool("true"), Bool("false"), Int("1"), Int("2"), Plain("abc"),
              LangStr("chat", "en"), Iri("http://a")};
    std::vector<const Term*> row;
    for (const Term& t : terms_) row.push_back(&t);
    row.push_back(nullptr);
    row_ = std::make_unique<VectorRowView>(row);
  }
  std::string Eval(const ExprPtr& e) {
    auto c = Compile(*e, slots_);
    if (!c.ok()) return "compile error: " + c.status().message();
    return Show((*c)->Evaluate(*row_));
  }
  // An erroring boolean: an unbound variable.
  static ExprPtr Err() { return V("u"); }

  MapVariableSlots slots_;
  std::vector<Term> terms_;
  std::unique_ptr<VectorRowView> row_;
};

constexpr const char* kT = "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>";
constexpr const char* kF = "\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>";

TEST_F(CompiledExprTest, ThreeValuedLogicTruthTables) {
  // Each operand: T, F or E (error). Rows of SPARQL 1.1 §17.2 table.
  auto op = [](char c) -> ExprPtr {
    return c == 'T' ? V("t") : (c == 'F' ? V("f") : Err());
  };
  struct Case {
    char a, b;
    const char* or_want;
    const char* and_want;
  } cases[] = {
      {'T', 'T', kT, kT},          {'T', 'F', kT, kF},          {'F', 'T', kT, kF},
      {'F', 'F', kF, kF},          {'T', 'E', kT, "error"},     {'E', 'T', kT, "error"},
      {'F', 'E', "error", kF},     {'E', 'F', "error", kF},     {'E', 'E', "error", "error"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Eval(Bin(BinaryOp::kOr, op(c.a), op(c.b))), c.or_want) << c.a << " || " << c.b;
    EXPECT_EQ(Eval(Bin(BinaryOp::kAnd, op(c.a), op(c.b))), c.and_want) << c.a << " && " << c.b;
  }
  EXPECT_EQ(Eval(Not(V("t"))), kF);
  EXPECT_EQ(Eval(Not(V("f"))), kT);
  EXPECT_EQ(Eval(Not(Err())), "error");
  EXPECT_EQ(Eval(Not(V("s"))), kF);    // EBV of "abc"
  EXPECT_EQ(Eval(Not(V("iri"))), "error");  // no EBV
}

TEST_F(CompiledExprTest, VariablesAndBound) {
  EXPECT_EQ(Eval(V("one")), "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(Eval(V("u")), "error");
  EXPECT_EQ(Eval(V("nope")), "error");
  EXPECT_EQ(Eval(Call(Builtin::kBound, V("one"))), kT);
  EXPECT_EQ(Eval(Call(Builtin::kBound, V("u"))), kF);
  EXPECT_EQ(Eval(Call(Builtin::kBound, V("nope"))), kF);
  EXPECT_EQ(Eval(Call(Builtin::kBound, C(Int("1")))),
            "compile error: malformed expression BOUND(1): BOUND needs a variable");
}

TEST_F(CompiledExprTest, ComparisonAndArithmeticWithErrors) {
  EXPECT_EQ(Eval(Bin(BinaryOp::kEq, V("one"), C(Dec("1.0")))), kT);
  EXPECT_EQ(Eval(Bin(BinaryOp::kLt, V("one"), V("two"))), kT);
  EXPECT_EQ(Eval(Bin(BinaryOp::kLt, V("one"), V("s"))), "error");
  EXPECT_EQ(Eval(Bin(BinaryOp::kEq, V("u"), V("u"))), "error");
  EXPECT_EQ(Eval(Bin(BinaryOp::kNe, V("iri"), V("one"))), kT);
  EXPECT_EQ(Eval(Bin(BinaryOp::kDiv, V("one"), V("two"))),
            "\"0.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
  EXPECT_EQ(Eval(Bin(BinaryOp::kMul, V("two"), V("u"))), "error");
  // (1/0 = 1) || true: the error is rescued by ||.
  EXPECT_EQ(Eval(Bin(BinaryOp::kOr,
                     Bin(BinaryOp::kEq, Bin(BinaryOp::kDiv, V("one"), C(Int("0"))), V("one")),
                     V("t"))),
            kT);
}

TEST_F(CompiledExprTest, InAndNotIn) {
  EXPECT_EQ(Eval(In(false, V("one"), C(Int("2")), C(Dec("1.0")))), kT);
  EXPECT_EQ(Eval(In(false, V("one"), C(Int("2")), C(Int("3")))), kF);
  EXPECT_EQ(Eval(In(false, V("one"))), kF);
  EXPECT_EQ(Eval(In(true, V("one"))), kT);
  EXPECT_EQ(Eval(In(false, V("u"))), kF);  // empty list: false, even for an error
  // An error among the members: true wins, else error.
  EXPECT_EQ(Eval(In(false, V("one"), Err(), C(Int("1")))), kT);
  EXPECT_EQ(Eval(In(false, V("one"), Err(), C(Int("2")))), "error");
  EXPECT_EQ(Eval(In(false, V("s"), C(Int("1")))), "error");  // "abc" = 1 is an error
  EXPECT_EQ(Eval(In(true, V("one"), C(Int("2")), C(Int("3")))), kT);
  EXPECT_EQ(Eval(In(true, V("one"), C(Int("1")))), kF);
  EXPECT_EQ(Eval(In(true, V("one"), Err(), C(Int("1")))), kF);
  EXPECT_EQ(Eval(In(true, V("one"), Err(), C(Int("2")))), "error");
  EXPECT_EQ(Eval(In(false, V("iri"), C(Iri("http://b")), C(Iri("http://a")))), kT);
}

TEST_F(CompiledExprTest, IfCoalesceAndFunctions) {
  EXPECT_EQ(Eval(Call(Builtin::kIf, V("t"), V("one"), Err())),
            "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(Eval(Call(Builtin::kIf, V("f"), Err(), V("s"))), "\"abc\"");
  EXPECT_EQ(Eval(Call(Builtin::kIf, Err(), V("one"), V("two"))), "error");
  EXPECT_EQ(Eval(Call(Builtin::kIf, V("iri"), V("one"), V("two"))), "error");
  EXPECT_EQ(Eval(Call(Builtin::kCoalesce, Err(), V("nope"), V("s"), V("one"))), "\"abc\"");
  EXPECT_EQ(Eval(Call(Builtin::kCoalesce, Err())), "error");
  EXPECT_EQ(Eval(Call(Builtin::kCoalesce)), "error");
  EXPECT_EQ(Eval(Call(Builtin::kStrLen, V("en"))),
            "\"4\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(Eval(Call(Builtin::kUcase, V("en"))), "\"CHAT\"@en");
  EXPECT_EQ(Eval(Call(Builtin::kSameTerm, V("one"), C(Dec("1.0")))), kF);
  EXPECT_EQ(Eval(Call(Builtin::kSameTerm, V("one"), C(Int("1")))), kT);
  EXPECT_EQ(Eval(Call(Builtin::kLangMatches, Call(Builtin::kLang, V("en")), C(Plain("EN")))), kT);
  EXPECT_EQ(Eval(Call(Builtin::kContains, V("en"), C(Plain("ha")))), kT);
  EXPECT_EQ(Eval(Call(Builtin::kIsIri, V("u"))), "error");
  EXPECT_EQ(Eval(CastTo(std::string(kXsdInteger), C(Plain("12")))),
            "\"12\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(Eval(CastTo("http://ex/t", C(Plain("12")))),
            "compile error: cast to <http://ex/t> is not supported");
  EXPECT_EQ(Eval(Call(Builtin::kStrLen, V("s"), V("s"))),
            "compile error: malformed expression STRLEN(?s, ?s): wrong number of arguments");
}

TEST_F(CompiledExprTest, Regex) {
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), C(Plain("^A")), C(Plain("i")))), kT);
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), C(Plain("^A")))), kF);
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("en"), C(Plain("h.t")))), kT);
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("one"), C(Plain("1")))), "error");
  // A constant pattern of the wrong type: an error on every row.
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), C(LangStr("a", "en")))), "error");
  // Constant bad patterns and flags fail at compile time, naming them.
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), C(Plain("(a")))),
            "compile error: invalid regular expression '(a': missing ): (a");
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), C(Plain("(a)\\1")))),
            "compile error: regular expression '(a)\\1': backreferences are not supported");
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), C(Plain("a")), C(Plain("q")))),
            "compile error: unsupported regex flag 'q' (supported: i, m, s, x)");
  // Patterns computed per row: an invalid one is an evaluation error.
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), Call(Builtin::kStr, C(Plain("b"))))), kT);
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), Call(Builtin::kStr, C(Plain("(b"))))), "error");
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), Call(Builtin::kLcase, C(Plain("B"))),
                      Call(Builtin::kStr, C(Plain("i"))))),
            kT);
  EXPECT_EQ(Eval(Call(Builtin::kRegex, V("s"), V("u"))), "error");
}

TEST_F(CompiledExprTest, SlotsAndText) {
  auto e = Bin(BinaryOp::kAnd, Bin(BinaryOp::kGt, V("two"), C(Int("1"))),
               Call(Builtin::kBound, V("one")));
  auto c = Compile(*e, slots_);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ((*c)->slots(), (std::vector<int>{2, 3}));
  EXPECT_EQ((*c)->text(), "((?two > 1) && BOUND(?one))");
  auto d = Bin(BinaryOp::kOr, Bin(BinaryOp::kEq, V("one"), C(Dec("-1.50"))),
               In(true, C(Dec("1.")), C(Int("x")), C(Bool("true")), C(LangStr("a", "en"))));
  auto dc = Compile(*d, slots_);
  ASSERT_TRUE(dc.ok());
  EXPECT_EQ((*dc)->text(),
            "((?one = -1.50) || (\"1.\"^^<http://www.w3.org/2001/XMLSchema#decimal> NOT IN "
            "(\"x\"^^<http://www.w3.org/2001/XMLSchema#integer>, true, \"a\"@en)))");
  EXPECT_TRUE((*c)->Test(*row_));
  EXPECT_EQ((*c)->EvaluateEbv(*row_), Tri::kTrue);
}

TEST_F(CompiledExprTest, AggregatesAreCompiledSeparately) {
  // SUM(?x) * 2 > COUNT(*) && COUNT(*) > 0: two distinct aggregates.
  auto e = Bin(BinaryOp::kAnd,
               Bin(BinaryOp::kGt,
                   Bin(BinaryOp::kMul, Agg(ast::AggregateKind::kSum, V("one")), C(Int("2"))),
                   Agg(ast::AggregateKind::kCount, nullptr)),
               Bin(BinaryOp::kGt, Agg(ast::AggregateKind::kCount, nullptr), C(Int("0"))));
  EXPECT_EQ(Eval(e), "compile error: aggregate SUM(?one) is not allowed here");
  std::vector<CompiledAggregate> aggs;
  auto c = Compile(*e, slots_, &aggs);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_EQ(aggs.size(), 2u);
  EXPECT_EQ(aggs[0].text, "SUM(?one)");
  EXPECT_EQ(aggs[1].text, "COUNT(*)");
  EXPECT_TRUE(aggs[1].function.count_star);
  EXPECT_EQ(aggs[1].argument, nullptr);
  EXPECT_TRUE((*c)->slots().empty());
  // Run the aggregates over a group of three rows, then the expression.
  std::vector<std::unique_ptr<Accumulator>> accs;
  for (const CompiledAggregate& a : aggs) accs.push_back(a.function.NewAccumulator());
  for (int i = 0; i < 3; ++i) {
    for (size_t k = 0; k < aggs.size(); ++k) {
      accs[k]->Add(aggs[k].argument ? aggs[k].argument->Evaluate(*row_) : Value::Error());
    }
  }
  std::vector<Term> results;
  for (auto& a : accs) results.push_back(a->Finish().ToTerm());
  VectorRowView group_row({}, {&results[0], &results[1]});
  EXPECT_EQ(results[0].ToNTriples(), "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_TRUE((*c)->Test(group_row));  // 3 * 2 > 3 && 3 > 0
  // Unbound aggregate result (an error): the comparison is an error.
  VectorRowView unbound_row({}, {nullptr, &results[1]});
  EXPECT_EQ((*c)->EvaluateEbv(unbound_row), Tri::kError);
  // Nested aggregates are rejected.
  auto nested = Agg(ast::AggregateKind::kSum, Agg(ast::AggregateKind::kCount, nullptr));
  std::vector<CompiledAggregate> aggs2;
  auto n = Compile(*nested, slots_, &aggs2);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.status().message(), "aggregate SUM(COUNT(*)) contains another aggregate");
}

}  // namespace
}  // namespace spoke::engine::expr
