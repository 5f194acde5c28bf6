#include "storage/bulk_load.h"

#include "storage/bulk_commit.h"
#include "storage/term_codec.h"

namespace spoke::storage {

namespace {
// Quads whose terms are resolved together (one MultiGet).
constexpr size_t kResolveBatch = 4096;
// Batches queued for the worker: enough for the parser to run on while
// the worker sorts a chunk (about 0.1 s for 1M quads, ~8 batches).
constexpr size_t kMaxQueued = 16;
// The worker sorts the sort buffer in chunks of this many quads (16 MB) as
// they fill, so Commit merges sorted chunks instead of sorting all of it
// alone (10M quads: about 3 s on one core before; 1M quads: two chunks).
constexpr size_t kSortChunk = size_t{1} << 19;
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

size_t RocksBulkLoad::SortChunk() const {
  // A quarter of the buffer at most, so small budgets (tests) sort in
  // chunks too.
  size_t quads = std::max<size_t>(budget_ / 2, 64 << 10) / sizeof(PermutedQuad);
  return std::min(kSortChunk, std::max<size_t>(quads / 4, 1));
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
                                               budget_ / 2, SortChunk())),
      terms_(std::make_unique<LoadTerms>(
          budget_ / 4, store->db()->GetOptions(store->cf(kCfId2Term)),
          dir_->path() + "/id2term-")) {
  pending_.reserve(kResolveBatch);
  store_->dictionary()->SetLoad(terms_.get());
  worker_ = std::thread([this] { WorkerLoop(); });
}

RocksBulkLoad::~RocksBulkLoad() {
  // Abandoned: the batches not resolved yet are dropped.
  pending_.clear();
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.clear();
  }
  Drain().IgnoreError();
  store_->dictionary()->SetLoad(nullptr);
  terms_.reset();
  sorter_.reset();
  dir_.reset();
  store_->EndBulkLoad();
}

Status RocksBulkLoad::Add(const Quad& quad) {
  SPOKE_RETURN_IF_ERROR(Admit(quad));
  pending_.push_back(quad);
  ++read_;
  if (pending_.size() >= kResolveBatch) return HandOff();
  return Status::OK();
}

Status RocksBulkLoad::Add(Quad&& quad) {
  SPOKE_RETURN_IF_ERROR(Admit(quad));
  pending_.push_back(std::move(quad));
  ++read_;
  if (pending_.size() >= kResolveBatch) return HandOff();
  return Status::OK();
}

Status RocksBulkLoad::Admit(const Quad& quad) {
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
  return Status::OK();
}

void RocksBulkLoad::WorkerLoop() {
  std::vector<Quad> work;
  while (true) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      // The emptied batch goes back to the parser: a fresh 1.2 MB vector
      // per 4096 quads costs page faults.
      if (work.capacity() > 0) spare_.push_back(std::move(work));
      cv_.wait(lock, [this] { return !queue_.empty() || stop_; });
      if (queue_.empty()) return;  // stopped, nothing left
      work = std::move(queue_.front());
      queue_.pop_front();
    }
    cv_.notify_all();
    Status s = Resolve(work);
    work.clear();
    if (!s.ok()) {
      std::lock_guard<std::mutex> lock(mu_);
      worker_status_ = s;
      stop_ = true;
      queue_.clear();
      cv_.notify_all();
      return;
    }
  }
}

Status RocksBulkLoad::HandOff() {
  {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return queue_.size() < kMaxQueued || stop_; });
    if (!worker_status_.ok()) return Fail(worker_status_);
    if (stop_) return Fail(Status::Internal("bulk load worker stopped"));
    queue_.push_back(std::move(pending_));
    pending_ = std::vector<Quad>();
    if (!spare_.empty()) {
      pending_ = std::move(spare_.back());
      spare_.pop_back();
    }
  }
  cv_.notify_all();
  pending_.clear();
  pending_.reserve(kResolveBatch);
  return Status::OK();
}

Status RocksBulkLoad::Drain() {
  if (!worker_.joinable()) return Status::OK();
  Status s = failed_.ok() && !pending_.empty() ? HandOff() : Status::OK();
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  worker_.join();
  pending_.clear();
  std::lock_guard<std::mutex> lock(mu_);
  if (!worker_status_.ok()) return worker_status_;
  return s;
}

Status RocksBulkLoad::Resolve(const std::vector<Quad>& batch) {
  if (batch.empty()) return Status::OK();
  std::vector<const Term*> terms;
  terms.reserve(batch.size() * 4);
  for (const Quad& q : batch) {
    terms.push_back(&q.subject);
    terms.push_back(&q.predicate);
    terms.push_back(&q.object);
    if (!q.graph.is_none()) terms.push_back(&q.graph);
  }
  std::vector<TermId> ids;
  SPOKE_RETURN_IF_ERROR(
      store_->dictionary()->GetOrAssign(terms, &ids, terms_.get()));
  size_t next = 0;
  for (const Quad& q : batch) {
    IdQuad iq;
    iq.s = ids[next++];
    iq.p = ids[next++];
    iq.o = ids[next++];
    if (!q.graph.is_none()) {
      iq.g = ids[next++];
      // A graph's quads are usually adjacent: one map lookup per run.
      if (iq.g != last_graph_) {
        SPOKE_RETURN_IF_ERROR(graphs_.Add(iq.g, q.graph));
      }
      last_graph_ = iq.g;
    }
    SPOKE_RETURN_IF_ERROR(sorter_->Add(Permute(IndexOrder::kGspo, iq)));
  }
  return Status::OK();
}

Result<LoadResult> RocksBulkLoad::Commit() {
  if (!failed_.ok()) return failed_;
  if (done_) return Status::InvalidArgument("bulk load already committed");
  done_ = true;
  Status drained = Drain();
  if (!drained.ok()) return Fail(drained);
  Result<std::unique_ptr<QuadStream>> sorted = sorter_->Finish();
  if (!sorted.ok()) return Fail(sorted.status());
  RocksStore::CommitPlan plan;
  plan.dataset = options_.dataset;
  plan.replace = options_.replace;
  plan.source = options_.source;
  plan.quads = std::move(*sorted);
  graphs_.SortById();
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
