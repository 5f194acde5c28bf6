#include <filesystem>

#include <gtest/gtest.h>

#include "storage/quad_store.h"
#include "tests/unit/storage/random_model.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

StoreOptions SmallOptions() {
  StoreOptions o;
  o.sync_writes = false;
  o.block_cache_bytes = 8 << 20;
  // Small enough that a few thousand quads spill several sorted runs.
  o.bulk_memory_budget = 96 << 10;
  return o;
}

std::unique_ptr<QuadStore> OpenOrDie(const std::string& path) {
  auto store = QuadStore::Open(SmallOptions(), path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

Term G(int i) { return Term::Iri("http://ex.org/g" + std::to_string(i)); }

// Loads `quads` as one bulk load; returns its result.
Result<LoadResult> Load(QuadStore* store, const std::vector<Quad>& quads,
                        BulkLoadOptions opts) {
  auto load = store->StartBulkLoad(opts);
  if (!load.ok()) return load.status();
  for (const Quad& q : quads) SPOKE_RETURN_IF_ERROR((*load)->Add(q));
  return (*load)->Commit();
}

// Random quads in the given graphs (none = default graph).
std::vector<Quad> RandomQuads(RandomModel* model, int n, std::vector<Term> graphs) {
  std::vector<Quad> out;
  for (int i = 0; i < n; ++i) {
    Quad q = model->RandomQuad();
    q.graph = graphs[model->rng()() % graphs.size()];
    out.push_back(q);
  }
  return out;
}

size_t NoTempFilesLeft(const std::string& db) {
  size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(db)) {
    std::string name = e.path().filename().string();
    if (name.rfind("spoke-tmp-", 0) == 0 || name.rfind("check-", 0) == 0) ++n;
  }
  return n;
}

TEST(BulkLoadTest, LoadsMatchModelAcrossSpillsAndExistingData) {
  for (uint32_t seed : {11u, 12u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    TempDir dir;
    auto store = OpenOrDie(dir.db());
    RandomModel model(seed);
    // Some quads through Apply first, so the loads meet existing data.
    QuadBatch pre;
    for (const Quad& q : RandomQuads(&model, 300, {Term(), G(0), G(1)})) {
      pre.Insert(q);
      model.Insert(q);
    }
    ASSERT_OK(store->Apply(pre).status());

    // Default-graph load without a dataset, with repeats and existing quads.
    std::vector<Quad> d = RandomQuads(&model, 4000, {Term()});
    size_t before = model.quads().size();
    for (const Quad& q : d) model.Insert(q);
    auto r = Load(store.get(), d, {});
    ASSERT_OK(r.status());
    EXPECT_EQ(r->quads_read, d.size());
    EXPECT_EQ(r->quads_new, model.quads().size() - before);
    EXPECT_EQ(r->duplicates, d.size() - r->quads_new);

    // A dataset over graphs 0 (already has Apply quads, unowned) and 2.
    std::vector<Quad> ds = RandomQuads(&model, 5000, {G(0), G(2)});
    for (const Quad& q : ds) model.Insert(q);
    BulkLoadOptions o;
    o.dataset = "news";
    o.source = "news.nq";
    ASSERT_OK(Load(store.get(), ds, o).status());

    auto view = store->NewReadView();
    model.CheckScans(*view);
    model.CheckStats(*view);
    ASSERT_OK(store->Check());
    auto sets = view->Datasets();
    ASSERT_OK(sets.status());
    ASSERT_EQ(sets->size(), 1u);
    EXPECT_EQ((*sets)[0].name, "news");
    EXPECT_EQ((*sets)[0].source, "news.nq");
    EXPECT_GT((*sets)[0].loaded_at_unix_ms, 0);
    EXPECT_EQ((*sets)[0].graphs, (std::vector<Term>{G(0), G(2)}));
    size_t in_dataset = 0;
    for (const Quad& q : model.quads()) in_dataset += q.graph == G(0) || q.graph == G(2);
    EXPECT_EQ((*sets)[0].quads, in_dataset);

    // Apply on an owned graph keeps the dataset's count exact.
    QuadBatch more;
    Quad extra{Term::Iri("http://ex.org/new"), Term::Iri("http://ex.org/p0"),
               Term::Literal("n"), G(2)};
    more.Insert(extra);
    model.Insert(extra);
    ASSERT_OK(store->Apply(more).status());
    EXPECT_EQ((*store->NewReadView()->Datasets())[0].quads, in_dataset + 1);
    EXPECT_EQ(NoTempFilesLeft(dir.db()), 0u);
  }
}

TEST(BulkLoadTest, ReplaceAndDropAreExact) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  RandomModel model(21);
  std::vector<Quad> other = RandomQuads(&model, 800, {G(5)});
  for (const Quad& q : other) model.Insert(q);
  BulkLoadOptions oo;
  oo.dataset = "other";
  ASSERT_OK(Load(store.get(), other, oo).status());

  std::vector<Quad> v1 = RandomQuads(&model, 3000, {G(0), G(1)});
  for (const Quad& q : v1) model.Insert(q);
  BulkLoadOptions o;
  o.dataset = "news";
  ASSERT_OK(Load(store.get(), v1, o).status());
  // Loading the same dataset again without replace is refused.
  EXPECT_EQ(Load(store.get(), v1, o).status().code(),
            Status::Code::kInvalidArgument);

  // Replace: graphs 1 and 2 now, graph 0 released; overlapping quads stay.
  std::vector<Quad> v2 = RandomQuads(&model, 3000, {G(1), G(2)});
  for (size_t i = 0; i < v1.size(); i += 3) {
    if (v1[i].graph == G(1)) v2.push_back(v1[i]);
  }
  model.ClearGraph(G(0));
  model.ClearGraph(G(1));
  for (const Quad& q : v2) model.Insert(q);
  o.replace = true;
  ASSERT_OK(Load(store.get(), v2, o).status());
  {
    auto view = store->NewReadView();
    model.CheckScans(*view);
    model.CheckStats(*view);
    auto sets = *view->Datasets();
    ASSERT_EQ(sets.size(), 2u);
    EXPECT_EQ(sets[0].name, "news");
    EXPECT_EQ(sets[0].graphs, (std::vector<Term>{G(1), G(2)}));
  }
  ASSERT_OK(store->Check());

  // A graph owned by another dataset cannot be loaded into.
  BulkLoadOptions steal;
  steal.dataset = "thief";
  auto r = Load(store.get(), {{Term::Iri("http://x/s"), Term::Iri("http://x/p"),
                               Term::Literal("o"), G(5)}},
                steal);
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(r.status().message().find("belongs to dataset 'other'"),
            std::string::npos)
      << r.status().ToString();

  // Graph 0 was released: a new dataset may take it.
  BulkLoadOptions take;
  take.dataset = "taker";
  std::vector<Quad> t = RandomQuads(&model, 50, {G(0)});
  for (const Quad& q : t) model.Insert(q);
  ASSERT_OK(Load(store.get(), t, take).status());

  // Drop.
  auto dropped = store->DropDataset("news");
  ASSERT_OK(dropped.status());
  size_t before = model.quads().size();
  model.ClearGraph(G(1));
  model.ClearGraph(G(2));
  EXPECT_EQ(*dropped, before - model.quads().size());
  EXPECT_TRUE(store->DropDataset("news").status().IsNotFound());
  auto view = store->NewReadView();
  model.CheckScans(*view);
  model.CheckStats(*view);
  EXPECT_EQ(view->Datasets()->size(), 2u);
  ASSERT_OK(store->Check());
  EXPECT_EQ(NoTempFilesLeft(dir.db()), 0u);
}

TEST(BulkLoadTest, AbortedOrFailedLoadLeavesNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  RandomModel model(31);
  std::vector<Quad> quads = RandomQuads(&model, 5000, {G(0)});
  BulkLoadOptions o;
  o.dataset = "d";
  {
    auto load = store->StartBulkLoad(o);
    ASSERT_OK(load.status());
    // Only one load at a time.
    EXPECT_EQ(store->StartBulkLoad(o).status().code(), Status::Code::kBusy);
    for (const Quad& q : quads) ASSERT_OK((*load)->Add(q));
    // Destroyed without Commit.
  }
  {
    auto load = store->StartBulkLoad(o);
    ASSERT_OK(load.status());
    for (size_t i = 0; i < 3000; ++i) ASSERT_OK((*load)->Add(quads[i]));
    Quad bad{Term::Literal("not a subject"), Term::Iri("http://x/p"),
             Term::Literal("o"), G(0)};
    EXPECT_EQ((*load)->Add(bad).code(), Status::Code::kInvalidArgument);
    EXPECT_FALSE((*load)->Commit().ok());
  }
  {
    // Default-graph quads in a dataset are refused.
    auto load = store->StartBulkLoad(o);
    ASSERT_OK(load.status());
    EXPECT_FALSE((*load)->Add({Term::Iri("http://x/s"), Term::Iri("http://x/p"),
                               Term::Literal("o"), Term()})
                     .ok());
  }
  auto view = store->NewReadView();
  EXPECT_FALSE(view->Scan({})->Valid());
  EXPECT_EQ(view->Stats()->quads, 0u);
  EXPECT_TRUE(view->Datasets()->empty());
  EXPECT_EQ(NoTempFilesLeft(dir.db()), 0u);
  ASSERT_OK(store->Check());
}

// The resolving thread fails (its spill directory is gone): the error
// reaches the caller through Add or Commit, with the file it could not
// create, and the load leaves nothing behind.
TEST(BulkLoadTest, ResolverErrorAbortsTheWholeLoad) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  RandomModel model(41);
  std::vector<Quad> quads = RandomQuads(&model, 30000, {G(0), G(1)});
  BulkLoadOptions o;
  o.dataset = "d";
  auto load = store->StartBulkLoad(o);
  ASSERT_OK(load.status());
  for (size_t i = 0; i < 100; ++i) ASSERT_OK((*load)->Add(quads[i]));
  for (const auto& e : std::filesystem::directory_iterator(dir.db())) {
    if (e.path().filename().string().rfind("spoke-tmp-", 0) == 0) {
      std::filesystem::remove_all(e.path());
    }
  }
  Status failed;
  for (size_t i = 100; i < quads.size() && failed.ok(); ++i) {
    failed = (*load)->Add(quads[i]);
  }
  if (failed.ok()) {
    Result<LoadResult> r = (*load)->Commit();
    ASSERT_FALSE(r.ok());
    failed = r.status();
  } else {
    // Every later call gives the same error.
    EXPECT_EQ((*load)->Add(quads[0]).message(), failed.message());
    EXPECT_EQ((*load)->Commit().status().message(), failed.message());
  }
  EXPECT_EQ(failed.code(), Status::Code::kIOError) << failed.ToString();
  EXPECT_NE(failed.message().find("spoke-tmp-"), std::string::npos)
      << failed.ToString();
  load->reset();
  auto view = store->NewReadView();
  EXPECT_FALSE(view->Scan({})->Valid());
  EXPECT_EQ(view->Stats()->quads, 0u);
  EXPECT_TRUE(view->Datasets()->empty());
  EXPECT_EQ(NoTempFilesLeft(dir.db()), 0u);
  ASSERT_OK(store->Check());
  // The store takes the next load.
  ASSERT_OK(Load(store.get(), {quads.begin(), quads.begin() + 500}, o).status());
  ASSERT_OK(store->Check());
}

