// SortQuads / SortUniqueQuads and GroupSortStream against std::sort (+
// std::unique) on random quads: dense tagged ids, full 64-bit ids, inline
// integers, escape tags, heavy duplicates, groups of any size and budgets
// small enough to force spills.

#include "storage/index_sort.h"

#include <algorithm>
#include <filesystem>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "storage/group_sort_stream.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

uint64_t Id(uint64_t tag, uint64_t payload) { return (tag << 56) | payload; }

// One id drawn from `kind`'s distribution.
uint64_t RandomId(std::mt19937_64& rng, int kind, uint64_t range) {
  switch (kind) {
    case 0:  // dense dictionary ids, mixed tags
      return Id(1 + rng() % 3, 1 + rng() % range);
    case 1:  // any 64-bit value (escape tags, top bit set)
      return rng();
    case 2:  // inline integers around 0, booleans, the default graph
      switch (rng() % 3) {
        case 0: return Id(0x10, (uint64_t{1} << 55) + rng() % range - range / 2);
        case 1: return Id(0x11, rng() % 2);
        default: return 0;
      }
    default:  // one value
      return Id(1, 7);
  }
}

std::vector<PermutedQuad> RandomQuads(std::mt19937_64& rng, size_t n,
                                      const std::array<int, 4>& kinds,
                                      uint64_t range) {
  std::vector<PermutedQuad> v(n);
  for (PermutedQuad& q : v) {
    for (int i = 0; i < 4; ++i) q[i] = RandomId(rng, kinds[i], range);
  }
  return v;
}

TEST(IndexSortTest, SortsLikeStdSort) {
  const std::array<int, 4> kKinds[] = {
      {0, 0, 0, 0}, {1, 1, 1, 1}, {0, 3, 2, 0}, {3, 3, 3, 0},
      {2, 0, 1, 3}, {3, 3, 3, 3}, {0, 2, 2, 2}};
  int seed = 0;
  for (size_t n : {0u, 1u, 2u, 63u, 64u, 65u, 300u, 5000u, 100000u})
  for (uint64_t range : {3u, 1000u, 1u << 30})
  for (const auto& kinds : kKinds) {
    std::mt19937_64 rng(++seed);
    std::vector<PermutedQuad> got = RandomQuads(rng, n, kinds, range);
    std::vector<PermutedQuad> want = got;
    std::sort(want.begin(), want.end());
    SortQuads(got.data(), got.data() + got.size());
    ASSERT_EQ(got, want) << "n " << n << " range " << range << " kinds "
                         << kinds[0] << kinds[1] << kinds[2] << kinds[3];
    std::vector<PermutedQuad> unique = RandomQuads(rng, n, kinds, range);
    want = unique;
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    SortUniqueQuads(&unique);
    ASSERT_EQ(unique, want) << "n " << n << " range " << range;
  }
}

// Already sorted, reversed and all-equal inputs.
TEST(IndexSortTest, SortsOrderedInputs) {
  std::mt19937_64 rng(99);
  std::vector<PermutedQuad> base = RandomQuads(rng, 20000, {0, 0, 2, 0}, 500);
  std::sort(base.begin(), base.end());
  std::vector<PermutedQuad> got = base;
  SortQuads(got.data(), got.data() + got.size());
  EXPECT_EQ(got, base);
  std::reverse(got.begin(), got.end());
  SortQuads(got.data(), got.data() + got.size());
  EXPECT_EQ(got, base);
  std::vector<PermutedQuad> same(5000, PermutedQuad{1, 2, 3, 4});
  SortUniqueQuads(&same);
  EXPECT_EQ(same, std::vector<PermutedQuad>({{1, 2, 3, 4}}));
}

// A source that fails after `fail_after` quads (never, if negative).
class TestStream : public QuadStream {
 public:
  TestStream(std::vector<PermutedQuad> quads, long fail_after = -1)
      : quads_(std::move(quads)), fail_after_(fail_after) {}
  Result<bool> Next(PermutedQuad* out) override {
    if (fail_after_ >= 0 && pos_ == static_cast<size_t>(fail_after_)) {
      return Status::IOError("read test: broken");
    }
    if (pos_ == quads_.size()) return false;
    *out = quads_[pos_++];
    return true;
  }

