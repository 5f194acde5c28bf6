#include "storage/rocks_status.h"

#include <string>

namespace spoke::storage {

Status FromRocks(const rocksdb::Status& s, std::string_view what) {
  if (s.ok()) return Status::OK();
  std::string msg = std::string(what) + ": " + s.ToString();
  switch (s.code()) {
    case rocksdb::Status::kNotFound: return Status::NotFound(msg);
    case rocksdb::Status::kCorruption: return Status::Corruption(msg);
    case rocksdb::Status::kNotSupported: return Status::NotSupported(msg);
    case rocksdb::Status::kInvalidArgument:
      return Status::InvalidArgument(msg);
    case rocksdb::Status::kBusy:
    case rocksdb::Status::kTryAgain: return Status::Busy(msg);
    case rocksdb::Status::kTimedOut: return Status::TimedOut(msg);
    case rocksdb::Status::kAborted: return Status::Cancelled(msg);
    case rocksdb::Status::kIOError:
      // The LOCK file is held by another process (or this one).
      if (s.ToString().find("/LOCK:") != std::string::npos) {
        return Status::Busy(std::string(what) +
                            ": database is in use by another process (" +
                            s.ToString() + ")");
      }
      return Status::IOError(msg);
    default: return Status::IOError(msg);
  }
}

}  // namespace spoke::storage
