#include "engine/exec/scan_pattern.h"

#include <algorithm>

#include "engine/exec/term_table.h"

namespace spoke::engine {
namespace {

// Sets `*out` to the value of `pos` in `row`; returns false if it cannot be
// in the store.
bool Resolve(const SlotOrId& pos, const Row& row, std::optional<TermId>* out) {
  TermId id = pos.is_var() ? row[pos.slot] : pos.id;
  if (id == kUnbound) return true;
  if (TermTable::IsLocal(id)) return false;
  *out = id;
  return true;
}

}  // namespace

bool ScanPattern::BuildSpec(const Row& row, storage::ScanSpec* spec) const {
  *spec = storage::ScanSpec();
  if (!Resolve(s, row, &spec->s) || !Resolve(p, row, &spec->p) ||
      !Resolve(o, row, &spec->o)) {
    return false;
  }
  switch (mode) {
    case GraphMode::kMergedDefault:
      spec->distinct_triples = true;
      spec->graph_set = graph_set;
      break;
    case GraphMode::kPlainDefault:
      spec->g = storage::kDefaultGraphId;
      break;
    case GraphMode::kNamed: {
      if (!Resolve(g, row, &spec->g)) return false;
      if (spec->g) {
        if (!graph_set.empty() &&
            !std::binary_search(graph_set.begin(), graph_set.end(), *spec->g)) {
          return false;
        }
      } else if (graph_set.empty()) {
        spec->named_graphs_only = true;
      } else {
        spec->graph_set = graph_set;
      }
      break;
    }
  }
  return true;
}

std::string ScanPattern::Describe(const VarTable& vars) const {
  auto name = [&](const SlotOrId& pos) {
    if (pos.is_var()) return "?" + vars.name(pos.slot);
    return "#" + std::to_string(pos.id);
  };
  std::string out = name(s) + " " + name(p) + " " + name(o);
  switch (mode) {
    case GraphMode::kMergedDefault:
      out += graph_set.empty() ? " [all graphs]"
                               : " [FROM " + std::to_string(graph_set.size()) +
                                     " graphs]";
      break;
    case GraphMode::kPlainDefault:
      out += " [default graph]";
      break;
    case GraphMode::kNamed:
      out += " [GRAPH " + name(g) + "]";
      break;
  }
  return out;
}

std::string ScanPattern::IndexName(const std::vector<bool>& bound) const {
  auto is_bound = [&](const SlotOrId& pos) {
    return !pos.is_var() || bound[pos.slot];
  };
  bool bs = is_bound(s), bp = is_bound(p), bo = is_bound(o);
  bool bg = mode == GraphMode::kPlainDefault ||
            (mode == GraphMode::kNamed && is_bound(g));
  std::string idx;
  if (bs && !bp && bo) {
    idx = "OSP";
  } else if (bs) {
    idx = "SPO";
  } else if (bp) {
    idx = "POS";
  } else if (bo) {
    idx = "OSP";
  } else {
    idx = "SPO";
  }
  return bg ? "G" + idx : idx + "G";
}

}  // namespace spoke::engine
