#include "storage/graph_set.h"

#include <algorithm>

#include "storage/term_codec.h"

namespace spoke::storage {

namespace {

size_t Mix(TermId id) {
  uint64_t x = id * 0x9e3779b97f4a7c15ULL;
  return static_cast<size_t>(x ^ (x >> 29));
}

}  // namespace

bool GraphSet::Contains(TermId id) const {
  if (slots_.empty()) return false;
  size_t mask = slots_.size() - 1;
  for (size_t i = Mix(id) & mask;; i = (i + 1) & mask) {
    if (slots_[i] == 0) return false;
    if (entries_[slots_[i] - 1].id == id) return true;
  }
}

void GraphSet::Grow() {
  size_t n = std::max<size_t>(slots_.size() * 2, 1024);
  while (5 * entries_.size() > 4 * n) n *= 2;
  slots_.assign(n, 0);
  size_t mask = n - 1;
  for (size_t k = 0; k < entries_.size(); ++k) {
    size_t i = Mix(entries_[k].id) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<uint32_t>(k + 1);
  }
}

Status GraphSet::Add(TermId id, const Term& term) {
  if (Contains(id)) return Status::OK();
  Result<std::string> enc = EncodeTerm(term);
  if (!enc.ok()) return enc.status();
  return AddEncoded(id, *enc);
}

Status GraphSet::AddEncoded(TermId id, std::string_view encoded) {
  if (Contains(id)) return Status::OK();
  if (entries_.size() >= UINT32_MAX - 1) {
    return Status::ResourceExhausted("too many graphs in one load");
  }
  if (encoded.size() > UINT32_MAX) {
    return Status::InvalidArgument("graph name too long");
  }
  entries_.push_back(
      Entry{id, arena_.size(), static_cast<uint32_t>(encoded.size())});
  arena_.append(encoded);
  if (5 * entries_.size() > 4 * slots_.size()) {
    Grow();
  } else {
    size_t mask = slots_.size() - 1;
    size_t i = Mix(id) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<uint32_t>(entries_.size());
  }
  return Status::OK();
}

void GraphSet::SortById() {
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.id < b.id; });
  slots_.clear();
  slots_.shrink_to_fit();
  Grow();
}

Result<Term> GraphSet::term(size_t i) const { return DecodeTerm(encoded(i)); }

}  // namespace spoke::storage
