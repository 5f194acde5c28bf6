// The `spoke` command line: which command to run and its options, parsed
// with Boost.Program_options. Global options (--db, --read-only, --help,
// --version) may appear anywhere on the line, before or after the command.
//
// ParseCommandLine is a plain function of the argument list (no database,
// no environment), so it is unit-tested directly.

#ifndef SPOKE_SHELL_CLI_OPTIONS_H_
#define SPOKE_SHELL_CLI_OPTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "spoke/status.h"

namespace spoke::shell {

enum class Command {
  kShell,
  kQuery,
  kLoad,
  kDump,
  kDatasets,
  kDrop,
  kStats,
  kExplain,
  kCheck,
};

// The command's name as typed ("query", ...).
const char* CommandName(Command command);

struct CliOptions {
  Command command = Command::kShell;

  // Global options.
  std::string db;  // empty: $SPOKE_DB, else the default database
  bool read_only = false;
  size_t cache_bytes = 0;  // --cache-mb; 0: Options' default
  // --help / --version: print `help_text` (or the version) and exit 0.
  bool help = false;
  bool version = false;
  std::string help_text;

  // query / explain: exactly one source of text.
  std::string format;  // result format for query, RDF format for load/dump
  uint32_t timeout_ms = 0;
  uint32_t repeat = 0;  // 0: run once, no timing line
  bool strict_default_graph = false;
  bool analyze = false;
  std::string query_text;  // the QUERY argument
  std::string query_file;  // -f FILE
  bool query_stdin = false;  // "-"

  // load
  std::string dataset;
  std::string graph;
  bool default_graph = false;
  std::string base;
  bool replace = false;
  bool skip_invalid = false;
  std::vector<std::string> files;

  // dump
  std::string output;  // -o FILE; empty: stdout

  // drop
  std::string name;
};

// Parses the arguments after the program name. InvalidArgument with a
// terse message for every usage error (unknown command or option, missing
// or surplus arguments, conflicting options, bad values); the caller exits
// with status 2. With --help the result has help = true and help_text set,
// and other usage checks are skipped.
Result<CliOptions> ParseCommandLine(const std::vector<std::string>& args);

// The overall usage text (`spoke --help`).
std::string GeneralHelp();

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_CLI_OPTIONS_H_
