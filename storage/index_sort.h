// In-memory sorting of PermutedQuads for the bulk load and the index
// passes of a bulk commit: an in-place MSD radix sort (American flag sort)
// in digits of up to 8 bits, most significant first, over only the bits in
// which the quads differ (tag bits and the high payload bits of dense
// sequence numbers are skipped); ranges of up to 64 quads go to std::sort.
// The order is exactly std::sort's (lexicographic over the four uint64
// ids); 2.0-2.5x faster than std::sort on 10M news-like quads
// (bench/storage/sort_bench), with no memory beyond the stack.
//
// Thread safety: stateless functions.

#ifndef SPOKE_STORAGE_INDEX_SORT_H_
#define SPOKE_STORAGE_INDEX_SORT_H_

#include <vector>

#include "storage/key_codec.h"

namespace spoke::storage {

// Sorts [begin, end) in ascending PermutedQuad order (duplicates kept).
void SortQuads(PermutedQuad* begin, PermutedQuad* end);

// Sorts *quads and removes duplicates.
void SortUniqueQuads(std::vector<PermutedQuad>* quads);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_INDEX_SORT_H_
