#include "storage/index_pass.h"

#include <random>
#include <string>

#include <gtest/gtest.h>

namespace spoke::storage {
namespace {

// EncodeIndexKey writes exactly EncodePermuted's bytes, for every tag
// (escaped ones too) and payload length.
TEST(IndexPassTest, EncodeIndexKeyMatchesEncodePermuted) {
  std::mt19937_64 rng(7);
  const uint64_t kPayloads[] = {0,      1,          0xff,       0x100,
                                0xffff, 0x10000,    0x80000000, 1ull << 55,
                                (1ull << 56) - 1};
  auto random_id = [&]() -> uint64_t {
    uint64_t tag = rng() % 4 == 0 ? rng() % 256 : rng() % 34;
    uint64_t payload = rng() % 2 == 0 ? kPayloads[rng() % 9]
                                      : rng() >> (8 + rng() % 57);
    return (tag << 56) | payload;
  };
  for (int i = 0; i < 200000; ++i) {
    PermutedQuad q = {random_id(), random_id(), random_id(), random_id()};
    char want[kMaxQuadKeySize];
    char got[kMaxQuadKeySize];
    size_t want_len = EncodePermuted(q, want);
    size_t got_len = EncodeIndexKey(q, got);
    ASSERT_EQ(std::string(got, got_len), std::string(want, want_len))
        << std::hex << q[0] << " " << q[1] << " " << q[2] << " " << q[3];
  }
}

}  // namespace
}  // namespace spoke::storage
