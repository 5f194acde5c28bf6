#include "storage/sst_output.h"

#include "storage/rocks_status.h"

namespace spoke::storage {

SstOutput::SstOutput(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                     std::string path)
    : cf_(cf),
      path_(std::move(path)),
      writer_(rocksdb::EnvOptions(), db->GetOptions(cf), cf) {}

Status SstOutput::Put(const rocksdb::Slice& key, const rocksdb::Slice& value) {
  SPOKE_RETURN_IF_ERROR(OpenIfNeeded());
  return FromRocks(writer_.Put(key, value), "write sst");
}

Status SstOutput::Delete(const rocksdb::Slice& key) {
  SPOKE_RETURN_IF_ERROR(OpenIfNeeded());
  return FromRocks(writer_.Delete(key), "write sst");
}

Status SstOutput::Finish(std::vector<rocksdb::IngestExternalFileArg>* args) {
  if (!opened_) return Status::OK();
  SPOKE_RETURN_IF_ERROR(FromRocks(writer_.Finish(), "finish sst"));
  rocksdb::IngestExternalFileArg arg;
  arg.column_family = cf_;
  arg.external_files = {path_};
  arg.options.move_files = true;
  arg.options.snapshot_consistency = true;
  arg.options.allow_global_seqno = true;
  arg.options.allow_blocking_flush = true;
  args->push_back(std::move(arg));
  return Status::OK();
}

Status SstOutput::OpenIfNeeded() {
  if (opened_) return Status::OK();
  opened_ = true;
  return FromRocks(writer_.Open(path_), "create sst");
}

}  // namespace spoke::storage
