#include "storage/quad_store.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <thread>

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include "storage/column_families.h"
#include "storage/rocks_store.h"
#include "tests/unit/storage/random_model.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

StoreOptions TestOptions() {
  StoreOptions o;
  o.sync_writes = false;
  o.block_cache_bytes = 8 << 20;
  o.bulk_memory_budget = 64 << 20;
  return o;
}

std::unique_ptr<QuadStore> OpenOrDie(const std::string& path,
                                     StoreOptions o = TestOptions()) {
  auto store = QuadStore::Open(o, path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

Quad Q(const std::string& s, const std::string& p, Term o, Term g = {}) {
  return {Term::Iri("http://x/" + s), Term::Iri("http://x/" + p), std::move(o),
          std::move(g)};
}

uint64_t CountAll(const ReadView& view, ScanSpec spec = {}) {
  uint64_t n = 0;
  for (auto c = view.Scan(spec); c->Valid(); c->Next()) ++n;
  return n;
}

TEST(QuadStoreTest, RandomEditsMatchModel) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    TempDir dir;
    auto store = OpenOrDie(dir.db());
    ASSERT_TRUE(store);
    RandomModel model(seed);
    for (int round = 0; round < 12; ++round) {
      QuadBatch batch;
      int ops = 1 + model.rng()() % 400;
      std::vector<std::pair<int, Quad>> log;
      for (int i = 0; i < ops; ++i) {
        uint32_t r = model.rng()() % 100;
        if (r < 60) {
          Quad q = model.RandomQuad();
          batch.Insert(q);
          model.Insert(q);
        } else if (r < 98 || round < 3) {
          // Deletes of random quads, often present ones.
          Quad q = model.quads().empty() || r % 2
                       ? model.RandomQuad()
                       : *std::next(model.quads().begin(),
                                    model.rng()() % model.quads().size());
          batch.Delete(q);
          model.Erase(q);
        } else {
          Term g = model.RandomGraph();
          batch.ClearGraph(g);
          model.ClearGraph(g);
        }
      }
      // Seed 3 jumps the id counter across key length boundaries, so new
      // terms get ids of 1..7 payload bytes.
      if (seed == 3 && round % 2 == 1) {
        static_cast<RocksStore*>(store.get())
            ->dictionary()
            ->TEST_SetNextSequence((uint64_t{1} << (4 * round + 4)) - 3);
      }
      Result<ApplyResult> res = store->Apply(batch);
      ASSERT_OK(res.status());
      auto view = store->NewReadView();
      ASSERT_EQ(CountAll(*view), model.quads().size()) << "round " << round;
      model.CheckScans(*view);
      model.CheckStats(*view);
      if (HasFatalFailure() || HasNonfatalFailure()) return;
    }
    ASSERT_OK(store->Check());
  }
}

TEST(QuadStoreTest, InsertExistingAndDeleteMissingChangeNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  QuadBatch b1;
  b1.Insert(Q("a", "p", Term::Literal("x")));
  b1.Insert(Q("a", "p", Term::Literal("x")));
  auto r1 = store->Apply(b1);
  ASSERT_OK(r1.status());
  EXPECT_EQ(r1->inserted, 1u);
  auto before = store->NewReadView()->Stats();
  QuadBatch b2;
  b2.Insert(Q("a", "p", Term::Literal("x")));
  b2.Delete(Q("a", "p", Term::Literal("y")));
  b2.Delete(Q("zz", "never", Term::Literal("seen")));
  auto r2 = store->Apply(b2);
  ASSERT_OK(r2.status());
  EXPECT_EQ(r2->inserted, 0u);
  EXPECT_EQ(r2->deleted, 0u);
  auto after = store->NewReadView()->Stats();
  EXPECT_EQ(after->quads, before->quads);
  EXPECT_EQ(after->triples, before->triples);
  ASSERT_EQ(after->predicates.size(), 1u);
  EXPECT_EQ(after->predicates[0].quads, 1u);
}

TEST(QuadStoreTest, LaterOpWins) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  Quad q = Q("a", "p", Term::Literal("x"), Term::Iri("http://x/g"));
  QuadBatch b;
  b.Insert(q);
  b.Delete(q);
  b.Insert(q);
  b.ClearGraph(Term::Iri("http://x/g"));
  b.Insert(Q("b", "p", Term::Literal("y"), Term::Iri("http://x/g")));
  auto r = store->Apply(b);
  ASSERT_OK(r.status());
  EXPECT_EQ(r->inserted, 1u);
  EXPECT_EQ(CountAll(*store->NewReadView()), 1u);
}

