// StatementSplitter: cuts the lines a user types (or a script holds) into
// statements. A statement is complete when its brackets ({} () []) balance
// and it ends with ';' (the ';' is not part of the statement), or when an
// empty line follows it. Semicolons, brackets and '#' inside strings
// ('…', "…", '''…''', """…"""), IRIs (<…>) and comments (# to the end of
// the line) do not count. A '<' starts an IRI only if an IRI reference
// closes on the same line (otherwise it is the less-than operator).
//
// A plain value type without a database, so it is unit-tested directly.
// Not thread-safe.

#ifndef SPOKE_SHELL_STATEMENT_SPLITTER_H_
#define SPOKE_SHELL_STATEMENT_SPLITTER_H_

#include <string>
#include <string_view>
#include <vector>

namespace spoke::shell {

class StatementSplitter {
 public:
  // Adds one line (without its newline) and returns the statements it
  // completed, in order, each trimmed of surrounding whitespace. Text
  // consisting only of whitespace and comments is never returned.
  std::vector<std::string> AddLine(std::string_view line);

  // True if text other than whitespace and comments is waiting for more
  // lines (the shell then shows its continuation prompt).
  bool pending() const { return has_content_; }
  // The pending text (lines so far, each ending in a newline).
  const std::string& text() const { return buffer_; }
  // True if the pending text ends inside a long string.
  bool in_long_string() const { return state_ == State::kLongString; }

  // Returns the pending statement (empty if none) and forgets it: used at
  // the end of input.
  std::string Flush();
  // Forgets pending text (Ctrl-C at the prompt).
  void Reset();

 private:
  enum class State { kCode, kShortString, kLongString };

  // Scans buffer_ from scanned_ to its end.
  void Scan(std::vector<std::string>* done);
  void Emit(size_t end, std::vector<std::string>* done);

  std::string buffer_;
  size_t scanned_ = 0;
  State state_ = State::kCode;
  char quote_ = 0;  // the quote character of the open string
  int depth_ = 0;   // open brackets; negative if more closed than opened
  bool has_content_ = false;
};

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_STATEMENT_SPLITTER_H_
