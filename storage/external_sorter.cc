#include "storage/external_sorter.h"

#include <algorithm>
#include <cstdio>
#include <queue>

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

void SortUnique(std::vector<PermutedQuad>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

ExternalSorter::ExternalSorter(std::string temp_prefix, size_t memory_bytes)
    : temp_prefix_(std::move(temp_prefix)),
      capacity_(std::max<size_t>(memory_bytes, 64 << 10) /
                sizeof(PermutedQuad)),
      memory_bytes_(std::max<size_t>(memory_bytes, 64 << 10)) {}

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
  return Status::OK();
}

Status ExternalSorter::Spill() {
  SortUnique(&buffer_);
  std::string path = temp_prefix_ + std::to_string(runs_.size()) + ".run";
  Result<std::unique_ptr<RunWriter>> w = RunWriter::Create(path);
  if (!w.ok()) return w.status();
  for (const PermutedQuad& q : buffer_) SPOKE_RETURN_IF_ERROR((*w)->Add(q));
  SPOKE_RETURN_IF_ERROR((*w)->Close());
  runs_.push_back(path);
  buffer_.clear();
  return Status::OK();
}

Result<std::unique_ptr<QuadStream>> ExternalSorter::Finish() {
  if (runs_.empty()) {
    SortUnique(&buffer_);
    return std::unique_ptr<QuadStream>(
        std::make_unique<VectorStream>(std::move(buffer_)));
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
