// Reading and writing the terms of expected rows in query-test files:
// N-Triples / Turtle syntax, see tests/queries/README.md.

#ifndef SPOKE_TESTS_QUERIES_EXPECTED_TERM_H_
#define SPOKE_TESTS_QUERIES_EXPECTED_TERM_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/results/prefix_map.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::querytest {

// Parses one field: <iri>, prefix:local, _:label, "text", "text"@lang,
// "text"^^<dt>, "text"^^prefix:local, 42, 1.5, 1.0e0, true, false; an empty
// field or UNDEF is unbound (a kNone term). kInvalidArgument with a terse
// reason if the field is not exactly one term.
Result<Term> ParseExpectedTerm(std::string_view field,
                               const engine::PrefixMap& prefixes);

// Parses one row line: fields separated by single TABs.
Result<std::vector<Term>> ParseExpectedRow(std::string_view line,
                                           const engine::PrefixMap& prefixes);

// A row as a line of the test format (the inverse of ParseExpectedRow):
// Turtle terms shortened with `prefixes`, TABs between; in a row of only
// unbound values the first is written UNDEF (a blank line ends the rows).
std::string FormatExpectedRow(const std::vector<Term>& row,
                              const engine::PrefixMap& prefixes);

}  // namespace spoke::querytest

#endif  // SPOKE_TESTS_QUERIES_EXPECTED_TERM_H_
