// Query corpora shared by the parse tests.

#ifndef SPOKE_TESTS_UNIT_PARSE_CORPUS_H_
#define SPOKE_TESTS_UNIT_PARSE_CORPUS_H_

#include <string>
#include <vector>

namespace spoke::engine::testing {

// Valid statements of Spoke's subset, at least one per construct.
const std::vector<std::string>& ValidCorpus();
// Valid SPARQL 1.1 outside the subset; Parse must answer kNotSupported.
const std::vector<std::string>& UnsupportedCorpus();

}  // namespace spoke::engine::testing

#endif  // SPOKE_TESTS_UNIT_PARSE_CORPUS_H_
