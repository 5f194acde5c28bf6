// TermTable: the terms one query execution touches, by id.
//
// Decodes store ids with a small cache (ids are decoded only where terms are
// needed: filters, ordering, output) and gives ids to terms the store has
// never seen (computed values, parameters): such "local" ids carry the tag
// kLocalTag in their top byte, which storage never uses. Interning asks the
// store first, so a computed term equal to a stored one gets the stored id
// and id equality stays term equality.
//
// Thread safety: one execution, one thread.

#ifndef SPOKE_ENGINE_EXEC_TERM_TABLE_H_
#define SPOKE_ENGINE_EXEC_TERM_TABLE_H_

#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

#include "engine/exec/decode_cache.h"
#include "engine/exec/id_cache.h"
#include "engine/exec/row.h"
#include "spoke/status.h"
#include "spoke/term.h"
#include "storage/quad_store.h"

namespace spoke::engine {

class TermTable {
 public:
  static constexpr uint64_t kLocalTag = 0xFE;

  // `view` (and, if given, `shared`: ids found by earlier executions, and
  // `decoded`: terms decoded by earlier executions) must outlive this table.
  explicit TermTable(const storage::ReadView* view, IdCache* shared = nullptr,
                     DecodeCache* decoded = nullptr)
      : view_(view), shared_(shared), shared_decoded_(decoded) {}

  static bool IsLocal(TermId id) { return (id >> 56) == kLocalTag; }

  // The term of `id`. The pointer stays valid until the next Trim().
  // Errors: Corruption (from the store) for an unknown id.
  Result<const Term*> Decode(TermId id);

  // The store's id of `term`, or nullopt if the store has never seen it.
  // Errors: the store's (IOError, ...).
  Result<std::optional<TermId>> LookupStored(const Term& term);

  // An id for `term`: the store's if it has one, else a local id (the same
  // one every time within this table). REQUIRES: !term.is_none().
  Result<TermId> Intern(const Term& term);

  // Drops cached decodings of store terms if the cache has grown past its
  // budget. Invalidates pointers returned by Decode for store ids (local
  // terms stay). Call only between rows.
  void Trim() {
    if (decoded_.size() > kMaxCached) decoded_.clear();
    if (interned_.size() > kMaxCached) interned_.clear();
  }

 private:
  static constexpr size_t kMaxCached = 1 << 16;

  const storage::ReadView* view_;
  IdCache* shared_;
  DecodeCache* shared_decoded_;
  std::unordered_map<TermId, std::shared_ptr<const Term>> decoded_;
  std::unordered_map<Term, TermId> interned_;
  std::deque<Term> locals_;  // local id payload = index
  std::unordered_map<Term, TermId> local_ids_;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_TERM_TABLE_H_
