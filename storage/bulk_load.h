// RocksBulkLoad: the BulkLoad of a RocksStore. Add resolves term ids in
// batches and feeds an ExternalSorter (GSPO order); Commit hands the sorted
// quads to RocksStore::CommitBulk. Temporary files live in a directory
// inside the database directory and are removed when the load ends.
//
// Thread safety: one thread at a time.

#ifndef SPOKE_STORAGE_BULK_LOAD_H_
#define SPOKE_STORAGE_BULK_LOAD_H_

#include <map>
#include <memory>
#include <vector>

#include "storage/external_sorter.h"
#include "storage/load_terms.h"
#include "storage/quad_store.h"
#include "storage/rocks_store.h"

namespace spoke::storage {

class RocksBulkLoad : public BulkLoad {
 public:
  // REQUIRES: `store` outlives the load; the caller set store's
  // bulk_active_ flag, which the load clears on destruction.
  RocksBulkLoad(RocksStore* store, BulkLoadOptions options,
                std::unique_ptr<ScopedTempDir> dir);
  ~RocksBulkLoad() override;

  Status Add(const Quad& quad) override;
  Result<LoadResult> Commit() override;

 private:
  Status Flush();
  Status Fail(Status s) {
    if (failed_.ok()) failed_ = s;
    return s;
  }

  RocksStore* store_;
  BulkLoadOptions options_;
  size_t budget_;
  std::unique_ptr<ScopedTempDir> dir_;
  std::unique_ptr<ExternalSorter> sorter_;
  // The load's new dictionary entries, registered with the dictionary
  // until the commit ends.
  std::unique_ptr<LoadTerms> terms_;
  std::vector<Quad> pending_;
  std::map<TermId, Term> graphs_;
  uint64_t read_ = 0;
  bool done_ = false;
  Status failed_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_BULK_LOAD_H_
