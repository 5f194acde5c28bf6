#include "shell/default_database.h"

#include <filesystem>
#include <string_view>
#include <system_error>

#include "shell/prefix_setting.h"

namespace spoke::shell {

// Generated at build time from datasets/kadhimi-drone-attack-2021/story.trig
// (shell/embed_file.cmake).
extern const unsigned char kStoryTrig[];
extern const unsigned long kStoryTrig_size;

namespace fs = std::filesystem;

Status SeedStory(Database* db) {
  if (kStoryTrig_size == 0) {
    return Status::InvalidArgument(
        "this spoke was built without the story dataset (re-run cmake once "
        "datasets/kadhimi-drone-attack-2021/story.trig exists)");
  }
  std::string_view story(reinterpret_cast<const char*>(kStoryTrig), kStoryTrig_size);
  LoadOptions options;
  options.dataset = kStoryDataset;
  options.has_format = true;
  options.format = RdfFormat::kTriG;
  Result<LoadSummary> loaded = db->LoadText(story, "story.trig", options);
  if (!loaded.ok()) return loaded.status();
  engine::PrefixMap prefixes = engine::PrefixMap::Standard();
  AddDeclaredPrefixes(story, &prefixes);
  return db->PutSetting(kPrefixesSetting, EncodePrefixes(prefixes));
}

namespace {

Status CreateDefault(const std::string& path) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) {
    return Status::IOError("cannot create '" + fs::path(path).parent_path().string() +
                           "': " + ec.message());
  }
  Options options;
  options.create_if_missing = true;
  options.error_if_exists = true;
  Result<std::unique_ptr<Database>> db = Database::Open(options, path);
  if (!db.ok()) return db.status();
  Status seeded = SeedStory(db->get());
  db->reset();
  if (!seeded.ok()) {
    // Leave nothing half made: the next run tries again.
    fs::remove_all(path, ec);
    return seeded.WithPrefix("cannot create the default database: ");
  }
  return Status::OK();
}

}  // namespace

Result<std::unique_ptr<Database>> OpenDatabase(const std::string& db_flag,
                                               bool read_only,
                                               size_t cache_bytes,
                                               const Environment& env,
                                               std::string* path) {
  Result<DatabaseLocation> where = ResolveDatabase(db_flag, env);
  if (!where.ok()) return where.status();
  *path = where->path;
  std::error_code ec;
  if (where->is_default && !fs::exists(where->path, ec)) {
    SPOKE_RETURN_IF_ERROR(CreateDefault(where->path));
  }
  Options options;
  options.read_only = read_only;
  options.create_if_missing = !read_only;
  if (cache_bytes > 0) options.cache_bytes = cache_bytes;
  Result<std::unique_ptr<Database>> db = Database::Open(options, where->path);
  if (!db.ok()) return db.status().WithPrefix(where->path + ": ");
  return db;
}

}  // namespace spoke::shell
