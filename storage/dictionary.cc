#include "storage/dictionary.h"

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

Status Dictionary::MultiFind(const std::vector<TermHash>& hashes,
                             const rocksdb::Snapshot* snapshot,
                             std::vector<TermId>* ids) const {
  ids->assign(hashes.size(), 0);
  if (hashes.empty()) return Status::OK();
  std::vector<std::array<char, 16>> keys_bytes(hashes.size());
  std::vector<rocksdb::Slice> keys(hashes.size());
  for (size_t i = 0; i < hashes.size(); ++i) {
    keys_bytes[i] = TermHashKey(hashes[i]);
    keys[i] = rocksdb::Slice(keys_bytes[i].data(), keys_bytes[i].size());
  }
  std::vector<rocksdb::PinnableSlice> values(hashes.size());
  std::vector<rocksdb::Status> statuses(hashes.size());
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  db_->MultiGet(ro, term2id_, keys.size(), keys.data(), values.data(),
                statuses.data());
  for (size_t i = 0; i < hashes.size(); ++i) {
    if (statuses[i].IsNotFound()) continue;
    SPOKE_RETURN_IF_ERROR(FromRocks(statuses[i], "read term2id"));
    if (values[i].size() != 8) return Status::Corruption("bad term2id value");
    (*ids)[i] = GetBigEndian64(values[i].data());
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

uint64_t Dictionary::next_sequence() {
  std::lock_guard<std::mutex> lock(mu_);
  return next_seq_;
}

namespace {

void PutEntry(rocksdb::WriteBatch* batch, rocksdb::ColumnFamilyHandle* id2term,
              rocksdb::ColumnFamilyHandle* term2id, TermId id,
              const TermHash& hash, std::string_view encoded) {
  char key[8];
  PutBigEndian64(key, id);
  std::array<char, 16> hkey = TermHashKey(hash);
  batch->Put(id2term, rocksdb::Slice(key, 8),
             rocksdb::Slice(encoded.data(), encoded.size()));
  batch->Put(term2id, rocksdb::Slice(hkey.data(), hkey.size()),
             rocksdb::Slice(key, 8));
}

}  // namespace

Status Dictionary::GetOrAssign(const std::vector<const Term*>& terms,
                               std::vector<TermId>* ids, LoadTerms* load) {
  ids->assign(terms.size(), 0);
  std::lock_guard<std::mutex> lock(mu_);
  if (load != nullptr && load != load_) {
    return Status::Internal("bulk load terms are not registered");
  }
  // Terms to look up in the store, deduplicated; slot[i] is the miss that
  // term i needs (-1 when resolved already).
  std::vector<std::string> misses;
  std::vector<TermHash> miss_hashes;
  std::unordered_map<TermHash, size_t, TermHashHasher> miss_index;
  std::vector<int64_t> slot(terms.size(), -1);
  std::vector<size_t> first_term;  // a term index per miss
  rocksdb::WriteBatch batch;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (std::optional<TermId> inl = InlineId(*terms[i])) {
      (*ids)[i] = *inl;
      continue;
    }
    Result<std::string> enc = EncodeTerm(*terms[i]);
    if (!enc.ok()) return enc.status();
    TermHash hash = HashTerm(*enc);
    auto hit = cache_.find(hash);
    if (hit != cache_.end()) {
      (*ids)[i] = hit->second;
      continue;
    }
    if (load_ != nullptr) {
      if (std::optional<TermId> pending = load_->Find(hash)) {
        (*ids)[i] = *pending;
        // Another writer uses a term of the running load: its entries must
        // be in the store before that writer's quads are.
        if (load == nullptr) {
          PutEntry(&batch, id2term_, term2id_, *pending, hash, *enc);
        }
        continue;
      }
    }
    auto found = miss_index.find(hash);
    if (found != miss_index.end()) {
      slot[i] = static_cast<int64_t>(found->second);
      continue;
    }
    slot[i] = static_cast<int64_t>(misses.size());
    first_term.push_back(i);
    miss_index.emplace(hash, misses.size());
    misses.push_back(std::move(*enc));
    miss_hashes.push_back(hash);
  }
  std::vector<TermId> found;
  SPOKE_RETURN_IF_ERROR(MultiFind(miss_hashes, nullptr, &found));
  std::vector<bool> stored(misses.size(), true);  // in the store: cacheable
  uint64_t seq = next_seq_;
  for (size_t m = 0; m < misses.size(); ++m) {
    if (found[m] != 0) continue;
    if (seq > kMaxSequence) {
      return Status::ResourceExhausted("term id space exhausted");
    }
    Result<IdTag> tag = DictionaryTag(*terms[first_term[m]]);
    if (!tag.ok()) return tag.status();
    found[m] = MakeId(*tag, seq++);
    if (load != nullptr) {
      load->Add(miss_hashes[m], found[m], misses[m]);
      stored[m] = false;
    } else {
      PutEntry(&batch, id2term_, term2id_, found[m], miss_hashes[m], misses[m]);
    }
  }
  bool spill = load != nullptr && load->over_budget();
  if (spill) {
    for (const LoadTerms::Entry& e : load->entries()) {
      PutEntry(&batch, id2term_, term2id_, e.id, e.hash, e.encoded);
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
    stored.assign(misses.size(), true);
  }
  for (size_t i = 0; i < terms.size(); ++i) {
    if (slot[i] >= 0) (*ids)[i] = found[slot[i]];
  }
  for (size_t m = 0; m < misses.size(); ++m) {
    if (stored[m]) CachePut(miss_hashes[m], found[m]);
  }
  return Status::OK();
}

Status Dictionary::Find(const std::vector<const Term*>& terms,
                        std::vector<TermId>* ids,
                        const rocksdb::Snapshot* snapshot) const {
  ids->assign(terms.size(), 0);
  std::vector<TermHash> encoded;
  std::vector<size_t> positions;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (std::optional<TermId> inl = InlineId(*terms[i])) {
      (*ids)[i] = *inl;
      continue;
    }
    Result<std::string> enc = EncodeTerm(*terms[i]);
    if (!enc.ok()) return enc.status();
    encoded.push_back(HashTerm(*enc));
    positions.push_back(i);
  }
  std::vector<TermId> found;
  SPOKE_RETURN_IF_ERROR(MultiFind(encoded, snapshot, &found));
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
