// RocksBulkLoad: the BulkLoad of a RocksStore. Add encodes and hashes
// each quad's terms into a batch (the caller's Quad is left as it was, so
// its strings can be reused); a worker thread resolves the batch's term
// ids and feeds an ExternalSorter (GSPO order, sorted in chunks as they
// fill) while the caller produces the next batches (up to 16 queued);
// Commit drains the worker and hands the sorted quads to
// RocksStore::CommitBulk. Temporary files live in a directory
// inside the database directory and are removed when the load ends.
//
// Thread safety: one thread at a time (the worker is internal).

#ifndef SPOKE_STORAGE_BULK_LOAD_H_
#define SPOKE_STORAGE_BULK_LOAD_H_

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <memory>
#include <vector>

#include "storage/external_sorter.h"
#include "storage/graph_set.h"
#include "storage/load_terms.h"
#include "storage/quad_store.h"
#include "storage/rocks_store.h"

namespace spoke::storage {

class RocksBulkLoad : public BulkLoad {
 public:
  // REQUIRES: `store` outlives the load; the caller set store's
  // bulk_active_ flag, which the load clears on destruction.
  RocksBulkLoad(RocksStore* store, BulkLoadOptions options,
                std::unique_ptr<ScopedTempDir> dir);
  ~RocksBulkLoad() override;

  Status Add(const Quad& quad) override;
  Status Add(Quad&& quad) override;
  Result<LoadResult> Commit() override;

 private:
  // The sort buffer's chunk size, in quads (ExternalSorter).
  size_t SortChunk() const;
  // A batch of quads as the parser thread hands it over: the dictionary
  // terms encoded into one buffer and hashed, so the resolving thread
  // never touches a Term (nor frees one).
  struct Batch {
    struct TermRef {
      TermHash hash;
      uint32_t offset;  // in bytes
      uint32_t size;
    };
    // Per quad four ids (s, p, o, g): kRef | an index into terms, or an id
    // that needs no dictionary (inline value, default graph).
    std::vector<uint64_t> slots;
    std::vector<TermRef> terms;
    std::string bytes;
    size_t quads() const { return slots.size() / 4; }
    void clear() {
      slots.clear();
      terms.clear();
      bytes.clear();
    }
  };
  static constexpr uint64_t kRef = uint64_t{1} << 63;

  // Checks `quad` against the load's options (before it is queued).
  Status Admit(const Quad& quad);
  // Appends `quad` to pending_ (parser thread).
  Status Encode(const Quad& quad);
  // Appends one term at position `pos` (0..3 for s, p, o, g) of pending_.
  Status EncodeOne(const Term& term, int pos);
  // Resolves and sorts `batch` (worker thread, or after it stopped).
  Status Resolve(const Batch& batch);
  // Hands pending_ to the worker (waits while it holds a batch already).
  Status HandOff();
  // Hands over pending_ (if any), stops the worker and returns its status.
  Status Drain();
  void WorkerLoop();
  Status Fail(Status s) {
    if (failed_.ok()) failed_ = s;
    return s;
  }

  RocksStore* store_;
  BulkLoadOptions options_;
  size_t budget_;
  std::unique_ptr<ScopedTempDir> dir_;
  std::unique_ptr<ExternalSorter> sorter_;
  // The load's new dictionary entries, registered with the dictionary
  // until the commit ends.
  std::unique_ptr<LoadTerms> terms_;
  Batch pending_;
  // Per position (s, p, o, g), the pending_ terms last seen with a given
  // size and last bytes (index + 1; 0 none): a term equal to a recent one
  // at the same position (a quad's predicate, the subject or graph of the
  // quad before) is neither hashed nor looked up again.
  static constexpr size_t kMemo = 64;
  uint32_t memo_[4][kMemo] = {};
  // Owned by the worker while it runs.
  GraphSet graphs_;
  // Graphs known to be in graphs_, by a few bits of their id: quads come
  // in runs of a few graphs (a sentence's, its article's), so most quads
  // skip the set lookup (a cache miss in a set of a million graphs).
  static constexpr int kRecentGraphBits = 4;
  TermId recent_graphs_[1 << kRecentGraphBits] = {};
  std::vector<EncodedTerm> encoded_;
  std::vector<TermId> ids_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Batch> queue_;  // guarded by mu_
  // Emptied batches, reused by HandOff.
  std::vector<Batch> spare_;  // guarded by mu_
  bool stop_ = false;          // guarded by mu_
  Status worker_status_;       // guarded by mu_
  std::thread worker_;
  uint64_t read_ = 0;
  bool done_ = false;
  Status failed_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_BULK_LOAD_H_
