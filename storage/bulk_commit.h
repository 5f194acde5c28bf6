// The input of RocksStore::CommitBulk, shared by bulk loads and dataset
// drops (a drop is a replacing load of nothing).

#ifndef SPOKE_STORAGE_BULK_COMMIT_H_
#define SPOKE_STORAGE_BULK_COMMIT_H_

#include <map>
#include <memory>
#include <string>

#include "storage/graph_set.h"
#include "storage/load_terms.h"
#include "storage/quad_run.h"
#include "storage/rocks_store.h"

namespace spoke::storage {

struct RocksStore::CommitPlan {
  // Empty: the quads belong to no dataset (all in the default graph).
  std::string dataset;
  bool replace = false;
  // Drop the dataset: REQUIRES replace and no quads.
  bool drop = false;
  std::string source;
  // The quads to load, sorted in GSPO order, without duplicates.
  std::unique_ptr<QuadStream> quads;
  // The named graphs of `quads`, sorted by id.
  GraphSet graphs;
  // The load's new dictionary entries (none if null), ingested with the
  // quads; the meta `next_id` is written with them.
  LoadTerms* terms = nullptr;
  uint64_t quads_read = 0;
  // A directory for temporary files; must exist.
  std::string temp_dir;
  size_t memory_budget = 0;
  // Output: quads deleted (replaced or dropped), if not null.
  uint64_t* deleted = nullptr;
};

// The memory of one index pass: its insert and delete re-sorts.
struct SortBudgets {
  size_t inserts = 0;
  size_t deletes = 0;
};
// Splits `bytes` between an insert run of `inserts` quads and a delete run
// of `deletes` quads in proportion to their sizes; each share is at least
// 64 KiB (so the sum can exceed `bytes` by that much).
SortBudgets SplitSortBudget(size_t bytes, uint64_t inserts, uint64_t deletes);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_BULK_COMMIT_H_
