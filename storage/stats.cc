#include "storage/stats.h"

#include <cstring>

#include "storage/rocks_status.h"

namespace spoke::storage {

namespace {

constexpr char kTotalsKey[] = "T";
constexpr char kPredicatePrefix = 'P';

std::string PredicateKey(TermId p) {
  std::string key(1, kPredicatePrefix);
  AppendBigEndian64(&key, p);
  return key;
}

std::string EncodeCounts(std::initializer_list<uint64_t> counts) {
  std::string out;
  for (uint64_t c : counts) AppendBigEndian64(&out, c);
  return out;
}

Status DecodeCounts(std::string_view value, size_t n, uint64_t* out) {
  if (value.size() != 8 * n) return Status::Corruption("bad statistics record");
  for (size_t i = 0; i < n; ++i) out[i] = GetBigEndian64(value.data() + 8 * i);
  return Status::OK();
}

Status AddSigned(uint64_t* count, int64_t delta, const char* what) {
  if (delta < 0 && static_cast<uint64_t>(-delta) > *count) {
    return Status::Corruption(std::string("statistics would go negative: ") +
                              what);
  }
  *count += static_cast<uint64_t>(delta);
  return Status::OK();
}

}  // namespace

Status ReadStats(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                 const rocksdb::Snapshot* snapshot, StoreStats* out) {
  *out = StoreStats();
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    std::string_view value(it->value().data(), it->value().size());
    if (key == kTotalsKey) {
      uint64_t c[2];
      SPOKE_RETURN_IF_ERROR(DecodeCounts(value, 2, c));
      out->quads = c[0];
      out->triples = c[1];
    } else if (key.size() == 9 && key[0] == kPredicatePrefix) {
      uint64_t c[4];
      SPOKE_RETURN_IF_ERROR(DecodeCounts(value, 4, c));
      out->predicates.push_back(
          {GetBigEndian64(key.data() + 1), c[0], c[1], c[2], c[3]});
    } else {
      return Status::Corruption("unknown statistics key");
    }
  }
  return FromRocks(it->status(), "read statistics");
}

Status ReadPredicateStats(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                          const rocksdb::Snapshot* snapshot, TermId predicate,
                          PredicateStats* out) {
  *out = PredicateStats();
  out->predicate = predicate;
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  std::string value;
  rocksdb::Status s = db->Get(ro, cf, PredicateKey(predicate), &value);
  if (s.IsNotFound()) return Status::OK();
  SPOKE_RETURN_IF_ERROR(FromRocks(s, "read statistics"));
  uint64_t c[4];
  SPOKE_RETURN_IF_ERROR(DecodeCounts(value, 4, c));
  out->quads = c[0];
  out->triples = c[1];
  out->distinct_subjects = c[2];
  out->distinct_objects = c[3];
  return Status::OK();
}

Status ComputeStatsUpdates(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                           const StatsDelta& delta,
                           std::vector<StatsUpdate>* out) {
  out->clear();
  // Predicate keys ("P...") sort before the totals key ("T").
  for (const auto& [p, d] : delta.predicates) {
    if (d.quads == 0 && d.triples == 0 && d.subjects == 0 && d.objects == 0) {
      continue;
    }
    PredicateStats cur;
    SPOKE_RETURN_IF_ERROR(ReadPredicateStats(db, cf, nullptr, p, &cur));
    SPOKE_RETURN_IF_ERROR(AddSigned(&cur.quads, d.quads, "quads"));
    SPOKE_RETURN_IF_ERROR(AddSigned(&cur.triples, d.triples, "triples"));
    SPOKE_RETURN_IF_ERROR(
        AddSigned(&cur.distinct_subjects, d.subjects, "subjects"));
    SPOKE_RETURN_IF_ERROR(
        AddSigned(&cur.distinct_objects, d.objects, "objects"));
    if (cur.quads == 0) {
      out->emplace_back(PredicateKey(p), std::nullopt);
    } else {
      out->emplace_back(PredicateKey(p),
                        EncodeCounts({cur.quads, cur.triples,
                                      cur.distinct_subjects,
                                      cur.distinct_objects}));
    }
  }
  if (delta.quads != 0 || delta.triples != 0) {
    std::string value;
    uint64_t c[2] = {0, 0};
    rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf, kTotalsKey, &value);
    if (!s.IsNotFound()) {
      SPOKE_RETURN_IF_ERROR(FromRocks(s, "read statistics"));
      SPOKE_RETURN_IF_ERROR(DecodeCounts(value, 2, c));
    }
    SPOKE_RETURN_IF_ERROR(AddSigned(&c[0], delta.quads, "total quads"));
    SPOKE_RETURN_IF_ERROR(AddSigned(&c[1], delta.triples, "total triples"));
    out->emplace_back(kTotalsKey, EncodeCounts({c[0], c[1]}));
  }
  return Status::OK();
}

IndexProber::IndexProber(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                         bool empty)
    : empty_(empty) {
  if (!empty_) it_.reset(db->NewIterator(rocksdb::ReadOptions(), cf));
}

