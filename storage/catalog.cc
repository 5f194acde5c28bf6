#include "storage/catalog.h"

#include "storage/column_families.h"
#include "storage/rocks_status.h"
#include "storage/term_codec.h"

namespace spoke::storage {

namespace {

void PutString(std::string* out, std::string_view s) {
  AppendBigEndian64(out, s.size());
  out->append(s);
}

bool GetU64(std::string_view* in, uint64_t* v) {
  if (in->size() < 8) return false;
  *v = GetBigEndian64(in->data());
  in->remove_prefix(8);
  return true;
}

bool GetString(std::string_view* in, std::string_view* s) {
  uint64_t len;
  if (!GetU64(in, &len) || len > in->size()) return false;
  *s = in->substr(0, len);
  in->remove_prefix(len);
  return true;
}

}  // namespace

std::string Catalog::DatasetKey(const std::string& name) {
  return kMetaDatasetPrefix + name;
}

std::string Catalog::GraphKey(TermId graph) {
  std::string key = kMetaGraphPrefix;
  AppendBigEndian64(&key, graph);
  return key;
}

std::string Catalog::QuadsKey(const std::string& name) {
  return "dataset_quads/" + name;
}

std::string Catalog::EncodeQuads(uint64_t quads) {
  std::string out;
  AppendBigEndian64(&out, quads);
  return out;
}

std::string Catalog::EncodeDataset(const DatasetRecord& record) {
  std::string out;
  PutString(&out, record.info.source);
  AppendBigEndian64(&out, static_cast<uint64_t>(record.info.loaded_at_unix_ms));
  AppendBigEndian64(&out, record.info.quads);
  AppendBigEndian64(&out, record.graph_ids.size());
  for (size_t i = 0; i < record.graph_ids.size(); ++i) {
    AppendBigEndian64(&out, record.graph_ids[i]);
    Result<std::string> term = EncodeTerm(record.info.graphs[i]);
    PutString(&out, term.ok() ? *term : std::string());
  }
  return out;
}

Result<DatasetRecord> Catalog::DecodeDataset(std::string_view name,
                                             std::string_view value) {
  DatasetRecord rec;
  rec.info.name = std::string(name);
  std::string_view source;
  uint64_t loaded_at, n;
  if (!GetString(&value, &source) || !GetU64(&value, &loaded_at) ||
      !GetU64(&value, &rec.info.quads) || !GetU64(&value, &n) ||
      n > value.size()) {
    return Status::Corruption("bad catalog entry for dataset '" +
                              rec.info.name + "'");
  }
  rec.info.source = std::string(source);
  rec.info.loaded_at_unix_ms = static_cast<int64_t>(loaded_at);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t id;
    std::string_view enc;
    if (!GetU64(&value, &id) || !GetString(&value, &enc)) {
      return Status::Corruption("bad catalog entry for dataset '" +
                                rec.info.name + "'");
    }
    Result<Term> term = DecodeTerm(enc);
    if (!term.ok()) return term.status();
    rec.graph_ids.push_back(id);
    rec.info.graphs.push_back(std::move(*term));
  }
  return rec;
}

Status Catalog::ReadAll(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta,
                        const rocksdb::Snapshot* snapshot,
                        std::vector<DatasetRecord>* out) {
  out->clear();
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, meta));
  std::string_view prefix = kMetaDatasetPrefix;
  for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size()));
       it->Valid() && it->key().starts_with(
                          rocksdb::Slice(prefix.data(), prefix.size()));
       it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    Result<DatasetRecord> rec = DecodeDataset(
        key.substr(prefix.size()),
        std::string_view(it->value().data(), it->value().size()));
    if (!rec.ok()) return rec.status();
    std::string quads;
    rocksdb::Status s = db->Get(ro, meta, QuadsKey(rec->info.name), &quads);
    if (s.ok()) {
      if (quads.size() != 8) {
        return Status::Corruption("bad quad count for dataset '" +
                                  rec->info.name + "'");
      }
      rec->info.quads = GetBigEndian64(quads.data());
    } else if (!s.IsNotFound()) {
      return FromRocks(s, "read catalog");
    }
    out->push_back(std::move(*rec));
  }
  return FromRocks(it->status(), "read catalog");
}

Status Catalog::Load(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta) {
  std::vector<DatasetRecord> all;
  SPOKE_RETURN_IF_ERROR(ReadAll(db, meta, nullptr, &all));
  datasets_.clear();
  owners_.clear();
  for (DatasetRecord& rec : all) Put(std::move(rec));
  return Status::OK();
}

const DatasetRecord* Catalog::Find(const std::string& name) const {
  auto it = datasets_.find(name);
  return it == datasets_.end() ? nullptr : &it->second;
}

const DatasetRecord* Catalog::OwnerOf(TermId g) const {
  auto it = owners_.find(g);
  return it == owners_.end() ? nullptr : it->second;
}

void Catalog::Put(DatasetRecord record) {
  Erase(record.info.name);
  std::string name = record.info.name;
  const DatasetRecord& stored = datasets_[name] = std::move(record);
  owners_.reserve(owners_.size() + stored.graph_ids.size());
  for (TermId g : stored.graph_ids) owners_[g] = &stored;
}

void Catalog::SetQuads(const std::string& name, uint64_t quads) {
  datasets_.at(name).info.quads = quads;
}

void Catalog::Erase(const std::string& name) {
  auto it = datasets_.find(name);
  if (it == datasets_.end()) return;
  for (TermId g : it->second.graph_ids) owners_.erase(g);
  datasets_.erase(it);
}

}  // namespace spoke::storage
