// Workload: the deterministic stream of writes the crash test runs.
//
// Operation i is one commit: a LoadText of an N-Quads chunk into its own
// dataset, a WriteBatch (inserts plus deletes of an earlier load's quads),
// or a SPARQL INSERT DATA / DELETE DATA. The same numbering drives the
// driver (which writes) and the checker (which models the expected state).
//
// Thread safety: stateless; all functions may be called from any thread.
#ifndef SPOKE_TESTS_CRASH_WORKLOAD_H_
#define SPOKE_TESTS_CRASH_WORKLOAD_H_

#include <set>
#include <string>

#include "spoke/database.h"

namespace spoke::crash {

// The state the checker compares: every quad as "s p o g" text, and the
// dataset names.
struct ModelState {
  std::set<std::string> quads;
  std::set<std::string> datasets;
  friend bool operator==(const ModelState&, const ModelState&) = default;
};

class Workload {
 public:
  // Runs operation `op` against `db` as one commit.
  static Status Run(Database* db, int op);
  // Applies operation `op` to `model`.
  static void Model(int op, ModelState* model);
  // Reads the state of `db` (all quads of named graphs, dataset names).
  static Result<ModelState> Read(Database* db);
  // A one-line description of operation `op`, for failure messages.
  static std::string Describe(int op);
};

}  // namespace spoke::crash

#endif  // SPOKE_TESTS_CRASH_WORKLOAD_H_