TEST(QuadStoreTest, FailedBatchLeavesNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  QuadBatch good;
  good.Insert(Q("a", "p", Term::Literal("x")));
  ASSERT_OK(store->Apply(good).status());
  struct Case {
    Quad bad;
    const char* what;
  } cases[] = {
      {{Term::Literal("s"), Term::Iri("http://x/p"), Term::Literal("o"), {}},
       "subject"},
      {{Term::Iri("http://x/s"), Term::Blank("p"), Term::Literal("o"), {}},
       "predicate"},
      {{Term::Iri("http://x/s"), Term::Iri("http://x/p"), Term(), {}}, "object"},
      {{Term::Iri("http://x/s"), Term::Iri("http://x/p"), Term::Literal("o"),
        Term::Literal("g")},
       "graph"},
  };
  for (const Case& c : cases) {
    QuadBatch batch;
    batch.Insert(Q("b", "p", Term::Literal("y")));
    batch.Delete(Q("a", "p", Term::Literal("x")));
    batch.Insert(c.bad);
    auto r = store->Apply(batch);
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument) << c.what;
    EXPECT_NE(r.status().message().find(c.what), std::string::npos)
        << r.status().message();
  }
  auto view = store->NewReadView();
  EXPECT_EQ(CountAll(*view), 1u);
  EXPECT_EQ(view->Stats()->quads, 1u);
  EXPECT_TRUE(view->Lookup(Term::Iri("http://x/b")).status().IsNotFound());
  ASSERT_OK(store->Check());
}

TEST(QuadStoreTest, SnapshotIsolation) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  QuadBatch b;
  for (int i = 0; i < 100; ++i) b.Insert(Q("s" + std::to_string(i), "p", Term::Literal("o")));
  ASSERT_OK(store->Apply(b).status());
  auto view = store->NewReadView();
  auto cursor = view->Scan({});
  QuadBatch del;
  for (int i = 0; i < 100; ++i) del.Delete(Q("s" + std::to_string(i), "p", Term::Literal("o")));
  ASSERT_OK(store->Apply(del).status());
  uint64_t n = 0;
  for (; cursor->Valid(); cursor->Next()) ++n;
  EXPECT_EQ(n, 100u);
  EXPECT_EQ(view->Stats()->quads, 100u);
  EXPECT_EQ(store->NewReadView()->Stats()->quads, 0u);
}

TEST(QuadStoreTest, ConcurrentReadersNeverSeeHalfABatch) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  std::atomic<bool> done{false};
  std::atomic<int> checks{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 2; ++t) {
    readers.emplace_back([&] {
      while (!done.load()) {
        auto view = store->NewReadView();
        uint64_t n = CountAll(*view);
        auto st = view->Stats();
        EXPECT_TRUE(st.ok());
        EXPECT_EQ(n % 50, 0u) << "saw part of a batch";
        EXPECT_EQ(st->quads, n) << "stats and quads disagree";
        checks.fetch_add(1);
      }
    });
  }
  // Batches of 50 inserts, then bulk loads of 50, then batches deleting 50.
  for (int round = 0; round < 10; ++round) {
    QuadBatch b;
    for (int i = 0; i < 50; ++i) {
      b.Insert(Q("s" + std::to_string(round), "p" + std::to_string(i % 7),
                 Term::Literal(std::to_string(i)), Term::Iri("http://x/g")));
    }
    ASSERT_OK(store->Apply(b).status());
    auto load = store->StartBulkLoad({});
    ASSERT_OK(load.status());
    for (int i = 0; i < 50; ++i) {
      ASSERT_OK((*load)->Add(Q("t" + std::to_string(round), "p",
                               Term::Literal(std::to_string(i)))));
    }
    ASSERT_OK((*load)->Commit().status());
  }
  for (int round = 0; round < 10; ++round) {
    QuadBatch b;
    b.ClearGraph(round % 2 ? Term() : Term::Iri("http://x/g"));
    ASSERT_OK(store->Apply(b).status());
  }
  done.store(true);
  for (std::thread& t : readers) t.join();
  EXPECT_GT(checks.load(), 0);
  ASSERT_OK(store->Check());
}

