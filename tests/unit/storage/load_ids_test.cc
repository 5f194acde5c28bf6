// The ids a bulk load assigns: the parser thread encodes and hashes the
// terms (reusing a recent term's encoding at the same position), the
// resolver looks them up many at a time. Whatever the shortcuts, new terms
// must get ids in the order of their first occurrence (s, p, o, g of each
// quad in turn), so the same input gives the same database.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <rocksdb/sst_file_reader.h>

#include "storage/key_codec.h"
#include "storage/load_terms.h"
#include "storage/rocks_store.h"
#include "storage/term_codec.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

std::unique_ptr<RocksStore> OpenOrDie(const std::string& path,
                                      size_t budget = 64 << 20) {
  StoreOptions o;
  o.sync_writes = false;
  o.block_cache_bytes = 8 << 20;
  o.bulk_memory_budget = budget;
  auto store = RocksStore::OpenStore(o, path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

Term Iri(const std::string& s) { return Term::Iri("http://ex.org/" + s); }

// Quads shaped like real data, with terms that the encoding memo could
// confuse: subject runs, few predicates, graph runs, IRIs of one length
// that differ in one byte, the same term in several positions, inline and
// dictionary literals.
std::vector<Quad> ShapedQuads(int n) {
  std::vector<Quad> out;
  for (int i = 0; i < n; ++i) {
    Quad q;
    // Same size, same last and middle bytes: "sNNa", the digits vary.
    char s[8];
    std::snprintf(s, sizeof(s), "s%03da", (i / 3) % 997);
    q.subject = i % 11 == 0 ? Term::Blank("b" + std::to_string(i / 7)) : Iri(s);
    q.predicate = Iri("p" + std::to_string(i % 5));
    switch (i % 6) {
      case 0: q.object = Iri(s); break;  // a subject as object
      case 1: q.object = Term::TypedLiteral(std::to_string(i % 13), kXsdInteger); break;
      case 2: q.object = Term::TypedLiteral("0" + std::to_string(i % 13), kXsdInteger); break;
      case 3: q.object = Term::LangLiteral("label " + std::to_string(i % 50), "en"); break;
      case 4: q.object = Term::Literal("label " + std::to_string(i % 50)); break;
      default: q.object = Iri("p" + std::to_string(i % 4)); break;  // a predicate
    }
    q.graph = Iri("g" + std::to_string(i / 4));
    out.push_back(q);
  }
  return out;
}

TEST(LoadIdsTest, NewTermsGetIdsInOrderOfFirstOccurrence) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  // More than two resolve batches (4096 quads each).
  std::vector<Quad> quads = ShapedQuads(10000);
  std::map<Term, TermId> expected;
  uint64_t seq = store->dictionary()->next_sequence();
  for (const Quad& q : quads) {
    for (const Term* t : {&q.subject, &q.predicate, &q.object, &q.graph}) {
      if (t->is_none() || InlineId(*t).has_value()) continue;
      if (expected.count(*t)) continue;
      Result<IdTag> tag = DictionaryTag(*t);
      ASSERT_OK(tag.status());
      expected[*t] = MakeId(*tag, seq++);
    }
  }
  BulkLoadOptions o;
  o.dataset = "d";
  auto load = store->StartBulkLoad(o);
  ASSERT_OK(load.status());
  for (Quad q : quads) {
    ASSERT_OK((*load)->Add(std::move(q)));
  }
  Result<LoadResult> r = (*load)->Commit();
  ASSERT_OK(r.status());
  EXPECT_EQ(r->quads_read, quads.size());
  for (const auto& [term, id] : expected) {
    Result<TermId> got = store->dictionary()->Lookup(term, nullptr);
    ASSERT_OK(got.status());
    EXPECT_EQ(*got, id) << term.ToNTriples();
    Result<Term> back = store->dictionary()->Decode(id, nullptr);
    ASSERT_OK(back.status());
    EXPECT_EQ(*back, term);
  }
  EXPECT_EQ(store->dictionary()->next_sequence(), seq);
  ASSERT_OK(store->Check());
}

TEST(LoadIdsTest, HugeTermsHandTheBatchOverEarly) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  BulkLoadOptions o;
  o.dataset = "d";
  auto load = store->StartBulkLoad(o);
  ASSERT_OK(load.status());
  std::vector<Quad> quads;
  for (int i = 0; i < 5; ++i) {
    // 3 MiB each: a batch holds at most three of them.
    std::string big(3 << 20, static_cast<char>('a' + i));
    quads.push_back(
        {Iri("s" + std::to_string(i)), Iri("p"), Term::Literal(big), Iri("g")});
    ASSERT_OK((*load)->Add(quads.back()));
  }
  ASSERT_OK((*load)->Commit().status());
  for (const Quad& q : quads) {
    Result<TermId> id = store->dictionary()->Lookup(q.object, nullptr);
    ASSERT_OK(id.status());
    Result<Term> back = store->dictionary()->Decode(*id, nullptr);
    ASSERT_OK(back.status());
    EXPECT_EQ(*back, q.object);
  }
  ASSERT_OK(store->Check());
}

