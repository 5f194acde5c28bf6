// Database::Open and the storage-backed parts of DatabaseImpl: datasets,
// writes, statistics, check and settings.

#include <algorithm>
#include <utility>

#include "engine/api/database_impl.h"
#include "engine/api/writer_guard.h"
#include "engine/exec/query_engine.h"

namespace spoke {

const char* Database::Version() { return SPOKE_VERSION; }

Database::~Database() = default;

Result<Cursor> Database::Query(std::string_view text,
                               const ExecuteOptions& options) {
  Result<PreparedQuery> q = Prepare(text);
  if (!q.ok()) return q.status();
  return q->Execute(options);
}

void WriteBatch::Insert(Quad quad) {
  ops_.push_back({Op::kInsert, std::move(quad)});
}
void WriteBatch::Delete(Quad quad) {
  ops_.push_back({Op::kDelete, std::move(quad)});
}
void WriteBatch::ClearGraph(Term graph) {
  ops_.push_back({Op::kClearGraph, Quad{{}, {}, {}, std::move(graph)}});
}

Result<std::unique_ptr<Database>> Database::Open(const Options& options,
                                                 const std::string& path) {
  if (path.empty()) {
    return Status::InvalidArgument("database path is empty");
  }
  storage::StoreOptions so;
  so.create_if_missing = options.create_if_missing && !options.read_only;
  so.error_if_exists = options.error_if_exists;
  so.read_only = options.read_only;
  so.block_cache_bytes = options.cache_bytes;
  so.bulk_memory_budget = options.load_memory_budget;
  so.sync_writes = options.sync_writes;
  std::unique_ptr<internal::WriterRegistration> writer;
  if (options.read_only) {
    SPOKE_RETURN_IF_ERROR(internal::CheckNoWriter(path));
  } else {
    // Registered before the open so that a read-only probe in another
    // thread never touches the LOCK file this open is about to take.
    writer = std::make_unique<internal::WriterRegistration>(path);
  }
  auto store = storage::QuadStore::Open(so, path);
  if (!store.ok()) return store.status();
  if (options.read_only) {
    // A writer that opened while this open replayed its files may have
    // committed part-way through: refuse rather than risk that view.
    SPOKE_RETURN_IF_ERROR(internal::CheckNoWriter(path));
  }
  return std::unique_ptr<Database>(new internal::DatabaseImpl(
      options, std::move(*store), std::move(writer)));
}

}  // namespace spoke

namespace spoke::internal {

DatabaseImpl::DatabaseImpl(const Options& options,
                           std::unique_ptr<storage::QuadStore> store,
                           std::unique_ptr<WriterRegistration> writer)
    : options_(options),
      writer_(std::move(writer)),
      store_(std::move(store)),
      engine_(std::make_unique<engine::QueryEngine>(store_.get())) {}

DatabaseImpl::~DatabaseImpl() = default;

Status DatabaseImpl::CheckWritable() const {
  if (options_.read_only) {
    return Status::InvalidArgument("database is open read-only");
  }
  return Status::OK();
}

Result<std::vector<DatasetInfo>> DatabaseImpl::Datasets() {
  auto view = store_->NewReadView();
  auto ds = view->Datasets();
  if (!ds.ok()) return ds.status();
  std::vector<DatasetInfo> out;
  out.reserve(ds->size());
  for (storage::DatasetInfo& d : *ds) {
    out.push_back({std::move(d.name), std::move(d.graphs), std::move(d.source),
                   d.loaded_at_unix_ms, d.quads});
  }
  return out;
}

Result<uint64_t> DatabaseImpl::DropDataset(const std::string& name) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  return store_->DropDataset(name);
}

Result<std::pair<uint64_t, uint64_t>> DatabaseImpl::Apply(
    const WriteBatch& batch) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  storage::QuadBatch qb;
  for (const WriteBatch::Entry& e : batch.entries()) {
    switch (e.op) {
      case WriteBatch::Op::kInsert: qb.Insert(e.quad); break;
      case WriteBatch::Op::kDelete: qb.Delete(e.quad); break;
      case WriteBatch::Op::kClearGraph: qb.ClearGraph(e.quad.graph); break;
    }
  }
  auto r = store_->Apply(qb);
  if (!r.ok()) return r.status();
  return std::make_pair(r->inserted, r->deleted);
}

Result<Statistics> DatabaseImpl::Stats() {
  auto view = store_->NewReadView();
  auto st = view->Stats();
  if (!st.ok()) return st.status();
  Statistics out;
  out.quads = st->quads;
  out.triples = st->triples;
  auto ds = view->Datasets();
  if (!ds.ok()) return ds.status();
  out.datasets = ds->size();
  for (const storage::PredicateStats& p : st->predicates) {
    auto term = view->Decode(p.predicate);
    if (!term.ok()) return term.status();
    out.predicates.push_back({std::move(*term), p.quads, p.triples,
                              p.distinct_subjects, p.distinct_objects});
  }
  std::stable_sort(out.predicates.begin(), out.predicates.end(),
                   [](const PredicateStatistics& a,
                      const PredicateStatistics& b) { return a.quads > b.quads; });
  return out;
}

Status DatabaseImpl::Check() { return store_->Check(); }

Status DatabaseImpl::PutSetting(const std::string& key,
                                const std::string& value) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  return store_->PutSetting(key, value);
}

Result<std::string> DatabaseImpl::GetSetting(const std::string& key) {
  return store_->GetSetting(key);
}

}  // namespace spoke::internal
