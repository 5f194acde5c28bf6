// Catalog: the datasets of a store and the named graphs each owns, kept in
// the meta column family (FORMAT.md) and mirrored in memory for writers.
//
// Thread safety: not thread-safe; RocksStore uses it under its writer mutex.
// The static readers are thread-safe.

#ifndef SPOKE_STORAGE_CATALOG_H_
#define SPOKE_STORAGE_CATALOG_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <rocksdb/db.h>

#include "storage/quad_store.h"

namespace spoke::storage {

struct DatasetRecord {
  DatasetInfo info;
  std::vector<TermId> graph_ids;  // parallel to info.graphs
};

class Catalog {
 public:
  static std::string DatasetKey(const std::string& name);
  static std::string GraphKey(TermId graph);
  // The dataset's current quad count, written by updates (a u64); when
  // present it supersedes the count in the dataset's record, so that an
  // update never rewrites the record's graph list. Bulk commits of the
  // dataset delete it.
  static std::string QuadsKey(const std::string& name);
  static std::string EncodeQuads(uint64_t quads);
  static std::string EncodeDataset(const DatasetRecord& record);
  static Result<DatasetRecord> DecodeDataset(std::string_view name,
                                             std::string_view value);
  // Reads all datasets, sorted by name.
  static Status ReadAll(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta,
                        const rocksdb::Snapshot* snapshot,
                        std::vector<DatasetRecord>* out);

  // Fills the in-memory mirror from the store.
  Status Load(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta);

  // nullptr if there is no such dataset.
  const DatasetRecord* Find(const std::string& name) const;
  // The dataset owning graph `g`, or nullptr.
  const DatasetRecord* OwnerOf(TermId g) const;

  // Mirror updates, made after the matching write succeeded.
  void Put(DatasetRecord record);
  // Sets the quad count of dataset `name`. REQUIRES: it exists.
  void SetQuads(const std::string& name, uint64_t quads);
  void Erase(const std::string& name);

 private:
  std::map<std::string, DatasetRecord> datasets_;  // nodes never move
  std::unordered_map<TermId, const DatasetRecord*> owners_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_CATALOG_H_
