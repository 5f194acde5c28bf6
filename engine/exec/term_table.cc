#include "engine/exec/term_table.h"

#include <utility>

namespace spoke::engine {

Result<const Term*> TermTable::Decode(TermId id) {
  if (IsLocal(id)) {
    uint64_t index = id & ((uint64_t{1} << 56) - 1);
    if (index >= locals_.size()) {
      return Status::Internal("unknown local term id");
    }
    return &locals_[index];
  }
  auto it = decoded_.find(id);
  if (it != decoded_.end()) return it->second.get();
  std::shared_ptr<const Term> found;
  if (shared_decoded_ != nullptr) found = shared_decoded_->Find(id);
  if (found == nullptr) {
    Result<Term> term = view_->Decode(id);
    if (!term.ok()) return term.status();
    found = std::make_shared<const Term>(std::move(*term));
    if (shared_decoded_ != nullptr) shared_decoded_->Put(id, found);
  }
  const Term* out = found.get();
  decoded_.emplace(id, std::move(found));
  return out;
}

Result<std::optional<TermId>> TermTable::LookupStored(const Term& term) {
  auto it = interned_.find(term);
  if (it != interned_.end()) {
    if (IsLocal(it->second)) return std::optional<TermId>();
    return std::optional<TermId>(it->second);
  }
  if (shared_ != nullptr) {
    std::optional<TermId> cached = shared_->Find(term);
    if (cached) {
      interned_.emplace(term, *cached);
      return cached;
    }
  }
  Result<TermId> id = view_->Lookup(term);
  if (!id.ok()) {
    if (id.status().IsNotFound()) return std::optional<TermId>();
    return id.status();
  }
  interned_.emplace(term, *id);
  if (shared_ != nullptr) shared_->Put(term, *id);
  return std::optional<TermId>(*id);
}

Result<TermId> TermTable::Intern(const Term& term) {
  auto local = local_ids_.find(term);
  if (local != local_ids_.end()) return local->second;
  Result<std::optional<TermId>> stored = LookupStored(term);
  if (!stored.ok()) return stored.status();
  if (stored->has_value()) return **stored;
  TermId id = (kLocalTag << 56) | locals_.size();
  locals_.push_back(term);
  local_ids_.emplace(term, id);
  return id;
}

}  // namespace spoke::engine
