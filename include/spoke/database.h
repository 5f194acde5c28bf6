// Database: an open Spoke database directory.
//
//   auto db = spoke::Database::Open(spoke::Options(), "/path/to/db");
//   if (!db.ok()) { report(db.status()); }
//   auto q = (*db)->Prepare("SELECT ?s WHERE { ?s ?p ?o } LIMIT 10");
//   auto cur = q->Execute();
//   for (; cur->Valid(); cur->Next()) use(cur->row());
//   if (!cur->status().ok()) { report(cur->status()); }
//
// Thread safety: a Database may be shared by any number of threads. Queries
// run on snapshots and never see half of a write; writes (loads, updates,
// drops) are serialised, one at a time. Only one process may open a
// directory for writing; a second gets kBusy.
//
// Lifetime: closing is destruction. Every PreparedQuery and Cursor must be
// destroyed before the Database that made them.

#ifndef SPOKE_DATABASE_H_
#define SPOKE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "spoke/cursor.h"
#include "spoke/options.h"
#include "spoke/query.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke {

// A set of quad inserts and deletes that Database::Apply makes visible all
// at once. Later operations on the same quad win. A plain value: copyable,
// no link to any Database; one object needs external synchronisation.
class WriteBatch {
 public:
  // Adds an insert / delete of `quad` (a graph of kind kNone is the unnamed
  // default graph). Nothing is checked here: Apply rejects a malformed quad
  // (kInvalidArgument).
  void Insert(Quad quad);
  void Delete(Quad quad);
  // Removes every quad of `graph` (kNone: the default graph).
  void ClearGraph(Term graph);
  // The number of operations added.
  size_t size() const { return ops_.size(); }

  enum class Op : uint8_t { kInsert, kDelete, kClearGraph };
  struct Entry {
    Op op;
    Quad quad;
  };
  const std::vector<Entry>& entries() const { return ops_; }

 private:
  std::vector<Entry> ops_;
};

// One loaded dataset, as Database::Datasets lists it.
struct DatasetInfo {
  std::string name;
  std::vector<Term> graphs;  // the named graphs it owns
  std::string source;        // the files it was loaded from
  int64_t loaded_at_unix_ms = 0;
  uint64_t quads = 0;
};

// Exact counts for one predicate (kept in step with every write).
struct PredicateStatistics {
  Term predicate;
  uint64_t quads = 0;
  uint64_t triples = 0;  // distinct (s, p, o) over all graphs
  uint64_t distinct_subjects = 0;
  uint64_t distinct_objects = 0;
};

// Exact totals, as Database::Stats returns them.
struct Statistics {
  uint64_t quads = 0;
  uint64_t triples = 0;
  uint64_t datasets = 0;
  std::vector<PredicateStatistics> predicates;  // most frequent first
};

// What a load did. quads_new counts quads that were not already stored.
struct LoadSummary {
  std::string dataset;
  uint64_t quads_read = 0;
  uint64_t quads_new = 0;
  uint64_t duplicates = 0;
  uint64_t invalid_skipped = 0;
  double seconds = 0;
};

// What Database::Dump writes.
struct DumpOptions {
  // At most one of dataset and graph_iri; neither = the whole database.
  std::string dataset;
  std::string graph_iri;
  RdfFormat format = RdfFormat::kNQuads;
};

// An open database. Open() returns it; destroying it closes it. All methods
// are thread-safe (see the top of this file); none throws.
class Database {
 public:
  // Opens (or, with create_if_missing, creates) the database in directory
  // `path`. Errors: kIOError, kBusy (open for writing elsewhere),
  // kCorruption (damaged, or written by an unknown format version),
  // kInvalidArgument (bad options).
  static Result<std::unique_ptr<Database>> Open(const Options& options,
                                                const std::string& path);

  virtual ~Database();

  // Parses and checks a query or update. Errors: kSyntaxError,
  // kSemanticError, kNotSupported — each with a SourceSpan and a context
  // showing the query line with a caret (empty text and invalid UTF-8
  // are errors too); kInvalidArgument for a text longer than
  // options.max_query_bytes (default 16 MiB). Parses are cached: preparing the same text again is
  // cheap. The PreparedQuery is the caller's; it must not outlive this
  // Database. Parsing is serialised internally (the ANTLR 4.9 runtime is not
  // thread-safe), so many threads preparing new texts queue briefly.
  virtual Result<PreparedQuery> Prepare(std::string_view text,
                                        const PrepareOptions& options = {}) = 0;

  // Prepare + Execute in one call: the errors of both. The Cursor is the
  // caller's and must not outlive this Database.
  Result<Cursor> Query(std::string_view text,
                       const ExecuteOptions& options = {});

  // Loads RDF files into one dataset, atomically: all files load or none;
  // concurrent queries see the database before or after, never between.
  // Returns what was loaded. Errors: kSyntaxError naming FILE:LINE:COLUMN,
  // kNotFound / kIOError for unreadable files, kInvalidArgument if the
  // dataset exists and options.replace is false or the database is
  // read-only, kCancelled via options.cancel. Callbacks in `options` are
  // called on this thread, before Load returns.
  virtual Result<LoadSummary> Load(const std::vector<std::string>& paths,
                                   const LoadOptions& options) = 0;
  // Loads RDF text from memory, like Load; `name` is used in error
  // messages and `text` is only read during the call.
  // REQUIRES: options.has_format (else kInvalidArgument).
  virtual Result<LoadSummary> LoadText(std::string_view text,
                                       std::string_view name,
                                       const LoadOptions& options) = 0;

  // The datasets, by name. Errors: kIOError, kCorruption.
  virtual Result<std::vector<DatasetInfo>> Datasets() = 0;
  // Removes a dataset and all its quads atomically; returns the number of
  // quads removed. kNotFound if there is no such dataset.
  virtual Result<uint64_t> DropDataset(const std::string& name) = 0;

  // Applies a batch atomically; returns (inserted, deleted): quads that
  // actually changed (re-inserting a stored quad counts 0). Errors:
  // kInvalidArgument (read-only database, a malformed quad such as a
  // literal subject), kIOError. On error nothing is applied.
  virtual Result<std::pair<uint64_t, uint64_t>> Apply(const WriteBatch& batch) = 0;

  // Exact counts (one snapshot). Errors: kIOError, kCorruption.
  virtual Result<Statistics> Stats() = 0;

  // Writes quads in the given format to `out`, from one snapshot. Errors:
  // kNotFound (no such dataset), kInvalidArgument (both dataset and
  // graph_iri), kIOError (the stream failed).
  virtual Status Dump(const DumpOptions& options, std::ostream& out) = 0;

  // Verifies that all indexes agree with each other and with the
  // statistics. OK, or kCorruption describing each problem.
  virtual Status Check() = 0;

  // Small persistent settings kept in the database (the shell keeps its
  // declared prefixes here). PutSetting: kInvalidArgument on a read-only
  // database. GetSetting: kNotFound if absent.
  virtual Status PutSetting(const std::string& key, const std::string& value) = 0;
  virtual Result<std::string> GetSetting(const std::string& key) = 0;

  // The library version, e.g. "0.1.0"; a static string.
  static const char* Version();
};

}  // namespace spoke

#endif  // SPOKE_DATABASE_H_
