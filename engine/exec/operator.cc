#include "engine/exec/operator.h"

#include <cstdio>

namespace spoke::engine {
namespace {

std::string FormatRows(double rows) {
  char buf[32];
  if (rows < 10) {
    std::snprintf(buf, sizeof(buf), "%.1f", rows);
  } else {
    std::snprintf(buf, sizeof(buf), "%.0f", rows);
  }
  return buf;
}

void Render(const Operator& op, bool analyze, int depth, std::string* out) {
  out->append(static_cast<size_t>(depth) * 2, ' ');
  out->append(op.Describe());
  out->append("  (est rows=" + FormatRows(op.estimated_rows()));
  if (analyze) {
    char buf[96];
    std::snprintf(buf, sizeof(buf), "; actual rows=%llu opens=%llu time=%.3f ms",
                  static_cast<unsigned long long>(op.actual_rows()),
                  static_cast<unsigned long long>(op.opens()),
                  static_cast<double>(op.nanos()) / 1e6);
    out->append(buf);
  }
  out->append(")\n");
  for (const Operator* child : op.children()) {
    Render(*child, analyze, depth + 1, out);
  }
}

}  // namespace

std::string ExplainTree(const Operator& root, bool analyze) {
  std::string out;
  Render(root, analyze, 0, &out);
  return out;
}

}  // namespace spoke::engine
