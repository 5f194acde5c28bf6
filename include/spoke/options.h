// Options for opening a Spoke database, running queries and loading files.

#ifndef SPOKE_OPTIONS_H_
#define SPOKE_OPTIONS_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace spoke {

// How Database::Open behaves. The defaults suit an interactive user.
struct Options {
  // Create the database directory if it does not exist.
  bool create_if_missing = true;
  // Fail if the database already exists.
  bool error_if_exists = false;
  // Open without taking the writer lock; every write then fails with
  // kInvalidArgument. Several read-only handles may share a directory, but
  // not with a writer: while any process (this one included) has it open
  // for writing, a read-only open fails with kBusy (docs/durability.md).
  bool read_only = false;
  // Bytes of RocksDB block cache (uncompressed index and dictionary
  // blocks; memory is taken only as blocks are read). At 10M quads 256 MiB
  // against 64 makes seek-bound queries 2-7x faster (docs/performance.md).
  size_t cache_bytes = size_t{256} << 20;
  // Memory a bulk load may use before spilling sorted runs to disk.
  size_t load_memory_budget = size_t{1} << 30;
  // fsync the write-ahead log at every commit (durable on power loss).
  bool sync_writes = true;
  // The default graph of a query: true = the union of all graphs (so the
  // story's per-sentence graphs answer plain patterns); false = only the
  // unnamed default graph, as SPARQL and the W3C test suites define it.
  // A query may override this (ExecuteOptions::strict_default_graph).
  bool union_default_graph = true;
};

// Per-execution options of a prepared query.
struct ExecuteOptions {
  // 0: no time limit. Past it, the cursor's status becomes kTimedOut.
  uint32_t timeout_ms = 0;
  // If set, storing true from any thread cancels the execution (kCancelled).
  // Must outlive the cursor.
  const std::atomic<bool>* cancel = nullptr;
  // Use only the unnamed default graph as the query's default graph, even if
  // the database's union_default_graph is true.
  bool strict_default_graph = false;
  // 0: unlimited. Memory that sorting, grouping and DISTINCT may hold; past
  // it the cursor fails with kResourceExhausted.
  size_t memory_limit_bytes = size_t{1} << 30;
};

// Options for parsing a query.
struct PrepareOptions {
  // Prefixes usable without a PREFIX declaration (prefix -> namespace IRI).
  std::map<std::string, std::string> prefixes;
  // Base IRI for relative IRIs when the query has no BASE.
  std::string base_iri;
  // Longest query text accepted, in bytes; longer is kInvalidArgument
  // before any parsing. 0 = no limit. Bulk data belongs in Load/LoadText,
  // not in INSERT DATA.
  uint64_t max_query_bytes = uint64_t{16} << 20;
};

enum class RdfFormat : uint8_t { kNTriples, kNQuads, kTurtle, kTriG };

// Progress of a running load. Called from the loading thread.
struct LoadProgress {
  uint64_t bytes_done = 0;
  uint64_t bytes_total = 0;  // 0 if unknown (standard input, text)
  uint64_t quads = 0;
};

struct LoadOptions {
  // The dataset the load creates. Empty: derived from the first file's
  // name (without directories and extensions).
  std::string dataset;
  // Replace an existing dataset of that name atomically (otherwise loading
  // into an existing dataset name is an error).
  bool replace = false;
  // Put the triples of a triples file (N-Triples, Turtle), and statements
  // outside graph blocks in N-Quads/TriG, into this named graph. Empty: the
  // graph named after the dataset (see docs), unless default_graph is set.
  std::string graph_iri;
  // Put those triples into the unnamed default graph instead.
  bool default_graph = false;
  // Base IRI for relative IRIs. Empty: the file's own location.
  std::string base_iri;
  // Format; unset = chosen by file extension (.nt .nq .ttl .trig, +.gz).
  bool has_format = false;
  RdfFormat format = RdfFormat::kNQuads;
  // Load the valid statements and report each invalid one through
  // on_error instead of failing the whole load.
  bool skip_invalid = false;
  std::function<void(const std::string& error)> on_error;
  std::function<void(const LoadProgress&)> on_progress;
  const std::atomic<bool>* cancel = nullptr;
};

}  // namespace spoke

#endif  // SPOKE_OPTIONS_H_