TEST(QuadStoreTest, DataSurvivesReopen) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.db());
    QuadBatch b;
    b.Insert(Q("a", "p", Term::LangLiteral("x", "en"), Term::Iri("http://x/g")));
    b.Insert(Q("a", "p", Term::TypedLiteral("5", kXsdInteger)));
    ASSERT_OK(store->Apply(b).status());
    ASSERT_OK(store->PutSetting("prefix.ex", "http://example.org/"));
  }
  auto store = OpenOrDie(dir.db());
  auto view = store->NewReadView();
  EXPECT_EQ(CountAll(*view), 2u);
  EXPECT_EQ(view->Stats()->quads, 2u);
  EXPECT_OK(view->Lookup(Term::LangLiteral("x", "en")).status());
  EXPECT_EQ(*store->GetSetting("prefix.ex"), "http://example.org/");
  EXPECT_TRUE(store->GetSetting("nope").status().IsNotFound());
  // New terms after reopen get fresh ids (the counter persisted).
  QuadBatch b;
  b.Insert(Q("new", "p", Term::Literal("fresh")));
  ASSERT_OK(store->Apply(b).status());
  view = store->NewReadView();
  std::set<TermId> ids;
  for (auto c = view->Scan({}); c->Valid(); c->Next()) {
    ids.insert(c->quad().s);
    ids.insert(c->quad().o);
  }
  EXPECT_EQ(ids.size(), 5u);  // a, new, "x"@en, 5 (inline), "fresh"
  ASSERT_OK(store->Check());
}

// A creation killed part-way (found by tests/crash: a SIGKILL between
// RocksDB's create and the column families) leaves a database with some or
// none of Spoke's column families and no format version. A writable open
// with create_if_missing finishes the creation when the database holds
// nothing; a read-only open, or one of a database that holds data, refuses.
TEST(QuadStoreTest, InterruptedCreationIsFinished) {
  // Only RocksDB's default column family, empty.
  for (bool with_meta : {false, true}) {
    SCOPED_TRACE(with_meta ? "all column families" : "default only");
    TempDir dir;
    {
      rocksdb::Options o;
      o.create_if_missing = true;
      o.create_missing_column_families = true;
      std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {
          {"default", rocksdb::ColumnFamilyOptions()}};
      if (with_meta) {
        for (int i = 0; i < kNumCfs; ++i) {
          if (i != kCfDefault) cfs.emplace_back(CfName(i), rocksdb::ColumnFamilyOptions());
        }
      }
      std::vector<rocksdb::ColumnFamilyHandle*> handles;
      rocksdb::DB* raw = nullptr;
      ASSERT_TRUE(rocksdb::DB::Open(o, dir.db(), cfs, &handles, &raw).ok());
      for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
      delete raw;
    }
    StoreOptions ro = TestOptions();
    ro.read_only = true;
    EXPECT_TRUE(QuadStore::Open(ro, dir.db()).status().IsCorruption());
    StoreOptions no_create = TestOptions();
    no_create.create_if_missing = false;
    EXPECT_TRUE(QuadStore::Open(no_create, dir.db()).status().IsCorruption());
    {
      auto store = OpenOrDie(dir.db());
      ASSERT_NE(store, nullptr);
      QuadBatch b;
      b.Insert(Q("a", "p", Term::Literal("x")));
      ASSERT_OK(store->Apply(b).status());
    }
    auto again = OpenOrDie(dir.db());
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(CountAll(*again->NewReadView()), 1u);
  }
}

TEST(QuadStoreTest, ForeignRocksDbIsRefusedUntouched) {
  TempDir dir;
  {
    rocksdb::Options o;
    o.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(o, dir.db(), &raw).ok());
    ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), "someone", "else's").ok());
    delete raw;
  }
  auto store = QuadStore::Open(TestOptions(), dir.db());
  ASSERT_TRUE(store.status().IsCorruption()) << store.status().ToString();
  EXPECT_NE(store.status().message().find("not a spoke database"),
            std::string::npos)
      << store.status().message();
  std::vector<std::string> cfs;
  ASSERT_TRUE(
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.db(), &cfs).ok());
  EXPECT_EQ(cfs, std::vector<std::string>{"default"}) << "the open added column families";
}

