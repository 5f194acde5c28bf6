// Not yet implemented parts of RocksStore (replaced file by file).

#include "storage/rocks_store.h"

namespace spoke::storage {

Result<std::unique_ptr<BulkLoad>> RocksStore::StartBulkLoad(
    const BulkLoadOptions&) {
  return Status::NotSupported("bulk load is not implemented yet");
}

Result<uint64_t> RocksStore::DropDataset(const std::string&) {
  return Status::NotSupported("dropping datasets is not implemented yet");
}

}  // namespace spoke::storage
