#include "storage/rocks_store.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/transaction_log.h>
#include <rocksdb/table.h>

#include "storage/read_view.h"
#include "storage/rocks_status.h"

namespace spoke::storage {

namespace {

rocksdb::ColumnFamilyOptions CfOptions(int cf,
                                       const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  t.format_version = 5;
  t.cache_index_and_filter_blocks = true;
  t.pin_l0_filter_and_index_blocks_in_cache = true;
  o.compression = rocksdb::kLZ4Compression;
  o.bottommost_compression = rocksdb::kZSTD;
  // Bulk loads and compactions write the bottommost level (ZSTD). On the
  // 1M news data the six indexes took 31.3 B/quad with level 3, 32 KiB
  // blocks and a bloom filter on spog, 26.5 with the settings below. The
  // filter (1.25 B/quad) only served Apply's existence checks; without it
  // a miss reads one (usually cached) block.
  o.bottommost_compression_opts.enabled = true;
  o.bottommost_compression_opts.level = 3;
  if (cf < kNumIndexes) {
    // Small keys, empty values: bigger blocks compress better.
    t.block_size = 64 * 1024;
    // A seek binary-searches a block's restart points, then reads keys up
    // to the target: with a restart every 128 keys that scan was ~30% of
    // seek-bound queries. The g-last indexes serve the index nested-loop
    // joins' seeks, so they restart every 32 keys: q05-chain at 1M
    // 10.4 -> 7.2 ms, q07-regex (8,329 seeks) 66 -> 32 ms, for +0.63
    // B/quad at 10M (39.10 -> 39.73). The g-first indexes (per-graph scans,
    // replace, drop) keep 128.
    t.block_restart_interval = cf < CfOf(IndexOrder::kGspo) ? 32 : 128;
    o.bottommost_compression_opts.level = 6;
  } else if (cf == kCfId2Term) {
    // Text: 32 KiB blocks (point reads decompress 32 KiB at most) and a
    // 32 KiB ZSTD dictionary per file take the 1M news id2term from 12.96
    // to 7.4 B/quad (no dictionary: 8.7; raw samples as the dictionary:
    // 7.7; trained on 4 MiB: 7.35 but ~0.4 s more CPU per 1M quads).
    t.block_size = 32 * 1024;
    o.bottommost_compression_opts.max_dict_bytes = 32 * 1024;
    o.bottommost_compression_opts.zstd_max_train_bytes = 1 << 20;
    o.bottommost_compression_opts.max_dict_buffer_bytes = 4 << 20;
  } else if (cf == kCfTerm2Id) {
    // Keys are (5-byte hash, id), looked up by hash prefix; mostly misses
    // during loads: a prefix bloom filter saves the reads.
    o.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(kTerm2IdHashSize));
    t.whole_key_filtering = false;
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  return o;
}

// RocksDB 7.8 keeps the empty write-ahead log of every earlier open until a
// memtable flush (fixed upstream in 8.3, facebook/rocksdb#11409), so a
// database opened for writing N times without a flush held N empty logs,
// each read again by every open. An empty log holds no record, and the
// caller holds the database lock: those older than the current log go.
void RemoveEmptyOldWals(rocksdb::DB* db, const std::string& path) {
  std::unique_ptr<rocksdb::LogFile> current;
  if (!db->GetCurrentWalFile(&current).ok() || current == nullptr) return;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(path, ec)) {
    std::string name = e.path().filename().string();
    size_t digits = name.find_first_not_of("0123456789");
    if (digits == 0 || digits == std::string::npos ||
        name.compare(digits, std::string::npos, ".log") != 0) {
      continue;
    }
    uint64_t number = std::strtoull(name.c_str(), nullptr, 10);
    std::error_code size_ec;
    if (number < current->LogNumber() && e.file_size(size_ec) == 0 &&
        !size_ec) {
      std::filesystem::remove(e.path(), size_ec);
    }
  }
}

// True when none of `cfs` of `db` holds a key.
Result<bool> HoldsNoKey(rocksdb::DB* db,
                        const std::vector<rocksdb::ColumnFamilyHandle*>& cfs,
                        const std::string& path) {
  for (rocksdb::ColumnFamilyHandle* h : cfs) {
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(rocksdb::ReadOptions(), h));
    it->SeekToFirst();
    if (it->Valid()) return false;
    SPOKE_RETURN_IF_ERROR(FromRocks(it->status(), "read " + path));
  }
  return true;
}

