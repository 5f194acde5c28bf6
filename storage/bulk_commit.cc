// RocksStore::CommitBulk and DropDataset: large atomic changes through
// SstFileWriter and one IngestExternalFiles call.
//
// 1. Split: the new quads (GSPO order) are merged with the stored quads of
//    the target graphs. New ones go to the insert run; with replace, stored
//    ones not reloaded go to the delete run. A load outside any dataset
//    (default graph) only probes for each quad's existence.
// 2. For each index: the runs are sorted into its order and written as one
//    SST of Puts and Deletes; the SPOG and POSG passes feed the StatsWalker.
//    Two threads: spog+posg, ospg, then the g-first indexes on whichever is
//    free (index_pass.h); the load's dictionary SSTs are written by another
//    thread during step 1.
// 3. Statistics and catalog records are written as SSTs too, and all files
//    are ingested at once: readers see all of it or none of it.

#include <atomic>
#include <chrono>
#include <map>
#include <thread>

#include "storage/bulk_commit.h"
#include "storage/dictionary.h"
#include "storage/index_pass.h"
#include "storage/rocks_status.h"
#include "storage/sst_output.h"
#include "storage/stats.h"
#include "storage/term_codec.h"

namespace spoke::storage {

namespace {

struct SplitResult {
  uint64_t inserts = 0;
  uint64_t deletes = 0;
  uint64_t dataset_quads = 0;
};

Status Split(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* gspo,
             const RocksStore::CommitPlan& plan,
             const std::vector<TermId>& targets, RunWriter* ins, RunWriter* del,
             SplitResult* out) {
  PermutedQuad n;
  Result<bool> has_n = plan.quads->Next(&n);
  if (!has_n.ok()) return has_n.status();
  if (plan.dataset.empty()) {
    IndexProber prober(db, gspo, /*empty=*/false);
    char key[kMaxQuadKeySize];
    while (*has_n) {
      size_t len = EncodePermuted(n, key);
      Result<bool> exists = prober.Exists(std::string(key, len));
      if (!exists.ok()) return exists.status();
      if (!*exists) SPOKE_RETURN_IF_ERROR(ins->Add(n));
      has_n = plan.quads->Next(&n);
      if (!has_n.ok()) return has_n.status();
    }
    return Status::OK();
  }
  // One iterator for all targets (a load can have millions of graphs).
  rocksdb::ReadOptions ro;
  ro.fill_cache = false;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, gspo));
  for (TermId g : targets) {
    std::string prefix;
    AppendIdKey(&prefix, g);
    it->Seek(prefix);
    while (true) {
      bool n_in = *has_n && n[0] == g;
      bool d_in = it->Valid() && it->key().starts_with(prefix);
      if (!n_in && !d_in) break;
      PermutedQuad d{};
      if (d_in) {
        if (!DecodePermuted(
                std::string_view(it->key().data(), it->key().size()), &d)) {
          return BadIndexKey(IndexOrder::kGspo);
        }
      }
      bool advance_n = false;
      if (n_in && (!d_in || n < d)) {
        SPOKE_RETURN_IF_ERROR(ins->Add(n));
        ++out->dataset_quads;
        advance_n = true;
      } else if (d_in && (!n_in || d < n)) {
        if (plan.replace) {
          SPOKE_RETURN_IF_ERROR(del->Add(d));
        } else {
          ++out->dataset_quads;
        }
        it->Next();
      } else {
        ++out->dataset_quads;
        advance_n = true;
        it->Next();
      }
      if (advance_n) {
        has_n = plan.quads->Next(&n);
        if (!has_n.ok()) return has_n.status();
      }
    }
    SPOKE_RETURN_IF_ERROR(FromRocks(it->status(), "scan graph"));
  }
  if (*has_n) return Status::Internal("bulk load quad outside its graphs");
  return Status::OK();
}

}  // namespace

SortBudgets SplitSortBudget(size_t bytes, uint64_t inserts, uint64_t deletes) {
  constexpr size_t kMin = 64 << 10;  // ExternalSorter's own minimum
  SortBudgets b;
  const uint64_t total = inserts + deletes;
  if (total == 0) {
    b.inserts = b.deletes = std::max(bytes / 2, kMin);
    return b;
  }
  // Scaled in long double: bytes * inserts can overflow 64 bits.
  b.inserts = std::max(
      static_cast<size_t>(static_cast<long double>(bytes) * inserts / total),
      kMin);
  b.deletes = std::max(bytes > b.inserts ? bytes - b.inserts : 0, kMin);
  return b;
}

