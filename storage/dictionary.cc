#include "storage/dictionary.h"

#include <algorithm>
#include <atomic>

#include <rocksdb/write_batch.h>

#include "storage/column_families.h"
#include "storage/key_codec.h"
#include "storage/rocks_status.h"
#include "storage/term_codec.h"

namespace spoke::storage {

Dictionary::Dictionary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* id2term,
                       rocksdb::ColumnFamilyHandle* term2id,
                       rocksdb::ColumnFamilyHandle* meta, size_t cache_bytes)
    : db_(db),
      id2term_(id2term),
      term2id_(term2id),
      meta_(meta),
      cache_bytes_(cache_bytes) {}

Status Dictionary::Load() {
  std::string value;
  rocksdb::Status s =
      db_->Get(rocksdb::ReadOptions(), meta_, kMetaNextId, &value);
  std::lock_guard<std::mutex> lock(mu_);
  if (s.IsNotFound()) {
    next_seq_ = 1;
    return Status::OK();
  }
  SPOKE_RETURN_IF_ERROR(FromRocks(s, "read id counter"));
  if (value.size() != 8) return Status::Corruption("bad id counter");
  next_seq_ = GetBigEndian64(value.data());
  return Status::OK();
}

namespace {
std::atomic<uint64_t> term2id_hash_mask{~uint64_t{0}};
}  // namespace

uint64_t Dictionary::Term2IdHash(const TermHash& hash) {
  return (hash.high >> (64 - 8 * kTerm2IdHashSize)) &
         term2id_hash_mask.load(std::memory_order_relaxed);
}

void Dictionary::TEST_SetTerm2IdHashMask(uint64_t mask) {
  term2id_hash_mask.store(mask);
}

std::string Dictionary::Term2IdKey(const TermHash& hash, TermId id) {
  std::string key;
  char buf[kTerm2IdHashSize + kMaxIdKeySize];
  PutTerm2IdHash(buf, Term2IdHash(hash));
  key.assign(buf, kTerm2IdHashSize + PutIdKey(buf + kTerm2IdHashSize, id));
  return key;
}

Status Dictionary::MultiFind(const std::vector<TermHash>& hashes,
                             const std::vector<std::string_view>& encoded,
                             const rocksdb::Snapshot* snapshot,
                             std::vector<TermId>* ids) const {
  ids->assign(hashes.size(), 0);
  if (hashes.empty()) return Status::OK();
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  ro.prefix_same_as_start = true;  // the prefix bloom filter skips misses
  // Candidates: (term index, id) of every key with the term's hash.
  std::vector<std::pair<size_t, TermId>> candidates;
  {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, term2id_));
    for (size_t i = 0; i < hashes.size(); ++i) {
      char prefix[kTerm2IdHashSize];
      PutTerm2IdHash(prefix, Term2IdHash(hashes[i]));
      rocksdb::Slice pre(prefix, kTerm2IdHashSize);
      for (it->Seek(pre); it->Valid() && it->key().starts_with(pre);
           it->Next()) {
        const char* pos = it->key().data() + kTerm2IdHashSize;
        const char* end = it->key().data() + it->key().size();
        TermId id;
        if (!GetIdKey(&pos, end, &id) || pos != end) {
          return Status::Corruption("bad term2id key");
        }
        candidates.emplace_back(i, id);
      }
      SPOKE_RETURN_IF_ERROR(FromRocks(it->status(), "read term2id"));
    }
  }
  if (candidates.empty()) return Status::OK();
  // The hash is a hint: the candidate whose id2term entry is the term.
  std::vector<std::array<char, 8>> keys_bytes(candidates.size());
  std::vector<rocksdb::Slice> keys(candidates.size());
  for (size_t c = 0; c < candidates.size(); ++c) {
    PutBigEndian64(keys_bytes[c].data(), candidates[c].second);
    keys[c] = rocksdb::Slice(keys_bytes[c].data(), 8);
  }
  std::vector<rocksdb::PinnableSlice> values(candidates.size());
  std::vector<rocksdb::Status> statuses(candidates.size());
  db_->MultiGet(ro, id2term_, keys.size(), keys.data(), values.data(),
                statuses.data());
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (statuses[c].IsNotFound()) {
      return Status::Corruption("term2id names id " +
                                std::to_string(candidates[c].second) +
                                " without an id2term entry");
    }
    SPOKE_RETURN_IF_ERROR(FromRocks(statuses[c], "read id2term"));
    size_t i = candidates[c].first;
    if (std::string_view(values[c].data(), values[c].size()) == encoded[i]) {
      (*ids)[i] = candidates[c].second;
    }
  }
  return Status::OK();
}

