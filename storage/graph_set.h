// GraphSet: the named graphs a bulk load writes, with their terms kept
// encoded in one arena (a std::map<TermId, Term> cost ~240 bytes per graph,
// 360 MB for the 1.5M graphs of the 10M news data; this ~100).
//
// Thread safety: one thread at a time.

#ifndef SPOKE_STORAGE_GRAPH_SET_H_
#define SPOKE_STORAGE_GRAPH_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "spoke/status.h"
#include "spoke/term.h"
#include "storage/term_id.h"

namespace spoke::storage {

class GraphSet {
 public:
  // Adds graph `id` (not kDefaultGraphId) named `term`, unless present.
  Status Add(TermId id, const Term& term);
  // The same with the term already encoded (EncodeTerm).
  Status AddEncoded(TermId id, std::string_view encoded);
  bool Contains(TermId id) const;
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // Orders the graphs by id (call after the last Add).
  void SortById();
  TermId id(size_t i) const { return entries_[i].id; }
  std::string_view encoded(size_t i) const {
    return std::string_view(arena_).substr(entries_[i].offset,
                                           entries_[i].length);
  }
  // The term of graph i; Corruption if its encoding is damaged.
  Result<Term> term(size_t i) const;

 private:
  struct Entry {
    TermId id;
    uint64_t offset;
    uint32_t length;
  };
  void Grow();
  // Open addressing on the id, <= 80% full. A slot holds an entry index
  // + 1 (0 = empty) and 32 bits of the id's mix, so a probe past other
  // graphs (every Add of a new graph walks to an empty slot) rarely
  // touches their entries.
  struct Slot {
    uint32_t index_plus_one = 0;
    uint32_t check = 0;
  };
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::string arena_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_GRAPH_SET_H_