 private:
  std::vector<PermutedQuad> quads_;
  long fail_after_;
  size_t pos_ = 0;
};

std::vector<PermutedQuad> Drain(QuadStream* s) {
  std::vector<PermutedQuad> out;
  PermutedQuad q;
  while (true) {
    Result<bool> more = s->Next(&q);
    EXPECT_TRUE(more.ok()) << more.status().ToString();
    if (!more.ok() || !*more) return out;
    out.push_back(q);
  }
}

// GSPO quads (with duplicates) in graphs of `sizes` quads each.
std::vector<PermutedQuad> Graphs(std::mt19937_64& rng,
                                 const std::vector<size_t>& sizes) {
  std::vector<PermutedQuad> gspo;
  uint64_t g = 0;
  for (size_t size : sizes) {
    g += 1 + rng() % 3;
    for (size_t i = 0; i < size; ++i) {
      gspo.push_back({g == 1 ? 0 : Id(1, g), Id(1 + rng() % 2, 1 + rng() % 40),
                      Id(1, 1 + rng() % 6), RandomId(rng, rng() % 3, 60)});
    }
  }
  std::sort(gspo.begin(), gspo.end());
  return gspo;
}

TEST(GroupSortStreamTest, MatchesGlobalSort) {
  struct Case {
    std::vector<size_t> sizes;
    size_t budget;
    bool large;  // some group exceeds the buffer
  };
  // 256 KiB: groups over 2048 quads go to an ExternalSorter that spills
  // every 6144 quads.
  const Case cases[] = {
      {{}, 0, false},
      {{1}, 0, false},
      {{3, 10, 1, 7, 12, 1, 1, 30}, 0, false},
      {{2048}, 256 << 10, false},
      {{2049}, 256 << 10, true},
      {{5, 30000, 3, 9000, 2, 1}, 256 << 10, true},
      {{30000}, 4 << 20, false},
  };
  int seed = 0;
  for (IndexOrder to : {IndexOrder::kGpos, IndexOrder::kGosp})
  for (const Case& c : cases) {
    TempDir dir;
    std::mt19937_64 rng(++seed);
    std::vector<PermutedQuad> gspo = Graphs(rng, c.sizes);
    std::vector<PermutedQuad> want;
    for (const PermutedQuad& q : gspo) {
      want.push_back(Permute(to, Unpermute(IndexOrder::kGspo, q)));
    }
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    {
      GroupSortStream s(std::make_unique<TestStream>(gspo), IndexOrder::kGspo,
                        to, dir.path() + "/g-", c.budget);
      EXPECT_EQ(Drain(&s), want) << IndexName(to) << " " << c.sizes.size();
      EXPECT_EQ(s.TEST_large_groups() > 0, c.large) << c.sizes.size();
      PermutedQuad q;
      Result<bool> more = s.Next(&q);  // stays at the end
      ASSERT_OK(more.status());
      EXPECT_FALSE(*more);
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
  }
}

TEST(GroupSortStreamTest, ReportsInputErrors) {
  std::mt19937_64 rng(5);
  std::vector<PermutedQuad> gspo = Graphs(rng, {4, 5000, 6});
  for (long fail_after : {0l, 2l, 4l, 3000l, 5008l}) {
    TempDir dir;
    GroupSortStream s(std::make_unique<TestStream>(gspo, fail_after),
                      IndexOrder::kGspo, IndexOrder::kGosp, dir.path() + "/g-",
                      256 << 10);
    PermutedQuad q;
    Result<bool> more = true;
    size_t n = 0;
    while (more.ok() && *more) {
      more = s.Next(&q);
      n += more.ok() && *more;
    }
    ASSERT_FALSE(more.ok()) << fail_after;
    EXPECT_EQ(more.status().message(), "read test: broken");
    EXPECT_LE(n, static_cast<size_t>(fail_after));
  }
}

}  // namespace
}  // namespace spoke::storage
