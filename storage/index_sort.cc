#include "storage/index_sort.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

namespace spoke::storage {

namespace {

// Below this many quads a bucket is left to std::sort (an insertion sort
// at this size): a radix pass costs two 256-entry tables.
constexpr size_t kSmallSort = 64;

// Bits [pos, pos + width) of a quad, counting from the most significant
// bit of id 0 (0) to the least significant bit of id 3 (255); REQUIRES:
// the bits lie in one id. Ascending digits at ascending positions are
// ascending quads.
inline unsigned Digit(const PermutedQuad& q, unsigned pos, unsigned width) {
  return static_cast<unsigned>(q[pos >> 6] >> (64 - (pos & 63) - width)) &
         ((1u << width) - 1);
}

// The bits in which some quad differs from the first of a range: only
// those need a pass (dense ids leave most of the 256 bits constant).
struct VaryingBits {
  PermutedQuad diff{};
  // The first varying bit at or after `pos`, or 256.
  unsigned Next(unsigned pos) const {
    while (pos < 256) {
      uint64_t rest = diff[pos >> 6] << (pos & 63);
      if (rest != 0) return pos + static_cast<unsigned>(__builtin_clzll(rest));
      pos = (pos | 63) + 1;
    }
    return 256;
  }
};

// Sorts [begin, end), whose quads agree on every bit before `pos` and on
// every bit `varying` does not list.
void RadixSort(PermutedQuad* begin, PermutedQuad* end, unsigned pos,
               const VaryingBits& varying) {
  while (true) {
    const size_t n = static_cast<size_t>(end - begin);
    if (n <= kSmallSort) {
      std::sort(begin, end);
      return;
    }
    pos = varying.Next(pos);
    if (pos == 256) return;  // all equal
    // Up to 8 bits, within one id.
    const unsigned width = std::min(8u, 64 - (pos & 63));
    const unsigned buckets = 1u << width;
    std::array<size_t, 256> count{};
    for (const PermutedQuad* q = begin; q != end; ++q) {
      ++count[Digit(*q, pos, width)];
    }
    // All in one bucket: nothing to move at these bits.
    if (count[Digit(*begin, pos, width)] == n) {
      pos += width;
      continue;
    }
    std::array<PermutedQuad*, 256> head;
    std::array<PermutedQuad*, 256> tail;
    PermutedQuad* p = begin;
    for (unsigned b = 0; b < buckets; ++b) {
      head[b] = p;
      p += count[b];
      tail[b] = p;
    }
    // Cycle each misplaced quad into the next free slot of its bucket.
    for (unsigned b = 0; b < buckets; ++b) {
      while (head[b] != tail[b]) {
        PermutedQuad v = *head[b];
        unsigned d = Digit(v, pos, width);
        while (d != b) {
          std::swap(v, *head[d]++);
          d = Digit(v, pos, width);
        }
        *head[b]++ = v;
      }
    }
    // Each bucket in turn, on the bits after these.
    PermutedQuad* bucket = begin;
    for (unsigned b = 0; b < buckets; ++b) {
      PermutedQuad* bucket_end = bucket + count[b];
      if (count[b] > 1) RadixSort(bucket, bucket_end, pos + width, varying);
      bucket = bucket_end;
    }
    return;
  }
}

}  // namespace

void SortQuads(PermutedQuad* begin, PermutedQuad* end) {
  if (static_cast<size_t>(end - begin) <= kSmallSort) {
    std::sort(begin, end);
    return;
  }
  VaryingBits varying;
  const PermutedQuad& first = *begin;
  for (const PermutedQuad* q = begin; q != end; ++q) {
    for (int i = 0; i < 4; ++i) varying.diff[i] |= (*q)[i] ^ first[i];
  }
  RadixSort(begin, end, 0, varying);
}

void SortUniqueQuads(std::vector<PermutedQuad>* quads) {
  SortQuads(quads->data(), quads->data() + quads->size());
  quads->erase(std::unique(quads->begin(), quads->end()), quads->end());
}

}  // namespace spoke::storage
