#include "storage/key_codec.h"

namespace spoke::storage {

namespace {

constexpr std::array<int, 4> kPermutations[kNumIndexes] = {
    {0, 1, 2, 3},  // spog
    {1, 2, 0, 3},  // posg
    {2, 0, 1, 3},  // ospg
    {3, 0, 1, 2},  // gspo
    {3, 1, 2, 0},  // gpos
    {3, 2, 0, 1},  // gosp
};

constexpr const char* kNames[kNumIndexes] = {"spog", "posg", "ospg",
                                             "gspo", "gpos", "gosp"};

}  // namespace

const char* IndexName(IndexOrder order) {
  return kNames[static_cast<int>(order)];
}

const std::array<int, 4>& Permutation(IndexOrder order) {
  return kPermutations[static_cast<int>(order)];
}

PermutedQuad Permute(IndexOrder order, const IdQuad& q) {
  QuadArray a = ToArray(q);
  const std::array<int, 4>& perm = Permutation(order);
  return {a[perm[0]], a[perm[1]], a[perm[2]], a[perm[3]]};
}

IdQuad Unpermute(IndexOrder order, const PermutedQuad& p) {
  QuadArray a;
  const std::array<int, 4>& perm = Permutation(order);
  for (int i = 0; i < 4; ++i) a[perm[i]] = p[i];
  return FromArray(a);
}

void EncodePermuted(const PermutedQuad& p, char out[kQuadKeySize]) {
  for (int i = 0; i < 4; ++i) PutBigEndian64(out + 8 * i, p[i]);
}

std::string EncodeQuadKey(IndexOrder order, const IdQuad& q) {
  std::string key(kQuadKeySize, '\0');
  EncodePermuted(Permute(order, q), key.data());
  return key;
}

PermutedQuad DecodePermuted(std::string_view key) {
  return {GetBigEndian64(key.data()), GetBigEndian64(key.data() + 8),
          GetBigEndian64(key.data() + 16), GetBigEndian64(key.data() + 24)};
}

IndexChoice ChooseIndex(const ScanSpec& spec) {
  int mask = (spec.s ? 1 : 0) | (spec.p ? 2 : 0) | (spec.o ? 4 : 0) |
             (spec.g ? 8 : 0);
  // For each set of bound positions, the index whose leading slots are
  // exactly those positions. Without g, a g-last index, so that the same
  // triple in several graphs is adjacent.
  static constexpr IndexOrder kByMask[16] = {
      IndexOrder::kSpog,  // -
      IndexOrder::kSpog,  // s
      IndexOrder::kPosg,  // p
      IndexOrder::kSpog,  // sp
      IndexOrder::kOspg,  // o
      IndexOrder::kOspg,  // so
      IndexOrder::kPosg,  // po
      IndexOrder::kSpog,  // spo
      IndexOrder::kGspo,  // g
      IndexOrder::kGspo,  // sg
      IndexOrder::kGpos,  // pg
      IndexOrder::kGspo,  // spg
      IndexOrder::kGosp,  // og
      IndexOrder::kGosp,  // sog
      IndexOrder::kGpos,  // pog
      IndexOrder::kSpog,  // spog
  };
  return {kByMask[mask], __builtin_popcount(mask)};
}

std::string ScanPrefix(const ScanSpec& spec, const IndexChoice& choice) {
  const std::optional<TermId>* slots[4] = {&spec.s, &spec.p, &spec.o, &spec.g};
  const std::array<int, 4>& perm = Permutation(choice.order);
  std::string prefix;
  prefix.reserve(8 * choice.bound);
  for (int i = 0; i < choice.bound; ++i) {
    AppendBigEndian64(&prefix, **slots[perm[i]]);
  }
  return prefix;
}

std::string PrefixSuccessor(std::string prefix) {
  while (!prefix.empty()) {
    unsigned char c = static_cast<unsigned char>(prefix.back());
    if (c != 0xff) {
      prefix.back() = static_cast<char>(c + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

}  // namespace spoke::storage
