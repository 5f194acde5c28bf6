// Operator tests on the in-memory FakeStore: each physical operator alone
// and in small hand-built plans.

#include <algorithm>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/exec/basic_ops.h"
#include "engine/exec/distinct_op.h"
#include "engine/exec/join_ops.h"
#include "engine/exec/pattern_scan_op.h"
#include "tests/unit/exec/fake_store.h"

namespace spoke::engine {
namespace {

using testing::FakeStore;

Term I(const std::string& s) { return Term::Iri("http://ex/" + s); }

// A RowExpr from a lambda over the row's ids.
class LambdaExpr : public RowExpr {
 public:
  explicit LambdaExpr(std::function<bool(const Row&)> f) : f_(std::move(f)) {}
  bool Evaluate(const Row& row, ExecContext*, Term* out) const override {
    *out = Term::TypedLiteral(f_(row) ? "true" : "false", kXsdBoolean);
    return true;
  }
  bool Test(const Row& row, ExecContext*) const override { return f_(row); }
  const std::vector<int>& slots() const override { return slots_; }
  std::string Describe() const override { return "lambda"; }

 private:
  std::function<bool(const Row&)> f_;
  std::vector<int> slots_;
};

class OperatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // alice knows bob, carol; bob knows carol; ages; a named graph g1.
    store_.Add(I("alice"), I("knows"), I("bob"));
    store_.Add(I("alice"), I("knows"), I("carol"));
    store_.Add(I("bob"), I("knows"), I("carol"));
    store_.Add(I("alice"), I("age"), Term::Literal("30"));
    store_.Add(I("bob"), I("age"), Term::Literal("40"));
    store_.Add(I("bob"), I("knows"), I("carol"), I("g1"));
    store_.Add(I("dave"), I("knows"), I("erin"), I("g1"));
    store_.Add(I("erin"), I("knows"), I("dave"), I("g2"));
    view_ = store_.NewReadView();
    ctx_ = std::make_unique<ExecContext>(view_.get(), ExecLimits{}, false);
    for (const char* v : {"s", "o", "a", "g", "$h"}) vars_.Slot(v);
  }

  TermId Id(const Term& t) { return *view_->Lookup(t); }
  int S(const std::string& v) { return vars_.Find(v); }

  ScanPattern Pattern(SlotOrId s, SlotOrId p, SlotOrId o) {
    ScanPattern pat;
    pat.s = s;
    pat.p = p;
    pat.o = o;
    return pat;
  }
  OperatorPtr Scan(OperatorPtr child, ScanPattern pat) {
    return std::make_unique<PatternScanOp>(ctx_.get(), std::move(child),
                                           std::move(pat), "scan");
  }
  OperatorPtr Start() { return std::make_unique<SingletonOp>(ctx_.get()); }
  Row Seed() const { return Row(vars_.size(), kUnbound); }

  // All rows of `op`, each as the decoded terms of `slots` joined by ' '
  // (unbound as "-"), sorted.
  std::vector<std::string> Run(Operator* op, const std::vector<int>& slots) {
    std::vector<std::string> out;
    op->Open(Seed());
    Row row;
    while (op->Next(&row)) {
      std::string line;
      for (int s : slots) {
        if (!line.empty()) line += ' ';
        if (row[s] == kUnbound) {
          line += "-";
        } else {
          line += (*ctx_->terms()->Decode(row[s]))->value();
        }
      }
      out.push_back(line);
    }
    EXPECT_TRUE(ctx_->ok()) << ctx_->status().ToString();
    std::sort(out.begin(), out.end());
    return out;
  }

  FakeStore store_;
  std::unique_ptr<storage::ReadView> view_;
  std::unique_ptr<ExecContext> ctx_;
  VarTable vars_;
};

using Lines = std::vector<std::string>;

TEST_F(OperatorTest, ScanDefaultGraphMergesTriples) {
  auto op = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                  SlotOrId::Const(Id(I("knows"))),
                                  SlotOrId::Var(S("o"))));
  // bob knows carol is in two graphs but appears once.
  EXPECT_EQ(Run(op.get(), {S("s"), S("o")}),
            (Lines{"http://ex/alice http://ex/bob",
                   "http://ex/alice http://ex/carol",
                   "http://ex/bob http://ex/carol",
                   "http://ex/dave http://ex/erin",
                   "http://ex/erin http://ex/dave"}));
}

TEST_F(OperatorTest, ScanPlainDefaultGraph) {
  ScanPattern pat = Pattern(SlotOrId::Var(S("s")),
                            SlotOrId::Const(Id(I("knows"))),
                            SlotOrId::Var(S("o")));
  pat.mode = GraphMode::kPlainDefault;
  auto op = Scan(Start(), pat);
  EXPECT_EQ(Run(op.get(), {S("s"), S("o")}).size(), 3u);
}

