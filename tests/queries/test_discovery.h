// Finding the query-test files of the repository.

#ifndef SPOKE_TESTS_QUERIES_TEST_DISCOVERY_H_
#define SPOKE_TESTS_QUERIES_TEST_DISCOVERY_H_

#include <string>
#include <vector>

namespace spoke::querytest {

// Every tests/queries/**/*.test and datasets/*/questions.test under `root`
// (plus *.test_slow when `include_slow`), as paths relative to `root`,
// sorted.
std::vector<std::string> DiscoverTestFiles(const std::string& root,
                                           bool include_slow);

// The name a block's test gets: the file relative to tests/queries/ (or to
// the root for dataset questions), ':' and the block's header line.
std::string TestName(const std::string& relative_path, int line);

}  // namespace spoke::querytest

#endif  // SPOKE_TESTS_QUERIES_TEST_DISCOVERY_H_
