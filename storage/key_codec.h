// Key codec: the six quad index orders and their keys (4 TermIds, each in
// an order-preserving variable-length encoding: a tag/length byte, then
// the payload's significant big-endian bytes), and which index serves a
// scan. Byte order of keys == order of the id arrays. See FORMAT.md.
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
// The longest encoding of one id, and of a quad key.
inline constexpr size_t kMaxIdKeySize = 9;
inline constexpr size_t kMaxQuadKeySize = 4 * kMaxIdKeySize;

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

// Index key encoding of one TermId (FORMAT.md "Index keys"): tags below
// kEscapeTag give one byte (tag << 3 | payload length) and the payload's
// 0..7 significant big-endian bytes; other ids give 0xff and 8 bytes.
// Byte order of encodings == numeric order of ids.
inline constexpr uint64_t kEscapeTag = 31;
// Writes the encoding of `id` to `out` (room for kMaxIdKeySize bytes);
// returns its length.
inline size_t PutIdKey(char* out, uint64_t id) {
  uint64_t tag = id >> 56;
  if (tag >= kEscapeTag) {
    out[0] = static_cast<char>(0xff);
    PutBigEndian64(out + 1, id);
    return 9;
  }
  uint64_t payload = id & ((uint64_t{1} << 56) - 1);
  int len = payload == 0 ? 0 : (71 - __builtin_clzll(payload)) / 8;
  out[0] = static_cast<char>((tag << 3) | len);
  for (int i = 0; i < len; ++i) {
    out[1 + i] = static_cast<char>(payload >> (8 * (len - 1 - i)));
  }
  return 1 + len;
}
void AppendIdKey(std::string* out, uint64_t id);
// Parses one id encoding at *pos (before `end`) and advances *pos; false
// if it is truncated or not canonical.
inline bool GetIdKey(const char** pos, const char* end, uint64_t* id) {
  const char* p = *pos;
  if (p == end) return false;
  uint8_t b0 = static_cast<uint8_t>(*p++);
  if (b0 == 0xff) {
    if (end - p < 8) return false;
    uint64_t v = GetBigEndian64(p);
    if ((v >> 56) < kEscapeTag) return false;
    *id = v;
    *pos = p + 8;
    return true;
  }
  uint64_t tag = b0 >> 3;
  int len = b0 & 7;
  if (tag >= kEscapeTag || end - p < len) return false;
  if (len > 0 && *p == 0) return false;  // not minimal
  uint64_t payload = 0;
  for (int i = 0; i < len; ++i) payload = (payload << 8) | static_cast<uint8_t>(p[i]);
  *id = (tag << 56) | payload;
  *pos = p + len;
  return true;
}

// The key of a permuted quad; returns its length.
size_t EncodePermuted(const PermutedQuad& p, char out[kMaxQuadKeySize]);
std::string EncodeQuadKey(IndexOrder order, const IdQuad& q);
// Parses a key of exactly four ids; false if malformed.
bool DecodePermuted(std::string_view key, PermutedQuad* out);
// Corruption naming the index, for a key DecodePermuted rejects.
Status BadIndexKey(IndexOrder order);

// The index whose leading key slots are exactly the bound positions of
// `spec`, and the number of bound slots.
struct IndexChoice {
  IndexOrder order;
  int bound;
};
IndexChoice ChooseIndex(const ScanSpec& spec);
// The key prefix (one id encoding per bound slot) for a choice.
std::string ScanPrefix(const ScanSpec& spec, const IndexChoice& choice);

// The smallest string greater than every string starting with `prefix`,
// or empty if there is none (all 0xff).
std::string PrefixSuccessor(std::string prefix);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_KEY_CODEC_H_
