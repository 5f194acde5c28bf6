#include "storage/load_terms.h"

#include <algorithm>
#include <cstdio>

#include "storage/key_codec.h"
#include "storage/rocks_status.h"

namespace spoke::storage {

LoadTerms::LoadTerms(size_t budget_bytes,
                     const rocksdb::Options& id2term_options,
                     std::string sst_prefix)
    : budget_(budget_bytes),
      options_(id2term_options),
      sst_prefix_(std::move(sst_prefix)) {}

LoadTerms::~LoadTerms() {
  for (int t = 0; t < kTags; ++t) {
    if (writers_[t] != nullptr) {
      writers_[t].reset();
      std::remove(paths_[t].c_str());
    }
  }
}

std::optional<TermId> LoadTerms::Find(const TermHash& hash) const {
  if (slots_.empty()) return std::nullopt;
  size_t mask = slots_.size() - 1;
  uint32_t check = Check(hash);
  for (size_t i = hash.low & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.index_plus_one == 0) return std::nullopt;
    if (slot.check == check) {
      const Entry& e = entries_[slot.index_plus_one - 1];
      if (e.hash == hash) return e.id;
    }
  }
}

void LoadTerms::Grow() {
  used_ -= slots_.size() * sizeof(Slot);
  size_t n = std::max<size_t>(slots_.size() * 2, 1024);
  slots_.assign(n, Slot{});
  size_t mask = n - 1;
  for (size_t k = 0; k < entries_.size(); ++k) {
    const TermHash& h = entries_[k].hash;
    size_t i = h.low & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(k + 1), Check(h)};
  }
  used_ += slots_.size() * sizeof(Slot);
}

Status LoadTerms::Add(const TermHash& hash, TermId id,
                      std::string_view encoded) {
  if (entries_.size() >= UINT32_MAX - 1) {
    return Status::ResourceExhausted("too many new terms in one load");
  }
  int t = static_cast<int>(TagOf(id)) - kTagIri;
  if (t < 0 || t >= kTags) {
    return Status::Internal("load term with a non-dictionary id");
  }
  std::unique_ptr<rocksdb::SstFileWriter>& writer = writers_[t];
  if (writer == nullptr) {
    writer = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(),
                                                      options_);
    paths_[t] = sst_prefix_ + std::to_string(files_++) + ".sst";
    SPOKE_RETURN_IF_ERROR(
        FromRocks(writer->Open(paths_[t]), "create id2term sst"));
  }
  char key[8];
  PutBigEndian64(key, id);
  SPOKE_RETURN_IF_ERROR(FromRocks(
      writer->Put(rocksdb::Slice(key, 8),
                   rocksdb::Slice(encoded.data(), encoded.size())),
      "write id2term sst"));
  entries_.push_back(Entry{hash, id});
  used_ += sizeof(Entry);
  if (5 * entries_.size() > 4 * slots_.size()) {
    Grow();
  } else {
    size_t mask = slots_.size() - 1;
    size_t i = hash.low & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(entries_.size()), Check(hash)};
  }
  return Status::OK();
}

Result<std::vector<std::string>> LoadTerms::FinishId2Term() {
  std::vector<std::string> out;
  Status status;
  for (int t = 0; t < kTags; ++t) {
    if (writers_[t] == nullptr) continue;
    rocksdb::Status s = writers_[t]->Finish();
    writers_[t].reset();
    if (s.ok()) {
      out.push_back(paths_[t]);
    } else {
      std::remove(paths_[t].c_str());
      if (status.ok()) status = FromRocks(s, "finish id2term sst");
    }
  }
  if (!status.ok()) {
    for (const std::string& p : out) std::remove(p.c_str());
    return status;
  }
  return out;
}

void LoadTerms::Clear() {
  slots_.clear();
  slots_.shrink_to_fit();
  entries_.clear();
  entries_.shrink_to_fit();
  used_ = 0;
}

}  // namespace spoke::storage
