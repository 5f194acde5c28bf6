// Dictionary: the two-way mapping between terms and TermIds, kept in the
// id2term and term2id column families (FORMAT.md). Append-only: an id, once
// assigned, always means the same term, even after every quad using it is
// gone (such orphan entries are harmless).
//
// Thread safety: thread-safe. Assignment is serialised by an internal mutex.

#ifndef SPOKE_STORAGE_DICTIONARY_H_
#define SPOKE_STORAGE_DICTIONARY_H_

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <rocksdb/db.h>

#include "spoke/status.h"
#include "spoke/term.h"
#include "storage/load_terms.h"
#include "storage/term_id.h"

namespace spoke::storage {

// The hash part of a term2id key (bytes): the top 40 bits of the term's
// hash. Collisions are expected past a million terms and cost one more
// id2term read; sorted random keys share about 2-3 leading bytes anyway,
// so each hash byte more costs about one byte per term on disk.
inline constexpr size_t kTerm2IdHashSize = 5;

class Dictionary {
 public:
  // The handles are owned by the caller and must outlive the dictionary.
  // `cache_bytes` bounds the in-memory term -> id cache.
  Dictionary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* id2term,
             rocksdb::ColumnFamilyHandle* term2id,
             rocksdb::ColumnFamilyHandle* meta, size_t cache_bytes);

  // Reads the id counter. Called once after open.
  Status Load();

  // Sets (*ids)[i] to the id of *terms[i], assigning ids to new terms and
  // writing their entries (without sync: the write that uses them syncs
  // the log). REQUIRES: no term is kNone.
  Status GetOrAssign(const std::vector<const Term*>& terms,
                     std::vector<TermId>* ids) {
    return GetOrAssign(terms, ids, nullptr);
  }
  // The same for the registered bulk load (`load` not null): new terms go
  // to `load` instead of the store. When `load` outgrows its budget, its
  // entries are written to the store (spilled) and it is cleared.
  Status GetOrAssign(const std::vector<const Term*>& terms,
                     std::vector<TermId>* ids, LoadTerms* load);
  // The same for terms already encoded and hashed (none inline: their ids
  // are the caller's): sets ids[i] for i < n. Ids are assigned in the
  // order of the terms' first occurrence.
  Status GetOrAssignEncoded(const EncodedTerm* terms, size_t n, TermId* ids,
                            LoadTerms* load);

  // Registers the terms of the running bulk load (null: none). Other
  // writers reuse their ids (writing their entries to the store first), so
  // a term never gets two ids.
  void SetLoad(LoadTerms* load);
  // Clears the registered load's entries (its commit wrote them).
  void ClearLoad();
  // The next unassigned sequence number (the meta `next_id` to persist).
  uint64_t next_sequence();

  // The term2id key of a term with hash `hash` and id `id` (FORMAT.md):
  // Term2IdHash in kTerm2IdHashSize big-endian bytes, then the id's
  // index-key encoding.
  static std::string Term2IdKey(const TermHash& hash, TermId id);
  // The bits of a term's hash that lead its term2id key (< 2^40).
  static uint64_t Term2IdHash(const TermHash& hash);
  // Writes Term2IdHash `h` as kTerm2IdHashSize big-endian bytes.
  static void PutTerm2IdHash(char* out, uint64_t h) {
    for (size_t i = 0; i < kTerm2IdHashSize; ++i) {
      out[i] = static_cast<char>(h >> (8 * (kTerm2IdHashSize - 1 - i)));
    }
  }
  // Masks Term2IdHash (tests: ~0 by default; a small mask makes most terms
  // collide, so every lookup must go through the id2term check).
  static void TEST_SetTerm2IdHashMask(uint64_t mask);

  // Moves the id counter forward to `next` (tests: ids of every length).
  void TEST_SetNextSequence(uint64_t next);

  // Like GetOrAssign but never assigns: unknown terms get id 0. Reads the
  // latest state, or `snapshot` if not null.
  Status Find(const std::vector<const Term*>& terms, std::vector<TermId>* ids,
              const rocksdb::Snapshot* snapshot) const;

  // The id of one term, or NotFound.
  Result<TermId> Lookup(const Term& term,
                        const rocksdb::Snapshot* snapshot) const;
  // The term of `id`; Corruption if unknown.
  Result<Term> Decode(TermId id, const rocksdb::Snapshot* snapshot) const;

 private:
  // Looks up encoded terms (with their hashes) in term2id, checking each
  // candidate's id2term entry: 0 where missing.
  Status MultiFind(const std::vector<TermHash>& hashes,
                   const std::vector<std::string_view>& encoded,
                   const rocksdb::Snapshot* snapshot,
                   std::vector<TermId>* ids) const;
  void CachePut(const TermHash& hash, TermId id);
  // Index of the miss with `hash` in misses_, adding `term` as a new miss
  // if it is none yet (miss_slots_: open addressing, cleared per call).
  size_t MissIndex(const EncodedTerm& term);

  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* id2term_;
  rocksdb::ColumnFamilyHandle* term2id_;
  rocksdb::ColumnFamilyHandle* meta_;
  const size_t cache_bytes_;

  std::mutex mu_;
  uint64_t next_seq_ = 1;  // guarded by mu_
  std::unordered_map<TermHash, TermId, TermHashHasher> cache_;  // by mu_
  size_t cache_used_ = 0;                                       // by mu_
  LoadTerms* load_ = nullptr;                                   // by mu_
  // Scratch of GetOrAssignEncoded, reused across calls (by mu_).
  std::vector<TermId> found_in_load_;
  std::vector<EncodedTerm> misses_;
  std::vector<uint32_t> miss_slots_;
  std::vector<uint32_t> miss_of_;  // per term: miss index + 1, or 0
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_DICTIONARY_H_
