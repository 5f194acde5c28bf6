#include "storage/index_cursor.h"

#include <algorithm>

#include "storage/rocks_status.h"

namespace spoke::storage {

IndexCursor::IndexCursor(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                         const rocksdb::Snapshot* snapshot, IndexOrder order,
                         std::string prefix, const ScanSpec& spec)
    : IndexCursor(db, cf, snapshot, order, prefix, PrefixSuccessor(prefix),
                  spec) {}

IndexCursor::IndexCursor(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                         const rocksdb::Snapshot* snapshot, IndexOrder order,
                         const std::string& start, std::string limit,
                         const ScanSpec& spec)
    : order_(order),
      upper_(std::move(limit)),
      named_only_(!spec.g && spec.named_graphs_only),
      graph_set_(spec.g ? std::vector<TermId>() : spec.graph_set),
      distinct_(spec.distinct_triples && !spec.g) {
  std::sort(graph_set_.begin(), graph_set_.end());
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  if (!upper_.empty()) {
    upper_slice_ = rocksdb::Slice(upper_);
    ro.iterate_upper_bound = &upper_slice_;
  }
  it_.reset(db->NewIterator(ro, cf));
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
