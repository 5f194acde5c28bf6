// Opening the database a command works on, and creating the default one:
// the first time the default location is used, a database is created there
// with the story (embedded in the binary) loaded as dataset
// "kadhimi-drone-attack-2021" and the story's prefixes declared.

#ifndef SPOKE_SHELL_DEFAULT_DATABASE_H_
#define SPOKE_SHELL_DEFAULT_DATABASE_H_

#include <memory>
#include <string>

#include "shell/paths.h"
#include "spoke/database.h"

namespace spoke::shell {

inline constexpr char kStoryDataset[] = "kadhimi-drone-attack-2021";

// Opens the database chosen by `db_flag` / `env` (read-only if asked).
// Creates and seeds the default database if it does not exist yet; if
// seeding fails, the half-made directory is removed and the error returned.
// Sets *path to the directory opened. `cache_bytes` 0: the default cache.
Result<std::unique_ptr<Database>> OpenDatabase(const std::string& db_flag,
                                               bool read_only,
                                               size_t cache_bytes,
                                               const Environment& env,
                                               std::string* path);

// Loads the embedded story into `db` and declares its prefixes.
// InvalidArgument if this binary was built without the story file.
Status SeedStory(Database* db);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_DEFAULT_DATABASE_H_