// True when no column family of the database at `path` (opened read-only
// with the column families it has, `cfs`) holds a key.
Result<bool> ExistingIsEmpty(const std::string& path,
                             const std::vector<std::string>& cfs) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : cfs) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  SPOKE_RETURN_IF_ERROR(FromRocks(
      rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), path, descriptors,
                                   &handles, &raw),
      "open " + path));
  std::unique_ptr<rocksdb::DB> db(raw);
  Result<bool> empty = HoldsNoKey(db.get(), handles, path);
  for (rocksdb::ColumnFamilyHandle* h : handles) {
    db->DestroyColumnFamilyHandle(h);
  }
  return empty;
}

}  // namespace

Result<std::unique_ptr<QuadStore>> QuadStore::Open(const StoreOptions& options,
                                                   const std::string& path) {
  Result<std::unique_ptr<RocksStore>> store =
      RocksStore::OpenStore(options, path);
  if (!store.ok()) return store.status();
  return std::unique_ptr<QuadStore>(std::move(*store));
}

Result<std::unique_ptr<RocksStore>> RocksStore::OpenStore(
    const StoreOptions& options, const std::string& path) {
  std::unique_ptr<RocksStore> store(new RocksStore());
  store->options_ = options;
  store->path_ = path;

  // An existing database must have Spoke's column families. One that lacks
  // some, or the format version, and holds nothing at all is a creation
  // that was killed part-way (the version is its last step): a writable
  // open with create_if_missing finishes it.
  std::vector<std::string> existing;
  rocksdb::Status ls =
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &existing);
  bool exists = ls.ok();
  bool may_finish = options.create_if_missing && !options.read_only;
  std::string missing_cf;
  if (exists) {
    for (int i = 0; i < kNumCfs && missing_cf.empty(); ++i) {
      if (std::find(existing.begin(), existing.end(), CfName(i)) ==
          existing.end()) {
        missing_cf = CfName(i);
      }
    }
    if (!missing_cf.empty()) {
      Result<bool> empty =
          may_finish ? ExistingIsEmpty(path, existing) : Result<bool>(false);
      if (!empty.ok()) return empty.status();
      if (!*empty) {
        return Status::Corruption("open " + path +
                                  ": not a spoke database (no column family '" +
                                  missing_cf + "')");
      }
    }
    if (options.error_if_exists) {
      return Status::InvalidArgument("open " + path + ": database exists");
    }
  } else if (!options.create_if_missing || options.read_only) {
    return Status::NotFound("open " + path + ": no database there");
  }

  std::shared_ptr<rocksdb::Cache> cache =
      rocksdb::NewLRUCache(options.block_cache_bytes);
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = options.create_if_missing;
  db_options.create_missing_column_families = !exists || !missing_cf.empty();
  db_options.error_if_exists = options.error_if_exists;
  db_options.max_background_jobs = 2;
  db_options.bytes_per_sync = 1 << 20;
  // All memtables together, so that a load's memory stays bounded.
  db_options.db_write_buffer_size = 128 << 20;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (int i = 0; i < kNumCfs; ++i) {
    descriptors.emplace_back(CfName(i), CfOptions(i, cache));
  }
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      options.read_only
          ? rocksdb::DB::OpenForReadOnly(db_options, path, descriptors,
                                         &store->cfs_, &raw)
          : rocksdb::DB::Open(db_options, path, descriptors, &store->cfs_,
                              &raw);
  SPOKE_RETURN_IF_ERROR(FromRocks(s, "open " + path));
  store->db_.reset(raw);

  // Format version: written on creation, checked on every open.
  std::string version;
  s = raw->Get(rocksdb::ReadOptions(), store->cfs_[kCfMeta], kMetaFormatVersion,
               &version);
  if (s.IsNotFound()) {
    if (exists && missing_cf.empty()) {
      Result<bool> empty =
          may_finish ? HoldsNoKey(raw, store->cfs_, path) : Result<bool>(false);
      if (!empty.ok()) return empty.status();
      if (!*empty) {
        return Status::Corruption("open " + path +
                                  ": database has no format version");
      }
    }
    std::string v;
    AppendBigEndian64(&v, kFormatVersion);
    rocksdb::WriteOptions wo;
    wo.sync = true;
    SPOKE_RETURN_IF_ERROR(FromRocks(
        raw->Put(wo, store->cfs_[kCfMeta], kMetaFormatVersion, v),
        "write format version"));
  } else {
    SPOKE_RETURN_IF_ERROR(FromRocks(s, "read format version"));
    uint64_t found = version.size() == 8 ? GetBigEndian64(version.data()) : 0;
    if (found != kFormatVersion) {
      return Status::Corruption(
          "open " + path + ": database format version " +
          (version.size() == 8 ? std::to_string(found) : "(unreadable)") +
          " is not supported; this build reads version " +
          std::to_string(kFormatVersion) +
          " (export it with the spoke that wrote it, 'spoke dump -o "
          "FILE.nq', and load that file into a new database)");
    }
  }

  if (!options.read_only) {
    // Temporary files of loads or checks that a crash left behind: we hold
    // the lock, so nobody else is using them.
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(path, ec)) {
      std::string name = e.path().filename().string();
      if (name.rfind("spoke-tmp-", 0) == 0 || name.rfind("check-", 0) == 0) {
        std::filesystem::remove_all(e.path(), ec);
      }
    }
    RemoveEmptyOldWals(raw, path);
  }

  store->dict_ = std::make_unique<Dictionary>(
      raw, store->cfs_[kCfId2Term], store->cfs_[kCfTerm2Id],
      store->cfs_[kCfMeta], std::max<size_t>(options.bulk_memory_budget / 8,
                                             1 << 20));
  SPOKE_RETURN_IF_ERROR(store->dict_->Load());
  return store;
}

