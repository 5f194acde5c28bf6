#include "storage/index_cursor.h"

#include <algorithm>

#include "storage/rocks_status.h"

namespace spoke::storage {

IndexCursor::IndexCursor(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                         const rocksdb::Snapshot* snapshot, IndexOrder order,
                         const std::string& start, std::string limit,
                         const ScanSpec& spec)
    : order_(order) {
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  // Always bounded, so that Reset can move the bound (RocksDB re-reads it
  // on every Seek).
  ro.iterate_upper_bound = &upper_slice_;
  it_.reset(db->NewIterator(ro, cf));
  Reset(start, std::move(limit), spec);
}

void IndexCursor::Reset(const std::string& start, std::string limit,
                        const ScanSpec& spec) {
  upper_ = std::move(limit);
  // No successor (a range to the end of the keys): a bound above them all.
  if (upper_.empty()) upper_.assign(kMaxQuadKeySize + 1, '\xff');
  upper_slice_ = rocksdb::Slice(upper_);
  named_only_ = !spec.g && spec.named_graphs_only;
  graph_set_.clear();
  if (!spec.g) graph_set_ = spec.graph_set;
  std::sort(graph_set_.begin(), graph_set_.end());
  distinct_ = spec.distinct_triples && !spec.g;
  have_last_ = false;
  status_ = Status::OK();
  it_->Seek(start);
  Settle();
}

void IndexCursor::Next() {
  if (!valid_) return;
  it_->Next();
  Settle();
}

void IndexCursor::Settle() {
  valid_ = false;
  for (; it_->Valid(); it_->Next()) {
    rocksdb::Slice key = it_->key();
    PermutedQuad k;
    if (!DecodePermuted(std::string_view(key.data(), key.size()), &k)) {
      status_ = BadIndexKey(order_);
      return;
    }
    IdQuad q = Unpermute(order_, k);
    if (named_only_ && q.g == kDefaultGraphId) continue;
    if (!graph_set_.empty() &&
        !std::binary_search(graph_set_.begin(), graph_set_.end(), q.g)) {
      continue;
    }
    if (distinct_ && have_last_ && q.s == quad_.s && q.p == quad_.p &&
        q.o == quad_.o) {
      continue;
    }
    quad_ = q;
    have_last_ = true;
    valid_ = true;
    return;
  }
  status_ = FromRocks(it_->status(), "scan");
}

}  // namespace spoke::storage
