// VarTable: the variable slots of one query plan.
//
// Every variable of the query (named, anonymous from blank nodes, and hidden
// ones the planner adds for GRAPH clauses, aggregates and group keys) gets
// a slot index; rows (row.h) are indexed by it.
//
// Thread safety: immutable once the plan is built.

#ifndef SPOKE_ENGINE_EXEC_VAR_TABLE_H_
#define SPOKE_ENGINE_EXEC_VAR_TABLE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace spoke::engine {

class VarTable {
 public:
  // The slot of `name`, created if new.
  int Slot(std::string_view name) {
    auto it = slots_.find(std::string(name));
    if (it != slots_.end()) return it->second;
    int slot = static_cast<int>(names_.size());
    names_.emplace_back(name);
    slots_.emplace(std::string(name), slot);
    return slot;
  }
  // The slot of `name`, or -1 if the query has no such variable.
  int Find(std::string_view name) const {
    auto it = slots_.find(std::string(name));
    return it == slots_.end() ? -1 : it->second;
  }
  // A new slot no query text can name (names start with '$', which the
  // parser strips from variables).
  int Hidden(std::string_view what) {
    return Slot("$" + std::string(what) + std::to_string(names_.size()));
  }
  const std::string& name(int slot) const { return names_[slot]; }
  int size() const { return static_cast<int>(names_.size()); }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> slots_;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_VAR_TABLE_H_
