// RocksStore::Check: every index holds the same quads, the statistics
// match them, and every term id they use is well-formed and decodable. Runs on one snapshot; memory stays within the bulk budget
// (the non-SPOG indexes are re-sorted into SPOG order externally).

#include <memory>
#include <string>
#include <unordered_set>

#include <unistd.h>

#include "storage/external_sorter.h"
#include "storage/rocks_status.h"
#include "storage/rocks_store.h"
#include "storage/stats.h"
#include "storage/term_codec.h"

namespace spoke::storage {

namespace {

constexpr int kMaxReported = 5;

// Streams one index's quads, permuted into `out_order`.
class IndexStream : public QuadStream {
 public:
  IndexStream(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
              const rocksdb::Snapshot* snap, IndexOrder order,
              IndexOrder out_order)
      : order_(order), out_order_(out_order) {
    rocksdb::ReadOptions ro;
    ro.snapshot = snap;
    ro.fill_cache = false;
    it_.reset(db->NewIterator(ro, cf));
    it_->SeekToFirst();
  }
  Result<bool> Next(PermutedQuad* out) override {
    if (!it_->Valid()) {
      SPOKE_RETURN_IF_ERROR(FromRocks(it_->status(), "scan index"));
      return false;
    }
    PermutedQuad k;
    if (!DecodePermuted(
            std::string_view(it_->key().data(), it_->key().size()), &k)) {
      return BadIndexKey(order_);
    }
    IdQuad q = Unpermute(order_, k);
    *out = Permute(out_order_, q);
    it_->Next();
    return true;
  }

 private:
  IndexOrder order_, out_order_;
  std::unique_ptr<rocksdb::Iterator> it_;
};

std::string QuadText(const PermutedQuad& q) {
  return "(" + std::to_string(q[0]) + " " + std::to_string(q[1]) + " " +
         std::to_string(q[2]) + " " + std::to_string(q[3]) + ")";
}

// Compares two sorted streams; appends differences to *problems.
Status Compare(QuadStream* want, QuadStream* got, const char* name,
               std::vector<std::string>* problems) {
  PermutedQuad a, b;
  Result<bool> ha = want->Next(&a);
  Result<bool> hb = got->Next(&b);
  int reported = 0;
  while (true) {
    if (!ha.ok()) return ha.status();
    if (!hb.ok()) return hb.status();
    if (!*ha && !*hb) break;
    if (*ha && (!*hb || a < b)) {
      if (reported++ < kMaxReported) {
        problems->push_back(std::string("index ") + name + " lacks spog quad " +
                            QuadText(a));
      }
      ha = want->Next(&a);
    } else if (*hb && (!*ha || b < a)) {
      if (reported++ < kMaxReported) {
        problems->push_back(std::string("index ") + name +
                            " has quad missing from spog " + QuadText(b));
      }
      hb = got->Next(&b);
    } else {
      ha = want->Next(&a);
      hb = got->Next(&b);
    }
  }
  if (reported > kMaxReported) {
    problems->push_back(std::string("index ") + name + ": " +
                        std::to_string(reported - kMaxReported) +
                        " more differences");
  }
  return Status::OK();
}

void CompareStats(const StatsDelta& want, const StoreStats& got,
                  std::vector<std::string>* problems) {
  auto mismatch = [&](const std::string& what, int64_t w, uint64_t g) {
    if (static_cast<uint64_t>(w) != g) {
      problems->push_back("statistics: " + what + " is " + std::to_string(g) +
                          ", quads say " + std::to_string(w));
    }
  };
  mismatch("total quads", want.quads, got.quads);
  mismatch("total triples", want.triples, got.triples);
  std::map<TermId, PredicateStats> stored;
  for (const PredicateStats& p : got.predicates) stored[p.predicate] = p;
  for (const auto& [p, d] : want.predicates) {
    PredicateStats s = stored.count(p) ? stored[p] : PredicateStats();
    std::string name = "predicate " + std::to_string(p) + " ";
    mismatch(name + "quads", d.quads, s.quads);
    mismatch(name + "triples", d.triples, s.triples);
    mismatch(name + "subjects", d.subjects, s.distinct_subjects);
    mismatch(name + "objects", d.objects, s.distinct_objects);
    stored.erase(p);
  }
  for (const auto& [p, s] : stored) {
    problems->push_back("statistics: record for predicate " +
                        std::to_string(p) + " which has no quads");
  }
}

// Checks that the ids used by quads are well-formed and, for dictionary
// ids, have an id2term entry. Ids are checked in batches (one MultiGet
// each); the set of ids already checked is bounded, so memory stays small
// and an id may be checked more than once.
class IdChecker {
 public:
  IdChecker(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* id2term,
            const rocksdb::Snapshot* snap, std::vector<std::string>* problems)
      : db_(db), id2term_(id2term), snap_(snap), problems_(problems) {}

  Status Add(const PermutedQuad& spog) {
    for (int i = 0; i < 4; ++i) {
      TermId id = spog[i];
      if (i == 3 && id == kDefaultGraphId) continue;
      if (IsInlineId(id)) continue;
      IdTag tag = TagOf(id);
      if (tag != kTagIri && tag != kTagBlank && tag != kTagLiteral) {
        Report("quad " + QuadText(spog) + " has an id with unknown tag");
        continue;
      }
      if (seen_.insert(id).second) pending_.push_back(id);
    }
    if (pending_.size() >= 4096) return Flush();
    return Status::OK();
  }