TEST(BulkLoadTest, ReadersKeepTheirSnapshot) {
  TempDir dir;
  auto store = OpenOrDie(dir.db());
  RandomModel model(41);
  auto view = store->NewReadView();
  BulkLoadOptions o;
  o.dataset = "d";
  ASSERT_OK(Load(store.get(), RandomQuads(&model, 1000, {G(0)}), o).status());
  EXPECT_FALSE(view->Scan({})->Valid());
  EXPECT_EQ(view->Stats()->quads, 0u);
  EXPECT_TRUE(view->Datasets()->empty());
  EXPECT_TRUE(store->NewReadView()->Scan({})->Valid());
}

TEST(BulkLoadTest, SurvivesReopen) {
  TempDir dir;
  RandomModel model(51);
  std::vector<Quad> quads = RandomQuads(&model, 2000, {G(0), G(1)});
  for (const Quad& q : quads) model.Insert(q);
  {
    auto store = OpenOrDie(dir.db());
    BulkLoadOptions o;
    o.dataset = "d";
    ASSERT_OK(Load(store.get(), quads, o).status());
  }
  auto store = OpenOrDie(dir.db());
  auto view = store->NewReadView();
  model.CheckScans(*view);
  model.CheckStats(*view);
  EXPECT_EQ(view->Datasets()->size(), 1u);
  // The catalog was reloaded: the graphs are still owned.
  BulkLoadOptions steal;
  steal.dataset = "e";
  EXPECT_FALSE(Load(store.get(), {quads[0]}, steal).ok());
}

}  // namespace
}  // namespace spoke::storage