Status RocksStore::LoadCatalog() {
  if (catalog_loaded_) return Status::OK();
  SPOKE_RETURN_IF_ERROR(catalog_.Load(db_.get(), cfs_[kCfMeta]));
  catalog_loaded_ = true;
  return Status::OK();
}

RocksStore::~RocksStore() {
  if (db_) {
    for (rocksdb::ColumnFamilyHandle* h : cfs_) {
      db_->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    }
    db_->Close().PermitUncheckedError();
  }
}

Status RocksStore::CheckWritable() const {
  if (options_.read_only) {
    return Status::InvalidArgument("store is open read-only");
  }
  return Status::OK();
}

std::unique_ptr<ReadView> RocksStore::NewReadView() const {
  return std::make_unique<RocksReadView>(this);
}

Status RocksStore::PutSetting(const std::string& key,
                              const std::string& value) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  rocksdb::WriteOptions wo;
  wo.sync = options_.sync_writes;
  return FromRocks(
      db_->Put(wo, cfs_[kCfMeta], kMetaSettingPrefix + key, value),
      "write setting");
}

Result<std::string> RocksStore::GetSetting(const std::string& key) const {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cfs_[kCfMeta],
                               kMetaSettingPrefix + key, &value);
  if (s.IsNotFound()) return Status::NotFound("no setting '" + key + "'");
  SPOKE_RETURN_IF_ERROR(FromRocks(s, "read setting"));
  return value;
}

Status RocksStore::CompactAll() {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  rocksdb::CompactRangeOptions co;
  co.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  for (rocksdb::ColumnFamilyHandle* h : cfs_) {
    SPOKE_RETURN_IF_ERROR(
        FromRocks(db_->CompactRange(co, h, nullptr, nullptr), "compact"));
  }
  return Status::OK();
}

Status RocksStore::TEST_DeleteIndexKey(IndexOrder order, const IdQuad& quad) {
  return FromRocks(db_->Delete(rocksdb::WriteOptions(), cfs_[CfOf(order)],
                               EncodeQuadKey(order, quad)),
                   "test delete");
}

Status RocksStore::TEST_DeleteTerm(TermId id) {
  char key[8];
  PutBigEndian64(key, id);
  return FromRocks(db_->Delete(rocksdb::WriteOptions(), cfs_[kCfId2Term],
                               rocksdb::Slice(key, 8)),
                   "test delete");
}

Status RocksStore::TEST_PutMeta(const std::string& key,
                                const std::string& value) {
  return FromRocks(db_->Put(rocksdb::WriteOptions(), cfs_[kCfMeta], key, value),
                   "test put");
}

}  // namespace spoke::storage
