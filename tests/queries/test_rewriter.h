// Rewriting a test file's expected parts from actual results
// (SPOKE_REWRITE_TESTS=1), for review with `git diff`.

#ifndef SPOKE_TESTS_QUERIES_TEST_REWRITER_H_
#define SPOKE_TESTS_QUERIES_TEST_REWRITER_H_

#include <map>
#include <string>
#include <vector>

#include "spoke/status.h"
#include "tests/queries/block_runner.h"
#include "tests/queries/test_file.h"

namespace spoke::querytest {

// The file's lines with the header and expected part of each block in
// `changes` (by block index) replaced by the new ones.
std::vector<std::string> ApplyRewrites(
    const TestFile& file, const std::map<size_t, BlockResult>& changes);

// Writes ApplyRewrites(...) back to file.path. kIOError on failure.
Status RewriteTestFile(const TestFile& file,
                       const std::map<size_t, BlockResult>& changes);

}  // namespace spoke::querytest

#endif  // SPOKE_TESTS_QUERIES_TEST_REWRITER_H_
