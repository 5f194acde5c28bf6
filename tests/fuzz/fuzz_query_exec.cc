// FuzzQueryExec: parser + planner + executor through the public API.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "spoke/database.h"
#include "tests/fuzz/fuzz_targets.h"

namespace spoke::fuzz {
namespace {

constexpr char kData[] = R"(
<http://x/alice> <http://x/knows> <http://x/bob> <http://x/g1> .
<http://x/bob> <http://x/knows> <http://x/carol> <http://x/g1> .
<http://x/alice> <http://x/age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x/g1> .
<http://x/bob> <http://x/age> "3.5"^^<http://www.w3.org/2001/XMLSchema#decimal> <http://x/g2> .
<http://x/carol> <http://x/name> "Carol"@en <http://x/g2> .
<http://x/carol> <http://x/name> "كارول"@ar .
_:b1 <http://x/born> "2021-11-07T01:30:00+03:00"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
<http://x/bob> <http://x/ok> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<http://x/alice> <http://x/score> "1e3"^^<http://www.w3.org/2001/XMLSchema#double> <http://x/g2> .
)";

Database* Db() {
  static Database* db = [] {
    std::string dir = (std::filesystem::temp_directory_path() /
                       ("spoke-fuzz-exec-" + std::to_string(getpid())))
                          .string();
    std::filesystem::remove_all(dir);
    Options options;
    options.sync_writes = false;
    options.cache_bytes = 4 << 20;
    auto opened = Database::Open(options, dir);
    if (!opened.ok()) std::abort();
    LoadOptions lo;
    lo.dataset = "fuzz";
    lo.has_format = true;
    lo.format = RdfFormat::kNQuads;
    if (!(*opened)->LoadText(kData, "fuzz.nq", lo).ok()) std::abort();
    // The directory goes away with the process; RocksDB keeps its files
    // open, so removing it at exit is safe.
    static std::string cleanup = dir;
    std::atexit([] { std::filesystem::remove_all(cleanup); });
    return opened->release();
  }();
  return db;
}

}  // namespace

int FuzzQueryExec(const uint8_t* data, size_t size) {
  Database* db = Db();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto q = db->Prepare(text);
  if (!q.ok()) return 0;
  // Updates would change the database under later inputs and make crashes
  // irreproducible: they are prepared (parsed, checked) but not run.
  if (q->is_update()) return 0;
  ExecuteOptions eo;
  eo.timeout_ms = 200;
  eo.memory_limit_bytes = 8 << 20;
  auto cur = q->Execute(eo);
  if (!cur.ok()) return 0;
  int rows = 0;
  for (; cur->Valid() && rows < 1000; cur->Next(), ++rows) {
    for (const Term& t : cur->row()) (void)t.value().size();
  }
  cur->status().IgnoreError();
  return 0;
}

}  // namespace spoke::fuzz
