#include "storage/external_sorter.h"

#include <random>
#include <set>

#include <gtest/gtest.h>

#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

TEST(ExternalSorterTest, SpillsAndMergesSortedUnique) {
  for (size_t n : {0u, 1u, 1000u, 20000u}) {
    TempDir dir;
    ExternalSorter sorter(dir.path() + "/run-", 64 << 10);  // 2048 quads
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
    EXPECT_EQ(got, std::vector<PermutedQuad>(want.begin(), want.end())) << n;
    stream->reset();
    // Every run file is gone once the stream is.
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
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
