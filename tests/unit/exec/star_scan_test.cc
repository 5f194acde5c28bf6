// StarScanOp against the chain of PatternScanOps it replaces, on a RocksDB
// store (so ReadView::ScanPredicateRange is the real range scan): random
// graphs and random stars, every graph mode, objects that are fresh, shared
// or already bound variables, the subject itself, or constants.

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "engine/exec/pattern_scan_op.h"
#include "engine/exec/star_scan_op.h"
#include "tests/unit/exec/engine_fixture.h"

namespace spoke::engine::testing {
namespace {

class StarScanTest : public EngineTest {
 protected:
  static constexpr int kSubjects = 12;
  static constexpr int kPredicates = 6;

  void SetUp() override {
    EngineTest::SetUp();
    std::vector<Quad> quads;
    std::mt19937 rng(7);
    Term graphs[3] = {Term(), I("g1"), I("g2")};
    for (int i = 0; i < 600; ++i) {
      int s = rng() % kSubjects;
      int p = rng() % kPredicates;
      Term o = rng() % 3 == 0 ? Term::Literal("v" + std::to_string(rng() % 4))
                              : I("s" + std::to_string(rng() % kSubjects));
      quads.push_back({I("s" + std::to_string(s)), I("p" + std::to_string(p)),
                       std::move(o), graphs[rng() % 3]});
    }
    Insert(quads);
    view_ = store_->NewReadView();
    ctx_ = std::make_unique<ExecContext>(view_.get(), ExecLimits{}, false);
    for (const char* v : {"s", "g", "b", "o0", "o1", "o2", "o3"}) vars_.Slot(v);
  }
  void TearDown() override {
    ctx_.reset();
    view_.reset();
    EngineTest::TearDown();
  }

  TermId Id(const Term& t) { return *view_->Lookup(t); }

  // All rows of `op` from `seed`, each as its slot values, sorted.
  std::vector<Row> Collect(Operator* op, const Row& seed) {
    std::vector<Row> out;
    op->Open(seed);
    Row row;
    while (op->Next(&row)) out.push_back(row);
    EXPECT_TRUE(ctx_->ok()) << ctx_->status().ToString();
    std::sort(out.begin(), out.end());
    return out;
  }

