// Statistics: the stats column family's records (FORMAT.md) and the exact
// deltas a set of quad changes makes to them.
//
// Thread safety: StatsWalker and IndexProber are single-threaded objects.

#ifndef SPOKE_STORAGE_STATS_H_
#define SPOKE_STORAGE_STATS_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <rocksdb/db.h>

#include "storage/key_codec.h"
#include "storage/quad_store.h"

namespace spoke::storage {

struct PredicateDelta {
  int64_t quads = 0, triples = 0, subjects = 0, objects = 0;
};

struct StatsDelta {
  int64_t quads = 0;
  int64_t triples = 0;
  std::map<TermId, PredicateDelta> predicates;
};

// Reads every statistics record of the store (at `snapshot` if not null).
Status ReadStats(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                 const rocksdb::Snapshot* snapshot, StoreStats* out);
// Reads one predicate's record; zeros if absent.
Status ReadPredicateStats(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                          const rocksdb::Snapshot* snapshot, TermId predicate,
                          PredicateStats* out);

// One record to write: a value, or nullopt to delete the key.
using StatsUpdate = std::pair<std::string, std::optional<std::string>>;
// Adds `delta` to the current (latest) records; returns the records to
// write, sorted by key. Corruption if a count would become negative.
Status ComputeStatsUpdates(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                           const StatsDelta& delta,
                           std::vector<StatsUpdate>* out);

// Answers "does any key start with this prefix" on one index, for
// prefixes given in ascending order (any order works, ascending is fast).
class IndexProber {
 public:
  // `empty`: the caller knows the index is empty; no reads are made.
  IndexProber(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, bool empty);

  Result<bool> Exists(const std::string& prefix);
  // The number of keys with `prefix`, counting at most `limit`.
  Result<uint64_t> CountUpTo(const std::string& prefix, uint64_t limit);

 private:
  Status SeekTo(const std::string& prefix);

  bool empty_;
  std::unique_ptr<rocksdb::Iterator> it_;
  // it_ is at the first key >= target_ (or invalid: no such key).
  std::string target_;
  bool positioned_ = false;
};

// Computes a StatsDelta from the changes of one write: quads inserted (absent
// before) and deleted (present before), fed in SPOG key order and again in
// POSG key order. The probers answer for the store before the write.
class StatsWalker {
 public:
  // `spog` and `posg` are the index column families; `empty`: the store
  // holds no quads (no reads are made). The walker's iterators see the
  // store as it is when the walker is built.
  StatsWalker(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* spog,
              rocksdb::ColumnFamilyHandle* posg, bool empty)
      : spo_prober_(db, spog, empty),
        sp_prober_(db, spog, empty),
        po_prober_(db, posg, empty) {}

  Status FeedSpog(const PermutedQuad& key, bool insert);
  Status FeedPosg(const PermutedQuad& key, bool insert);
  // Closes the open groups. Call once, after all feeds.
  Status Finish();
  const StatsDelta& delta() const { return delta_; }

 private:
  struct Group {
    bool open = false;
    PermutedQuad key{};  // only the first `width` slots matter
    int width = 0;
    bool any_insert = false;
    uint64_t deletes = 0;
  };
  // Adds the group's existence change (after - before) to *counter.
  Status CloseGroup(Group* group, IndexProber* prober, int64_t* counter);
  Status Feed(Group* group, int width, const PermutedQuad& key, bool insert,
              IndexProber* prober, TermId predicate, int64_t PredicateDelta::*field,
              bool also_total_triples);

  // One prober per group kind, so that each sees ascending prefixes.
  IndexProber spo_prober_, sp_prober_, po_prober_;
  Group spo_, sp_, po_;
  TermId spo_pred_ = 0, sp_pred_ = 0, po_pred_ = 0;
  StatsDelta delta_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_STATS_H_