TEST_F(OperatorTest, IndexNestedLoopJoinUsesBindings) {
  // ?s knows ?o . ?o age ?a
  auto first = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                     SlotOrId::Const(Id(I("knows"))),
                                     SlotOrId::Var(S("o"))));
  auto op = Scan(std::move(first), Pattern(SlotOrId::Var(S("o")),
                                           SlotOrId::Const(Id(I("age"))),
                                           SlotOrId::Var(S("a"))));
  EXPECT_EQ(Run(op.get(), {S("s"), S("o"), S("a")}),
            (Lines{"http://ex/alice http://ex/bob 40"}));
}

TEST_F(OperatorTest, RepeatedVariableMustMatch) {
  store_.Add(I("x"), I("knows"), I("x"));
  view_ = store_.NewReadView();
  ctx_ = std::make_unique<ExecContext>(view_.get(), ExecLimits{}, false);
  auto op = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                  SlotOrId::Const(Id(I("knows"))),
                                  SlotOrId::Var(S("s"))));
  EXPECT_EQ(Run(op.get(), {S("s")}), (Lines{"http://ex/x"}));
}

TEST_F(OperatorTest, NamedGraphsWithGraphSet) {
  ScanPattern pat = Pattern(SlotOrId::Var(S("s")),
                            SlotOrId::Const(Id(I("knows"))),
                            SlotOrId::Var(S("o")));
  pat.mode = GraphMode::kNamed;
  pat.g = SlotOrId::Var(S("g"));
  auto all = Scan(Start(), pat);
  EXPECT_EQ(Run(all.get(), {S("s"), S("g")}),
            (Lines{"http://ex/bob http://ex/g1", "http://ex/dave http://ex/g1",
                   "http://ex/erin http://ex/g2"}));
  pat.graph_set = {Id(I("g2"))};
  auto some = Scan(Start(), pat);
  EXPECT_EQ(Run(some.get(), {S("s"), S("g")}),
            (Lines{"http://ex/erin http://ex/g2"}));
}

TEST_F(OperatorTest, GraphBindJoinsWithInnerVariable) {
  // GRAPH ?g { ?s knows ?o } with the scan binding hidden $h.
  ScanPattern pat = Pattern(SlotOrId::Var(S("s")),
                            SlotOrId::Const(Id(I("knows"))),
                            SlotOrId::Var(S("o")));
  pat.mode = GraphMode::kNamed;
  pat.g = SlotOrId::Var(S("$h"));
  auto op = std::make_unique<GraphBindOp>(ctx_.get(), Scan(Start(), pat),
                                          S("g"), S("$h"), "g");
  EXPECT_EQ(Run(op.get(), {S("s"), S("g")}),
            (Lines{"http://ex/bob http://ex/g1", "http://ex/dave http://ex/g1",
                   "http://ex/erin http://ex/g2"}));
  // Seeded ?g restricts the scan.
  Row seed = Seed();
  seed[S("g")] = Id(I("g2"));
  op->Open(seed);
  Row row;
  ASSERT_TRUE(op->Next(&row));
  EXPECT_EQ(row[S("s")], Id(I("erin")));
  EXPECT_FALSE(op->Next(&row));
}

TEST_F(OperatorTest, FilterUnionSliceDistinct) {
  auto knows = [&] {
    return Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                 SlotOrId::Const(Id(I("knows"))),
                                 SlotOrId::Var(S("o"))));
  };
  std::vector<RowExprPtr> conds;
  TermId alice = Id(I("alice"));
  conds.push_back(std::make_unique<LambdaExpr>(
      [&, alice](const Row& r) { return r[S("s")] == alice; }));
  auto filter =
      std::make_unique<FilterOp>(ctx_.get(), knows(), std::move(conds));
  EXPECT_EQ(Run(filter.get(), {S("o")}),
            (Lines{"http://ex/bob", "http://ex/carol"}));

  std::vector<OperatorPtr> branches;
  branches.push_back(knows());
  branches.push_back(knows());
  auto uni = std::make_unique<UnionOp>(ctx_.get(), std::move(branches));
  auto distinct = std::make_unique<DistinctOp>(
      ctx_.get(), std::move(uni), std::vector<int>{S("s")}, false);
  EXPECT_EQ(Run(distinct.get(), {S("s")}),
            (Lines{"http://ex/alice", "http://ex/bob", "http://ex/dave",
                   "http://ex/erin"}));

  auto slice = std::make_unique<SliceOp>(ctx_.get(), knows(), 1, 2);
  EXPECT_EQ(Run(slice.get(), {S("s")}).size(), 2u);
  auto none = std::make_unique<SliceOp>(ctx_.get(), knows(), 0, 0);
  EXPECT_TRUE(Run(none.get(), {S("s")}).empty());
}