void Dictionary::CachePut(const TermHash& hash, TermId id) {
  constexpr size_t kCost = 64;  // node, bucket and allocator overhead
  if (cache_used_ + kCost > cache_bytes_) {
    cache_.clear();
    cache_used_ = 0;
  }
  if (cache_.emplace(hash, id).second) cache_used_ += kCost;
}

void Dictionary::SetLoad(LoadTerms* load) {
  std::lock_guard<std::mutex> lock(mu_);
  load_ = load;
}

void Dictionary::ClearLoad() {
  std::lock_guard<std::mutex> lock(mu_);
  if (load_ != nullptr) load_->Clear();
}

uint64_t Dictionary::next_sequence() {
  std::lock_guard<std::mutex> lock(mu_);
  return next_seq_;
}

void Dictionary::TEST_SetNextSequence(uint64_t next) {
  std::lock_guard<std::mutex> lock(mu_);
  if (next > next_seq_) next_seq_ = next;
}

namespace {

void PutEntry(rocksdb::WriteBatch* batch, rocksdb::ColumnFamilyHandle* id2term,
              rocksdb::ColumnFamilyHandle* term2id, TermId id,
              const TermHash& hash, std::string_view encoded) {
  char key[8];
  PutBigEndian64(key, id);
  batch->Put(id2term, rocksdb::Slice(key, 8),
             rocksdb::Slice(encoded.data(), encoded.size()));
  batch->Put(term2id, Dictionary::Term2IdKey(hash, id), rocksdb::Slice());
}

}  // namespace

Status Dictionary::GetOrAssign(const std::vector<const Term*>& terms,
                               std::vector<TermId>* ids, LoadTerms* load) {
  ids->assign(terms.size(), 0);
  // The dictionary terms, encoded one after the other into one buffer.
  std::string bytes;
  std::vector<size_t> ends;
  std::vector<size_t> positions;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (std::optional<TermId> inl = InlineId(*terms[i])) {
      (*ids)[i] = *inl;
      continue;
    }
    SPOKE_RETURN_IF_ERROR(AppendEncodedTerm(*terms[i], &bytes));
    ends.push_back(bytes.size());
    positions.push_back(i);
  }
  std::vector<EncodedTerm> encoded(positions.size());
  size_t begin = 0;
  for (size_t j = 0; j < positions.size(); ++j) {
    encoded[j].bytes = std::string_view(bytes).substr(begin, ends[j] - begin);
    encoded[j].hash = HashTerm(encoded[j].bytes);
    begin = ends[j];
  }
  std::vector<TermId> found(positions.size());
  SPOKE_RETURN_IF_ERROR(
      GetOrAssignEncoded(encoded.data(), encoded.size(), found.data(), load));
  for (size_t j = 0; j < positions.size(); ++j) {
    (*ids)[positions[j]] = found[j];
  }
  return Status::OK();
}

size_t Dictionary::MissIndex(const EncodedTerm& term) {
  size_t mask = miss_slots_.size() - 1;
  for (size_t i = term.hash.low & mask;; i = (i + 1) & mask) {
    uint32_t m = miss_slots_[i];
    if (m == 0) {
      misses_.push_back(term);
      miss_slots_[i] = static_cast<uint32_t>(misses_.size());
      return misses_.size() - 1;
    }
    if (misses_[m - 1].hash == term.hash) return m - 1;
  }
}

