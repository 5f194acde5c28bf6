#include "tests/unit/exec/fake_store.h"

#include <algorithm>
#include <utility>

namespace spoke::engine::testing {
namespace {

using storage::IdQuad;
using storage::TermId;

class VectorCursor : public storage::QuadCursor {
 public:
  explicit VectorCursor(std::vector<IdQuad> quads) : quads_(std::move(quads)) {}
  bool Valid() const override { return pos_ < quads_.size(); }
  void Next() override { ++pos_; }
  const IdQuad& quad() const override { return quads_[pos_]; }
  Status status() const override { return Status::OK(); }

 private:
  std::vector<IdQuad> quads_;
  size_t pos_ = 0;
};

class FakeView : public storage::ReadView {
 public:
  FakeView(std::shared_ptr<const FakeStore::Data> data,
           std::shared_ptr<uint64_t> scans, std::shared_ptr<uint64_t> decodes)
      : data_(std::move(data)),
        scans_(std::move(scans)),
        decodes_(std::move(decodes)) {}

  std::vector<IdQuad> Matches(const storage::ScanSpec& spec) const {
    std::vector<IdQuad> out;
    std::set<std::tuple<TermId, TermId, TermId>> seen;
    for (const auto& [s, p, o, g] : data_->quads) {
      if (spec.s && *spec.s != s) continue;
      if (spec.p && *spec.p != p) continue;
      if (spec.o && *spec.o != o) continue;
      if (spec.g) {
        if (*spec.g != g) continue;
      } else {
        if (spec.named_graphs_only && g == storage::kDefaultGraphId) continue;
        if (!spec.graph_set.empty() &&
            !std::binary_search(spec.graph_set.begin(), spec.graph_set.end(),
                                g)) {
          continue;
        }
      }
      if (spec.distinct_triples && !seen.insert({s, p, o}).second) continue;
      out.push_back(IdQuad{s, p, o, g});
    }
    return out;
  }

  std::unique_ptr<storage::QuadCursor> Scan(
      const storage::ScanSpec& spec) const override {
    ++*scans_;
    return std::make_unique<VectorCursor>(Matches(spec));
  }
  std::unique_ptr<storage::QuadCursor> ScanPredicateRange(
      const storage::ScanSpec& spec, TermId p_last,
      std::unique_ptr<storage::QuadCursor>) const override {
    ++*scans_;
    storage::ScanSpec any_p = spec;
    any_p.p.reset();
    std::vector<IdQuad> out;
    for (const IdQuad& q : Matches(any_p)) {
      if (q.p >= *spec.p && q.p <= p_last) out.push_back(q);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const IdQuad& a, const IdQuad& b) {
                       return std::tie(a.p, a.o) < std::tie(b.p, b.o);
                     });
    return std::make_unique<VectorCursor>(std::move(out));
  }
  uint64_t EstimateCount(const storage::ScanSpec& spec) const override {
    return Matches(spec).size();
  }
  Result<TermId> Lookup(const Term& term) const override {
    auto it = data_->ids.find(term);
    if (it == data_->ids.end()) return Status::NotFound("unknown term");
    return it->second;
  }
  Result<Term> Decode(TermId id) const override {
    ++*decodes_;
    auto it = data_->terms.find(id);
    if (it == data_->terms.end()) return Status::Corruption("unknown id");
    return it->second;
  }
  Result<storage::StoreStats> Stats() const override {
    storage::StoreStats stats;
    stats.quads = data_->quads.size();
    storage::ScanSpec all;
    all.distinct_triples = true;
    stats.triples = Matches(all).size();
    return stats;
  }
  Result<storage::PredicateStats> StatsFor(TermId predicate) const override {
    storage::PredicateStats st;
    st.predicate = predicate;
    std::set<TermId> subjects, objects;
    std::set<std::tuple<TermId, TermId>> triples;
    for (const auto& [s, p, o, g] : data_->quads) {
      if (p != predicate) continue;
      ++st.quads;
      subjects.insert(s);
      objects.insert(o);
      triples.insert({s, o});
    }
    st.triples = triples.size();
    st.distinct_subjects = subjects.size();
    st.distinct_objects = objects.size();
    return st;
  }
  Result<std::vector<storage::DatasetInfo>> Datasets() const override {
    return std::vector<storage::DatasetInfo>();
  }

 private:
  std::shared_ptr<const FakeStore::Data> data_;
  std::shared_ptr<uint64_t> scans_;
  std::shared_ptr<uint64_t> decodes_;
};

}  // namespace

std::unique_ptr<storage::ReadView> FakeStore::NewReadView() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::make_unique<FakeView>(std::make_shared<Data>(*data_), scans_,
                                    decodes_);
}

storage::TermId FakeStore::IdFor(const Term& t) {
  if (t.is_none()) return storage::kDefaultGraphId;
  auto it = data_->ids.find(t);
  if (it != data_->ids.end()) return it->second;
  uint64_t tag = t.is_iri() ? 1 : t.is_blank() ? 2 : 3;
  TermId id = (tag << 56) | (data_->ids.size() + 1);
  data_->ids.emplace(t, id);
  data_->terms.emplace(id, t);
  return id;
}

void FakeStore::Add(const Term& s, const Term& p, const Term& o,
                    const Term& g) {
  std::lock_guard<std::mutex> lock(mu_);
  data_->quads.insert({IdFor(s), IdFor(p), IdFor(o), IdFor(g)});
}

Result<storage::ApplyResult> FakeStore::Apply(const storage::QuadBatch& batch) {
  std::lock_guard<std::mutex> lock(mu_);
  if (fail_apply_) return Status::IOError("injected apply failure");
  storage::ApplyResult result;
  auto before = data_->quads;
  for (const auto& entry : batch.ops()) {
    const Quad& q = entry.quad;
    switch (entry.op) {
      case storage::QuadBatch::Op::kInsert:
        data_->quads.insert({IdFor(q.subject), IdFor(q.predicate),
                             IdFor(q.object), IdFor(q.graph)});
        break;
      case storage::QuadBatch::Op::kDelete:
        data_->quads.erase({IdFor(q.subject), IdFor(q.predicate),
                            IdFor(q.object), IdFor(q.graph)});
        break;
      case storage::QuadBatch::Op::kClearGraph: {
        TermId g = IdFor(q.graph);
        for (auto it = data_->quads.begin(); it != data_->quads.end();) {
          it = std::get<3>(*it) == g ? data_->quads.erase(it) : std::next(it);
        }
        break;
      }
    }
  }
  for (const auto& q : data_->quads) result.inserted += !before.count(q);
  for (const auto& q : before) result.deleted += !data_->quads.count(q);
  return result;
}

}  // namespace spoke::engine::testing
