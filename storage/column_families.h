// The column families of a Spoke store, by position in the handle vector
// RocksStore keeps. See FORMAT.md.

#ifndef SPOKE_STORAGE_COLUMN_FAMILIES_H_
#define SPOKE_STORAGE_COLUMN_FAMILIES_H_

#include "storage/key_codec.h"

namespace spoke::storage {

// 0..5 are the quad indexes, in IndexOrder order.
enum Cf : int {
  kCfId2Term = kNumIndexes,
  kCfTerm2Id,
  kCfStats,
  kCfMeta,
  kCfDefault,  // RocksDB's own, unused
  kNumCfs,
};

inline int CfOf(IndexOrder order) { return static_cast<int>(order); }

inline const char* CfName(int cf) {
  switch (cf) {
    case kCfId2Term: return "id2term";
    case kCfTerm2Id: return "term2id";
    case kCfStats: return "stats";
    case kCfMeta: return "meta";
    case kCfDefault: return "default";
    default: return IndexName(static_cast<IndexOrder>(cf));
  }
}

// Keys of the meta column family.
inline constexpr char kMetaFormatVersion[] = "format_version";
inline constexpr char kMetaNextId[] = "next_id";
inline constexpr char kMetaDatasetPrefix[] = "dataset/";
inline constexpr char kMetaGraphPrefix[] = "graph/";
inline constexpr char kMetaSettingPrefix[] = "setting/";

inline constexpr uint32_t kFormatVersion = 2;

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_COLUMN_FAMILIES_H_
