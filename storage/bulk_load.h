// RocksBulkLoad: the BulkLoad of a RocksStore. Add collects quads in
// batches; a worker thread resolves their term ids and feeds an
// ExternalSorter (GSPO order, sorted in chunks as they fill) while the
// caller produces the next batches (up to 16 queued);
// Commit drains the worker and hands the sorted quads to
// RocksStore::CommitBulk. Temporary files live in a directory
// inside the database directory and are removed when the load ends.
//
// Thread safety: one thread at a time (the worker is internal).

#ifndef SPOKE_STORAGE_BULK_LOAD_H_
#define SPOKE_STORAGE_BULK_LOAD_H_

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <memory>
#include <vector>

#include "storage/external_sorter.h"
#include "storage/graph_set.h"
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
  Status Add(Quad&& quad) override;
  Result<LoadResult> Commit() override;

 private:
  // The sort buffer's chunk size, in quads (ExternalSorter).
  size_t SortChunk() const;
  // Checks `quad` against the load's options (before it is queued).
  Status Admit(const Quad& quad);
  // Resolves and sorts `batch` (worker thread, or after it stopped).
  Status Resolve(const std::vector<Quad>& batch);
  // Hands pending_ to the worker (waits while it holds a batch already).
  Status HandOff();
  // Hands over pending_ (if any), stops the worker and returns its status.
  Status Drain();
  void WorkerLoop();
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
  // Owned by the worker while it runs.
  GraphSet graphs_;
  TermId last_graph_ = kDefaultGraphId;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::vector<Quad>> queue_;  // guarded by mu_
  // Emptied batches, reused by HandOff.
  std::vector<std::vector<Quad>> spare_;  // guarded by mu_
  bool stop_ = false;          // guarded by mu_
  Status worker_status_;       // guarded by mu_
  std::thread worker_;
  uint64_t read_ = 0;
  bool done_ = false;
  Status failed_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_BULK_LOAD_H_
