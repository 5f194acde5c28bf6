// Comparing a query's actual rows with a test block's expected rows.
//
// Terms compare as RDF terms (exact lexical form, datatype and language), so
// expected 42 matches only "42"^^xsd:integer. Blank nodes match blank nodes
// through one consistent bijection between expected and actual labels
// across the whole result. Unordered comparison is a multiset comparison.

#ifndef SPOKE_TESTS_QUERIES_RESULT_COMPARE_H_
#define SPOKE_TESTS_QUERIES_RESULT_COMPARE_H_

#include <string>
#include <vector>

#include "engine/results/prefix_map.h"
#include "spoke/term.h"

namespace spoke::querytest {

using Rows = std::vector<std::vector<Term>>;

struct Comparison {
  bool equal = false;
  // When not equal: a readable explanation (missing and unexpected rows in
  // test-file syntax, or the first differing position when ordered).
  std::string explanation;
};

// Compares rows. REQUIRES: every row of both has the same width.
// `prefixes` shortens IRIs in the explanation.
Comparison CompareRows(const Rows& expected, const Rows& actual, bool ordered,
                       const engine::PrefixMap& prefixes);

}  // namespace spoke::querytest

#endif  // SPOKE_TESTS_QUERIES_RESULT_COMPARE_H_
