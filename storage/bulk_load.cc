#include "storage/bulk_load.h"

#include "storage/bulk_commit.h"
#include "storage/term_codec.h"

namespace spoke::storage {

namespace {
// Quads whose terms are resolved together (one MultiGet).
constexpr size_t kResolveBatch = 4096;
}  // namespace

Result<std::unique_ptr<BulkLoad>> RocksStore::StartBulkLoad(
    const BulkLoadOptions& options) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  if (options.replace && options.dataset.empty()) {
    return Status::InvalidArgument("replace needs a dataset name");
  }
  if (bulk_active_.exchange(true)) {
    return Status::Busy("another bulk load is in progress");
  }
  Result<std::unique_ptr<ScopedTempDir>> dir = ScopedTempDir::Create(path_);
  if (!dir.ok()) {
    EndBulkLoad();
    return dir.status();
  }
  return std::unique_ptr<BulkLoad>(
      std::make_unique<RocksBulkLoad>(this, options, std::move(*dir)));
}

RocksBulkLoad::RocksBulkLoad(RocksStore* store, BulkLoadOptions options,
                             std::unique_ptr<ScopedTempDir> dir)
    : store_(store),
      options_(std::move(options)),
      budget_(options_.memory_budget ? options_.memory_budget
                                     : store->options().bulk_memory_budget),
      dir_(std::move(dir)),
      // The sort buffer gets half the budget, the load's new terms a
      // quarter; the rest covers the dictionary cache (1/8) and resolve
      // batches.
      sorter_(std::make_unique<ExternalSorter>(dir_->path() + "/load-",
                                               budget_ / 2)),
      terms_(std::make_unique<LoadTerms>(budget_ / 4)) {
  pending_.reserve(kResolveBatch);
  store_->dictionary()->SetLoad(terms_.get());
}

RocksBulkLoad::~RocksBulkLoad() {
  store_->dictionary()->SetLoad(nullptr);
  terms_.reset();
  sorter_.reset();
  dir_.reset();
  store_->EndBulkLoad();
}

Status RocksBulkLoad::Add(const Quad& quad) {
  if (!failed_.ok()) return failed_;
  if (done_) return Status::InvalidArgument("bulk load already committed");
  // A bad quad fails the whole load: it is all or nothing.
  Status valid = ValidateQuad(quad);
  if (!valid.ok()) return Fail(valid);
  if (options_.dataset.empty() && !quad.graph.is_none()) {
    return Fail(Status::InvalidArgument(
        "a load without a dataset can only write the default graph, not " +
        quad.graph.ToNTriples()));
  }
  if (!options_.dataset.empty() && quad.graph.is_none()) {
    return Fail(Status::InvalidArgument(
        "dataset '" + options_.dataset +
        "' cannot own the default graph; give its quads a named graph"));
  }
  pending_.push_back(quad);
  ++read_;
  if (pending_.size() >= kResolveBatch) return Flush();
  return Status::OK();
}

Status RocksBulkLoad::Flush() {
  if (pending_.empty()) return Status::OK();
  std::vector<const Term*> terms;
  terms.reserve(pending_.size() * 4);
  for (const Quad& q : pending_) {
    terms.push_back(&q.subject);
    terms.push_back(&q.predicate);
    terms.push_back(&q.object);
    if (!q.graph.is_none()) terms.push_back(&q.graph);
  }
  std::vector<TermId> ids;
  Status s = store_->dictionary()->GetOrAssign(terms, &ids, terms_.get());
  if (!s.ok()) return Fail(s);
  size_t next = 0;
  for (const Quad& q : pending_) {
    IdQuad iq;
    iq.s = ids[next++];
    iq.p = ids[next++];
    iq.o = ids[next++];
    if (!q.graph.is_none()) {
      iq.g = ids[next++];
      if (!graphs_.count(iq.g)) graphs_.emplace(iq.g, q.graph);
    }
    s = sorter_->Add(Permute(IndexOrder::kGspo, iq));
    if (!s.ok()) return Fail(s);
  }
  pending_.clear();
  return Status::OK();
}

Result<LoadResult> RocksBulkLoad::Commit() {
  if (!failed_.ok()) return failed_;
  if (done_) return Status::InvalidArgument("bulk load already committed");
  done_ = true;
  SPOKE_RETURN_IF_ERROR(Flush());
  Result<std::unique_ptr<QuadStream>> sorted = sorter_->Finish();
  if (!sorted.ok()) return Fail(sorted.status());
  RocksStore::CommitPlan plan;
  plan.dataset = options_.dataset;
  plan.replace = options_.replace;
  plan.source = options_.source;
  plan.quads = std::move(*sorted);
  plan.graphs = std::move(graphs_);
  plan.quads_read = read_;
  plan.temp_dir = dir_->path();
  plan.memory_budget = budget_;
  plan.terms = terms_.get();
  Result<LoadResult> r = store_->CommitBulk(std::move(plan));
  // Ingested (or abandoned): other writers look the terms up in the store.
  store_->dictionary()->SetLoad(nullptr);
  terms_.reset();
  if (!r.ok()) return Fail(r.status());
  return r;
}

}  // namespace spoke::storage
