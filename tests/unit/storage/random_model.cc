#include "tests/unit/storage/random_model.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace spoke::storage {

RandomModel::RandomModel(uint32_t seed) : rng_(seed) {
  for (int i = 0; i < 25; ++i) {
    subjects_.push_back(Term::Iri("http://ex.org/s" + std::to_string(i)));
  }
  for (int i = 0; i < 5; ++i) subjects_.push_back(Term::Blank("b" + std::to_string(i)));
  for (int i = 0; i < 6; ++i) {
    predicates_.push_back(Term::Iri("http://ex.org/p" + std::to_string(i)));
  }
  objects_ = subjects_;
  for (int i = 0; i < 10; ++i) {
    objects_.push_back(Term::Literal("lit" + std::to_string(i)));
    objects_.push_back(Term::TypedLiteral(std::to_string(i - 3), kXsdInteger));
  }
  objects_.push_back(Term::LangLiteral("hallo", "de"));
  objects_.push_back(Term::TypedLiteral("007", kXsdInteger));
  objects_.push_back(Term::TypedLiteral("true", kXsdBoolean));
  // Inline integers whose id payloads (value + 2^55) cross every key
  // length boundary, and the first integers too big to inline.
  const int64_t kMin = -(int64_t{1} << 55);
  for (int bits = 0; bits <= 56; bits += 8) {
    int64_t edge = bits == 0 ? 0 : bits == 56 ? (int64_t{1} << 55) : (int64_t{1} << bits);
    for (int64_t v : {kMin + edge - 1, kMin + edge}) {
      if (v < kMin) continue;
      objects_.push_back(Term::TypedLiteral(std::to_string(v), kXsdInteger));
    }
  }
  objects_.push_back(Term::TypedLiteral("36028797018963967", kXsdInteger));
  objects_.push_back(Term::TypedLiteral("36028797018963968", kXsdInteger));
  graphs_.push_back(Term());
  for (int i = 0; i < 4; ++i) {
    graphs_.push_back(Term::Iri("http://ex.org/g" + std::to_string(i)));
  }
  graphs_.push_back(Term::Blank("gb"));
}

Term RandomModel::Pick(const std::vector<Term>& pool) {
  // Half of the picks come from the first fifth of the pool: hubs.
  size_t n = pool.size();
  if (rng_() % 2 == 0) n = std::max<size_t>(1, n / 5);
  return pool[rng_() % n];
}

Quad RandomModel::RandomQuad() {
  return {Pick(subjects_), Pick(predicates_), Pick(objects_), RandomGraph()};
}

Term RandomModel::RandomGraph() { return graphs_[rng_() % graphs_.size()]; }

void RandomModel::ClearGraph(const Term& g) {
  for (auto it = quads_.begin(); it != quads_.end();) {
    it = it->graph == g ? quads_.erase(it) : std::next(it);
  }
}

namespace {

// The id of a pool term, or nullopt if the store does not know it.
std::optional<TermId> IdOf(const ReadView& view, const Term& t) {
  if (t.is_none()) return kDefaultGraphId;
  Result<TermId> id = view.Lookup(t);
  if (!id.ok()) {
    EXPECT_TRUE(id.status().IsNotFound()) << id.status().ToString();
    return std::nullopt;
  }
  return *id;
}

}  // namespace

