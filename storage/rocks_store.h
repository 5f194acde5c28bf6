// RocksStore: the QuadStore implementation on RocksDB. Its methods are
// spread over files by concern: rocks_store.cc (open, settings),
// write_path.cc (Apply), bulk_commit.cc (bulk loads, dataset drops),
// check.cc (Check). Reads go through RocksReadView (read_view.h).
//
// Thread safety: as QuadStore. Writers hold write_mu_.

#ifndef SPOKE_STORAGE_ROCKS_STORE_H_
#define SPOKE_STORAGE_ROCKS_STORE_H_

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <rocksdb/db.h>

#include "storage/catalog.h"
#include "storage/column_families.h"
#include "storage/dictionary.h"
#include "storage/quad_store.h"

namespace spoke::storage {

class QuadSource;

class RocksStore : public QuadStore {
 public:
  static Result<std::unique_ptr<RocksStore>> OpenStore(
      const StoreOptions& options, const std::string& path);
  ~RocksStore() override;

  std::unique_ptr<ReadView> NewReadView() const override;
  Result<ApplyResult> Apply(const QuadBatch& batch) override;
  Result<std::unique_ptr<BulkLoad>> StartBulkLoad(
      const BulkLoadOptions& options) override;
  Result<uint64_t> DropDataset(const std::string& name) override;
  Status PutSetting(const std::string& key, const std::string& value) override;
  Result<std::string> GetSetting(const std::string& key) const override;
  Status Check() const override;

  // Compacts every column family fully (for measurements and tools).
  Status CompactAll();

  // Internals for RocksReadView and the bulk loader.
  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(int i) const { return cfs_[i]; }
  Dictionary* dictionary() const { return dict_.get(); }
  const StoreOptions& options() const { return options_; }
  const std::string& path() const { return path_; }

  // The bulk-load commit: replaces the quads of the target graphs as
  // described in bulk_commit.cc and writes the catalog, all in one ingestion.
  struct CommitPlan;
  Result<LoadResult> CommitBulk(CommitPlan plan);
  void EndBulkLoad() { bulk_active_.store(false); }

  // Test hooks: damage the store on purpose.
  Status TEST_DeleteIndexKey(IndexOrder order, const IdQuad& quad);
  Status TEST_PutMeta(const std::string& key, const std::string& value);
  Status TEST_DeleteTerm(TermId id);

 private:
  RocksStore() = default;
  Status CheckWritable() const;
  // Graph ids -> the dataset counts to adjust after quads changed.
  void AddDatasetDelta(TermId g, int64_t delta,
                       std::map<std::string, int64_t>* per_dataset) const;

  StoreOptions options_;
  std::string path_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs_;
  std::unique_ptr<Dictionary> dict_;

  // Loads the writers' catalog mirror on the first write: opens (and
  // read-only handles) never pay for reading every dataset's graph list.
  // REQUIRES: write_mu_ held.
  Status LoadCatalog();

  mutable std::mutex write_mu_;
  Catalog catalog_;             // guarded by write_mu_
  bool catalog_loaded_ = false;  // guarded by write_mu_
  std::atomic<bool> bulk_active_{false};

  friend class RocksBulkLoad;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_ROCKS_STORE_H_
