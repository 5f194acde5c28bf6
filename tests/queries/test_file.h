// TestFile: a parsed query-test file (format: tests/queries/README.md).
//
// Parsing resolves the file's directives (prefix, dataset, option) into
// each block, so a block can be run on its own: its `setup` lists the
// statement blocks before it (since its dataset directive) whose updates it
// depends on. Thread-compatible value types.

#ifndef SPOKE_TESTS_QUERIES_TEST_FILE_H_
#define SPOKE_TESTS_QUERIES_TEST_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/results/prefix_map.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::querytest {

enum class BlockKind {
  kQuery,           // query [ordered] ?v ...
  kAsk,             // ask
  kError,           // error: the query must fail
  kStatementOk,     // statement ok: an update that must succeed
  kStatementError,  // statement error: an update that must fail
};

struct TestBlock {
  BlockKind kind = BlockKind::kQuery;
  int header_line = 0;      // 1-based line of the block header
  bool ordered = false;     // query blocks only
  std::vector<std::string> vars;  // expected column names, without '?'
  std::string query;        // the query or update text
  int query_line = 0;       // 1-based line where the query text starts

  // The expected part, the lines after "----" up to a blank line or EOF.
  // expected_begin..expected_end is that range as 0-based line indexes
  // (end exclusive); without "----" both are -1.
  std::vector<std::vector<Term>> rows;  // kQuery
  bool boolean = false;                 // kAsk
  std::vector<std::string> error_parts; // kError/kStatementError: substrings
  int expected_begin = -1;
  int expected_end = -1;

  // Directives in force at this block.
  std::string dataset;      // empty: an empty database
  int dataset_epoch = 0;    // changes at each `dataset` directive
  engine::PrefixMap prefixes;  // the file's declared prefixes (for queries)
  bool strict_default_graph = false;
  // Indexes (into TestFile::blocks) of the statement blocks of the same
  // epoch before this block, in order.
  std::vector<size_t> setup;
};

struct TestFile {
  std::string path;          // as given to ParseTestFile
  std::vector<std::string> lines;  // the file's text, for rewriting
  std::vector<TestBlock> blocks;
};

// Parses `text` (the contents of the file `path`). Errors are
// kInvalidArgument "PATH:LINE: what is wrong".
Result<TestFile> ParseTestFile(std::string_view text, std::string path);
// Reads and parses a file. kIOError if it cannot be read.
Result<TestFile> ReadTestFile(const std::string& path);

// The prefix map used for expected terms: the block's prefixes plus rdf:,
// rdfs:, xsd: (which are always declared there).
engine::PrefixMap ExpectedTermPrefixes(const engine::PrefixMap& declared);

}  // namespace spoke::querytest

#endif  // SPOKE_TESTS_QUERIES_TEST_FILE_H_
