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
  // buffer (at least 64 KiB is used).
  ExternalSorter(std::string temp_prefix, size_t memory_bytes);
  ~ExternalSorter();

  Status Add(const PermutedQuad& q);
  // The sorted, duplicate-free quads. REQUIRES: called once, after all Adds.
  Result<std::unique_ptr<QuadStream>> Finish();

  uint64_t added() const { return added_; }
  size_t runs() const { return runs_.size(); }

 private:
  Status Spill();

  std::string temp_prefix_;
  size_t capacity_;  // quads
  size_t memory_bytes_;
  std::vector<PermutedQuad> buffer_;
  std::vector<std::string> runs_;
  uint64_t added_ = 0;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_EXTERNAL_SORTER_H_
