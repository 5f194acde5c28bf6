#include "storage/load_terms.h"

#include <algorithm>
#include <cstring>

namespace spoke::storage {

namespace {
constexpr size_t kMaxChunkBytes = 1 << 20;
}  // namespace

LoadTerms::LoadTerms(size_t budget_bytes)
    : budget_(budget_bytes),
      chunk_bytes_(std::clamp<size_t>(budget_bytes / 16, 4 << 10,
                                      kMaxChunkBytes)) {}

std::optional<TermId> LoadTerms::Find(const TermHash& hash) const {
  if (slots_.empty()) return std::nullopt;
  size_t mask = slots_.size() - 1;
  for (size_t i = hash.low & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == 0) return std::nullopt;
    if (slot.hash == hash) return slot.id;
  }
}

void LoadTerms::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<size_t>(old.size() * 2, 1024), Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == 0) continue;
    size_t i = slot.hash.low & mask;
    while (slots_[i].id != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

std::string_view LoadTerms::Store(std::string_view bytes) {
  if (bytes.size() > chunk_bytes_ / 4) {
    // A big term gets its own chunk, placed before the current one: only the
    // last chunk takes small terms.
    std::unique_ptr<char[]> big = std::make_unique<char[]>(bytes.size());
    std::memcpy(big.get(), bytes.data(), bytes.size());
    std::string_view stored(big.get(), bytes.size());
    chunks_.insert(chunks_.empty() ? chunks_.end() : chunks_.end() - 1,
                   std::move(big));
    if (chunks_.size() == 1) chunk_used_ = chunk_size_ = 0;
    used_ += bytes.size();
    return stored;
  }
  if (chunk_size_ == 0 || chunk_used_ + bytes.size() > chunk_size_) {
    chunks_.push_back(std::make_unique<char[]>(chunk_bytes_));
    chunk_used_ = 0;
    chunk_size_ = chunk_bytes_;
    used_ += chunk_bytes_;
  }
  char* at = chunks_.back().get() + chunk_used_;
  std::memcpy(at, bytes.data(), bytes.size());
  chunk_used_ += bytes.size();
  return std::string_view(at, bytes.size());
}

void LoadTerms::Add(const TermHash& hash, TermId id, std::string_view encoded) {
  entries_.push_back(Entry{hash, id, Store(encoded)});
  if (2 * entries_.size() > slots_.size()) {
    used_ -= slots_.size() * sizeof(Slot);
    Grow();
    used_ += slots_.size() * sizeof(Slot);
  }
  size_t mask = slots_.size() - 1;
  size_t i = hash.low & mask;
  while (slots_[i].id != 0) i = (i + 1) & mask;
  slots_[i] = Slot{hash, id};
  used_ += sizeof(Entry);
}

void LoadTerms::Clear() {
  slots_.clear();
  slots_.shrink_to_fit();
  entries_.clear();
  entries_.shrink_to_fit();
  chunks_.clear();
  chunk_used_ = chunk_size_ = 0;
  used_ = 0;
}

std::vector<const LoadTerms::Entry*> LoadTerms::SortedById() const {
  std::vector<const Entry*> out;
  out.reserve(entries_.size());
  for (const Entry& e : entries_) out.push_back(&e);
  // Ids grow within each tag: usually (nearly) sorted already.
  std::stable_sort(out.begin(), out.end(),
                   [](const Entry* a, const Entry* b) { return a->id < b->id; });
  return out;
}

std::vector<const LoadTerms::Entry*> LoadTerms::SortedByHash() const {
  std::vector<const Entry*> out;
  out.reserve(entries_.size());
  for (const Entry& e : entries_) out.push_back(&e);
  std::sort(out.begin(), out.end(), [](const Entry* a, const Entry* b) {
    return a->hash < b->hash;
  });
  return out;
}

}  // namespace spoke::storage