  std::unique_ptr<storage::ReadView> view_;
  std::unique_ptr<ExecContext> ctx_;
  VarTable vars_;
};

TEST_F(StarScanTest, SameRowsAsAChainOfScans) {
  std::mt19937 rng(11);
  const int s = vars_.Find("s"), g = vars_.Find("g"), b = vars_.Find("b");
  int nonempty = 0;
  for (int round = 0; round < 400; ++round) {
    int n = 2 + rng() % 3;
    ScanPattern base;
    base.s = SlotOrId::Var(s);
    switch (rng() % 5) {
      case 0: base.mode = GraphMode::kMergedDefault; break;
      case 1:
        base.mode = GraphMode::kMergedDefault;
        base.graph_set = {Id(I("g1")), storage::kDefaultGraphId};
        std::sort(base.graph_set.begin(), base.graph_set.end());
        break;
      case 2: base.mode = GraphMode::kPlainDefault; break;
      case 3:
        base.mode = GraphMode::kNamed;
        base.g = SlotOrId::Const(Id(I(rng() % 2 ? "g1" : "g2")));
        break;
      default:
        base.mode = GraphMode::kNamed;
        base.g = SlotOrId::Var(g);  // bound in the seed
        break;
    }
    std::vector<ScanPattern> patterns;
    for (int i = 0; i < n; ++i) {
      ScanPattern p = base;
      p.p = SlotOrId::Const(Id(I("p" + std::to_string(rng() % kPredicates))));
      switch (rng() % 6) {
        case 0: p.o = SlotOrId::Var(s); break;        // the subject
        case 1: p.o = SlotOrId::Var(b); break;        // bound in the seed
        case 2: p.o = SlotOrId::Var(vars_.Find("o0")); break;  // shared
        case 3:
          p.o = SlotOrId::Const(Id(I("s" + std::to_string(rng() % kSubjects))));
          break;
        default: p.o = SlotOrId::Var(vars_.Find("o" + std::to_string(i))); break;
      }
      patterns.push_back(p);
    }
    OperatorPtr chain = std::make_unique<SingletonOp>(ctx_.get());
    for (const ScanPattern& p : patterns) {
      chain = std::make_unique<PatternScanOp>(ctx_.get(), std::move(chain), p,
                                              "scan");
    }
    StarScanOp star(ctx_.get(), std::make_unique<SingletonOp>(ctx_.get()),
                    patterns, "star");
    // Several seeds per operator: later opens re-seek the cursors of
    // earlier ones.
    for (int k = 0; k < 3; ++k) {
      Row seed(vars_.size(), kUnbound);
      seed[s] = Id(I("s" + std::to_string(rng() % kSubjects)));
      seed[g] = Id(I(rng() % 2 ? "g1" : "g2"));
      seed[b] = Id(I("s" + std::to_string(rng() % kSubjects)));
      std::vector<Row> want = Collect(chain.get(), seed);
      std::vector<Row> got = Collect(&star, seed);
      ASSERT_EQ(got, want) << "round " << round << " seed " << k;
      if (!want.empty()) ++nonempty;
    }
  }
  // The random stars must exercise both outcomes (1200 seeds in all).
  EXPECT_GT(nonempty, 120);
  EXPECT_LT(nonempty, 1080);
}

TEST_F(StarScanTest, RescanOfAReusedCursorEqualsAFreshScan) {
  // One cursor re-seeked across random specs of every shape (different
  // indexes, graph conditions, empty ranges) against a new scan each time.
  std::mt19937 rng(5);
  std::unique_ptr<storage::QuadCursor> reused;
  auto all = [](storage::QuadCursor* c) {
    std::vector<storage::IdQuad> out;
    for (; c->Valid(); c->Next()) out.push_back(c->quad());
    EXPECT_TRUE(c->status().ok()) << c->status().ToString();
    return out;
  };
  // Bound values from stored quads, so that most scans find something.
  std::vector<storage::IdQuad> stored = all(view_->Scan({}).get());
  ASSERT_GT(stored.size(), 400u);
  int nonempty = 0;
  for (int round = 0; round < 600; ++round) {
    storage::ScanSpec spec;
    int mask = rng() % 16;
    const storage::IdQuad& q = stored[rng() % stored.size()];
    if (mask & 1) spec.s = q.s;
    if (mask & 2) spec.p = q.p;
    if (mask & 4) spec.o = q.o;
    if (mask & 8) spec.g = q.g;
    if (!spec.g) {
      switch (rng() % 4) {
        case 1: spec.distinct_triples = true; break;
        case 2: spec.named_graphs_only = true; break;
        case 3: spec.graph_set = {Id(I(rng() % 2 ? "g1" : "g2"))}; break;
        default: break;
      }
    }
    std::unique_ptr<storage::QuadCursor> fresh = view_->Scan(spec);
    std::vector<storage::IdQuad> want = all(fresh.get());
    if (round % 5 == 4 && spec.s && spec.p && !spec.o) {
      storage::TermId last = Id(I("p" + std::to_string(kPredicates - 1)));
      if (*spec.p <= last) {
        // A predicate range instead, against one scan per predicate.
        want.clear();
        storage::ScanSpec one = spec;
        for (int p = 0; p < kPredicates; ++p) {
          one.p = Id(I("p" + std::to_string(p)));
          if (*one.p < *spec.p || *one.p > last) continue;
          std::vector<storage::IdQuad> part = all(view_->Scan(one).get());
          want.insert(want.end(), part.begin(), part.end());
        }
        reused = view_->ScanPredicateRange(spec, last, std::move(reused));
        std::vector<storage::IdQuad> got = all(reused.get());
        auto order = [](const storage::IdQuad& a, const storage::IdQuad& b) {
          return std::tie(a.p, a.o, a.g) < std::tie(b.p, b.o, b.g);
        };
        std::sort(want.begin(), want.end(), order);
        std::sort(got.begin(), got.end(), order);
        ASSERT_EQ(got, want) << "range, round " << round;
        continue;
      }
    }
    reused = view_->Rescan(spec, std::move(reused));
    ASSERT_EQ(all(reused.get()), want) << "round " << round << " mask " << mask;
    if (!want.empty()) ++nonempty;
  }
  EXPECT_GT(nonempty, 300);
}

TEST_F(StarScanTest, PlannerReadsAStarWithOneScanPerRow) {
  std::string plan = Explain(
      "SELECT * WHERE { ?x ex:p0 ex:s3 . ?x ex:p1 ?a ; ex:p2 ?b ; ex:p4 ?c }");
  EXPECT_NE(plan.find("StarScan"), std::string::npos) << plan;
  // One pattern per subject: no star.
  plan = Explain("SELECT * WHERE { ?x ex:p0 ex:s3 . ?a ex:p1 ?x }");
  EXPECT_EQ(plan.find("StarScan"), std::string::npos) << plan;
}

TEST_F(StarScanTest, QueryAnswersMatchWithAndWithoutTheStar) {
  // The same join written so that no two patterns share a bound subject
  // (?y is bound only by the last pattern) gives the star's answer.
  Lines star = Rows(
      "SELECT ?x ?a ?b WHERE { ?x ex:p0 ex:s3 . ?x ex:p1 ?a ; ex:p2 ?b }");
  Lines chain = Rows(
      "SELECT ?x ?a ?b WHERE { ?x ex:p0 ex:s3 . ?x ex:p1 ?a . "
      "?y ex:p2 ?b . FILTER(?y = ?x) }");
  EXPECT_FALSE(star.empty());
  EXPECT_EQ(star, chain);
}

}  // namespace
}  // namespace spoke::engine::testing
