// IndexCursor: a QuadCursor over one key range of one quad index, with the
// graph filters and triple deduplication of a ScanSpec.
//
// Thread safety: one thread at a time.

#ifndef SPOKE_STORAGE_INDEX_CURSOR_H_
#define SPOKE_STORAGE_INDEX_CURSOR_H_

#include <memory>
#include <string>

#include <rocksdb/db.h>

#include "storage/key_codec.h"
#include "storage/quad_store.h"

namespace spoke::storage {

class IndexCursor : public QuadCursor {
 public:
  // Scans the keys in [start, limit) (limit empty: to the end) of `cf`, an
  // index of `order`, at `snapshot` (may be null: latest). REQUIRES: `db`
  // and `cf` outlive it.
  IndexCursor(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
              const rocksdb::Snapshot* snapshot, IndexOrder order,
              const std::string& start, std::string limit,
              const ScanSpec& spec);

  // Re-seeks this cursor to the keys in [start, limit) under `spec`'s graph
  // conditions: cheaper than a new cursor (no new RocksDB iterator).
  void Reset(const std::string& start, std::string limit, const ScanSpec& spec);
  IndexOrder order() const { return order_; }

  bool Valid() const override { return valid_; }
  void Next() override;
  const IdQuad& quad() const override { return quad_; }
  Status status() const override { return status_; }

 private:
  // Moves to the first acceptable key at or after the iterator.
  void Settle();

  IndexOrder order_;
  std::string upper_;
  rocksdb::Slice upper_slice_;
  std::unique_ptr<rocksdb::Iterator> it_;
  bool named_only_ = false;
  std::vector<TermId> graph_set_;
  bool distinct_ = false;
  bool have_last_ = false;
  IdQuad quad_;
  bool valid_ = false;
  Status status_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_INDEX_CURSOR_H_