// FindMany (pipelined) must agree with Find, also where the 32 check bits
// of different hashes match and their home slots are the same.
TEST(LoadIdsTest, FindManyAgreesWithFind) {
  TempDir dir;
  LoadTerms terms(64 << 20, rocksdb::Options(), dir.path() + "/t-");
  std::vector<TermHash> present;
  for (uint64_t i = 0; i < 3000; ++i) {
    // Groups of 4 share the check bits (low 32 of high) and the home slot.
    TermHash h{(i << 32) | (i / 4), (i / 4) * 64};
    ASSERT_OK(terms.Add(h, MakeId(kTagIri, i + 1), "Ix"));
    present.push_back(h);
  }
  std::vector<EncodedTerm> probe;
  for (uint64_t i = 0; i < 3000; i += 3) probe.push_back({present[i], "Ix"});
  for (uint64_t i = 0; i < 500; ++i) {
    // Absent: same check bits and home slots as present ones.
    probe.push_back({TermHash{(uint64_t{9999} << 32) | (i / 4), (i / 4) * 64},
                     "Ix"});
  }
  std::vector<TermId> ids(probe.size(), 12345);
  terms.FindMany(probe.data(), probe.size(), ids.data());
  size_t hits = 0;
  for (size_t k = 0; k < probe.size(); ++k) {
    std::optional<TermId> one = terms.Find(probe[k].hash);
    EXPECT_EQ(ids[k], one.value_or(0)) << k;
    if (ids[k] != 0) ++hits;
  }
  EXPECT_EQ(hits, 1000u);
  ASSERT_OK(terms.FinishId2Term().status());
}

// The id2term files are written by LoadTerms' own thread: its failure
// reaches the caller (from a later Add or from FinishId2Term) as an IOError.
TEST(LoadIdsTest, Id2TermWriterErrorReachesTheCaller) {
  TempDir dir;
  LoadTerms terms(64 << 20, rocksdb::Options(), dir.path() + "/missing/t-");
  std::string value(1000, 'x');
  Status s;
  for (uint64_t i = 0; i < 5000 && s.ok(); ++i) {
    s = terms.Add(TermHash{i, i * 7}, MakeId(kTagLiteral, i + 1), "S" + value);
  }
  if (s.ok()) s = terms.FinishId2Term().status();
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
  // The entries themselves are still there to be found.
  EXPECT_EQ(terms.Find(TermHash{3, 21}).value_or(0), MakeId(kTagLiteral, 4));
}

// Without errors, every record reaches the files, whatever the runs.
TEST(LoadIdsTest, Id2TermFilesHoldEveryRecord) {
  TempDir dir;
  LoadTerms terms(64 << 20, rocksdb::Options(), dir.path() + "/t-");
  constexpr uint64_t kN = 6000;  // ~3 MB: several runs
  for (uint64_t i = 0; i < kN; ++i) {
    IdTag tag = i % 3 == 0 ? kTagIri : kTagLiteral;
    ASSERT_OK(terms.Add(TermHash{i, i}, MakeId(tag, i + 1),
                        std::string(1, tag == kTagIri ? 'I' : 'S') +
                            std::string(500, static_cast<char>('a' + i % 26))));
  }
  Result<std::vector<std::string>> files = terms.FinishId2Term();
  ASSERT_OK(files.status());
  ASSERT_EQ(files->size(), 2u);
  uint64_t seen = 0;
  for (const std::string& f : *files) {
    rocksdb::SstFileReader reader{rocksdb::Options()};
    ASSERT_TRUE(reader.Open(f).ok());
    std::unique_ptr<rocksdb::Iterator> it(
        reader.NewIterator(rocksdb::ReadOptions()));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      uint64_t seq = GetBigEndian64(it->key().data()) & kPayloadMask;
      ASSERT_EQ(it->value().size(), 501u);
      EXPECT_EQ(it->value()[1], static_cast<char>('a' + (seq - 1) % 26));
      ++seen;
    }
    std::filesystem::remove(f);
  }
  EXPECT_EQ(seen, kN);
}

}  // namespace
}  // namespace spoke::storage
