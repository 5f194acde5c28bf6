// term2id keys are (64-bit hash, id): a hash is only a hint, and every
// lookup checks the candidate's id2term entry. These tests force most
// terms to collide.

#include <gtest/gtest.h>

#include "storage/dictionary.h"
#include "storage/quad_store.h"
#include "tests/unit/storage/random_model.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

// Keeps only `mask` of the term2id hash while alive.
class CollisionScope {
 public:
  explicit CollisionScope(uint64_t mask) {
    Dictionary::TEST_SetTerm2IdHashMask(mask);
  }
  ~CollisionScope() { Dictionary::TEST_SetTerm2IdHashMask(~uint64_t{0}); }
};

StoreOptions Options() {
  StoreOptions o;
  o.sync_writes = false;
  o.block_cache_bytes = 8 << 20;
  o.bulk_memory_budget = 256 << 10;
  return o;
}

std::unique_ptr<QuadStore> OpenOrDie(const std::string& path) {
  auto store = QuadStore::Open(Options(), path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

Term G(int i) { return Term::Iri("http://ex.org/g" + std::to_string(i)); }

void CheckAgainstModel(QuadStore* store, RandomModel* model) {
  auto view = store->NewReadView();
  model->CheckScans(*view);
  model->CheckStats(*view);
  ASSERT_OK(store->Check());
}

TEST(Term2IdTest, CollidingHashesResolveByTerm) {
  for (uint64_t mask : {uint64_t{0}, uint64_t{3}}) {
    SCOPED_TRACE("mask " + std::to_string(mask));
    CollisionScope collide(mask);
    TempDir dir;
    RandomModel model(71 + static_cast<uint32_t>(mask));
    {
      auto store = OpenOrDie(dir.db());
      ASSERT_TRUE(store);
      QuadBatch batch;
      for (int i = 0; i < 300; ++i) {
        Quad q = model.RandomQuad();
        batch.Insert(q);
        model.Insert(q);
      }
      ASSERT_OK(store->Apply(batch).status());
      // A bulk load over the same pools: its terms mostly exist already.
      BulkLoadOptions o;
      o.dataset = "d";
      auto load = store->StartBulkLoad(o);
      ASSERT_OK(load.status());
      for (int i = 0; i < 2000; ++i) {
        Quad q = model.RandomQuad();
        q.graph = G(i % 3);
        ASSERT_OK((*load)->Add(q));
        model.Insert(q);
      }
      ASSERT_OK((*load)->Commit().status());
      CheckAgainstModel(store.get(), &model);
      EXPECT_TRUE(
          store->NewReadView()->Lookup(Term::Iri("http://ex.org/none"))
              .status()
              .IsNotFound());
    }
    // Reopened: no cache, every term goes through term2id.
    auto store = OpenOrDie(dir.db());
    ASSERT_TRUE(store);
    QuadBatch batch;
    for (int i = 0; i < 200; ++i) {
      Quad q = model.RandomQuad();
      if (i % 2) {
        batch.Delete(q);
        model.Erase(q);
      } else {
        batch.Insert(q);
        model.Insert(q);
      }
    }
    ASSERT_OK(store->Apply(batch).status());
    CheckAgainstModel(store.get(), &model);
  }
}

}  // namespace
}  // namespace spoke::storage