void RandomModel::CheckScans(const ReadView& view) {
  // Model quads in id space.
  std::vector<IdQuad> model;
  std::map<TermId, Term> names;
  for (const Quad& q : quads_) {
    IdQuad iq;
    std::optional<TermId> ids[4] = {IdOf(view, q.subject), IdOf(view, q.predicate),
                                    IdOf(view, q.object), IdOf(view, q.graph)};
    for (auto& id : ids) ASSERT_TRUE(id.has_value()) << q.ToNQuads();
    iq = {*ids[0], *ids[1], *ids[2], *ids[3]};
    model.push_back(iq);
  }
  std::vector<Term> graph_pool = graphs_;
  for (int mask = 0; mask < 16; ++mask) {
    for (int trial = 0; trial < 6; ++trial) {
      // Bound values: from a random model quad (so most scans hit) or from
      // the pools (possibly unknown to the store).
      Quad source = (trial % 3 != 2 && !quads_.empty())
                        ? *std::next(quads_.begin(), rng_() % quads_.size())
                        : RandomQuad();
      std::optional<TermId> ids[4] = {
          IdOf(view, source.subject), IdOf(view, source.predicate),
          IdOf(view, source.object), IdOf(view, source.graph)};
      bool unknown = false;
      ScanSpec spec;
      std::optional<TermId>* slots[4] = {&spec.s, &spec.p, &spec.o, &spec.g};
      for (int i = 0; i < 4; ++i) {
        if (!(mask & (1 << i))) continue;
        if (!ids[i]) unknown = true;
        *slots[i] = ids[i].value_or(~uint64_t{0} >> 1);
      }
      int variant = trial % 4;  // 0 plain, 1 distinct, 2 named only, 3 set
      if (!spec.g) {
        if (variant == 1) spec.distinct_triples = true;
        if (variant == 2) spec.named_graphs_only = true;
        if (variant == 3) {
          for (int k = 0; k < 2; ++k) {
            if (auto id = IdOf(view, graph_pool[rng_() % graph_pool.size()])) {
              spec.graph_set.push_back(*id);
            }
          }
          std::sort(spec.graph_set.begin(), spec.graph_set.end());
          spec.graph_set.erase(
              std::unique(spec.graph_set.begin(), spec.graph_set.end()),
              spec.graph_set.end());
          if (trial % 2) spec.distinct_triples = true;
        }
      }
      // Expected from the model.
      std::set<std::array<TermId, 4>> want;
      std::set<std::array<TermId, 3>> want_triples;
      for (const IdQuad& q : model) {
        if ((spec.s && *spec.s != q.s) || (spec.p && *spec.p != q.p) ||
            (spec.o && *spec.o != q.o) || (spec.g && *spec.g != q.g)) {
          continue;
        }
        if (spec.named_graphs_only && q.g == kDefaultGraphId) continue;
        if (!spec.graph_set.empty() &&
            !std::binary_search(spec.graph_set.begin(), spec.graph_set.end(), q.g)) {
          continue;
        }
        want.insert({q.s, q.p, q.o, q.g});
        want_triples.insert({q.s, q.p, q.o});
      }
      // Actual.
      std::unique_ptr<QuadCursor> c = view.Scan(spec);
      std::multiset<std::array<TermId, 4>> got;
      std::multiset<std::array<TermId, 3>> got_triples;
      for (; c->Valid(); c->Next()) {
        const IdQuad& q = c->quad();
        got.insert({q.s, q.p, q.o, q.g});
        got_triples.insert({q.s, q.p, q.o});
      }
      ASSERT_TRUE(c->status().ok()) << c->status().ToString();
      std::string what = "mask " + std::to_string(mask) + " trial " +
                         std::to_string(trial) + (unknown ? " (unknown term)" : "");
      if (spec.distinct_triples) {
        std::set<std::array<TermId, 3>> got_set(got_triples.begin(),
                                                got_triples.end());
        EXPECT_EQ(got_set, want_triples) << what;
        EXPECT_EQ(got_triples.size(), want_triples.size()) << what << " duplicates";
        // Each returned quad must still be a real quad.
        for (const auto& q : got) {
          bool real = false;
          for (const auto& w : want) real = real || w == q;
          EXPECT_TRUE(real) << what;
        }
      } else {
        std::set<std::array<TermId, 4>> got_set(got.begin(), got.end());
        EXPECT_EQ(got_set, want) << what;
        EXPECT_EQ(got.size(), want.size()) << what << " duplicates";
      }
      uint64_t expected_count = spec.distinct_triples ? want_triples.size() : want.size();
      uint64_t estimate = view.EstimateCount(spec);
      if (mask == 0 || mask == 2) {
        // From the statistics: exact, or an upper bound under graph filters.
        EXPECT_GE(estimate, expected_count) << what;
      } else if (expected_count <= 1000) {
        // Small ranges are counted exactly.
        EXPECT_EQ(estimate, expected_count) << what;
      } else {
        // Large ranges: RocksDB's approximate sizes, right within 4x.
        EXPECT_GE(estimate, expected_count / 4) << what;
        EXPECT_LE(estimate, expected_count * 4) << what;
      }
    }
  }
}

void RandomModel::CheckStats(const ReadView& view) {
  Result<StoreStats> st = view.Stats();
  ASSERT_TRUE(st.ok()) << st.status().ToString();
  std::set<std::array<std::string, 3>> triples;
  struct P {
    uint64_t quads = 0;
    std::set<std::pair<std::string, std::string>> so;
    std::set<std::string> s, o;
  };
  std::map<Term, P> per;
  for (const Quad& q : quads_) {
    std::string s = q.subject.ToNTriples(), o = q.object.ToNTriples();
    triples.insert({s, q.predicate.ToNTriples(), o});
    P& p = per[q.predicate];
    ++p.quads;
    p.so.insert({s, o});
    p.s.insert(s);
    p.o.insert(o);
  }
  EXPECT_EQ(st->quads, quads_.size());
  EXPECT_EQ(st->triples, triples.size());
  EXPECT_EQ(st->predicates.size(), per.size());
  for (const auto& [pred, want] : per) {
    Result<TermId> id = view.Lookup(pred);
    ASSERT_TRUE(id.ok());
    Result<PredicateStats> ps = view.StatsFor(*id);
    ASSERT_TRUE(ps.ok());
    EXPECT_EQ(ps->quads, want.quads) << pred.ToNTriples();
    EXPECT_EQ(ps->triples, want.so.size()) << pred.ToNTriples();
    EXPECT_EQ(ps->distinct_subjects, want.s.size()) << pred.ToNTriples();
    EXPECT_EQ(ps->distinct_objects, want.o.size()) << pred.ToNTriples();
    ScanSpec spec;
    spec.p = *id;
    EXPECT_EQ(view.EstimateCount(spec), want.quads);
  }
}

}  // namespace spoke::storage
