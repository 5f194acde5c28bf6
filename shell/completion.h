// Tab completion for the shell: which words may replace the one under the
// cursor. Keywords and built-in functions, declared prefixes ("ex:"),
// the database's predicates (as prefix:local under a declared prefix, or
// as <full-iri>), variables already typed in the statement, dot-commands
// at the start of a line and their fixed arguments.
//
// Plain functions without a database, so they are unit-tested directly.

#ifndef SPOKE_SHELL_COMPLETION_H_
#define SPOKE_SHELL_COMPLETION_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spoke::shell {

struct CompletionContext {
  // Declared prefixes: name without ':' -> namespace IRI.
  std::vector<std::pair<std::string, std::string>> prefixes;
  // Predicate IRIs of the database (most frequent first).
  std::vector<std::string> predicates;
  // Earlier lines of the statement being typed (for variable names).
  std::string pending_text;
  // True if no statement is pending, so a leading '.' is a dot-command.
  bool at_statement_start = true;
};

// The word the cursor is in: the longest suffix of `before_cursor` without
// whitespace or any of "{}(),;".
std::string_view CompletionWord(std::string_view before_cursor);

// Sorted, distinct full replacements for CompletionWord(before_cursor).
// Keywords match case-insensitively and come back in the case the user
// typed (lowercase if the word is all lowercase). An empty word completes
// nothing.
std::vector<std::string> CompletionCandidates(std::string_view before_cursor,
                                              const CompletionContext& ctx);

// The longest common prefix of `words` (byte-wise, never splitting a UTF-8
// sequence); empty for no words.
std::string CommonPrefix(const std::vector<std::string>& words);

// The dot-commands, with a leading '.'.
const std::vector<std::string>& DotCommandNames();

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_COMPLETION_H_