TEST_F(OperatorTest, SliceStopsPullingEarly) {
  uint64_t before = store_.scans();
  auto first = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                     SlotOrId::Const(Id(I("knows"))),
                                     SlotOrId::Var(S("o"))));
  auto second = Scan(std::move(first), Pattern(SlotOrId::Var(S("o")),
                                               SlotOrId::Var(S("a")),
                                               SlotOrId::Var(S("g"))));
  auto slice = std::make_unique<SliceOp>(ctx_.get(), std::move(second), 0, 1);
  EXPECT_EQ(Run(slice.get(), {S("s")}).size(), 1u);
  // One scan for the first pattern and at most a few for the second, not
  // one per row of the first.
  EXPECT_LE(store_.scans() - before, 3u);
}

TEST_F(OperatorTest, HashJoinAndLeftJoin) {
  auto knows = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                     SlotOrId::Const(Id(I("knows"))),
                                     SlotOrId::Var(S("o"))));
  auto ages = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                    SlotOrId::Const(Id(I("age"))),
                                    SlotOrId::Var(S("a"))));
  auto join = std::make_unique<HashJoinOp>(
      ctx_.get(), std::move(knows), std::move(ages), std::vector<int>{S("s")},
      false, std::vector<RowExprPtr>{}, "?s");
  EXPECT_EQ(Run(join.get(), {S("s"), S("o"), S("a")}),
            (Lines{"http://ex/alice http://ex/bob 30",
                   "http://ex/alice http://ex/carol 30",
                   "http://ex/bob http://ex/carol 40"}));

  auto knows2 = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                      SlotOrId::Const(Id(I("knows"))),
                                      SlotOrId::Var(S("o"))));
  auto ages2 = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                     SlotOrId::Const(Id(I("age"))),
                                     SlotOrId::Var(S("a"))));
  std::vector<RowExprPtr> cond;
  TermId forty = Id(Term::Literal("40"));
  cond.push_back(std::make_unique<LambdaExpr>(
      [&, forty](const Row& r) { return r[S("a")] == forty; }));
  auto left = std::make_unique<HashJoinOp>(
      ctx_.get(), std::move(knows2), std::move(ages2),
      std::vector<int>{S("s")}, true, std::move(cond), "?s");
  EXPECT_EQ(Run(left.get(), {S("s"), S("a")}),
            (Lines{"http://ex/alice -", "http://ex/alice -",
                   "http://ex/bob 40", "http://ex/dave -", "http://ex/erin -"}));
}

TEST_F(OperatorTest, BindLeftJoinKeepsUnmatchedRows) {
  auto knows = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                     SlotOrId::Const(Id(I("knows"))),
                                     SlotOrId::Var(S("o"))));
  auto ages = Scan(Start(), Pattern(SlotOrId::Var(S("o")),
                                    SlotOrId::Const(Id(I("age"))),
                                    SlotOrId::Var(S("a"))));
  auto op = std::make_unique<BindLeftJoinOp>(
      ctx_.get(), std::move(knows), std::move(ages), std::vector<RowExprPtr>{});
  EXPECT_EQ(Run(op.get(), {S("s"), S("o"), S("a")}),
            (Lines{"http://ex/alice http://ex/bob 40",
                   "http://ex/alice http://ex/carol -",
                   "http://ex/bob http://ex/carol -",
                   "http://ex/dave http://ex/erin -",
                   "http://ex/erin http://ex/dave -"}));
}

TEST_F(OperatorTest, MemoryLimitAndCancellation) {
  ExecLimits limits;
  limits.memory_limit_bytes = 64;
  ctx_ = std::make_unique<ExecContext>(view_.get(), limits, false);
  auto knows = Scan(Start(), Pattern(SlotOrId::Var(S("s")),
                                     SlotOrId::Const(Id(I("knows"))),
                                     SlotOrId::Var(S("o"))));
  auto distinct = std::make_unique<DistinctOp>(
      ctx_.get(), std::move(knows), std::vector<int>{S("s"), S("o")}, false);
  distinct->Open(Seed());
  Row row;
  while (distinct->Next(&row)) {
  }
  EXPECT_EQ(ctx_->status().code(), Status::Code::kResourceExhausted);
  distinct.reset();  // it returns its memory to the context it was made in

  std::atomic<bool> cancel{true};
  limits = ExecLimits{};
  limits.cancel = &cancel;
  ctx_ = std::make_unique<ExecContext>(view_.get(), limits, false);
  EXPECT_FALSE(ctx_->CheckNow());
  EXPECT_EQ(ctx_->status().code(), Status::Code::kCancelled);
}

}  // namespace
}  // namespace spoke::engine