Status IndexProber::SeekTo(const std::string& prefix) {
  if (positioned_ && target_ <= prefix) {
    // Already at the first key >= target_: step forward a little before
    // paying for a seek.
    for (int steps = 0; steps < 8; ++steps) {
      if (!it_->Valid()) {
        target_ = prefix;
        return FromRocks(it_->status(), "probe index");
      }
      if (it_->key().compare(prefix) >= 0) {
        target_ = prefix;
        return Status::OK();
      }
      it_->Next();
    }
  }
  it_->Seek(prefix);
  target_ = prefix;
  positioned_ = true;
  return FromRocks(it_->status(), "probe index");
}

Result<bool> IndexProber::Exists(const std::string& prefix) {
  if (empty_) return false;
  SPOKE_RETURN_IF_ERROR(SeekTo(prefix));
  return it_->Valid() && it_->key().starts_with(prefix);
}

Result<uint64_t> IndexProber::CountUpTo(const std::string& prefix,
                                        uint64_t limit) {
  if (empty_) return uint64_t{0};
  SPOKE_RETURN_IF_ERROR(SeekTo(prefix));
  uint64_t n = 0;
  while (n < limit && it_->Valid() && it_->key().starts_with(prefix)) {
    ++n;
    it_->Next();
  }
  SPOKE_RETURN_IF_ERROR(FromRocks(it_->status(), "probe index"));
  // Keep the invariant: it_ is at the first key >= target_.
  if (it_->Valid()) {
    target_.assign(it_->key().data(), it_->key().size());
  } else {
    positioned_ = false;
  }
  return n;
}

Status StatsWalker::CloseGroup(Group* group, IndexProber* prober,
                               int64_t* counter) {
  if (!group->open) return Status::OK();
  group->open = false;
  std::string prefix;
  for (int i = 0; i < group->width; ++i) {
    AppendIdKey(&prefix, group->key[i]);
  }
  bool before, after;
  if (group->deletes == 0) {
    Result<bool> exists = prober->Exists(prefix);
    if (!exists.ok()) return exists.status();
    before = *exists;
    after = before || group->any_insert;
  } else {
    // Every deleted key was present; the prefix survives if it has more
    // keys than the deletions remove, or gains one.
    before = true;
    if (group->any_insert) {
      after = true;
    } else {
      Result<uint64_t> n = prober->CountUpTo(prefix, group->deletes + 1);
      if (!n.ok()) return n.status();
      after = *n > group->deletes;
    }
  }
  *counter += static_cast<int64_t>(after) - static_cast<int64_t>(before);
  return Status::OK();
}

Status StatsWalker::Feed(Group* group, int width, const PermutedQuad& key,
                         bool insert, IndexProber* prober, TermId predicate,
                         int64_t PredicateDelta::*field,
                         bool also_total_triples) {
  bool same = group->open &&
              std::memcmp(group->key.data(), key.data(), 8 * width) == 0;
  if (!same) {
    if (group->open) {
      TermId p = (group == &spo_) ? spo_pred_ : (group == &sp_) ? sp_pred_
                                                                 : po_pred_;
      int64_t change = 0;
      SPOKE_RETURN_IF_ERROR(CloseGroup(group, prober, &change));
      delta_.predicates[p].*field += change;
      if (also_total_triples) delta_.triples += change;
    }
    group->open = true;
    group->key = key;
    group->width = width;
    group->any_insert = false;
    group->deletes = 0;
    if (group == &spo_) spo_pred_ = predicate;
    else if (group == &sp_) sp_pred_ = predicate;
    else po_pred_ = predicate;
  }
  if (insert) {
    group->any_insert = true;
  } else {
    ++group->deletes;
  }
  return Status::OK();
}

Status StatsWalker::FeedSpog(const PermutedQuad& key, bool insert) {
  int64_t d = insert ? 1 : -1;
  delta_.quads += d;
  delta_.predicates[key[1]].quads += d;
  SPOKE_RETURN_IF_ERROR(Feed(&spo_, 3, key, insert, &spo_prober_, key[1],
                             &PredicateDelta::triples, true));
  return Feed(&sp_, 2, key, insert, &sp_prober_, key[1],
              &PredicateDelta::subjects, false);
}

Status StatsWalker::FeedPosg(const PermutedQuad& key, bool insert) {
  return Feed(&po_, 2, key, insert, &po_prober_, key[0],
              &PredicateDelta::objects, false);
}

Status StatsWalker::Finish() {
  struct {
    Group* group;
    IndexProber* prober;
    TermId p;
    int64_t PredicateDelta::*field;
    bool total;
  } groups[] = {
      {&spo_, &spo_prober_, spo_pred_, &PredicateDelta::triples, true},
      {&sp_, &sp_prober_, sp_pred_, &PredicateDelta::subjects, false},
      {&po_, &po_prober_, po_pred_, &PredicateDelta::objects, false},
  };
  for (auto& g : groups) {
    if (!g.group->open) continue;
    int64_t change = 0;
    SPOKE_RETURN_IF_ERROR(CloseGroup(g.group, g.prober, &change));
    delta_.predicates[g.p].*g.field += change;
    if (g.total) delta_.triples += change;
  }
  return Status::OK();
}

}  // namespace spoke::storage
