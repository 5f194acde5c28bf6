// Printing of algebra and expressions (algebra.h).

#include "engine/exec/algebra.h"
#include "engine/expr/expr_text.h"

namespace spoke::engine {
namespace {

using ast::Expr;

std::string PatternTermText(const ast::PatternTerm& t) {
  return t.is_var() ? "?" + t.var : t.term.ToNTriples();
}

void Print(const AlgNode& n, int depth, std::string* out) {
  std::string pad(static_cast<size_t>(depth) * 2, ' ');
  *out += pad + "(";
  switch (n.op) {
    case AlgOp::kTable: *out += "table unit"; break;
    case AlgOp::kBgp:
      *out += "bgp";
      for (const auto& t : n.triples) {
        *out += " (" + PatternTermText(t.subject) + " " +
                PatternTermText(t.predicate) + " " +
                PatternTermText(t.object) + ")";
      }
      break;
    case AlgOp::kJoin: *out += "join"; break;
    case AlgOp::kLeftJoin:
      *out += "leftjoin";
      for (const Expr* e : n.exprs) *out += " [" + ExprToString(*e) + "]";
      break;
    case AlgOp::kFilter:
      *out += "filter";
      for (const Expr* e : n.exprs) *out += " [" + ExprToString(*e) + "]";
      break;
    case AlgOp::kUnion: *out += "union"; break;
    case AlgOp::kGraph: *out += "graph " + PatternTermText(n.graph); break;
    case AlgOp::kGroup:
      *out += "group (";
      for (size_t i = 0; i < n.keys.size(); ++i) {
        *out += (i ? " " : "") + ExprToString(*n.keys[i].expr) + "->?" +
                n.keys[i].var;
      }
      *out += ") (";
      for (size_t i = 0; i < n.aggregates.size(); ++i) {
        *out += (i ? " " : "") + ExprToString(*n.aggregates[i].aggregate) +
                "->?" + n.aggregates[i].var;
      }
      *out += ")";
      break;
    case AlgOp::kExtend:
      *out += "extend ?" + n.var + " " + ExprToString(*n.expr);
      break;
    case AlgOp::kOrderBy:
      *out += "orderby";
      for (const auto& o : n.order) {
        *out += std::string(o.descending ? " DESC(" : " ASC(") +
                ExprToString(*o.expr) + ")";
      }
      break;
    case AlgOp::kProject:
      *out += "project (";
      for (size_t i = 0; i < n.vars.size(); ++i) {
        *out += (i ? " ?" : "?") + n.vars[i];
      }
      *out += ")";
      break;
    case AlgOp::kDistinct: *out += "distinct"; break;
    case AlgOp::kReduced: *out += "reduced"; break;
    case AlgOp::kSlice:
      *out += "slice " + std::to_string(n.offset) + " " +
              (n.limit ? std::to_string(*n.limit) : "_");
      break;
  }
  if (n.children.empty()) {
    *out += ")";
    return;
  }
  for (const auto& c : n.children) {
    *out += "\n";
    Print(*c, depth + 1, out);
  }
  *out += ")";
}

}  // namespace

// One printer for expressions, shared with EXPLAIN's operator lines.
std::string ExprToString(const Expr& e) { return expr::ExprText(e); }

std::string AlgebraToString(const AlgNode& node) {
  std::string out;
  Print(node, 0, &out);
  return out;
}

}  // namespace spoke::engine
