// RowView and VariableSlots: how a compiled expression sees the executor's
// rows. Both are small interfaces so that the executor can keep rows as it
// likes (e.g. term ids) and decode only the slots an expression reads.

#ifndef SPOKE_ENGINE_EXPR_ROW_VIEW_H_
#define SPOKE_ENGINE_EXPR_ROW_VIEW_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "spoke/term.h"

namespace spoke::engine::expr {

// One row (solution) during evaluation.
class RowView {
 public:
  virtual ~RowView() = default;
  // The term bound to `slot`, or nullptr (or a kNone term) if unbound. The
  // pointer must stay valid until the Evaluate call that asked returns.
  virtual const Term* Get(int slot) const = 0;
  // The result of aggregate `index` (see CompiledAggregate), or nullptr if it
  // is unbound (the aggregate gave an error). Only called by expressions
  // compiled with aggregates.
  virtual const Term* GetAggregate(int index) const {
    (void)index;
    return nullptr;
  }
};

// A row held as a vector of term pointers (index = slot), plus aggregate
// results; for tests and simple callers.
class VectorRowView : public RowView {
 public:
  explicit VectorRowView(std::vector<const Term*> slots,
                         std::vector<const Term*> aggregates = {})
      : slots_(std::move(slots)), aggregates_(std::move(aggregates)) {}
  const Term* Get(int slot) const override {
    return slot >= 0 && static_cast<size_t>(slot) < slots_.size() ? slots_[slot] : nullptr;
  }
  const Term* GetAggregate(int index) const override {
    return index >= 0 && static_cast<size_t>(index) < aggregates_.size()
               ? aggregates_[index]
               : nullptr;
  }

 private:
  std::vector<const Term*> slots_;
  std::vector<const Term*> aggregates_;
};

// Variable name (without '?') -> slot, as the compiler asks for it.
class VariableSlots {
 public:
  virtual ~VariableSlots() = default;
  // The slot of `name`, or -1 if the query has no such variable (it is then
  // unbound in every row).
  virtual int Find(std::string_view name) const = 0;
};

// VariableSlots backed by a hash map; Add assigns 0, 1, 2, ...
class MapVariableSlots : public VariableSlots {
 public:
  int Add(std::string_view name) {
    auto [it, inserted] = slots_.emplace(std::string(name), static_cast<int>(slots_.size()));
    return it->second;
  }
  int Find(std::string_view name) const override {
    auto it = slots_.find(std::string(name));
    return it == slots_.end() ? -1 : it->second;
  }

 private:
  std::unordered_map<std::string, int> slots_;
};

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_ROW_VIEW_H_
