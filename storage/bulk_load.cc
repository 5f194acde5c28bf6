#include "storage/bulk_load.h"

#include <algorithm>
#include <iterator>

#include "storage/bulk_commit.h"
#include "storage/term_codec.h"

namespace spoke::storage {

namespace {
// Quads whose terms are resolved together (one MultiGet).
constexpr size_t kResolveBatch = 4096;
// A batch is handed over early once its terms take this many bytes (huge
// literals), which bounds the queue's memory too.
constexpr size_t kMaxBatchBytes = size_t{8} << 20;
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
  pending_.slots.reserve(4 * kResolveBatch);
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
  SPOKE_RETURN_IF_ERROR(Encode(quad));
  ++read_;
  if (pending_.quads() >= kResolveBatch ||
      pending_.bytes.size() >= kMaxBatchBytes) {
    return HandOff();
  }
  return Status::OK();
}

// The quad is only read: the caller keeps (and can reuse) its strings.
Status RocksBulkLoad::Add(Quad&& quad) {
  return Add(static_cast<const Quad&>(quad));
}

Status RocksBulkLoad::Encode(const Quad& quad) {
  size_t slots = pending_.slots.size();
  size_t terms = pending_.terms.size();
  size_t bytes = pending_.bytes.size();
  Status s = EncodeOne(quad.subject, 0);
  if (s.ok()) s = EncodeOne(quad.predicate, 1);
  if (s.ok()) s = EncodeOne(quad.object, 2);
  if (s.ok()) s = EncodeOne(quad.graph, 3);
  if (!s.ok()) {
    pending_.slots.resize(slots);
    pending_.terms.resize(terms);
    pending_.bytes.resize(bytes);
    // The memo may name the dropped terms.
    for (auto& m : memo_) std::fill(std::begin(m), std::end(m), 0);
    return Fail(s);
  }
  return Status::OK();
}

Status RocksBulkLoad::EncodeOne(const Term& term, int pos) {
  if (pos == 3 && term.is_none()) {
    pending_.slots.push_back(kDefaultGraphId);
    return Status::OK();
  }
  if (term.is_literal()) {
    if (std::optional<TermId> inl = InlineId(term)) {
      pending_.slots.push_back(*inl);
      return Status::OK();
    }
  }
  std::string& bytes = pending_.bytes;
  size_t start = bytes.size();
  // Offsets are 32-bit (a batch is handed over past kMaxBatchBytes).
  if (term.value().size() + term.datatype().size() + term.language().size() +
          16 > UINT32_MAX - start) {
    return Status::InvalidArgument("term too long");
  }
  SPOKE_RETURN_IF_ERROR(AppendEncodedTerm(term, &bytes));
  size_t size = bytes.size() - start;
  std::string_view enc(bytes.data() + start, size);
  size_t bucket = (size * 31 + static_cast<uint8_t>(enc.back()) * 7 +
                   static_cast<uint8_t>(enc[size / 2])) % kMemo;
  uint32_t seen = memo_[pos][bucket];
  if (seen != 0) {
    const Batch::TermRef& prev = pending_.terms[seen - 1];
    if (prev.size == size &&
        std::string_view(bytes.data() + prev.offset, size) == enc) {
      bytes.resize(start);
      pending_.slots.push_back(kRef | (seen - 1));
      return Status::OK();
    }
  }
  pending_.terms.push_back(Batch::TermRef{HashTerm(enc),
                                          static_cast<uint32_t>(start),
                                          static_cast<uint32_t>(size)});
  memo_[pos][bucket] = static_cast<uint32_t>(pending_.terms.size());
  pending_.slots.push_back(kRef | (pending_.terms.size() - 1));
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
  Batch work;
  while (true) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      // The emptied batch goes back to the parser: fresh buffers for each
      // 4096 quads cost page faults.
      if (work.slots.capacity() > 0) spare_.push_back(std::move(work));
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
    pending_ = Batch();
    if (!spare_.empty()) {
      pending_ = std::move(spare_.back());
      spare_.pop_back();
    }
  }
  cv_.notify_all();
  pending_.clear();
  pending_.slots.reserve(4 * kResolveBatch);
  for (auto& m : memo_) std::fill(std::begin(m), std::end(m), 0);
  return Status::OK();
}

Status RocksBulkLoad::Drain() {
  if (!worker_.joinable()) return Status::OK();
  Status s =
      failed_.ok() && pending_.quads() > 0 ? HandOff() : Status::OK();
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

Status RocksBulkLoad::Resolve(const Batch& batch) {
  if (batch.quads() == 0) return Status::OK();
  size_t n = batch.terms.size();
  encoded_.resize(n);
  for (size_t k = 0; k < n; ++k) {
    const Batch::TermRef& t = batch.terms[k];
    encoded_[k].hash = t.hash;
    encoded_[k].bytes = std::string_view(batch.bytes.data() + t.offset, t.size);
  }
  ids_.resize(n);
  SPOKE_RETURN_IF_ERROR(store_->dictionary()->GetOrAssignEncoded(
      encoded_.data(), n, ids_.data(), terms_.get()));
  const uint64_t* slot = batch.slots.data();
  for (size_t q = 0; q < batch.quads(); ++q, slot += 4) {
    TermId id[4];
    for (int pos = 0; pos < 4; ++pos) {
      id[pos] = (slot[pos] & kRef) ? ids_[slot[pos] & ~kRef] : slot[pos];
    }
    IdQuad iq;
    iq.s = id[0];
    iq.p = id[1];
    iq.o = id[2];
    iq.g = id[3];
    if (iq.g != kDefaultGraphId) {
      TermId& recent = recent_graphs_[(iq.g * 0x9e3779b97f4a7c15ULL) >>
                                      (64 - kRecentGraphBits)];
      if (recent != iq.g) {
        if (!(slot[3] & kRef)) return Status::Internal("graph without a term");
        SPOKE_RETURN_IF_ERROR(
            graphs_.AddEncoded(iq.g, encoded_[slot[3] & ~kRef].bytes));
        recent = iq.g;
      }
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