namespace {

// The new dictionary entries of a load, as one id2term and one term2id SST.
Status WriteTermSsts(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* id2term,
                     rocksdb::ColumnFamilyHandle* term2id,
                     LoadTerms* terms, const std::string& dir,
                     std::vector<rocksdb::IngestExternalFileArg>* args) {
  // The id2term records were written as the ids were assigned.
  Result<std::vector<std::string>> by_id = terms->FinishId2Term();
  if (!by_id.ok()) return by_id.status();
  if (!by_id->empty()) {
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = id2term;
    arg.external_files = std::move(*by_id);
    arg.options.move_files = true;
    arg.options.snapshot_consistency = true;
    arg.options.allow_global_seqno = true;
    arg.options.allow_blocking_flush = true;
    args->push_back(std::move(arg));
  }
  // term2id keys (hash, id) sort like the pairs.
  std::vector<std::pair<uint64_t, TermId>> keys;
  keys.reserve(terms->size());
  for (const LoadTerms::Entry& e : terms->entries()) {
    keys.emplace_back(Dictionary::Term2IdHash(e.hash), e.id);
  }
  std::sort(keys.begin(), keys.end());
  SstOutput by_hash(db, term2id, dir + "/term2id.sst");
  char key[kTerm2IdHashSize + kMaxIdKeySize];
  for (const auto& [hash, id] : keys) {
    Dictionary::PutTerm2IdHash(key, hash);
    size_t len = kTerm2IdHashSize + PutIdKey(key + kTerm2IdHashSize, id);
    SPOKE_RETURN_IF_ERROR(
        by_hash.Put(rocksdb::Slice(key, len), rocksdb::Slice()));
  }
  return by_hash.Finish(args);
}

}  // namespace

