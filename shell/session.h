// Session: the state of one shell run (the open database, declared
// prefixes, output format and destination, timer) and the work common to
// the interactive prompt, piped input and `.read`: cutting lines into
// statements, running them, printing results and errors, loading files.
//
// Errors are printed to stderr and counted; the session carries on.
// Not thread-safe (one per process).

#ifndef SPOKE_SHELL_SESSION_H_
#define SPOKE_SHELL_SESSION_H_

#include <fstream>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/results/prefix_map.h"
#include "shell/completion.h"
#include "shell/result_printer.h"
#include "shell/statement_splitter.h"
#include "spoke/database.h"

namespace spoke::shell {

class Session {
 public:
  // `db` must outlive the session. `interactive`: a person at a terminal
  // (colours, timer and row cap on by default).
  Session(Database* db, bool interactive);

  // Reads the declared prefixes kept in the database (setting
  // "shell.prefixes"); a database without them gets the standard ones.
  Status LoadPrefixes();
  // Declares `name:` for `iri` and stores the list in the database.
  Status AddPrefix(const std::string& name, const std::string& iri);
  const engine::PrefixMap& prefixes() const { return prefixes_; }

  // Handles one input line: a dot-command (when no statement is pending) or
  // statement text fed to `splitter`, running each completed statement.
  // Returns false once `.quit` was given.
  bool HandleLine(std::string_view line, StatementSplitter* splitter);
  // End of input: runs the pending statement, if any.
  void FinishInput(StatementSplitter* splitter);
  // Runs every line of `in` (no prompts); false if `.quit` was given.
  bool RunScript(std::istream& in);
  // `.read FILE`: runs the statements of a file (nested reads are limited).
  // Sets *quit if the file said `.quit`.
  Status ReadFile(const std::string& path, bool* quit);

  // Prepares and runs one statement, printing its result or its error.
  Status RunStatement(const std::string& text);
  // Loads files into a dataset with progress and Ctrl-C, printing a summary.
  Status Load(const std::vector<std::string>& paths, LoadOptions options);

  // Prints `status` to stderr (with its caret context) and counts it.
  void ReportError(const Status& status);
  int errors() const { return errors_; }

  // What tab completion needs: prefixes, predicates (cached from Stats,
  // refreshed after writes) and the pending statement text.
  CompletionContext Completion(const StatementSplitter& splitter);

  Database* db() { return db_; }
  bool interactive() const { return interactive_; }
  std::ostream& out() { return file_out_ ? *file_out_ : *out_; }
  // Sends results to `path` (empty: back to stdout).
  Status SetOutput(const std::string& path);
  PrintOptions& print_options() { return print_; }
  // Print options with the current prefixes and output stream filled in.
  PrintOptions CurrentPrintOptions();
  void set_timer(bool on) { print_.show_time = on; }
  void MarkWritten() { predicates_stale_ = true; }

 private:
  Database* db_;
  bool interactive_;
  engine::PrefixMap prefixes_;
  PrintOptions print_;
  std::ostream* out_;
  std::unique_ptr<std::ofstream> file_out_;
  std::vector<std::string> predicates_;
  bool predicates_stale_ = true;
  int errors_ = 0;
  int read_depth_ = 0;
};

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_SESSION_H_
