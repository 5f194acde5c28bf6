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

namespace {
// Bytes of encoded terms per run handed to the writer thread, and runs
// that may wait for it (a few MB at most).
constexpr size_t kRunBytes = size_t{1} << 20;
constexpr size_t kMaxQueued = 4;
}  // namespace

LoadTerms::~LoadTerms() {
  if (writer_.joinable()) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
      queue_.clear();
    }
    cv_.notify_all();
    writer_.join();
  }
  for (int t = 0; t < kTags; ++t) {
    if (writers_[t] != nullptr) {
      writers_[t].reset();
      std::remove(paths_[t].c_str());
    }
  }
}

TermId LoadTerms::FindFrom(const TermHash& hash, size_t i) const {
  size_t mask = slots_.size() - 1;
  uint32_t check = Check(hash);
  for (;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.index_plus_one == 0) return 0;
    if (slot.check == check) {
      const Entry& e = entry(slot.index_plus_one - 1);
      if (e.hash == hash) return e.id;
    }
  }
}

std::optional<TermId> LoadTerms::Find(const TermHash& hash) const {
  if (slots_.empty()) return std::nullopt;
  TermId id = FindFrom(hash, hash.low & (slots_.size() - 1));
  if (id == 0) return std::nullopt;
  return id;
}

void LoadTerms::FindMany(const EncodedTerm* terms, size_t n,
                         TermId* ids) const {
  if (slots_.empty()) {
    std::fill(ids, ids + n, TermId{0});
    return;
  }
  // Three stages kDistance terms apart: prefetch a term's home slot; then
  // probe its slots for the check bits and prefetch the candidate entry;
  // then compare the entry's full hash. Each term's two cache misses
  // overlap with the other terms' instead of stalling one at a time.
  constexpr size_t kDistance = 8;
  constexpr size_t kRing = 16;  // > kDistance, a power of two
  static_assert(kRing > kDistance && (kRing & (kRing - 1)) == 0);
  const size_t mask = slots_.size() - 1;
  size_t where[kRing];    // the slot of the candidate
  uint32_t cand[kRing];   // its entry index + 1; 0: absent
  for (size_t j = 0; j < n + 2 * kDistance; ++j) {
    if (j < n) __builtin_prefetch(&slots_[terms[j].hash.low & mask]);
    if (j >= kDistance && j - kDistance < n) {
      size_t k = j - kDistance;
      uint32_t check = Check(terms[k].hash);
      size_t i = terms[k].hash.low & mask;
      while (slots_[i].index_plus_one != 0 && slots_[i].check != check) {
        i = (i + 1) & mask;
      }
      where[k % kRing] = i;
      cand[k % kRing] = slots_[i].index_plus_one;
      if (cand[k % kRing] != 0) __builtin_prefetch(&entry(cand[k % kRing] - 1));
    }
    if (j >= 2 * kDistance) {
      size_t k = j - 2 * kDistance;
      uint32_t c = cand[k % kRing];
      if (c == 0) {
        ids[k] = 0;
      } else if (entry(c - 1).hash == terms[k].hash) {
        ids[k] = entry(c - 1).id;
      } else {
        // Only the check bits matched: probe on past that slot.
        ids[k] = FindFrom(terms[k].hash, (where[k % kRing] + 1) & mask);
      }
    }
  }
}

void LoadTerms::Grow() {
  used_ -= slots_.size() * sizeof(Slot);
  size_t n = std::max<size_t>(slots_.size() * 2, 1024);
  slots_.assign(n, Slot{});
  size_t mask = n - 1;
  for (size_t k = 0; k < size_; ++k) {
    const TermHash& h = entry(k).hash;
    size_t i = h.low & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(k + 1), Check(h)};
  }
  used_ += slots_.size() * sizeof(Slot);
}

Status LoadTerms::Add(const TermHash& hash, TermId id,
                      std::string_view encoded) {
  if (size_ >= UINT32_MAX - 1) {
    return Status::ResourceExhausted("too many new terms in one load");
  }
  int t = static_cast<int>(TagOf(id)) - kTagIri;
  if (t < 0 || t >= kTags) {
    return Status::Internal("load term with a non-dictionary id");
  }
  open_.ids.push_back(id);
  open_.bytes.append(encoded);
  open_.ends.push_back(open_.bytes.size());
  if ((size_ & (kChunkSize - 1)) == 0) {
    chunks_.push_back(std::make_unique<Entry[]>(kChunkSize));
    used_ += kChunkSize * sizeof(Entry);
  }
  chunks_[size_ >> kChunkBits][size_ & (kChunkSize - 1)] = Entry{hash, id};
  ++size_;
  if (5 * size_ > 4 * slots_.size()) {
    Grow();
  } else {
    size_t mask = slots_.size() - 1;
    size_t i = hash.low & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(size_), Check(hash)};
  }
  if (open_.bytes.size() >= kRunBytes) return Flush();
  return Status::OK();
}

Status LoadTerms::Flush() {
  if (open_.ids.empty()) {
    std::lock_guard<std::mutex> lock(mu_);
    return write_status_;
  }
  if (!writer_.joinable()) writer_ = std::thread([this] { WriterLoop(); });
  {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] {
      return queue_.size() < kMaxQueued || !write_status_.ok();
    });
    if (!write_status_.ok()) return write_status_;
    queue_.push_back(std::move(open_));
    open_ = Run();
    if (!spare_.empty()) {
      open_ = std::move(spare_.back());
      spare_.pop_back();
    }
  }
  cv_.notify_all();
  return Status::OK();
}

Status LoadTerms::Quiesce() {
  SPOKE_RETURN_IF_ERROR(Flush());
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] {
    return (queue_.empty() && !busy_) || !write_status_.ok();
  });
  return write_status_;
}

void LoadTerms::WriterLoop() {
  Run work;
  while (true) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (busy_) {
        work.clear();
        spare_.push_back(std::move(work));
        work = Run();
        busy_ = false;
        cv_.notify_all();
      }
      cv_.wait(lock, [this] { return !queue_.empty() || stop_; });
      if (stop_) return;
      work = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
    }
    cv_.notify_all();
    Status s = WriteRun(work);
    if (!s.ok()) {
      std::lock_guard<std::mutex> lock(mu_);
      if (write_status_.ok()) write_status_ = s;
      queue_.clear();
    }
  }
}

Status LoadTerms::WriteRun(const Run& run) {
  size_t begin = 0;
  for (size_t k = 0; k < run.ids.size(); ++k) {
    TermId id = run.ids[k];
    std::unique_ptr<rocksdb::SstFileWriter>& writer =
        writers_[static_cast<int>(TagOf(id)) - kTagIri];
    std::string& path = paths_[static_cast<int>(TagOf(id)) - kTagIri];
    if (writer == nullptr) {
      writer = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(),
                                                        options_);
      path = sst_prefix_ + std::to_string(files_++) + ".sst";
      SPOKE_RETURN_IF_ERROR(
          FromRocks(writer->Open(path), "create id2term sst"));
    }
    char key[8];
    PutBigEndian64(key, id);
    rocksdb::Status s = writer->Put(
        rocksdb::Slice(key, 8),
        rocksdb::Slice(run.bytes.data() + begin, run.ends[k] - begin));
    if (!s.ok()) return FromRocks(s, "write id2term sst");
    begin = run.ends[k];
  }
  return Status::OK();
}

Result<std::vector<std::string>> LoadTerms::FinishId2Term() {
  std::vector<std::string> out;
  Status status = Quiesce();
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
  chunks_.clear();
  chunks_.shrink_to_fit();
  size_ = 0;
  used_ = 0;
}

}  // namespace spoke::storage
