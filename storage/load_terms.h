// LoadTerms: the dictionary entries a bulk load assigns, kept in memory
// (not in the memtable) until the load's commit writes them as id2term and
// term2id SSTs, ingested atomically with the quads. An aborted load leaves
// no entries behind. Bounded: past its budget the owner spills the entries
// to the store (Dictionary::GetOrAssign) and clears them.
//
// Thread safety: guarded by the Dictionary's mutex while registered; the
// commit reads it after the last Add.

#ifndef SPOKE_STORAGE_LOAD_TERMS_H_
#define SPOKE_STORAGE_LOAD_TERMS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/term_codec.h"

namespace spoke::storage {

class LoadTerms {
 public:
  struct Entry {
    TermHash hash;
    TermId id;
    std::string_view encoded;  // points into the arena
  };

  explicit LoadTerms(size_t budget_bytes);
  LoadTerms(const LoadTerms&) = delete;
  LoadTerms& operator=(const LoadTerms&) = delete;

  std::optional<TermId> Find(const TermHash& hash) const;
  // REQUIRES: `hash` not present.
  void Add(const TermHash& hash, TermId id, std::string_view encoded);
  void Clear();

  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  bool over_budget() const { return used_ > budget_; }
  const std::vector<Entry>& entries() const { return entries_; }

  // The entries sorted by id (id2term order) and by hash (term2id order).
  std::vector<const Entry*> SortedById() const;
  std::vector<const Entry*> SortedByHash() const;

 private:
  std::string_view Store(std::string_view bytes);

  const size_t budget_;
  const size_t chunk_bytes_;  // arena chunk size for small terms
  size_t used_ = 0;
  // Open addressing, linear probing, at most half full; id 0 = empty slot
  // (0 is never a dictionary id).
  struct Slot {
    TermHash hash;
    TermId id = 0;
  };
  void Grow();
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t chunk_used_ = 0;
  size_t chunk_size_ = 0;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_LOAD_TERMS_H_
