// The interactive shell: prompts, line editing, history and completion at
// a terminal; with a pipe on stdin, statements are read from it without
// prompts or colours.

#ifndef SPOKE_SHELL_REPL_H_
#define SPOKE_SHELL_REPL_H_

#include <string>

#include "spoke/database.h"

namespace spoke::shell {

// Runs the shell on `db` (opened from `db_path`) until .quit, Ctrl-D or the
// end of input. `history_path` may be empty. Returns the exit status: 0, or
// 1 if input came from a pipe and a statement failed.
int RunShell(Database* db, const std::string& db_path,
             const std::string& history_path);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_REPL_H_
