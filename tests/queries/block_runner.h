// BlockRunner: runs the blocks of parsed test files against a QueryBackend
// and checks them. It keeps the backend's database between blocks of the
// same file and dataset, so running a file's blocks in order loads each
// dataset once; running one block alone first loads its dataset and
// replays the `statement ok` blocks before it. Not thread-safe.

#ifndef SPOKE_TESTS_QUERIES_BLOCK_RUNNER_H_
#define SPOKE_TESTS_QUERIES_BLOCK_RUNNER_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tests/queries/query_backend.h"
#include "tests/queries/test_file.h"

namespace spoke::querytest {

struct BlockResult {
  bool passed = false;
  std::string failure;  // why it failed, for the test log
  // With rewriting on and a mismatch: the new text of the block's header
  // line and of its expected part (lines), to write back into the file.
  std::optional<std::string> new_header;
  std::optional<std::vector<std::string>> new_expected;
};

// Finds the RDF files of dataset `name`: every *.nt, *.nq, *.ttl, *.trig
// file of <root>/datasets/NAME/ or <root>/tests/queries/data/NAME.EXT.
// kNotFound if there are none.
Result<std::vector<std::string>> FindDatasetFiles(const std::string& root,
                                                  const std::string& name);

class BlockRunner {
 public:
  // `root` is the repository root; `backend` must outlive the runner.
  BlockRunner(std::string root, QueryBackend* backend, bool rewrite)
      : root_(std::move(root)), backend_(backend), rewrite_(rewrite) {}

  // Runs block `index` of `file` (which must stay alive and unchanged while
  // the runner refers to it) and checks the outcome.
  BlockResult Run(const TestFile& file, size_t index);

 private:
  Status Prepare(const TestFile& file, size_t index);
  BlockResult Check(const TestBlock& block,
                    const Result<QueryOutcome>& outcome);

  std::string root_;
  QueryBackend* backend_;
  bool rewrite_;
  // The state of the backend's database: which file and epoch, and the
  // last block of it that ran.
  const TestFile* file_ = nullptr;
  int epoch_ = -1;
  std::optional<size_t> last_;
};

}  // namespace spoke::querytest

#endif  // SPOKE_TESTS_QUERIES_BLOCK_RUNNER_H_
