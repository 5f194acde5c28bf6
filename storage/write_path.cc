// RocksStore::Apply: small atomic writes through one RocksDB WriteBatch.

#include <algorithm>
#include <map>

#include <rocksdb/write_batch.h>

#include "storage/key_codec.h"
#include "storage/rocks_status.h"
#include "storage/rocks_store.h"
#include "storage/stats.h"
#include "storage/term_codec.h"

namespace spoke::storage {

namespace {

using Op = QuadBatch::Op;

Status ValidateOp(const QuadBatch::Entry& e) {
  if (e.op == Op::kClearGraph) {
    if (e.quad.graph.is_literal()) {
      return Status::InvalidArgument("graph to clear must be an IRI or blank node");
    }
    return Status::OK();
  }
  return ValidateQuad(e.quad);
}

void AddTerms(const Quad& q, std::vector<const Term*>* terms) {
  terms->push_back(&q.subject);
  terms->push_back(&q.predicate);
  terms->push_back(&q.object);
  if (!q.graph.is_none()) terms->push_back(&q.graph);
}

}  // namespace

void RocksStore::AddDatasetDelta(TermId g, int64_t delta,
                                 std::map<std::string, int64_t>* per_dataset) const {
  if (const DatasetRecord* owner = catalog_.OwnerOf(g)) {
    (*per_dataset)[owner->info.name] += delta;
  }
}

Result<ApplyResult> RocksStore::Apply(const QuadBatch& batch) {
  SPOKE_RETURN_IF_ERROR(CheckWritable());
  for (const QuadBatch::Entry& e : batch.ops()) {
    SPOKE_RETURN_IF_ERROR(ValidateOp(e));
  }
  ApplyResult result;
  if (batch.empty()) return result;
  std::lock_guard<std::mutex> lock(write_mu_);
  SPOKE_RETURN_IF_ERROR(LoadCatalog());

  // Ids: inserted terms get ids (new dictionary entries are written now;
  // if the quads are not, they are harmless orphans); other terms are only
  // looked up, after the inserts, so a term new in this batch is found.
  std::vector<const Term*> insert_terms, other_terms;
  for (const QuadBatch::Entry& e : batch.ops()) {
    if (e.op == Op::kInsert) {
      AddTerms(e.quad, &insert_terms);
    } else if (e.op == Op::kDelete) {
      AddTerms(e.quad, &other_terms);
    } else if (!e.quad.graph.is_none()) {
      other_terms.push_back(&e.quad.graph);
    }
  }
  std::vector<TermId> insert_ids, other_ids;
  SPOKE_RETURN_IF_ERROR(dict_->GetOrAssign(insert_terms, &insert_ids));
  SPOKE_RETURN_IF_ERROR(dict_->Find(other_terms, &other_ids, nullptr));

  // The state each touched quad must have after the batch, in SPOG order.
  std::map<PermutedQuad, bool> desired;
  size_t next_insert = 0, next_other = 0;
  auto take = [](const Quad& q, const std::vector<TermId>& ids, size_t* next,
                 PermutedQuad* out) {
    bool known = true;
    for (int i = 0; i < 3; ++i) {
      (*out)[i] = ids[(*next)++];
      known = known && (*out)[i] != 0;
    }
    (*out)[3] = kDefaultGraphId;
    if (!q.graph.is_none()) {
      (*out)[3] = ids[(*next)++];
      known = known && (*out)[3] != 0;
    }
    return known;
  };
  for (const QuadBatch::Entry& e : batch.ops()) {
    PermutedQuad key;
    if (e.op == Op::kInsert) {
      take(e.quad, insert_ids, &next_insert, &key);
      desired[key] = true;
    } else if (e.op == Op::kDelete) {
      // A quad with a term the store has never seen cannot be present.
      if (take(e.quad, other_ids, &next_other, &key)) desired[key] = false;
    } else {
      TermId g = kDefaultGraphId;
      if (!e.quad.graph.is_none()) {
        g = other_ids[next_other++];
        if (g == 0) continue;
      }
      for (auto& [k, want] : desired) {
        if (k[3] == g) want = false;
      }
      char prefix[kMaxIdKeySize];
      rocksdb::Slice pre(prefix, PutIdKey(prefix, g));
      std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(
          rocksdb::ReadOptions(), cfs_[CfOf(IndexOrder::kGspo)]));
      for (it->Seek(pre); it->Valid() && it->key().starts_with(pre);
           it->Next()) {
        PermutedQuad k;
        if (!DecodePermuted(
                std::string_view(it->key().data(), it->key().size()), &k)) {
          return BadIndexKey(IndexOrder::kGspo);
        }
        desired[Permute(IndexOrder::kSpog, Unpermute(IndexOrder::kGspo, k))] =
            false;
      }
      SPOKE_RETURN_IF_ERROR(FromRocks(it->status(), "scan graph"));
    }
  }

