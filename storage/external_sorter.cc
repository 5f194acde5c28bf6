#include "storage/external_sorter.h"

#include <algorithm>
#include <cstdio>
#include <queue>

#include "storage/index_sort.h"

namespace spoke::storage {

namespace {

// Merges sorted streams, dropping duplicates.
class MergeStream : public QuadStream {
 public:
  explicit MergeStream(std::vector<std::unique_ptr<QuadStream>> inputs)
      : inputs_(std::move(inputs)) {}

  Status Init() {
    for (size_t i = 0; i < inputs_.size(); ++i) {
      SPOKE_RETURN_IF_ERROR(Refill(i));
    }
    return Status::OK();
  }

  Result<bool> Next(PermutedQuad* out) override {
    while (!heap_.empty()) {
      auto [q, i] = heap_.top();
      heap_.pop();
      SPOKE_RETURN_IF_ERROR(Refill(i));
      if (have_last_ && q == last_) continue;
      last_ = q;
      have_last_ = true;
      *out = q;
      return true;
    }
    return false;
  }

 private:
  Status Refill(size_t i) {
    PermutedQuad q;
    Result<bool> more = inputs_[i]->Next(&q);
    if (!more.ok()) return more.status();
    if (*more) heap_.push({q, i});
    return Status::OK();
  }

  using Entry = std::pair<PermutedQuad, size_t>;
  std::vector<std::unique_ptr<QuadStream>> inputs_;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap_;
  PermutedQuad last_{};
  bool have_last_ = false;
};

// Merges the sorted chunks of an in-memory buffer (chunk i ends at
// ends[i]), dropping duplicates. Owns the buffer; Release gives it back.
class ChunkMergeStream : public QuadStream {
 public:
  ChunkMergeStream(std::vector<PermutedQuad> quads,
                   const std::vector<size_t>& ends)
      : quads_(std::move(quads)) {
    size_t begin = 0;
    for (size_t end : ends) {
      if (end > begin) heap_.push_back(Range{begin, end});
      begin = end;
    }
    std::make_heap(heap_.begin(), heap_.end(), Later{&quads_});
  }

  Result<bool> Next(PermutedQuad* out) override {
    while (!heap_.empty()) {
      std::pop_heap(heap_.begin(), heap_.end(), Later{&quads_});
      Range& r = heap_.back();
      const PermutedQuad& q = quads_[r.pos++];
      bool fresh = !have_last_ || q != last_;
      if (fresh) {
        last_ = q;
        have_last_ = true;
      }
      if (r.pos == r.end) {
        heap_.pop_back();
      } else {
        std::push_heap(heap_.begin(), heap_.end(), Later{&quads_});
      }
      if (fresh) {
        *out = last_;
        return true;
      }
    }
    return false;
  }

  std::vector<PermutedQuad> Release() { return std::move(quads_); }

 private:
  struct Range {
    size_t pos, end;
  };
  // Heap order: the range with the smallest head on top.
  struct Later {
    const std::vector<PermutedQuad>* quads;
    bool operator()(const Range& a, const Range& b) const {
      return (*quads)[b.pos] < (*quads)[a.pos];
    }
  };
  std::vector<PermutedQuad> quads_;
  std::vector<Range> heap_;
  PermutedQuad last_{};
  bool have_last_ = false;
};

}  // namespace

ExternalSorter::ExternalSorter(std::string temp_prefix, size_t memory_bytes,
                               size_t chunk_quads)
    : temp_prefix_(std::move(temp_prefix)),
      capacity_(std::max<size_t>(memory_bytes, 64 << 10) /
                sizeof(PermutedQuad)),
      memory_bytes_(std::max<size_t>(memory_bytes, 64 << 10)),
      chunk_quads_(chunk_quads) {}

void ExternalSorter::EndChunk() {
  size_t begin = chunk_ends_.empty() ? 0 : chunk_ends_.back();
  if (buffer_.size() == begin) return;
  SortQuads(buffer_.data() + begin, buffer_.data() + buffer_.size());
  chunk_ends_.push_back(buffer_.size());
}

ExternalSorter::~ExternalSorter() {
  // Runs not handed to a reader (error or no Finish) are removed here.
  for (const std::string& run : runs_) std::remove(run.c_str());
}

Status ExternalSorter::Add(const PermutedQuad& q) {
  if (buffer_.size() >= capacity_) SPOKE_RETURN_IF_ERROR(Spill());
  // Reserving the whole budget costs address space only: pages are
  // touched as they fill.
  if (buffer_.capacity() == 0) buffer_.reserve(capacity_);
  buffer_.push_back(q);
  ++added_;
  if (chunk_quads_ > 0 &&
      buffer_.size() - (chunk_ends_.empty() ? 0 : chunk_ends_.back()) >=
          chunk_quads_) {
    EndChunk();
  }
  return Status::OK();
}

Status ExternalSorter::Spill() {
  std::string path = temp_prefix_ + std::to_string(runs_.size()) + ".run";
  Result<std::unique_ptr<RunWriter>> w = RunWriter::Create(path);
  if (!w.ok()) return w.status();
  if (chunk_ends_.empty()) {
    SortUniqueQuads(&buffer_);
    for (const PermutedQuad& q : buffer_) SPOKE_RETURN_IF_ERROR((*w)->Add(q));
  } else {
    EndChunk();
    ChunkMergeStream merge(std::move(buffer_), chunk_ends_);
    PermutedQuad q;
    Status s;
    while (s.ok()) {
      Result<bool> more = merge.Next(&q);
      if (!more.ok() || !*more) break;
      s = (*w)->Add(q);
    }
    buffer_ = merge.Release();  // keeps its capacity for the next run
    chunk_ends_.clear();
    SPOKE_RETURN_IF_ERROR(s);
  }
  SPOKE_RETURN_IF_ERROR((*w)->Close());
  runs_.push_back(path);
  buffer_.clear();
  return Status::OK();
}

Result<std::unique_ptr<QuadStream>> ExternalSorter::Finish() {
  if (runs_.empty()) {
    if (chunk_ends_.empty()) {
      SortUniqueQuads(&buffer_);
      return std::unique_ptr<QuadStream>(
          std::make_unique<VectorStream>(std::move(buffer_)));
    }
    EndChunk();
    std::vector<size_t> ends = std::move(chunk_ends_);
    chunk_ends_.clear();
    return std::unique_ptr<QuadStream>(
        std::make_unique<ChunkMergeStream>(std::move(buffer_), ends));
  }
  if (!buffer_.empty()) SPOKE_RETURN_IF_ERROR(Spill());
  buffer_ = std::vector<PermutedQuad>();  // give the memory back
  // Each reader gets an equal share of the budget.
  size_t per_run = std::max<size_t>(memory_bytes_ / runs_.size(), 4096);
  std::vector<std::unique_ptr<QuadStream>> readers;
  std::vector<std::string> runs = std::move(runs_);
  runs_.clear();
  for (size_t i = 0; i < runs.size(); ++i) {
    Result<std::unique_ptr<RunReader>> r = RunReader::Open(runs[i], per_run);
    if (!r.ok()) {
      for (size_t j = i; j < runs.size(); ++j) std::remove(runs[j].c_str());
      return r.status();
    }
    readers.push_back(std::move(*r));
  }
  auto merge = std::make_unique<MergeStream>(std::move(readers));
  SPOKE_RETURN_IF_ERROR(merge->Init());
  return std::unique_ptr<QuadStream>(std::move(merge));
}

}  // namespace spoke::storage
