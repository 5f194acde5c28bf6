// The index passes of a bulk commit (bulk_commit.cc): each writes one
// index's SST from the commit's insert and delete runs (GSPO-sorted run
// files), re-sorted into the index's order.
//
// Thread safety: the functions share nothing; passes of different indexes
// may run on different threads (the StatsWalker is not thread-safe: feed
// it from one pass at a time).

#ifndef SPOKE_STORAGE_INDEX_PASS_H_
#define SPOKE_STORAGE_INDEX_PASS_H_

#include <memory>
#include <string>
#include <vector>

#include <rocksdb/db.h>

#include "storage/quad_run.h"
#include "storage/stats.h"

namespace spoke::storage {

// Streams the GSPO-sorted run file `run` (kept) in `order`, without
// duplicates: gspo as it is, gpos and gosp sorted graph by graph, the
// other orders through an ExternalSorter. Sorts use at most `budget` bytes
// and spill to files `temp_prefix`*. Errors: IOError on the run or spills.
Result<std::unique_ptr<QuadStream>> SortedRun(const std::string& run,
                                              IndexOrder order,
                                              const std::string& temp_prefix,
                                              size_t budget);

// Writes the SST of index `order` (column family `cf`) to `dir`/<name>.sst:
// the insert run `dir`/ins.run as Puts, the delete run `dir`/del.run as
// Deletes (both GSPO order, disjoint), re-sorted with `ins_budget` and
// `del_budget` bytes. Feeds `walker` (if not null) in the spog and posg
// passes. Appends the file's ingestion to *args (none if both runs are
// empty).
Status WriteIndexSst(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                     IndexOrder order, const std::string& dir,
                     size_t ins_budget, size_t del_budget, StatsWalker* walker,
                     std::vector<rocksdb::IngestExternalFileArg>* args);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_INDEX_PASS_H_
