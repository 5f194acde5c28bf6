// QuadStore: Spoke's RocksDB-backed store of quads, with its term
// dictionary, statistics and dataset catalog. This is the contract between
// storage/ and engine/; the key layout is documented in storage/FORMAT.md.
//
// Thread safety: a QuadStore may be shared by many threads. Reads go through
// a ReadView (one RocksDB snapshot), so a reader never sees half of a write.
// Writes (Apply, bulk-load commits, dataset drops) are serialised inside the
// store: one writer at a time, readers never blocked.

#ifndef SPOKE_STORAGE_QUAD_STORE_H_
#define SPOKE_STORAGE_QUAD_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spoke/status.h"
#include "spoke/term.h"
#include "storage/term_id.h"

namespace spoke::storage {

struct StoreOptions {
  bool create_if_missing = true;
  bool error_if_exists = false;
  bool read_only = false;
  // RocksDB block cache (uncompressed blocks), shared by all column
  // families. See include/spoke/options.h for the measured default.
  size_t block_cache_bytes = size_t{256} << 20;
  // Memory a bulk load may use for buffering and sorting before it spills
  // to temporary files.
  size_t bulk_memory_budget = size_t{1} << 30;
  // fsync the write-ahead log on every commit.
  bool sync_writes = true;
};

struct IdQuad {
  TermId s = 0, p = 0, o = 0, g = kDefaultGraphId;
  friend bool operator==(const IdQuad&, const IdQuad&) = default;
};

// What a scan returns. Unset positions are wildcards.
struct ScanSpec {
  std::optional<TermId> s, p, o, g;
  // When g is unset: only quads in named graphs (g != kDefaultGraphId).
  bool named_graphs_only = false;
  // When g is unset and this is non-empty (sorted): only quads whose graph
  // is in this set.
  std::vector<TermId> graph_set;
  // Each distinct (s, p, o) once, whatever graphs hold it; the g of a
  // returned quad is then unspecified. REQUIRES: g unset.
  bool distinct_triples = false;
};

// A forward cursor over quads, LevelDB style: Valid() is false at the end
// and whenever status() is not OK. quad() is valid until the next Next().
class QuadCursor {
 public:
  virtual ~QuadCursor() = default;
  virtual bool Valid() const = 0;
  virtual void Next() = 0;
  virtual const IdQuad& quad() const = 0;
  virtual Status status() const = 0;
};

struct PredicateStats {
  TermId predicate = 0;
  uint64_t quads = 0;              // quads with this predicate, all graphs
  uint64_t triples = 0;            // distinct (s, p, o) with this predicate
  uint64_t distinct_subjects = 0;  // distinct s with this predicate
  uint64_t distinct_objects = 0;   // distinct o with this predicate
};

struct StoreStats {
  uint64_t quads = 0;    // all quads, all graphs
  uint64_t triples = 0;  // distinct (s, p, o) over all graphs
  std::vector<PredicateStats> predicates;
};

struct DatasetInfo {
  std::string name;
  std::vector<Term> graphs;  // named graphs the dataset owns
  std::string source;        // where it was loaded from (file names)
  int64_t loaded_at_unix_ms = 0;
  uint64_t quads = 0;
};

// A consistent, read-only view of the store at one moment (one RocksDB
// snapshot). Cheap to create. Must not outlive its QuadStore. Safe to use
// from one thread at a time; create one per thread.
class ReadView {
 public:
  virtual ~ReadView() = default;

  // Scans the index that serves `spec` with one range scan.
  virtual std::unique_ptr<QuadCursor> Scan(const ScanSpec& spec) const = 0;
  // The quads of subject `spec.s` whose predicate lies in [*spec.p, p_last],
  // in (p, o) order, under the graph conditions of `spec`: one range scan
  // where several patterns on one subject would each seek (a star).
  // REQUIRES: spec.s and spec.p set, spec.o unset, *spec.p <= p_last.
  // `reuse` (may be null) is a cursor of an earlier scan of this view that
  // the scan may re-seek instead of creating a new one.
  virtual std::unique_ptr<QuadCursor> ScanPredicateRange(
      const ScanSpec& spec, TermId p_last,
      std::unique_ptr<QuadCursor> reuse) const = 0;
  // Scan(spec), re-seeking `reuse` (a cursor of an earlier scan of this
  // view, may be null) where it can: for the many short scans of an index
  // nested-loop join.
  virtual std::unique_ptr<QuadCursor> Rescan(
      const ScanSpec& spec, std::unique_ptr<QuadCursor> reuse) const {
    (void)reuse;
    return Scan(spec);
  }
  // Estimated number of quads `spec` returns (exact when only p is bound or
  // nothing is bound; from RocksDB's approximate sizes otherwise).
  virtual uint64_t EstimateCount(const ScanSpec& spec) const = 0;

