// The QueryBackend over Spoke itself, through the public API
// (include/spoke/): the tests then exercise exactly what embedders and the
// shell use, including the loader's policy for datasets and graphs.

#include <filesystem>
#include <system_error>

#include "spoke/spoke.h"
#include "tests/queries/query_backend.h"

namespace spoke::querytest {

namespace {

namespace fs = std::filesystem;

class EngineBackend : public QueryBackend {
 public:
  explicit EngineBackend(fs::path dir) : dir_(std::move(dir)) {}
  ~EngineBackend() override {
    db_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  Status Reset() override {
    db_.reset();
    std::error_code ec;
    fs::remove_all(dir_ / "db", ec);
    if (ec) return Status::IOError("cannot remove " + (dir_ / "db").string());
    Options options;
    options.sync_writes = false;  // tests need no durability
    options.load_memory_budget = size_t{64} << 20;
    options.cache_bytes = size_t{8} << 20;
    auto db = Database::Open(options, (dir_ / "db").string());
    if (!db.ok()) return db.status();
    db_ = std::move(*db);
    return Status::OK();
  }

  Status Load(const std::vector<std::string>& paths,
              const std::string& name) override {
    if (!db_) return Status::Internal("query test backend: Load before Reset");
    LoadOptions options;
    options.dataset = name;
    return db_->Load(paths, options).status();
  }

  Result<QueryOutcome> Run(const std::string& text,
                           const RunOptions& run) override {
    if (!db_) return Status::Internal("query test backend: Run before Reset");
    PrepareOptions prepare;
    for (const auto& [prefix, ns] : run.prefixes.entries()) {
      prepare.prefixes[prefix] = ns;
    }
    auto prepared = db_->Prepare(text, prepare);
    if (!prepared.ok()) return prepared.status();
    ExecuteOptions execute;
    execute.strict_default_graph = run.strict_default_graph;
    execute.timeout_ms = 60'000;  // a hung query fails instead of hanging ctest
    auto cursor = prepared->Execute(execute);
    if (!cursor.ok()) return cursor.status();
    QueryOutcome out;
    switch (cursor->kind()) {
      case Cursor::Kind::kRows:
        out.kind = QueryOutcome::Kind::kRows;
        out.vars = cursor->columns();
        for (; cursor->Valid(); cursor->Next()) out.rows.push_back(cursor->row());
        break;
      case Cursor::Kind::kBoolean:
        out.kind = QueryOutcome::Kind::kBoolean;
        out.boolean = cursor->boolean();
        break;
      case Cursor::Kind::kUpdate:
        out.kind = QueryOutcome::Kind::kUpdate;
        break;
      case Cursor::Kind::kExplain:
        return Status::InvalidArgument(
            "query tests cannot check EXPLAIN output");
    }
    if (!cursor->status().ok()) return cursor->status();
    return out;
  }

 private:
  fs::path dir_;
  std::unique_ptr<Database> db_;
};

}  // namespace

Result<std::unique_ptr<QueryBackend>> NewEngineBackend(
    const std::string& scratch_dir) {
  std::error_code ec;
  fs::create_directories(scratch_dir, ec);
  if (ec) return Status::IOError("cannot create " + scratch_dir);
  return std::unique_ptr<QueryBackend>(
      std::make_unique<EngineBackend>(scratch_dir));
}

}  // namespace spoke::querytest
