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

void AppendIdKey(std::string* out, uint64_t id) {
  char buf[kMaxIdKeySize];
  out->append(buf, PutIdKey(buf, id));
}

size_t EncodePermuted(const PermutedQuad& p, char out[kMaxQuadKeySize]) {
  size_t n = PutIdKey(out, p[0]);
  n += PutIdKey(out + n, p[1]);
  n += PutIdKey(out + n, p[2]);
  n += PutIdKey(out + n, p[3]);
  return n;
}

std::string EncodeQuadKey(IndexOrder order, const IdQuad& q) {
  char buf[kMaxQuadKeySize];
  return std::string(buf, EncodePermuted(Permute(order, q), buf));
}

bool DecodePermuted(std::string_view key, PermutedQuad* out) {
  const char* p = key.data();
  const char* end = p + key.size();
  return GetIdKey(&p, end, &(*out)[0]) && GetIdKey(&p, end, &(*out)[1]) &&
         GetIdKey(&p, end, &(*out)[2]) && GetIdKey(&p, end, &(*out)[3]) &&
         p == end;
}

Status BadIndexKey(IndexOrder order) {
  return Status::Corruption(std::string("bad key in index ") +
                            IndexName(order));
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
  prefix.reserve(kMaxIdKeySize * choice.bound);
  for (int i = 0; i < choice.bound; ++i) {
    AppendIdKey(&prefix, **slots[perm[i]]);
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