  // Which changes are real: look every touched quad up.
  std::vector<std::string> keys;
  std::vector<rocksdb::Slice> slices;
  keys.reserve(desired.size());
  for (const auto& [k, want] : desired) {
    char buf[kMaxQuadKeySize];
    keys.emplace_back(buf, EncodePermuted(k, buf));
  }
  for (const std::string& k : keys) slices.emplace_back(k);
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  db_->MultiGet(rocksdb::ReadOptions(), cfs_[CfOf(IndexOrder::kSpog)],
                slices.size(), slices.data(), values.data(), statuses.data());

  StatsWalker walker(db_.get(), cfs_[CfOf(IndexOrder::kSpog)],
                     cfs_[CfOf(IndexOrder::kPosg)], /*empty=*/false);
  std::vector<std::pair<PermutedQuad, bool>> posg_changes;
  std::map<std::string, int64_t> dataset_deltas;
  rocksdb::WriteBatch wb;
  size_t i = 0;
  for (const auto& [k, want] : desired) {
    const rocksdb::Status& st = statuses[i++];
    if (!st.ok() && !st.IsNotFound()) return FromRocks(st, "read quad");
    bool present = st.ok();
    if (present == want) continue;
    IdQuad q = FromArray(k);
    for (int x = 0; x < kNumIndexes; ++x) {
      IndexOrder order = static_cast<IndexOrder>(x);
      std::string key = EncodeQuadKey(order, q);
      if (want) {
        wb.Put(cfs_[x], key, rocksdb::Slice());
      } else {
        wb.Delete(cfs_[x], key);
      }
    }
    SPOKE_RETURN_IF_ERROR(walker.FeedSpog(k, want));
    posg_changes.emplace_back(Permute(IndexOrder::kPosg, q), want);
    AddDatasetDelta(q.g, want ? 1 : -1, &dataset_deltas);
    ++(want ? result.inserted : result.deleted);
  }
  if (result.inserted == 0 && result.deleted == 0) return result;
  std::sort(posg_changes.begin(), posg_changes.end());
  for (const auto& [k, insert] : posg_changes) {
    SPOKE_RETURN_IF_ERROR(walker.FeedPosg(k, insert));
  }
  SPOKE_RETURN_IF_ERROR(walker.Finish());
  std::vector<StatsUpdate> updates;
  SPOKE_RETURN_IF_ERROR(
      ComputeStatsUpdates(db_.get(), cfs_[kCfStats], walker.delta(), &updates));
  for (const StatsUpdate& u : updates) {
    if (u.second) {
      wb.Put(cfs_[kCfStats], u.first, *u.second);
    } else {
      wb.Delete(cfs_[kCfStats], u.first);
    }
  }
  // Only the datasets' counts: their records (with every graph) stay.
  std::vector<std::pair<std::string, uint64_t>> counts;
  for (const auto& [name, delta] : dataset_deltas) {
    uint64_t quads = static_cast<uint64_t>(
        static_cast<int64_t>(catalog_.Find(name)->info.quads) + delta);
    wb.Put(cfs_[kCfMeta], Catalog::QuadsKey(name), Catalog::EncodeQuads(quads));
    counts.emplace_back(name, quads);
  }
  rocksdb::WriteOptions wo;
  wo.sync = options_.sync_writes;
  SPOKE_RETURN_IF_ERROR(FromRocks(db_->Write(wo, &wb), "write batch"));
  for (const auto& [name, quads] : counts) catalog_.SetQuads(name, quads);
  return result;
}

}  // namespace spoke::storage
