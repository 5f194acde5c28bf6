// GroupSortStream: re-sorts a stream into another index order with the
// same leading id (GSPO into GPOS or GOSP) one leading-id group at a time,
// instead of sorting the whole stream: a group (a graph's quads) only
// needs its other three ids sorted. A group larger than a quarter of the
// budget goes through an ExternalSorter with the rest, so any group size
// works within the budget.
//
// Thread safety: one thread at a time.

#ifndef SPOKE_STORAGE_GROUP_SORT_STREAM_H_
#define SPOKE_STORAGE_GROUP_SORT_STREAM_H_

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "storage/quad_run.h"

namespace spoke::storage {

class GroupSortStream : public QuadStream {
 public:
  // Streams `input` (sorted in `from` order, may hold duplicates) in `to`
  // order, without duplicates. Spills of large groups go to files
  // `temp_prefix`N-M.run; `memory_bytes` bounds the buffers (at least
  // 256 KiB is used). REQUIRES: `from` and `to` lead with the same
  // position.
  GroupSortStream(std::unique_ptr<QuadStream> input, IndexOrder from,
                  IndexOrder to, std::string temp_prefix,
                  size_t memory_bytes);

  Result<bool> Next(PermutedQuad* out) override;

  // Groups sorted through an ExternalSorter so far.
  size_t TEST_large_groups() const { return large_groups_; }

 private:
  // Reads the next input quad into pending_ (in `to` order).
  Status ReadPending();
  // Reads and sorts the next group; false at the end of the input.
  Result<bool> NextGroup();

  std::unique_ptr<QuadStream> input_;
  std::array<int, 4> map_;  // to-slot i takes from-slot map_[i]
  std::string temp_prefix_;
  size_t group_capacity_;  // quads
  size_t sorter_bytes_;
  PermutedQuad pending_{};
  bool has_pending_ = false;
  bool started_ = false;
  std::vector<PermutedQuad> group_;
  size_t pos_ = 0;
  // The sorted large group being streamed, if any.
  std::unique_ptr<QuadStream> large_;
  size_t large_groups_ = 0;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_GROUP_SORT_STREAM_H_
