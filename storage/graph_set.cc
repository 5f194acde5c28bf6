#include "storage/graph_set.h"

#include <algorithm>

#include "storage/term_codec.h"

namespace spoke::storage {

namespace {

size_t Mix(TermId id) {
  uint64_t x = id * 0x9e3779b97f4a7c15ULL;
  return static_cast<size_t>(x ^ (x >> 29));
}

// Bits of the mix that the slot index does not use (tables < 2^32 slots).
uint32_t Check(size_t mix) { return static_cast<uint32_t>(mix >> 32); }

}  // namespace

bool GraphSet::Contains(TermId id) const {
  if (slots_.empty()) return false;
  size_t mask = slots_.size() - 1;
  size_t mix = Mix(id);
  uint32_t check = Check(mix);
  for (size_t i = mix & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.index_plus_one == 0) return false;
    if (slot.check == check && entries_[slot.index_plus_one - 1].id == id) {
      return true;
    }
  }
}

void GraphSet::Grow() {
  size_t n = std::max<size_t>(slots_.size() * 2, 1024);
  while (5 * entries_.size() > 4 * n) n *= 2;
  slots_.assign(n, Slot{});
  size_t mask = n - 1;
  for (size_t k = 0; k < entries_.size(); ++k) {
    size_t mix = Mix(entries_[k].id);
    size_t i = mix & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(k + 1), Check(mix)};
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
    size_t mix = Mix(id);
    size_t i = mix & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(entries_.size()), Check(mix)};
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