Result<LoadResult> RocksStore::CommitBulk(CommitPlan plan) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  std::lock_guard<std::mutex> lock(write_mu_);
  SPOKE_RETURN_IF_ERROR(LoadCatalog());
  const DatasetRecord* existing =
      plan.dataset.empty() ? nullptr : catalog_.Find(plan.dataset);
  if (plan.drop && existing == nullptr) {
    return Status::NotFound("no dataset '" + plan.dataset + "'");
  }
  if (existing != nullptr && !plan.replace) {
    return Status::InvalidArgument("dataset '" + plan.dataset +
                                   "' already exists (replace or drop it)");
  }
  for (size_t i = 0; i < plan.graphs.size(); ++i) {
    const DatasetRecord* owner = catalog_.OwnerOf(plan.graphs.id(i));
    if (owner != nullptr && owner->info.name != plan.dataset) {
      Result<Term> term = plan.graphs.term(i);
      if (!term.ok()) return term.status();
      return Status::InvalidArgument("graph " + term->ToNTriples() +
                                     " belongs to dataset '" +
                                     owner->info.name + "'");
    }
  }
  std::vector<TermId> targets;
  targets.reserve(plan.graphs.size());
  for (size_t i = 0; i < plan.graphs.size(); ++i) {
    targets.push_back(plan.graphs.id(i));
  }
  if (existing != nullptr) {
    targets.insert(targets.end(), existing->graph_ids.begin(),
                   existing->graph_ids.end());
  }
  std::sort(targets.begin(), targets.end());
  targets.erase(std::unique(targets.begin(), targets.end()), targets.end());

  // 1. Split into inserts and deletes.
  const std::string dir = plan.temp_dir;
  Result<std::unique_ptr<RunWriter>> ins = RunWriter::Create(dir + "/ins.run");
  if (!ins.ok()) return ins.status();
  Result<std::unique_ptr<RunWriter>> del = RunWriter::Create(dir + "/del.run");
  if (!del.ok()) return del.status();
  // The load's dictionary SSTs do not depend on the split: the second
  // thread writes them meanwhile, and frees the load's terms before the
  // index sorts take their memory. The jthread joins on every return.
  const bool new_terms = plan.terms != nullptr && !plan.terms->empty();
  std::vector<rocksdb::IngestExternalFileArg> term_args;
  Status terms_status;
  std::jthread terms_thread;
  if (new_terms) {
    terms_thread = std::jthread([&] {
      terms_status = WriteTermSsts(db_.get(), cfs_[kCfId2Term],
                                   cfs_[kCfTerm2Id], plan.terms, dir,
                                   &term_args);
      // No other writer looks them up until this commit ends (write_mu_);
      // then the store has them, or the load failed and its ids are void.
      if (terms_status.ok()) dict_->ClearLoad();
    });
  }
  SplitResult split;
  SPOKE_RETURN_IF_ERROR(Split(db_.get(), cfs_[CfOf(IndexOrder::kGspo)], plan,
                              targets, ins->get(), del->get(), &split));
  // Joins the dictionary thread (once) and returns its status.
  auto join_terms = [&]() {
    if (terms_thread.joinable()) terms_thread.join();
    return terms_status;
  };
  plan.quads.reset();  // frees the sort buffer before the index passes
  split.inserts = (*ins)->count();
  split.deletes = (*del)->count();
  SPOKE_RETURN_IF_ERROR((*ins)->Close());
  SPOKE_RETURN_IF_ERROR((*del)->Close());

  // 2. One SST per index, and the statistics delta.
  StoreStats totals;
  SPOKE_RETURN_IF_ERROR(ReadStats(db_.get(), cfs_[kCfStats], nullptr, &totals));
  StatsWalker walker(db_.get(), cfs_[CfOf(IndexOrder::kSpog)],
                     cfs_[CfOf(IndexOrder::kPosg)], totals.quads == 0);
  std::vector<rocksdb::IngestExternalFileArg> args;
  // The catalog record and the meta SST (built once the index SSTs are
  // written and their sort buffers freed).
  DatasetRecord record;
  std::vector<rocksdb::IngestExternalFileArg> meta_args;
  auto write_meta = [&]() -> Status {
    std::map<std::string, std::optional<std::string>> meta;
    if (!plan.dataset.empty()) {
      record.info.name = plan.dataset;
      record.info.source = plan.source;
      record.info.loaded_at_unix_ms =
          std::chrono::duration_cast<std::chrono::milliseconds>(
              std::chrono::system_clock::now().time_since_epoch())
              .count();
      record.info.quads = split.dataset_quads;
      record.graph_ids.reserve(plan.graphs.size());
      record.info.graphs.reserve(plan.graphs.size());
      for (size_t i = 0; i < plan.graphs.size(); ++i) {
        Result<Term> term = plan.graphs.term(i);
        if (!term.ok()) return term.status();
        record.graph_ids.push_back(plan.graphs.id(i));
        record.info.graphs.push_back(std::move(*term));
        meta[Catalog::GraphKey(plan.graphs.id(i))] = plan.dataset;
      }
      if (existing != nullptr) {
        for (TermId g : existing->graph_ids) {
          if (!plan.graphs.Contains(g)) {
            meta[Catalog::GraphKey(g)] = std::nullopt;
          }
        }
      }
      meta[Catalog::DatasetKey(plan.dataset)] =
          plan.drop ? std::nullopt
                    : std::optional<std::string>(Catalog::EncodeDataset(record));
      meta[Catalog::QuadsKey(plan.dataset)] = std::nullopt;  // in the record
    }
    if (new_terms) {
      // Every id assigned so far; no other writer runs (write_mu_).
      std::string counter;
      AppendBigEndian64(&counter, dict_->next_sequence());
      meta[kMetaNextId] = counter;
    }
    SstOutput meta_sst(db_.get(), cfs_[kCfMeta], dir + "/meta.sst");
    for (const auto& [key, value] : meta) {
      SPOKE_RETURN_IF_ERROR(value ? meta_sst.Put(key, *value)
                                  : meta_sst.Delete(key));
    }
    return meta_sst.Finish(&meta_args);
  };
  if (split.inserts + split.deletes == 0) {
    SPOKE_RETURN_IF_ERROR(join_terms());
    SPOKE_RETURN_IF_ERROR(write_meta());
  } else {
    // Two threads (the machine has 2 cores): spog and posg (with the
    // statistics) on this one, ospg on the other; then each takes the next
    // g-first index until none is left. Those need no full sort: gspo is
    // the run itself, gpos and gosp sort each graph's quads
    // (GroupSortStream), so the thread with the lighter sorts writes more
    // of them (10M news: ospg ~8 CPU-s, spog+posg ~20, a g-first index
    // ~5). A third thread for the g-first indexes measured ~5 s slower:
    // sharing the cores slowed the spog/posg thread, the longest.
    // Each pass gets 3/8 of the budget, shared by its insert and delete
    // runs in proportion to their sizes (a new 10M-quad load sorts in
    // memory).
    SortBudgets budgets =
        SplitSortBudget(plan.memory_budget / 8 * 3, split.inserts,
                        split.deletes);
    const IndexOrder kGraphFirst[] = {IndexOrder::kGspo, IndexOrder::kGpos,
                                      IndexOrder::kGosp};
    std::atomic<size_t> next_graph_first{0};
    auto write = [&](std::initializer_list<IndexOrder> orders,
                     std::vector<rocksdb::IngestExternalFileArg>* out) {
      auto pass = [&](IndexOrder order) {
        StatsWalker* feed =
            order == IndexOrder::kSpog || order == IndexOrder::kPosg ? &walker
                                                                     : nullptr;
        return WriteIndexSst(db_.get(), cfs_[CfOf(order)], order, dir,
                             budgets.inserts, budgets.deletes, feed, out);
      };
      Status s;
      for (IndexOrder order : orders) {
        if (s.ok()) s = pass(order);
      }
      for (size_t i;
           s.ok() && (i = next_graph_first++) < std::size(kGraphFirst);) {
        s = pass(kGraphFirst[i]);
      }
      // A failed load ends: the other thread takes no more passes.
      if (!s.ok()) next_graph_first = std::size(kGraphFirst);
      return s;
    };
    std::vector<rocksdb::IngestExternalFileArg> other_args;
    Status other;
    // The other thread starts at once; this one first waits for the
    // dictionary thread (which usually outlasts the split by a second at
    // 10M) to free the load's terms.
    std::jthread worker(
        [&] { other = write({IndexOrder::kOspg}, &other_args); });
    Status mine = join_terms();
    if (mine.ok()) {
      mine = write({IndexOrder::kSpog, IndexOrder::kPosg}, &args);
    } else {
      next_graph_first = std::size(kGraphFirst);  // the worker stops early
    }
    worker.join();
    SPOKE_RETURN_IF_ERROR(mine);
    SPOKE_RETURN_IF_ERROR(other);
    for (auto& arg : other_args) args.push_back(std::move(arg));
    // Not beside the other thread's last sort: with 1M graphs the record
    // and its meta keys take ~300 MB (10M news: peak RSS 864-997 MB when
    // they overlapped, vs ~780 MB).
    SPOKE_RETURN_IF_ERROR(write_meta());
  }
  SPOKE_RETURN_IF_ERROR(walker.Finish());
  for (auto& arg : term_args) args.push_back(std::move(arg));

  // 3. Statistics and catalog.
  std::vector<StatsUpdate> updates;
  SPOKE_RETURN_IF_ERROR(
      ComputeStatsUpdates(db_.get(), cfs_[kCfStats], walker.delta(), &updates));
  SstOutput stats_sst(db_.get(), cfs_[kCfStats], dir + "/stats.sst");
  for (const StatsUpdate& u : updates) {
    SPOKE_RETURN_IF_ERROR(u.second ? stats_sst.Put(u.first, *u.second)
                                   : stats_sst.Delete(u.first));
  }
  SPOKE_RETURN_IF_ERROR(stats_sst.Finish(&args));
  for (auto& arg : meta_args) args.push_back(std::move(arg));


  if (!args.empty()) {
    // The quads may use dictionary entries still only in the log.
    SPOKE_RETURN_IF_ERROR(FromRocks(db_->SyncWAL(), "sync log"));
    SPOKE_RETURN_IF_ERROR(
        FromRocks(db_->IngestExternalFiles(args), "ingest bulk load"));
  }
  if (plan.drop) {
    catalog_.Erase(plan.dataset);
  } else if (!plan.dataset.empty()) {
    catalog_.Put(std::move(record));
  }
  if (plan.deleted != nullptr) *plan.deleted = split.deletes;
  LoadResult result;
  result.quads_read = plan.quads_read;
  result.quads_new = split.inserts;
  result.duplicates = plan.quads_read - split.inserts;
  return result;
}

Result<uint64_t> RocksStore::DropDataset(const std::string& name) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  if (name.empty()) return Status::InvalidArgument("empty dataset name");
  Result<std::unique_ptr<ScopedTempDir>> dir = ScopedTempDir::Create(path_);
  if (!dir.ok()) return dir.status();
  CommitPlan plan;
  plan.dataset = name;
  plan.replace = true;
  plan.drop = true;
  plan.quads = std::make_unique<VectorStream>(std::vector<PermutedQuad>());
  plan.temp_dir = (*dir)->path();
  plan.memory_budget = options_.bulk_memory_budget;
  uint64_t deleted = 0;
  plan.deleted = &deleted;
  Result<LoadResult> r = CommitBulk(std::move(plan));
  if (!r.ok()) return r.status();
  return deleted;
}

}  // namespace spoke::storage
