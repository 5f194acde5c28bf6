#include "storage/index_pass.h"

#include <algorithm>
#include <array>

#include "storage/external_sorter.h"
#include "storage/group_sort_stream.h"
#include "storage/sst_output.h"

namespace spoke::storage {

namespace {

constexpr size_t kReadBuffer = 1 << 20;

}  // namespace

Result<std::unique_ptr<QuadStream>> SortedRun(const std::string& run,
                                              IndexOrder order,
                                              const std::string& temp_prefix,
                                              size_t budget) {
  Result<std::unique_ptr<RunReader>> reader =
      RunReader::Open(run, kReadBuffer, /*remove_file=*/false);
  if (!reader.ok()) return reader.status();
  if (order == IndexOrder::kGspo) {
    return std::unique_ptr<QuadStream>(std::move(*reader));
  }
  if (order == IndexOrder::kGpos || order == IndexOrder::kGosp) {
    // Same leading g: sort each graph's quads on their own.
    return std::unique_ptr<QuadStream>(std::make_unique<GroupSortStream>(
        std::move(*reader), IndexOrder::kGspo, order, temp_prefix, budget));
  }
  // to-slot i takes GSPO slot map[i].
  const std::array<int, 4>& from = Permutation(IndexOrder::kGspo);
  const std::array<int, 4>& to = Permutation(order);
  std::array<int, 4> map;
  for (int i = 0; i < 4; ++i) {
    map[i] = static_cast<int>(std::find(from.begin(), from.end(), to[i]) -
                              from.begin());
  }
  ExternalSorter sorter(temp_prefix, budget);
  PermutedQuad q;
  while (true) {
    Result<bool> more = (*reader)->Next(&q);
    if (!more.ok()) return more.status();
    if (!*more) break;
    SPOKE_RETURN_IF_ERROR(
        sorter.Add({q[map[0]], q[map[1]], q[map[2]], q[map[3]]}));
  }
  return sorter.Finish();
}

Status WriteIndexSst(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                     IndexOrder order, const std::string& dir,
                     size_t ins_budget, size_t del_budget, StatsWalker* walker,
                     std::vector<rocksdb::IngestExternalFileArg>* args) {
  const std::string name = IndexName(order);
  auto in = SortedRun(dir + "/ins.run", order, dir + "/si-" + name + "-",
                      ins_budget);
  if (!in.ok()) return in.status();
  auto out = SortedRun(dir + "/del.run", order, dir + "/sd-" + name + "-",
                       del_budget);
  if (!out.ok()) return out.status();
  SstOutput sst(db, cf, dir + "/" + name + ".sst");
  PermutedQuad a, b;
  Result<bool> ha = (*in)->Next(&a);
  Result<bool> hb = (*out)->Next(&b);
  char key[kMaxQuadKeySize];
  while (true) {
    if (!ha.ok()) return ha.status();
    if (!hb.ok()) return hb.status();
    if (!*ha && !*hb) break;
    // Inserts and deletes are disjoint.
    bool insert = *ha && (!*hb || a < b);
    const PermutedQuad& q = insert ? a : b;
    rocksdb::Slice k(key, EncodePermuted(q, key));
    SPOKE_RETURN_IF_ERROR(insert ? sst.Put(k, rocksdb::Slice())
                                 : sst.Delete(k));
    if (walker != nullptr && order == IndexOrder::kSpog) {
      SPOKE_RETURN_IF_ERROR(walker->FeedSpog(q, insert));
    } else if (walker != nullptr && order == IndexOrder::kPosg) {
      SPOKE_RETURN_IF_ERROR(walker->FeedPosg(q, insert));
    }
    if (insert) {
      ha = (*in)->Next(&a);
    } else {
      hb = (*out)->Next(&b);
    }
  }
  return sst.Finish(args);
}

}  // namespace spoke::storage