Status Dictionary::GetOrAssignEncoded(const EncodedTerm* terms, size_t n,
                                      TermId* ids, LoadTerms* load) {
  std::fill(ids, ids + n, TermId{0});
  if (n >= UINT32_MAX / 4) {
    return Status::InvalidArgument("too many terms in one batch");
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (load != nullptr && load != load_) {
    return Status::Internal("bulk load terms are not registered");
  }
  // The running load's terms first (a load mostly finds its own terms),
  // many at a time.
  found_in_load_.resize(n);
  if (load_ != nullptr && !load_->empty()) {
    load_->FindMany(terms, n, found_in_load_.data());
  } else {
    std::fill(found_in_load_.begin(), found_in_load_.end(), TermId{0});
  }
  // Terms to look up in the store, deduplicated: miss_of_[i] is the miss
  // term i needs + 1 (0 when resolved already).
  misses_.clear();
  miss_of_.assign(n, 0);
  size_t unresolved = static_cast<size_t>(
      std::count(found_in_load_.begin(), found_in_load_.end(), TermId{0}));
  size_t slots = 16;
  while (slots < 2 * unresolved) slots *= 2;
  miss_slots_.assign(slots, 0);
  rocksdb::WriteBatch batch;
  for (size_t i = 0; i < n; ++i) {
    const EncodedTerm& t = terms[i];
    if (found_in_load_[i] != 0) {
      ids[i] = found_in_load_[i];
      // Another writer uses a term of the running load: its entries must
      // be in the store before that writer's quads are.
      if (load == nullptr) {
        PutEntry(&batch, id2term_, term2id_, ids[i], t.hash, t.bytes);
      }
      continue;
    }
    if (!cache_.empty()) {
      auto hit = cache_.find(t.hash);
      if (hit != cache_.end()) {
        ids[i] = hit->second;
        continue;
      }
    }
    miss_of_[i] = static_cast<uint32_t>(MissIndex(t) + 1);
  }
  std::vector<TermHash> miss_hashes(misses_.size());
  std::vector<std::string_view> miss_views(misses_.size());
  for (size_t m = 0; m < misses_.size(); ++m) {
    miss_hashes[m] = misses_[m].hash;
    miss_views[m] = misses_[m].bytes;
  }
  std::vector<TermId> found;
  SPOKE_RETURN_IF_ERROR(MultiFind(miss_hashes, miss_views, nullptr, &found));
  std::vector<bool> stored(misses_.size(), true);  // in the store: cacheable
  uint64_t seq = next_seq_;
  // New terms go into the load's table: prefetch their slots ahead.
  constexpr size_t kPrefetchAhead = 8;
  for (size_t m = 0; load != nullptr && m < kPrefetchAhead && m < misses_.size();
       ++m) {
    load->Prefetch(misses_[m].hash);
  }
  for (size_t m = 0; m < misses_.size(); ++m) {
    if (load != nullptr && m + kPrefetchAhead < misses_.size()) {
      load->Prefetch(misses_[m + kPrefetchAhead].hash);
    }
    if (found[m] != 0) continue;
    if (seq > kMaxSequence) {
      return Status::ResourceExhausted("term id space exhausted");
    }
    Result<IdTag> tag = EncodedTag(misses_[m].bytes);
    if (!tag.ok()) return tag.status();
    found[m] = MakeId(*tag, seq++);
    if (load != nullptr) {
      Status added = load->Add(misses_[m].hash, found[m], misses_[m].bytes);
      if (!added.ok()) {
        next_seq_ = seq;  // never hand out an id twice
        return added;
      }
      stored[m] = false;
    } else {
      PutEntry(&batch, id2term_, term2id_, found[m], misses_[m].hash,
               misses_[m].bytes);
    }
  }
  bool spill = load != nullptr && load->over_budget();
  if (spill) {
    // The load's id2term records are in its file: ingest it first, so that
    // no term2id entry names an id without an id2term entry.
    Result<std::vector<std::string>> files = load->FinishId2Term();
    if (!files.ok()) {
      next_seq_ = seq;
      return files.status();
    }
    if (!files->empty()) {
      rocksdb::IngestExternalFileOptions io;
      io.move_files = true;
      io.allow_global_seqno = true;
      io.allow_blocking_flush = true;
      Status ingested = FromRocks(
          db_->IngestExternalFile(id2term_, *files, io), "spill load terms");
      if (!ingested.ok()) {
        next_seq_ = seq;
        return ingested;
      }
    }
    for (const LoadTerms::Entry& e : load->entries()) {
      batch.Put(term2id_, Term2IdKey(e.hash, e.id), rocksdb::Slice());
    }
  }
  if (batch.Count() > 0) {
    // The counter covers every id written so far (the load's ids too).
    char counter[8];
    PutBigEndian64(counter, seq);
    batch.Put(meta_, kMetaNextId, rocksdb::Slice(counter, 8));
    SPOKE_RETURN_IF_ERROR(
        FromRocks(db_->Write(rocksdb::WriteOptions(), &batch),
                  "write dictionary"));
  }
  next_seq_ = seq;
  if (spill) {
    load->Clear();
    stored.assign(misses_.size(), true);
  }
  for (size_t i = 0; i < n; ++i) {
    if (miss_of_[i] != 0) ids[i] = found[miss_of_[i] - 1];
  }
  for (size_t m = 0; m < misses_.size(); ++m) {
    if (stored[m]) CachePut(misses_[m].hash, found[m]);
  }
  return Status::OK();
}

Status Dictionary::Find(const std::vector<const Term*>& terms,
                        std::vector<TermId>* ids,
                        const rocksdb::Snapshot* snapshot) const {
  ids->assign(terms.size(), 0);
  std::vector<std::string> encoded;
  std::vector<TermHash> hashes;
  std::vector<size_t> positions;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (std::optional<TermId> inl = InlineId(*terms[i])) {
      (*ids)[i] = *inl;
      continue;
    }
    Result<std::string> enc = EncodeTerm(*terms[i]);
    if (!enc.ok()) return enc.status();
    hashes.push_back(HashTerm(*enc));
    encoded.push_back(std::move(*enc));
    positions.push_back(i);
  }
  std::vector<TermId> found;
  std::vector<std::string_view> views(encoded.begin(), encoded.end());
  SPOKE_RETURN_IF_ERROR(MultiFind(hashes, views, snapshot, &found));
  for (size_t j = 0; j < positions.size(); ++j) {
    (*ids)[positions[j]] = found[j];
  }
  return Status::OK();
}

