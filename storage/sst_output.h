// SstOutput: writes sorted key/value records (Puts and Deletes) of one
// column family to an SST file with rocksdb::SstFileWriter, for one
// IngestExternalFiles call. The file is created on the first record, so an
// output without records adds no file.
//
// Thread safety: one thread at a time.

#ifndef SPOKE_STORAGE_SST_OUTPUT_H_
#define SPOKE_STORAGE_SST_OUTPUT_H_

#include <string>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>

#include "spoke/status.h"

namespace spoke::storage {

class SstOutput {
 public:
  // Writes to `path` with `cf`'s options.
  SstOutput(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, std::string path);

  // REQUIRES: keys in ascending order, each once.
  Status Put(const rocksdb::Slice& key, const rocksdb::Slice& value);
  Status Delete(const rocksdb::Slice& key);
  // Finishes the file and appends its ingestion (move, global seqno) to
  // *args; nothing if no record was written.
  Status Finish(std::vector<rocksdb::IngestExternalFileArg>* args);

 private:
  Status OpenIfNeeded();

  rocksdb::ColumnFamilyHandle* cf_;
  std::string path_;
  rocksdb::SstFileWriter writer_;
  bool opened_ = false;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_SST_OUTPUT_H_
