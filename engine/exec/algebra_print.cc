// Printing of algebra and expressions (algebra.h).

#include "engine/exec/algebra.h"

namespace spoke::engine {
namespace {

using ast::Expr;
using ast::ExprKind;

const char* BinaryText(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::kOr: return "||";
    case ast::BinaryOp::kAnd: return "&&";
    case ast::BinaryOp::kEq: return "=";
    case ast::BinaryOp::kNe: return "!=";
    case ast::BinaryOp::kLt: return "<";
    case ast::BinaryOp::kLe: return "<=";
    case ast::BinaryOp::kGt: return ">";
    case ast::BinaryOp::kGe: return ">=";
    case ast::BinaryOp::kAdd: return "+";
    case ast::BinaryOp::kSub: return "-";
    case ast::BinaryOp::kMul: return "*";
    case ast::BinaryOp::kDiv: return "/";
  }
  return "?";
}

const char* BuiltinText(ast::Builtin b) {
  switch (b) {
    case ast::Builtin::kBound: return "BOUND";
    case ast::Builtin::kIsIri: return "isIRI";
    case ast::Builtin::kIsBlank: return "isBlank";
    case ast::Builtin::kIsLiteral: return "isLiteral";
    case ast::Builtin::kIsNumeric: return "isNumeric";
    case ast::Builtin::kStr: return "STR";
    case ast::Builtin::kLang: return "LANG";
    case ast::Builtin::kDatatype: return "DATATYPE";
    case ast::Builtin::kLangMatches: return "LANGMATCHES";
    case ast::Builtin::kSameTerm: return "sameTerm";
    case ast::Builtin::kRegex: return "REGEX";
    case ast::Builtin::kContains: return "CONTAINS";
    case ast::Builtin::kStrStarts: return "STRSTARTS";
    case ast::Builtin::kStrEnds: return "STRENDS";
    case ast::Builtin::kStrLen: return "STRLEN";
    case ast::Builtin::kUcase: return "UCASE";
    case ast::Builtin::kLcase: return "LCASE";
    case ast::Builtin::kIf: return "IF";
    case ast::Builtin::kCoalesce: return "COALESCE";
  }
  return "?";
}

const char* AggregateText(ast::AggregateKind k) {
  switch (k) {
    case ast::AggregateKind::kCount: return "COUNT";
    case ast::AggregateKind::kSum: return "SUM";
    case ast::AggregateKind::kMin: return "MIN";
    case ast::AggregateKind::kMax: return "MAX";
    case ast::AggregateKind::kAvg: return "AVG";
    case ast::AggregateKind::kSample: return "SAMPLE";
    case ast::AggregateKind::kGroupConcat: return "GROUP_CONCAT";
  }
  return "?";
}

std::string Args(const Expr& e, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < e.args.size(); ++i) {
    if (i > from) out += ", ";
    out += ExprToString(*e.args[i]);
  }
  return out;
}

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

std::string ExprToString(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kConstant: return e.term.ToNTriples();
    case ExprKind::kVariable: return "?" + e.var;
    case ExprKind::kUnary: {
      const char* op = e.unary_op == ast::UnaryOp::kNot ? "!"
                       : e.unary_op == ast::UnaryOp::kPlus ? "+" : "-";
      return op + ExprToString(*e.args[0]);
    }
    case ExprKind::kBinary:
      return "(" + ExprToString(*e.args[0]) + " " + BinaryText(e.binary_op) +
             " " + ExprToString(*e.args[1]) + ")";
    case ExprKind::kIn:
      return "(" + ExprToString(*e.args[0]) + (e.negated ? " NOT IN (" : " IN (") +
             Args(e, 1) + "))";
    case ExprKind::kBuiltin:
      return std::string(BuiltinText(e.builtin)) + "(" + Args(e) + ")";
    case ExprKind::kCast:
      return "<" + e.cast_datatype + ">(" + Args(e) + ")";
    case ExprKind::kAggregate:
      return std::string(AggregateText(e.aggregate)) + "(" +
             (e.distinct ? "DISTINCT " : "") +
             (e.args.empty() ? "*" : Args(e)) + ")";
  }
  return "?";
}

std::string AlgebraToString(const AlgNode& node) {
  std::string out;
  Print(node, 0, &out);
  return out;
}

}  // namespace spoke::engine
