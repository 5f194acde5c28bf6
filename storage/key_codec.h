// Key codec: the six quad index orders and their 32-byte keys
// (4 big-endian TermIds), and which index serves a scan. See FORMAT.md.
//
// Thread safety: stateless functions.

#ifndef SPOKE_STORAGE_KEY_CODEC_H_
#define SPOKE_STORAGE_KEY_CODEC_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "storage/quad_store.h"

namespace spoke::storage {

enum class IndexOrder : uint8_t { kSpog, kPosg, kOspg, kGspo, kGpos, kGosp };
inline constexpr int kNumIndexes = 6;
inline constexpr size_t kQuadKeySize = 32;

// Positions of a quad as an array: 0 = s, 1 = p, 2 = o, 3 = g.
using QuadArray = std::array<uint64_t, 4>;
// A quad with its ids in the order of some index; compares like its key.
using PermutedQuad = std::array<uint64_t, 4>;

// The column family name of an index ("spog", ...).
const char* IndexName(IndexOrder order);
// kPermutation[order][i]: the quad position stored at key slot i.
const std::array<int, 4>& Permutation(IndexOrder order);

inline QuadArray ToArray(const IdQuad& q) { return {q.s, q.p, q.o, q.g}; }
inline IdQuad FromArray(const QuadArray& a) { return {a[0], a[1], a[2], a[3]}; }
PermutedQuad Permute(IndexOrder order, const IdQuad& q);
IdQuad Unpermute(IndexOrder order, const PermutedQuad& p);

inline void PutBigEndian64(char* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(v >> (56 - 8 * i));
}
inline uint64_t GetBigEndian64(const char* in) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(in[i]);
  return v;
}
inline void AppendBigEndian64(std::string* out, uint64_t v) {
  char buf[8];
  PutBigEndian64(buf, v);
  out->append(buf, 8);
}

// The 32-byte key of a permuted quad.
void EncodePermuted(const PermutedQuad& p, char out[kQuadKeySize]);
std::string EncodeQuadKey(IndexOrder order, const IdQuad& q);
// REQUIRES: key.size() == kQuadKeySize.
PermutedQuad DecodePermuted(std::string_view key);

// The index whose leading key slots are exactly the bound positions of
// `spec`, and the number of bound slots.
struct IndexChoice {
  IndexOrder order;
  int bound;
};
IndexChoice ChooseIndex(const ScanSpec& spec);
// The key prefix (8 bytes per bound slot) for a choice.
std::string ScanPrefix(const ScanSpec& spec, const IndexChoice& choice);

// The smallest string greater than every string starting with `prefix`,
// or empty if there is none (all 0xff).
std::string PrefixSuccessor(std::string prefix);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_KEY_CODEC_H_
