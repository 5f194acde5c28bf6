// Where the shell keeps things: the database directory chosen from --db,
// $SPOKE_DB or the user's data directory, and the history file.
// Plain functions of their inputs (the environment is passed in), so they
// are unit-tested directly.

#ifndef SPOKE_SHELL_PATHS_H_
#define SPOKE_SHELL_PATHS_H_

#include <string>

#include "spoke/status.h"

namespace spoke::shell {

// The environment variables the shell reads; a null pointer is unset.
struct Environment {
  const char* spoke_db = nullptr;       // $SPOKE_DB
  const char* xdg_data_home = nullptr;  // $XDG_DATA_HOME
  const char* home = nullptr;           // $HOME

  // The current process's environment.
  static Environment Current();
};

// The user's data directory for Spoke: $XDG_DATA_HOME/spoke, else
// $HOME/.local/share/spoke. InvalidArgument if neither is set (or they are
// relative, which the XDG spec says to ignore).
Result<std::string> DataDirectory(const Environment& env);

struct DatabaseLocation {
  std::string path;
  // True when neither --db nor $SPOKE_DB chose it: the default database,
  // created on first use with the story loaded.
  bool is_default = false;
};

// --db if given, else $SPOKE_DB if set and non-empty, else
// DataDirectory()/default.
Result<DatabaseLocation> ResolveDatabase(const std::string& db_flag,
                                         const Environment& env);

// DataDirectory()/history; empty (no persistent history) if there is no
// data directory.
std::string HistoryPath(const Environment& env);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_PATHS_H_