  Status Flush() {
    std::vector<std::string> keys(pending_.size(), std::string(8, '\0'));
    std::vector<rocksdb::Slice> slices;
    for (size_t i = 0; i < pending_.size(); ++i) {
      PutBigEndian64(keys[i].data(), pending_[i]);
      slices.emplace_back(keys[i]);
    }
    std::vector<rocksdb::PinnableSlice> values(keys.size());
    std::vector<rocksdb::Status> statuses(keys.size());
    rocksdb::ReadOptions ro;
    ro.snapshot = snap_;
    db_->MultiGet(ro, id2term_, slices.size(), slices.data(), values.data(),
                  statuses.data());
    for (size_t i = 0; i < keys.size(); ++i) {
      if (statuses[i].IsNotFound()) {
        Report("term id " + std::to_string(pending_[i]) +
               " is used by quads but missing from id2term");
      } else {
        SPOKE_RETURN_IF_ERROR(FromRocks(statuses[i], "read id2term"));
      }
    }
    pending_.clear();
    if (seen_.size() > (1u << 20)) seen_.clear();
    return Status::OK();
  }

 private:
  void Report(std::string problem) {
    if (reported_++ < kMaxReported) problems_->push_back(std::move(problem));
  }
  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* id2term_;
  const rocksdb::Snapshot* snap_;
  std::vector<std::string>* problems_;
  std::unordered_set<TermId> seen_;
  std::vector<TermId> pending_;
  int reported_ = 0;
};

}  // namespace

Status RocksStore::Check() const {
  const rocksdb::Snapshot* snap = db_->GetSnapshot();
  std::vector<std::string> problems;
  auto run = [&]() -> Status {
    // Every block of the column families the comparisons below do not read
    // whole (dictionary, statistics, catalog) is read once, so that its
    // checksum is verified; the six indexes are read whole below. Reads go
    // through this handle's open table files: DB::VerifyChecksum reopens
    // files by name, and failed on a read-only handle whose files a writer
    // process had compacted away.
    for (int cf : {kCfId2Term, kCfTerm2Id, kCfStats, kCfMeta}) {
      rocksdb::ReadOptions ro;
      ro.snapshot = snap;
      ro.verify_checksums = true;
      ro.fill_cache = false;
      std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cfs_[cf]));
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
      }
      SPOKE_RETURN_IF_ERROR(
          FromRocks(it->status(), std::string("read ") + CfName(cf)));
    }
    rocksdb::ColumnFamilyHandle* spog = cfs_[CfOf(IndexOrder::kSpog)];
    std::string temp_prefix = path_ + "/check-" + std::to_string(getpid()) + "-";
    for (int x = 1; x < kNumIndexes; ++x) {
      IndexOrder order = static_cast<IndexOrder>(x);
      ExternalSorter sorter(temp_prefix, options_.bulk_memory_budget);
      IndexStream in(db_.get(), cfs_[x], snap, order, IndexOrder::kSpog);
      PermutedQuad q;
      while (true) {
        Result<bool> more = in.Next(&q);
        if (!more.ok()) return more.status();
        if (!*more) break;
        SPOKE_RETURN_IF_ERROR(sorter.Add(q));
      }
      Result<std::unique_ptr<QuadStream>> sorted = sorter.Finish();
      if (!sorted.ok()) return sorted.status();
      IndexStream want(db_.get(), spog, snap, IndexOrder::kSpog,
                       IndexOrder::kSpog);
      SPOKE_RETURN_IF_ERROR(
          Compare(&want, sorted->get(), IndexName(order), &problems));
    }
    // Statistics recomputed from the SPOG and POSG indexes.
    StatsWalker walker(db_.get(), spog, cfs_[CfOf(IndexOrder::kPosg)],
                       /*empty=*/true);
    IdChecker ids(db_.get(), cfs_[kCfId2Term], snap, &problems);
    for (IndexOrder order : {IndexOrder::kSpog, IndexOrder::kPosg}) {
      IndexStream in(db_.get(), cfs_[CfOf(order)], snap, order, order);
      PermutedQuad q;
      while (true) {
        Result<bool> more = in.Next(&q);
        if (!more.ok()) return more.status();
        if (!*more) break;
        if (order == IndexOrder::kSpog) {
          SPOKE_RETURN_IF_ERROR(walker.FeedSpog(q, true));
          SPOKE_RETURN_IF_ERROR(ids.Add(q));
        } else {
          SPOKE_RETURN_IF_ERROR(walker.FeedPosg(q, true));
        }
      }
    }
    SPOKE_RETURN_IF_ERROR(ids.Flush());
    SPOKE_RETURN_IF_ERROR(walker.Finish());
    StoreStats stored;
    SPOKE_RETURN_IF_ERROR(ReadStats(db_.get(), cfs_[kCfStats], snap, &stored));
    CompareStats(walker.delta(), stored, &problems);
    return Status::OK();
  };
  Status s = run();
  db_->ReleaseSnapshot(snap);
  SPOKE_RETURN_IF_ERROR(s);
  if (problems.empty()) return Status::OK();
  std::string msg = "check found " + std::to_string(problems.size()) +
                    " problem(s): " + problems[0];
  std::string context;
  for (size_t i = 1; i < problems.size(); ++i) {
    context += (i > 1 ? "\n" : "") + problems[i];
  }
  return Status::Corruption(msg).WithContext(context);
}

}  // namespace spoke::storage