  // The id of `term`, or NotFound if the store has never seen it. Inline
  // values (see term_id.h) are found without a read. A kNone term (the
  // default graph) gives kDefaultGraphId.
  virtual Result<TermId> Lookup(const Term& term) const = 0;
  // The term of `id` (kNone for kDefaultGraphId). Corruption if the id is
  // unknown.
  virtual Result<Term> Decode(TermId id) const = 0;

  virtual Result<StoreStats> Stats() const = 0;
  virtual Result<PredicateStats> StatsFor(TermId predicate) const = 0;
  virtual Result<std::vector<DatasetInfo>> Datasets() const = 0;
};

// A set of inserts and deletes applied atomically by QuadStore::Apply.
// Operations apply in order: a later op on the same quad wins.
class QuadBatch {
 public:
  void Insert(Quad q) { ops_.push_back({Op::kInsert, std::move(q)}); }
  void Delete(Quad q) { ops_.push_back({Op::kDelete, std::move(q)}); }
  // Deletes every quad of graph `g` (kNone: the default graph).
  void ClearGraph(Term g) { ops_.push_back({Op::kClearGraph, Quad{{}, {}, {}, std::move(g)}}); }
  bool empty() const { return ops_.empty(); }

  enum class Op : uint8_t { kInsert, kDelete, kClearGraph };
  struct Entry {
    Op op;
    Quad quad;
  };
  const std::vector<Entry>& ops() const { return ops_; }

 private:
  std::vector<Entry> ops_;
};

struct ApplyResult {
  uint64_t inserted = 0;  // quads that were absent and are now present
  uint64_t deleted = 0;   // quads that were present and are now absent
};

struct BulkLoadOptions {
  // The dataset the load creates (or, with replace, replaces). Empty: the
  // quads belong to no dataset (only allowed for the default graph).
  std::string dataset;
  bool replace = false;
  std::string source;
  // 0: StoreOptions::bulk_memory_budget.
  size_t memory_budget = 0;
};

struct LoadResult {
  uint64_t quads_read = 0;
  uint64_t quads_new = 0;
  uint64_t duplicates = 0;  // already stored, or repeated in the input
};

// One atomic bulk load. Add quads, then Commit: either all of them become
// visible at once (with statistics and the catalog entry), or, after an
// error or destruction without Commit, none. Memory stays within the budget;
// larger inputs spill sorted runs to temporary files.
class BulkLoad {
 public:
  virtual ~BulkLoad() = default;
  virtual Status Add(const Quad& quad) = 0;
  // The same, taking the quad's strings (`quad` is left valid but
  // unspecified).
  virtual Status Add(Quad&& quad) { return Add(static_cast<const Quad&>(quad)); }
  virtual Result<LoadResult> Commit() = 0;
};

class QuadStore {
 public:
  // Opens (or creates) the store in directory `path`. Errors: IOError,
  // Corruption (damaged, or a format version this build does not know),
  // Busy (another process has it open for writing).
  static Result<std::unique_ptr<QuadStore>> Open(const StoreOptions& options,
                                                 const std::string& path);
  virtual ~QuadStore() = default;

  virtual std::unique_ptr<ReadView> NewReadView() const = 0;

  // Applies `batch` atomically. Inserting a present quad or deleting an
  // absent one changes nothing, statistics included.
  virtual Result<ApplyResult> Apply(const QuadBatch& batch) = 0;

  // Starts a bulk load; only one may be open at a time per store.
  virtual Result<std::unique_ptr<BulkLoad>> StartBulkLoad(
      const BulkLoadOptions& options) = 0;

  // Deletes a dataset and all quads of its graphs, atomically. NotFound if
  // there is no such dataset.
  virtual Result<uint64_t> DropDataset(const std::string& name) = 0;

  // Small persistent settings (e.g. the shell's prefixes), kept in the
  // database. GetSetting returns NotFound for a missing key.
  virtual Status PutSetting(const std::string& key, const std::string& value) = 0;
  virtual Result<std::string> GetSetting(const std::string& key) const = 0;

  // Verifies that every index holds the same quads and that the statistics
  // match them. Returns OK, or Corruption listing what disagrees.
  virtual Status Check() const = 0;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_QUAD_STORE_H_
