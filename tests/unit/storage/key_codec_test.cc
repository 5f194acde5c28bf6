#include "storage/key_codec.h"

#include <algorithm>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "storage/term_codec.h"

namespace spoke::storage {
namespace {

// Ids near every payload length boundary, for every tag in use, plus
// escaped tags.
std::vector<uint64_t> BoundaryIds() {
  std::vector<uint64_t> ids = {0, ~uint64_t{0}};
  const uint8_t tags[] = {kTagDefaultGraph, kTagIri,     kTagBlank,
                          kTagLiteral,      kTagInteger, kTagBoolean,
                          0x1e,             0x1f,        0x20,
                          0x80,             0xfe,        0xff};
  for (uint8_t tag : tags) {
    for (int bits = 0; bits <= 56; bits += 8) {
      uint64_t edge = bits == 0 ? 0 : (uint64_t{1} << bits);
      for (int64_t d = -2; d <= 2; ++d) {
        uint64_t payload = edge + d;
        if (edge == 0 && d < 0) continue;
        if (payload > kPayloadMask) continue;
        ids.push_back(MakeId(static_cast<IdTag>(tag), payload));
      }
    }
    ids.push_back(MakeId(static_cast<IdTag>(tag), kPayloadMask));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::string Enc(uint64_t id) {
  std::string s;
  AppendIdKey(&s, id);
  return s;
}

TEST(KeyCodecTest, IdRoundTripsAtEveryLengthBoundary) {
  for (uint64_t id : BoundaryIds()) {
    std::string s = Enc(id);
    ASSERT_LE(s.size(), kMaxIdKeySize);
    const char* p = s.data();
    uint64_t back = 0;
    ASSERT_TRUE(GetIdKey(&p, s.data() + s.size(), &back)) << id;
    EXPECT_EQ(back, id);
    EXPECT_EQ(p, s.data() + s.size());
  }
}

TEST(KeyCodecTest, LengthsAreMinimal) {
  EXPECT_EQ(Enc(0).size(), 1u);
  EXPECT_EQ(Enc(MakeId(kTagIri, 1)).size(), 2u);
  EXPECT_EQ(Enc(MakeId(kTagIri, 255)).size(), 2u);
  EXPECT_EQ(Enc(MakeId(kTagIri, 256)).size(), 3u);
  EXPECT_EQ(Enc(MakeId(kTagIri, kPayloadMask)).size(), 8u);
  EXPECT_EQ(Enc(MakeId(kTagBoolean, 0)).size(), 1u);
  EXPECT_EQ(Enc(0xff00000000000000).size(), 9u);
}

TEST(KeyCodecTest, ByteOrderIsIdOrder) {
  std::vector<uint64_t> ids = BoundaryIds();
  std::mt19937_64 rng(7);
  for (int i = 0; i < 2000; ++i) ids.push_back(rng() >> (rng() % 64));
  for (size_t i = 0; i < ids.size(); ++i) {
    for (size_t j = 0; j < ids.size(); j += 1 + (i % 7)) {
      std::string a = Enc(ids[i]), b = Enc(ids[j]);
      ASSERT_EQ(ids[i] < ids[j], a < b) << ids[i] << " " << ids[j];
      ASSERT_EQ(ids[i] == ids[j], a == b);
    }
  }
}

TEST(KeyCodecTest, QuadKeysSortLikePermutedQuads) {
  std::vector<uint64_t> ids = BoundaryIds();
  std::mt19937_64 rng(11);
  std::vector<PermutedQuad> quads;
  for (int i = 0; i < 3000; ++i) {
    PermutedQuad q;
    for (uint64_t& x : q) x = ids[rng() % ids.size()];
    if (i % 3 == 0) q[1] = quads.empty() ? q[1] : quads.back()[1];
    quads.push_back(q);
  }
  std::vector<std::string> keys;
  for (const PermutedQuad& q : quads) {
    char buf[kMaxQuadKeySize];
    keys.emplace_back(buf, EncodePermuted(q, buf));
    PermutedQuad back;
    ASSERT_TRUE(DecodePermuted(keys.back(), &back));
    EXPECT_EQ(back, q);
  }
  for (size_t i = 1; i < quads.size(); ++i) {
    EXPECT_EQ(quads[i - 1] < quads[i], keys[i - 1] < keys[i]);
  }
}

TEST(KeyCodecTest, PrefixOfBoundSlotsMatchesOnlyItsQuads) {
  // An encoded id is never a prefix of another: a prefix scan for s finds
  // no key of another subject.
  std::vector<uint64_t> ids = BoundaryIds();
  for (uint64_t a : ids) {
    for (uint64_t b : ids) {
      if (a == b) continue;
      std::string ea = Enc(a), eb = Enc(b) + Enc(0);
      ASSERT_FALSE(eb.starts_with(ea)) << a << " " << b;
    }
  }
}

TEST(KeyCodecTest, RejectsMalformedKeys) {
  PermutedQuad q;
  const std::string bad[] = {
      std::string(),                                    // empty
      std::string("\x0a\x01", 2),                       // truncated payload
      Enc(1) + Enc(2) + Enc(3),                         // three ids
      Enc(1) + Enc(2) + Enc(3) + Enc(4) + Enc(5),       // five ids
      std::string("\x09\x00", 2) + Enc(0) + Enc(0) + Enc(0),  // not minimal
      std::string("\xff\x01\0\0\0\0\0\0\0", 9) + Enc(0) + Enc(0) + Enc(0),
      std::string("\xf9\x01", 2) + Enc(0) + Enc(0) + Enc(0),  // tag 31
  };
  for (const std::string& k : bad) EXPECT_FALSE(DecodePermuted(k, &q)) << k;
  std::string good = Enc(1) + Enc(2) + Enc(3) + Enc(0);
  ASSERT_TRUE(DecodePermuted(good, &q));
  EXPECT_EQ(q, (PermutedQuad{1, 2, 3, 0}));
}

}  // namespace
}  // namespace spoke::storage
