#include "storage/external_sorter.h"

#include <filesystem>

#include <random>
#include <set>

#include <gtest/gtest.h>

#include "storage/bulk_commit.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

// Every (n, chunk) case: chunk 0 sorts the whole buffer at once; chunks
// of 1, 7 or 300 quads are merged in memory or into each spilled run
// (2048 quads), with duplicates within and across chunks.
TEST(ExternalSorterTest, SpillsAndMergesSortedUnique) {
  for (size_t chunk : {0u, 1u, 7u, 300u})
  for (size_t n : {0u, 1u, 1000u, 2048u, 20000u}) {
    TempDir dir;
    ExternalSorter sorter(dir.path() + "/run-", 64 << 10,  // 2048 quads
                          chunk);
    std::mt19937_64 rng(n);
    std::set<PermutedQuad> want;
    for (size_t i = 0; i < n; ++i) {
      PermutedQuad q = {rng() % 50, rng() % 5, rng() % 50, rng() % 3};
      want.insert(q);
      ASSERT_OK(sorter.Add(q));
    }
    if (n == 20000) {
      EXPECT_GT(sorter.runs(), 5u);
    }
    auto stream = sorter.Finish();
    ASSERT_OK(stream.status());
    std::vector<PermutedQuad> got;
    PermutedQuad q;
    while (true) {
      Result<bool> more = (*stream)->Next(&q);
      ASSERT_OK(more.status());
      if (!*more) break;
      got.push_back(q);
    }
    EXPECT_EQ(got, std::vector<PermutedQuad>(want.begin(), want.end()))
        << "n " << n << " chunk " << chunk;
    stream->reset();
    // Every run file is gone once the stream is.
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
  }
}

TEST(ExternalSorterTest, SortBudgetFollowsRunSizes) {
  struct Case {
    size_t bytes;
    uint64_t inserts, deletes;
    size_t want_inserts, want_deletes;
  };
  const size_t kMin = 64 << 10;
  const Case cases[] = {
      {384u << 20, 10000000, 0, 384u << 20, kMin},
      {384u << 20, 0, 5, kMin, (384u << 20) - kMin},
      {384u << 20, 3, 1, 288u << 20, 96u << 20},
      {1u << 20, 0, 0, 512u << 10, 512u << 10},
      {0, 1, 1, kMin, kMin},
      // No 64-bit overflow in bytes * inserts.
      {size_t{1} << 40, uint64_t{1} << 40, uint64_t{1} << 40,
       size_t{1} << 39, size_t{1} << 39},
  };
  for (const Case& c : cases) {
    SortBudgets b = SplitSortBudget(c.bytes, c.inserts, c.deletes);
    EXPECT_EQ(b.inserts, c.want_inserts) << c.inserts << "/" << c.deletes;
    EXPECT_EQ(b.deletes, c.want_deletes) << c.inserts << "/" << c.deletes;
  }
}

TEST(ExternalSorterTest, AbandonedSorterRemovesRuns) {
  TempDir dir;
  {
    ExternalSorter sorter(dir.path() + "/run-", 64 << 10);
    for (uint64_t i = 0; i < 10000; ++i) ASSERT_OK(sorter.Add({i, i, i, i}));
    EXPECT_GT(sorter.runs(), 0u);
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace spoke::storage