Result<TermId> Dictionary::Lookup(const Term& term,
                                  const rocksdb::Snapshot* snapshot) const {
  std::vector<TermId> ids;
  std::vector<const Term*> terms = {&term};
  SPOKE_RETURN_IF_ERROR(Find(terms, &ids, snapshot));
  if (ids[0] == 0) return Status::NotFound("unknown term " + term.ToNTriples());
  return ids[0];
}

Result<Term> Dictionary::Decode(TermId id,
                                const rocksdb::Snapshot* snapshot) const {
  if (IsInlineId(id)) return DecodeInlineId(id);
  IdTag tag = TagOf(id);
  if (tag != kTagIri && tag != kTagBlank && tag != kTagLiteral) {
    return Status::Corruption("bad term id " + std::to_string(id));
  }
  char key[8];
  PutBigEndian64(key, id);
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  rocksdb::PinnableSlice value;
  rocksdb::Status s =
      db_->Get(ro, id2term_, rocksdb::Slice(key, 8), &value);
  if (s.IsNotFound()) {
    return Status::Corruption("unknown term id " + std::to_string(id));
  }
  SPOKE_RETURN_IF_ERROR(FromRocks(s, "read id2term"));
  return DecodeTerm(std::string_view(value.data(), value.size()));
}

}  // namespace spoke::storage
