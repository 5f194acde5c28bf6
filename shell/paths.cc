#include "shell/paths.h"

#include <cstdlib>

namespace spoke::shell {

namespace {

bool IsAbsolute(const char* p) { return p != nullptr && p[0] == '/'; }

}  // namespace

Environment Environment::Current() {
  Environment env;
  env.spoke_db = std::getenv("SPOKE_DB");
  env.xdg_data_home = std::getenv("XDG_DATA_HOME");
  env.home = std::getenv("HOME");
  return env;
}

Result<std::string> DataDirectory(const Environment& env) {
  if (IsAbsolute(env.xdg_data_home)) return std::string(env.xdg_data_home) + "/spoke";
  if (IsAbsolute(env.home)) return std::string(env.home) + "/.local/share/spoke";
  return Status::InvalidArgument(
      "no data directory: set HOME or XDG_DATA_HOME, or pass --db DIR");
}

Result<DatabaseLocation> ResolveDatabase(const std::string& db_flag,
                                         const Environment& env) {
  if (!db_flag.empty()) return DatabaseLocation{db_flag, false};
  if (env.spoke_db != nullptr && env.spoke_db[0] != '\0') {
    return DatabaseLocation{env.spoke_db, false};
  }
  Result<std::string> dir = DataDirectory(env);
  if (!dir.ok()) return dir.status();
  return DatabaseLocation{*dir + "/default", true};
}

std::string HistoryPath(const Environment& env) {
  Result<std::string> dir = DataDirectory(env);
  return dir.ok() ? *dir + "/history" : std::string();
}

}  // namespace spoke::shell
