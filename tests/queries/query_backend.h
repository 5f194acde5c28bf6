// QueryBackend: what the query-test harness needs from a database. The
// harness logic (block_runner.h) talks only to this interface, so it is
// unit-tested with a fake; engine_glue.cc implements it over Spoke.

#ifndef SPOKE_TESTS_QUERIES_QUERY_BACKEND_H_
#define SPOKE_TESTS_QUERIES_QUERY_BACKEND_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/results/prefix_map.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::querytest {

struct QueryOutcome {
  enum class Kind { kRows, kBoolean, kUpdate };
  Kind kind = Kind::kRows;
  std::vector<std::string> vars;         // kRows, without '?'
  std::vector<std::vector<Term>> rows;   // kRows
  bool boolean = false;                  // kBoolean
};

struct RunOptions {
  // Prefixes declared by the test file, in force for the query text.
  engine::PrefixMap prefixes;
  // The default graph is only the unnamed graph (not the union of all).
  bool strict_default_graph = false;
};

class QueryBackend {
 public:
  virtual ~QueryBackend() = default;
  // Replaces the database by a fresh, empty one.
  virtual Status Reset() = 0;
  // Loads RDF files (format from the extension) into one dataset `name`.
  virtual Status Load(const std::vector<std::string>& paths,
                      const std::string& name) = 0;
  // Runs a query or update; any error (parse, semantic, execution) is
  // returned as the Status.
  virtual Result<QueryOutcome> Run(const std::string& text,
                                   const RunOptions& options) = 0;
};

// The backend over Spoke's engine and storage (engine_glue.cc). Databases
// are created under `scratch_dir`, which it owns and removes.
Result<std::unique_ptr<QueryBackend>> NewEngineBackend(
    const std::string& scratch_dir);

}  // namespace spoke::querytest

#endif  // SPOKE_TESTS_QUERIES_QUERY_BACKEND_H_
