// Bulk loads whose new dictionary entries stay in memory (LoadTerms) until
// the commit ingests them: the budget here is large enough not to spill.

#include <set>

#include <gtest/gtest.h>

#include "storage/column_families.h"
#include "storage/rocks_store.h"
#include "tests/unit/storage/random_model.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

StoreOptions BigBudget() {
  StoreOptions o;
  o.sync_writes = false;
  o.block_cache_bytes = 8 << 20;
  o.bulk_memory_budget = 64 << 20;
  return o;
}

std::unique_ptr<RocksStore> OpenOrDie(const std::string& path) {
  auto store = RocksStore::OpenStore(BigBudget(), path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

Term G(int i) { return Term::Iri("http://ex.org/g" + std::to_string(i)); }

std::vector<Quad> RandomQuads(RandomModel* model, int n, const Term& g) {
  std::vector<Quad> out;
  for (int i = 0; i < n; ++i) {
    Quad q = model->RandomQuad();
    q.graph = g;
    out.push_back(q);
  }
  return out;
}

size_t CountKeys(RocksStore* store, int cf) {
  std::unique_ptr<rocksdb::Iterator> it(
      store->db()->NewIterator(rocksdb::ReadOptions(), store->cf(cf)));
  size_t n = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
  return n;
}

// 5000 quads: more than one resolve batch, so terms are assigned before
// Commit.
constexpr int kQuads = 5000;

TEST(LoadTermsTest, LoadedTermsMatchModelAndSurviveReopen) {
  TempDir dir;
  RandomModel model(61);
  {
    auto store = OpenOrDie(dir.db());
    QuadBatch pre;
    for (const Quad& q : RandomQuads(&model, 200, G(0))) {
      pre.Insert(q);
      model.Insert(q);
    }
    ASSERT_OK(store->Apply(pre).status());
    std::vector<Quad> quads = RandomQuads(&model, kQuads, G(1));
    quads.push_back({Term::Iri("http://ex.org/only-in-load"),
                     Term::Iri("http://ex.org/p"), Term::Literal("new"), G(1)});
    for (const Quad& q : quads) model.Insert(q);
    BulkLoadOptions o;
    o.dataset = "d";
    auto load = store->StartBulkLoad(o);
    ASSERT_OK(load.status());
    for (const Quad& q : quads) ASSERT_OK((*load)->Add(q));
    ASSERT_OK((*load)->Commit().status());
    model.CheckScans(*store->NewReadView());
    ASSERT_OK(store->Check());
  }
  // After reopening, new ids continue after the load's (the counter was
  // ingested with it): a reused id would decode to the wrong term.
  auto store = OpenOrDie(dir.db());
  QuadBatch post;
  for (int i = 0; i < 50; ++i) {
    Quad q{Term::Iri("http://ex.org/after/" + std::to_string(i)),
           Term::Iri("http://ex.org/p"),
           Term::Literal("after " + std::to_string(i)), G(0)};
    post.Insert(q);
    model.Insert(q);
  }
  ASSERT_OK(store->Apply(post).status());
  auto view = store->NewReadView();
  model.CheckScans(*view);
  model.CheckStats(*view);
  ASSERT_OK(store->Check());
}

TEST(LoadTermsTest, AbortedLoadWritesNoDictionaryEntries) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  RandomModel model(62);
  size_t before = CountKeys(store.get(), kCfId2Term);
  {
    BulkLoadOptions o;
    o.dataset = "d";
    auto load = store->StartBulkLoad(o);
    ASSERT_OK(load.status());
    for (const Quad& q : RandomQuads(&model, kQuads, G(0))) {
      ASSERT_OK((*load)->Add(q));
    }
  }
  EXPECT_EQ(CountKeys(store.get(), kCfId2Term), before);
  EXPECT_EQ(CountKeys(store.get(), kCfTerm2Id), before);
  ASSERT_OK(store->Check());
}

// Another writer uses a term the running load assigned: both must agree
// on its id, and the writer's quad must stay valid if the load is dropped.
TEST(LoadTermsTest, WriterSharesTermsOfRunningLoad) {
  for (bool commit : {false, true}) {
    SCOPED_TRACE(commit ? "commit" : "abort");
    TempDir dir;
    auto store = OpenOrDie(dir.db());
    RandomModel model(63);
    Term shared = Term::Literal("shared term");
    std::vector<Quad> quads = RandomQuads(&model, kQuads, G(1));
    quads[0].object = shared;
    BulkLoadOptions o;
    o.dataset = "d";
    auto load = store->StartBulkLoad(o);
    ASSERT_OK(load.status());
    for (const Quad& q : quads) ASSERT_OK((*load)->Add(q));
    Quad mine{Term::Iri("http://ex.org/writer"), Term::Iri("http://ex.org/p"),
              shared, G(0)};
    QuadBatch batch;
    batch.Insert(mine);
    ASSERT_OK(store->Apply(batch).status());
    model.Insert(mine);
    if (commit) {
      ASSERT_OK((*load)->Commit().status());
      for (const Quad& q : quads) model.Insert(q);
    }
    load->reset();
    auto view = store->NewReadView();
    // One id for the term: a scan by it finds every quad that uses it.
    auto id = view->Lookup(shared);
    ASSERT_OK(id.status());
    ScanSpec by_object;
    by_object.o = *id;
    size_t found = 0;
    for (auto c = view->Scan(by_object); c->Valid(); c->Next()) ++found;
    EXPECT_EQ(found, commit ? 2u : 1u);
    model.CheckScans(*view);
    model.CheckStats(*view);
    ASSERT_OK(store->Check());
  }
}

// A load with more new terms than its budget holds spills them mid-load
// (its id2term files are ingested, its term2id entries written): every
// term keeps one id, before and after the commit, and after reopening.
TEST(LoadTermsTest, SpilledTermsKeepTheirIds) {
  TempDir dir;
  StoreOptions small = BigBudget();
  small.bulk_memory_budget = 256 << 10;  // LoadTerms: 64 KiB
  auto opened = RocksStore::OpenStore(small, dir.db());
  ASSERT_OK(opened.status());
  std::unique_ptr<RocksStore> store = std::move(*opened);
  std::set<Quad> want;
  auto quad = [](int i, int j) {
    // IRIs, blank nodes and literals: every id tag; term j repeats.
    return Quad{i % 7 == 0 ? Term::Blank("b" + std::to_string(i))
                           : Term::Iri("http://ex.org/s/" + std::to_string(i)),
                Term::Iri("http://ex.org/p/" + std::to_string(i % 5)),
                Term::Literal("value " + std::to_string(j)), G(i % 3)};
  };
  BulkLoadOptions o;
  o.dataset = "d";
  auto load = store->StartBulkLoad(o);
  ASSERT_OK(load.status());
  for (int i = 0; i < 12000; ++i) {
    Quad q = quad(i, i % 4000);
    want.insert(q);
    ASSERT_OK((*load)->Add(q));
  }
  // A writer meets spilled terms and pending ones while the load runs.
  QuadBatch batch;
  Quad mine{Term::Iri("http://ex.org/s/1"), Term::Iri("http://ex.org/p/9"),
            Term::Literal("value 3999"), G(0)};
  batch.Insert(mine);
  ASSERT_OK(store->Apply(batch).status());
  want.insert(mine);
  ASSERT_OK((*load)->Commit().status());
  load->reset();
  auto check = [&](RocksStore* s) {
    auto view = s->NewReadView();
    std::set<Quad> got;
    for (auto c = view->Scan({}); c->Valid(); c->Next()) {
      const IdQuad& q = c->quad();
      auto t = [&](TermId id) {
        Result<Term> r = view->Decode(id);
        EXPECT_TRUE(r.ok()) << r.status().ToString();
        return r.ok() ? *r : Term();
      };
      got.insert(Quad{t(q.s), t(q.p), t(q.o), t(q.g)});
    }
    EXPECT_EQ(got, want);
    // Every term has one id: a lookup by term finds all of its quads.
    auto id = view->Lookup(Term::Literal("value 3999"));
    ASSERT_OK(id.status());
    ScanSpec by_object;
    by_object.o = *id;
    size_t n = 0;
    for (auto c = view->Scan(by_object); c->Valid(); c->Next()) ++n;
    EXPECT_EQ(n, 4u);  // i = 3999, 7999, 11999 and the writer's
    ASSERT_OK(s->Check());
  };
  check(store.get());
  store.reset();
  auto again = RocksStore::OpenStore(small, dir.db());
  ASSERT_OK(again.status());
  check(again->get());
}

}  // namespace
}  // namespace spoke::storage
