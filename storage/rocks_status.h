// Conversion of rocksdb::Status to spoke::Status.

#ifndef SPOKE_STORAGE_ROCKS_STATUS_H_
#define SPOKE_STORAGE_ROCKS_STATUS_H_

#include <string_view>

#include <rocksdb/status.h>

#include "spoke/status.h"

namespace spoke::storage {

// Maps a RocksDB status; `what` names the operation ("open", ...).
Status FromRocks(const rocksdb::Status& s, std::string_view what);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_ROCKS_STATUS_H_
