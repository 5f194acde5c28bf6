// LoadTerms: the dictionary entries a bulk load assigns. Their id2term
// records go straight into SST files in the load's temporary directory,
// one per id tag (ids grow within a tag), so only (hash, id) pairs stay
// in memory. An internal thread builds and compresses those files (about
// half of the resolving thread's work before), fed runs of records; the
// commit writes the term2id SST from them and ingests both with the
// quads. An aborted load leaves no entries behind. Bounded: past
// its budget the owner spills (Dictionary::GetOrAssign ingests the id2term
// file, writes the term2id entries and clears the pairs).
//
// Thread safety: guarded by the Dictionary's mutex while registered; the
// commit uses it after the last Add. The writer thread is internal.

#ifndef SPOKE_STORAGE_LOAD_TERMS_H_
#define SPOKE_STORAGE_LOAD_TERMS_H_

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <rocksdb/options.h>
#include <rocksdb/sst_file_writer.h>

#include "spoke/status.h"
#include "storage/term_codec.h"

namespace spoke::storage {

class LoadTerms {
 public:
  struct Entry {
    TermHash hash;
    TermId id;
  };

  // id2term files are `sst_prefix`N.sst, written with `id2term_options`
  // (the id2term column family's).
  LoadTerms(size_t budget_bytes, const rocksdb::Options& id2term_options,
            std::string sst_prefix);
  ~LoadTerms();
  LoadTerms(const LoadTerms&) = delete;
  LoadTerms& operator=(const LoadTerms&) = delete;

  // An iterable view of the entries (in the order they were added).
  class EntryRange;

  std::optional<TermId> Find(const TermHash& hash) const;
  // Sets ids[i] to the id of terms[i].hash, or 0 if absent, for i < n.
  // Looks the terms up several at a time (prefetching their slots and
  // entries), so a batch costs far fewer cache-miss waits than n Finds.
  void FindMany(const EncodedTerm* terms, size_t n, TermId* ids) const;
  // Starts loading the slot where Add(hash, ...) begins its probe (a
  // cache miss in a big table): call it a few Adds ahead.
  void Prefetch(const TermHash& hash) const {
    if (!slots_.empty()) {
      __builtin_prefetch(&slots_[hash.low & (slots_.size() - 1)], 1);
    }
  }
  // Records a new term and queues its id2term record for the writer
  // thread. REQUIRES: `hash` not present; `id` a dictionary id (IRI, blank
  // or literal tag) greater than every id of its tag added before.
  // IOError if a file cannot be written (this record's or an earlier one's:
  // the writer's first error is returned from then on).
  Status Add(const TermHash& hash, TermId id, std::string_view encoded);
  // Waits for the writer, finishes the id2term files of the entries added
  // since the last call and returns their paths (key ranges disjoint; the
  // caller ingests or removes them).
  Result<std::vector<std::string>> FinishId2Term();
  // Forgets the entries (after a spill wrote them to the store).
  void Clear();

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  bool over_budget() const { return used_ > budget_; }
  EntryRange entries() const;

 private:
  // Open addressing, linear probing, at most 80% full. A slot holds an
  // entry index + 1 (0 = empty) and 32 bits of its hash, so a probe rarely
  // touches an entry that is not the one sought.
  struct Slot {
    uint32_t index_plus_one = 0;
    uint32_t check = 0;
  };
  static uint32_t Check(const TermHash& h) {
    return static_cast<uint32_t>(h.high);
  }
  // Entries live in fixed chunks: no reallocation copies as they grow, and
  // an index splits into chunk and offset by shifts (a deque divides).
  static constexpr size_t kChunkBits = 12;
  static constexpr size_t kChunkSize = size_t{1} << kChunkBits;
  const Entry& entry(size_t k) const {
    return chunks_[k >> kChunkBits][k & (kChunkSize - 1)];
  }
  // A run of id2term records (ids and their encoded terms) handed to the
  // writer thread as a whole.
  struct Run {
    std::vector<TermId> ids;
    std::vector<size_t> ends;  // in bytes
    std::string bytes;
    void clear() {
      ids.clear();
      ends.clear();
      bytes.clear();
    }
  };
  // Hands open_ to the writer thread (started on first use); waits while
  // kMaxQueued runs wait already. The writer's first error, if any.
  Status Flush();
  // Flush, then waits until the writer has written every run.
  Status Quiesce();
  void WriterLoop();
  // Writes `run` into writers_ (writer thread, or while it is idle).
  Status WriteRun(const Run& run);

  // The id of `hash` probing from slot i on (0 if absent).
  TermId FindFrom(const TermHash& hash, size_t i) const;
  void Grow();

  const size_t budget_;
  const rocksdb::Options options_;
  const std::string sst_prefix_;
  size_t used_ = 0;
  std::vector<Slot> slots_;
  std::vector<std::unique_ptr<Entry[]>> chunks_;
  size_t size_ = 0;
  // One open file per dictionary tag (IRI, blank, literal), if any.
  static constexpr int kTags = 3;
  std::unique_ptr<rocksdb::SstFileWriter> writers_[kTags];
  std::string paths_[kTags];
  int files_ = 0;

  Run open_;  // the records not handed over yet
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Run> queue_;       // guarded by mu_
  std::vector<Run> spare_;      // guarded by mu_: emptied runs, reused
  bool busy_ = false;           // guarded by mu_: the writer holds a run
  bool stop_ = false;           // guarded by mu_
  Status write_status_;         // guarded by mu_
  std::thread writer_;
};

class LoadTerms::EntryRange {
 public:
  class Iterator {
   public:
    Iterator(const LoadTerms* terms, size_t k) : terms_(terms), k_(k) {}
    const Entry& operator*() const { return terms_->entry(k_); }
    Iterator& operator++() {
      ++k_;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return k_ != o.k_; }

   private:
    const LoadTerms* terms_;
    size_t k_;
  };
  explicit EntryRange(const LoadTerms* terms) : terms_(terms) {}
  Iterator begin() const { return Iterator(terms_, 0); }
  Iterator end() const { return Iterator(terms_, terms_->size_); }

 private:
  const LoadTerms* terms_;
};

inline LoadTerms::EntryRange LoadTerms::entries() const {
  return EntryRange(this);
}

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_LOAD_TERMS_H_
