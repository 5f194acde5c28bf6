// RocksReadView: a ReadView on one RocksDB snapshot of a RocksStore.
//
// Thread safety: as ReadView (one thread at a time).

#ifndef SPOKE_STORAGE_READ_VIEW_H_
#define SPOKE_STORAGE_READ_VIEW_H_

#include <rocksdb/db.h>

#include "storage/key_codec.h"
#include "storage/quad_store.h"

namespace spoke::storage {

class RocksStore;

class RocksReadView : public ReadView {
 public:
  // REQUIRES: `store` outlives the view.
  explicit RocksReadView(const RocksStore* store);
  ~RocksReadView() override;

  std::unique_ptr<QuadCursor> Scan(const ScanSpec& spec) const override;
  std::unique_ptr<QuadCursor> ScanPredicateRange(
      const ScanSpec& spec, TermId p_last,
      std::unique_ptr<QuadCursor> reuse) const override;
  std::unique_ptr<QuadCursor> Rescan(
      const ScanSpec& spec, std::unique_ptr<QuadCursor> reuse) const override;
  uint64_t EstimateCount(const ScanSpec& spec) const override;
  Result<TermId> Lookup(const Term& term) const override;
  Result<Term> Decode(TermId id) const override;
  Result<StoreStats> Stats() const override;
  Result<PredicateStats> StatsFor(TermId predicate) const override;
  Result<std::vector<DatasetInfo>> Datasets() const override;

 private:
  // A cursor over [start, limit) of `order`: `reuse` re-seeked if it is an
  // IndexCursor of that index, else a new one.
  std::unique_ptr<QuadCursor> RangeCursor(IndexOrder order,
                                          const std::string& start,
                                          std::string limit,
                                          const ScanSpec& spec,
                                          std::unique_ptr<QuadCursor> reuse) const;

  const RocksStore* store_;
  const rocksdb::Snapshot* snapshot_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_READ_VIEW_H_
