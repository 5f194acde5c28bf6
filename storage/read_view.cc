#include "storage/read_view.h"

#include "storage/catalog.h"
#include "storage/index_cursor.h"
#include "storage/rocks_status.h"
#include "storage/rocks_store.h"
#include "storage/stats.h"

namespace spoke::storage {

namespace {

// Ranges with at most this many quads are counted exactly.
constexpr uint64_t kExactCountLimit = 1000;

}  // namespace

RocksReadView::RocksReadView(const RocksStore* store)
    : store_(store), snapshot_(store->db()->GetSnapshot()) {}

RocksReadView::~RocksReadView() { store_->db()->ReleaseSnapshot(snapshot_); }

std::unique_ptr<QuadCursor> RocksReadView::Scan(const ScanSpec& spec) const {
  return Rescan(spec, nullptr);
}

std::unique_ptr<QuadCursor> RocksReadView::Rescan(
    const ScanSpec& spec, std::unique_ptr<QuadCursor> reuse) const {
  IndexChoice choice = ChooseIndex(spec);
  std::string prefix = ScanPrefix(spec, choice);
  std::string limit = PrefixSuccessor(prefix);
  return RangeCursor(choice.order, prefix, std::move(limit), spec,
                     std::move(reuse));
}

std::unique_ptr<QuadCursor> RocksReadView::ScanPredicateRange(
    const ScanSpec& spec, TermId p_last,
    std::unique_ptr<QuadCursor> reuse) const {
  // {s, p} chooses SPOG and {s, p, g} GSPO: in both the bound prefix ends
  // with (s, p), so the keys of predicates p..p_last of s are one range.
  IndexChoice choice = ChooseIndex(spec);
  ScanSpec last = spec;
  last.p = p_last;
  return RangeCursor(choice.order, ScanPrefix(spec, choice),
                     PrefixSuccessor(ScanPrefix(last, choice)), spec,
                     std::move(reuse));
}

std::unique_ptr<QuadCursor> RocksReadView::RangeCursor(
    IndexOrder order, const std::string& start, std::string limit,
    const ScanSpec& spec, std::unique_ptr<QuadCursor> reuse) const {
  // Cursors come only from this view (the contract of Rescan), so an
  // IndexCursor here is one of ours, on this snapshot.
  if (auto* cursor = dynamic_cast<IndexCursor*>(reuse.get());
      cursor != nullptr && cursor->order() == order) {
    cursor->Reset(start, std::move(limit), spec);
    return reuse;
  }
  return std::make_unique<IndexCursor>(store_->db(), store_->cf(CfOf(order)),
                                       snapshot_, order, start,
                                       std::move(limit), spec);
}

uint64_t RocksReadView::EstimateCount(const ScanSpec& spec) const {
  IndexChoice choice = ChooseIndex(spec);
  bool only_p = spec.p && !spec.s && !spec.o && !spec.g;
  if (choice.bound == 0 || only_p) {
    // Exact from the statistics (an upper bound when graphs are filtered).
    if (only_p) {
      PredicateStats ps;
      if (ReadPredicateStats(store_->db(), store_->cf(kCfStats), snapshot_,
                             *spec.p, &ps)
              .ok()) {
        return spec.distinct_triples ? ps.triples : ps.quads;
      }
    } else {
      StoreStats st;
      if (ReadStats(store_->db(), store_->cf(kCfStats), snapshot_, &st).ok()) {
        return spec.distinct_triples ? st.triples : st.quads;
      }
    }
  }
  // Count small ranges exactly.
  std::unique_ptr<QuadCursor> cursor = Scan(spec);
  uint64_t n = 0;
  for (; cursor->Valid() && n <= kExactCountLimit; cursor->Next()) ++n;
  if (n <= kExactCountLimit) return n;
  // Large: the range's share of the index's bytes.
  rocksdb::ColumnFamilyHandle* cf = store_->cf(CfOf(choice.order));
  std::string start = ScanPrefix(spec, choice);
  std::string limit = PrefixSuccessor(start);
  if (limit.empty()) limit.assign(kMaxQuadKeySize + 1, '\xff');
  std::string all_start, all_limit(kMaxQuadKeySize + 1, '\xff');
  rocksdb::Range ranges[2] = {rocksdb::Range(start, limit),
                              rocksdb::Range(all_start, all_limit)};
  uint64_t sizes[2] = {0, 0};
  rocksdb::SizeApproximationOptions so;
  so.include_memtables = true;
  so.include_files = true;
  if (!store_->db()->GetApproximateSizes(so, cf, ranges, 2, sizes).ok()) {
    return n;
  }
  StoreStats st;
  if (!ReadStats(store_->db(), store_->cf(kCfStats), snapshot_, &st).ok() ||
      st.quads == 0 || sizes[1] == 0) {
    return n;
  }
  double bytes_per_quad = static_cast<double>(sizes[1]) / st.quads;
  uint64_t estimate = static_cast<uint64_t>(sizes[0] / bytes_per_quad);
  return std::clamp<uint64_t>(estimate, n, st.quads);
}

Result<TermId> RocksReadView::Lookup(const Term& term) const {
  if (term.is_none()) return kDefaultGraphId;
  return store_->dictionary()->Lookup(term, snapshot_);
}

Result<Term> RocksReadView::Decode(TermId id) const {
  if (id == kDefaultGraphId) return Term();
  return store_->dictionary()->Decode(id, snapshot_);
}

Result<StoreStats> RocksReadView::Stats() const {
  StoreStats st;
  SPOKE_RETURN_IF_ERROR(
      ReadStats(store_->db(), store_->cf(kCfStats), snapshot_, &st));
  return st;
}

Result<PredicateStats> RocksReadView::StatsFor(TermId predicate) const {
  PredicateStats ps;
  SPOKE_RETURN_IF_ERROR(ReadPredicateStats(
      store_->db(), store_->cf(kCfStats), snapshot_, predicate, &ps));
  return ps;
}

Result<std::vector<DatasetInfo>> RocksReadView::Datasets() const {
  std::vector<DatasetRecord> records;
  SPOKE_RETURN_IF_ERROR(
      Catalog::ReadAll(store_->db(), store_->cf(kCfMeta), snapshot_, &records));
  std::vector<DatasetInfo> out;
  for (DatasetRecord& r : records) out.push_back(std::move(r.info));
  return out;
}

}  // namespace spoke::storage