TEST(QuadStoreTest, UnknownFormatVersionIsCorruption) {
  TempDir dir;
  {
    auto store = RocksStore::OpenStore(TestOptions(), dir.db());
    ASSERT_OK(store.status());
    std::string v;
    AppendBigEndian64(&v, 99);
    ASSERT_OK((*store)->TEST_PutMeta(kMetaFormatVersion, v));
  }
  auto store = QuadStore::Open(TestOptions(), dir.db());
  ASSERT_TRUE(store.status().IsCorruption()) << store.status().ToString();
  EXPECT_NE(store.status().message().find("version 99"), std::string::npos)
      << store.status().message();
  EXPECT_NE(store.status().message().find("version " +
                                          std::to_string(kFormatVersion)),
            std::string::npos)
      << store.status().message();
}

TEST(QuadStoreTest, SecondWriterIsBusy) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  auto second = QuadStore::Open(TestOptions(), dir.db());
  EXPECT_EQ(second.status().code(), Status::Code::kBusy)
      << second.status().ToString();
  // A read-only opener is fine.
  StoreOptions ro = TestOptions();
  ro.read_only = true;
  auto reader = QuadStore::Open(ro, dir.db());
  ASSERT_OK(reader.status());
  QuadBatch b;
  b.Insert(Q("a", "p", Term::Literal("x")));
  EXPECT_EQ((*reader)->Apply(b).status().code(), Status::Code::kInvalidArgument);
}

TEST(QuadStoreTest, CheckFindsDamage) {
  TempDir dir;
  auto opened = RocksStore::OpenStore(TestOptions(), dir.db());
  ASSERT_OK(opened.status());
  RocksStore* store = opened->get();
  QuadBatch b;
  for (int i = 0; i < 20; ++i) {
    b.Insert(Q("s" + std::to_string(i % 3), "p" + std::to_string(i % 2),
               Term::Literal(std::to_string(i)), Term::Iri("http://x/g")));
  }
  ASSERT_OK(store->Apply(b).status());
  ASSERT_OK(store->Check());
  auto view = store->NewReadView();
  IdQuad victim = view->Scan({})->quad();
  ASSERT_OK(store->TEST_DeleteIndexKey(IndexOrder::kGpos, victim));
  Status s = store->Check();
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("gpos lacks"), std::string::npos) << s.ToString();
  // Damage to SPOG shows as extra quads in every other index, and as
  // statistics that no longer match.
  ASSERT_OK(store->TEST_DeleteIndexKey(IndexOrder::kSpog, victim));
  s = store->Check();
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_NE(s.ToString().find("posg has quad missing from spog"), std::string::npos)
      << s.ToString();
  EXPECT_NE(s.ToString().find("statistics"), std::string::npos) << s.ToString();
}

TEST(QuadStoreTest, CheckFindsMissingTerm) {
  TempDir dir;
  auto opened = RocksStore::OpenStore(TestOptions(), dir.db());
  ASSERT_OK(opened.status());
  RocksStore* store = opened->get();
  QuadBatch b;
  b.Insert(Q("a", "p", Term::Literal("gone")));
  b.Insert(Q("a", "p", Term::TypedLiteral("3", kXsdInteger)));
  ASSERT_OK(store->Apply(b).status());
  ASSERT_OK(store->Check());
  TermId gone = *store->NewReadView()->Lookup(Term::Literal("gone"));
  ASSERT_OK(store->TEST_DeleteTerm(gone));
  Status s = store->Check();
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("missing from id2term"), std::string::npos)
      << s.ToString();
}

// Run in a child process by SecondWriterProcessIsBusy: exits 0 if opening
// the store named by SPOKE_TEST_CHILD_DB gives Busy.
TEST(QuadStoreTest, ChildProcessOpen) {
  const char* db = std::getenv("SPOKE_TEST_CHILD_DB");
  if (db == nullptr) GTEST_SKIP() << "helper for SecondWriterProcessIsBusy";
  auto store = QuadStore::Open(TestOptions(), db);
  std::_Exit(store.status().code() == Status::Code::kBusy ? 0 : 1);
}

TEST(QuadStoreTest, SecondWriterProcessIsBusy) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    setenv("SPOKE_TEST_CHILD_DB", dir.db().c_str(), 1);
    execl("/proc/self/exe", "storage_test",
          "--gtest_filter=QuadStoreTest.ChildProcessOpen", nullptr);
    std::_Exit(2);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "child did not get Busy";
}

TEST(QuadStoreTest, OpenErrors) {
  TempDir dir;
  StoreOptions o = TestOptions();
  o.create_if_missing = false;
  EXPECT_TRUE(QuadStore::Open(o, dir.db()).status().IsNotFound());
}

}  // namespace
}  // namespace spoke::storage
