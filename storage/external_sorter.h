// ExternalSorter: sorts and deduplicates any number of PermutedQuads within
// a memory budget, spilling sorted runs to temporary files and merging them.
//
// Thread safety: one thread at a time.

#ifndef SPOKE_STORAGE_EXTERNAL_SORTER_H_
#define SPOKE_STORAGE_EXTERNAL_SORTER_H_

#include <memory>
#include <string>
#include <vector>

#include "storage/quad_run.h"

namespace spoke::storage {

class ExternalSorter {
 public:
  // Spills go to files `temp_prefix`N.run. `memory_bytes` bounds the
  // buffer (at least 64 KiB is used). With `chunk_quads` > 0, each
  // `chunk_quads` quads added are sorted at once (by the thread that adds
  // them), so that a spill or Finish only merges the sorted chunks: a
  // producer thread with idle time takes most of the sorting off the
  // thread that finishes.
  ExternalSorter(std::string temp_prefix, size_t memory_bytes,
                 size_t chunk_quads = 0);
  ~ExternalSorter();

  Status Add(const PermutedQuad& q);
  // The sorted, duplicate-free quads. REQUIRES: called once, after all Adds.
  Result<std::unique_ptr<QuadStream>> Finish();

  uint64_t added() const { return added_; }
  size_t runs() const { return runs_.size(); }

 private:
  Status Spill();
  // Sorts the quads added since the last chunk ended as a new chunk.
  void EndChunk();

  std::string temp_prefix_;
  size_t capacity_;  // quads
  size_t memory_bytes_;
  size_t chunk_quads_;
  std::vector<PermutedQuad> buffer_;
  // End offsets of the sorted chunks of buffer_.
  std::vector<size_t> chunk_ends_;
  std::vector<std::string> runs_;
  uint64_t added_ = 0;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_EXTERNAL_SORTER_H_
