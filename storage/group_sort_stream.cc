#include "storage/group_sort_stream.h"

#include <algorithm>

#include "storage/external_sorter.h"
#include "storage/index_sort.h"

namespace spoke::storage {

GroupSortStream::GroupSortStream(std::unique_ptr<QuadStream> input,
                                 IndexOrder from, IndexOrder to,
                                 std::string temp_prefix, size_t memory_bytes)
    : input_(std::move(input)), temp_prefix_(std::move(temp_prefix)) {
  const std::array<int, 4>& from_perm = Permutation(from);
  const std::array<int, 4>& to_perm = Permutation(to);
  for (int i = 0; i < 4; ++i) {
    map_[i] = static_cast<int>(
        std::find(from_perm.begin(), from_perm.end(), to_perm[i]) -
        from_perm.begin());
  }
  memory_bytes = std::max<size_t>(memory_bytes, 256 << 10);
  // A group buffer of a quarter; a large group's sorter gets the rest
  // (the buffer is freed before the sorter fills).
  group_capacity_ = memory_bytes / 4 / sizeof(PermutedQuad);
  sorter_bytes_ = memory_bytes - memory_bytes / 4;
}

Status GroupSortStream::ReadPending() {
  PermutedQuad q;
  Result<bool> more = input_->Next(&q);
  if (!more.ok()) return more.status();
  has_pending_ = *more;
  if (has_pending_) {
    pending_ = {q[map_[0]], q[map_[1]], q[map_[2]], q[map_[3]]};
  }
  return Status::OK();
}

Result<bool> GroupSortStream::NextGroup() {
  if (!started_) {
    started_ = true;
    SPOKE_RETURN_IF_ERROR(ReadPending());
  }
  group_.clear();
  pos_ = 0;
  if (!has_pending_) return false;
  const uint64_t lead = pending_[0];
  while (has_pending_ && pending_[0] == lead) {
    if (group_.size() == group_capacity_) {
      // Too large for the buffer: sort the whole group externally.
      ExternalSorter sorter(
          temp_prefix_ + std::to_string(large_groups_++) + "-",
          sorter_bytes_);
      for (const PermutedQuad& q : group_) SPOKE_RETURN_IF_ERROR(sorter.Add(q));
      group_ = std::vector<PermutedQuad>();
      while (has_pending_ && pending_[0] == lead) {
        SPOKE_RETURN_IF_ERROR(sorter.Add(pending_));
        SPOKE_RETURN_IF_ERROR(ReadPending());
      }
      Result<std::unique_ptr<QuadStream>> sorted = sorter.Finish();
      if (!sorted.ok()) return sorted.status();
      large_ = std::move(*sorted);
      return true;
    }
    group_.push_back(pending_);
    SPOKE_RETURN_IF_ERROR(ReadPending());
  }
  SortUniqueQuads(&group_);
  return true;
}

Result<bool> GroupSortStream::Next(PermutedQuad* out) {
  while (true) {
    if (large_ != nullptr) {
      Result<bool> more = large_->Next(out);
      if (!more.ok() || *more) return more;
      large_.reset();
    } else if (pos_ < group_.size()) {
      *out = group_[pos_++];
      return true;
    }
    Result<bool> more = NextGroup();
    if (!more.ok() || !*more) return more;
  }
}

}  // namespace spoke::storage
