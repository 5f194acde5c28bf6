#include "engine/parse/ast_printer.h"

namespace spoke::engine::ast {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

std::string Iri(const std::string& iri) {
  if (iri == kRdfType) return "rdf:type";
  return "<" + iri + ">";
}

std::string Datatype(std::string_view dt) {
  if (dt.substr(0, kXsd.size()) == kXsd) {
    return "xsd:" + std::string(dt.substr(kXsd.size()));
  }
  if (dt.substr(0, kRdf.size()) == kRdf) {
    return "rdf:" + std::string(dt.substr(kRdf.size()));
  }
  return "<" + std::string(dt) + ">";
}

void Append(const GroupPattern& g, std::string* out);

void Append(const Pattern& p, std::string* out) {
  switch (p.kind) {
    case PatternKind::kBgp:
      *out += "(bgp";
      for (const TriplePattern& t : p.triples) {
        *out += " (" + ToString(t.subject) + " " + ToString(t.predicate) +
                " " + ToString(t.object) + ")";
      }
      *out += ")";
      return;
    case PatternKind::kGroup:
      Append(*p.group, out);
      return;
    case PatternKind::kOptional:
      *out += "(optional ";
      Append(*p.group, out);
      *out += ")";
      return;
    case PatternKind::kUnion:
      *out += "(union";
      for (const auto& alt : p.alternatives) {
        *out += " ";
        Append(*alt, out);
      }
      *out += ")";
      return;
    case PatternKind::kGraph:
      *out += "(graph " + ToString(p.graph) + " ";
      Append(*p.group, out);
      *out += ")";
      return;
  }
}

void Append(const GroupPattern& g, std::string* out) {
  *out += "(group";
  for (const auto& p : g.elements) {
    *out += " ";
    Append(*p, out);
  }
  for (const auto& f : g.filters) *out += " (filter " + ToString(*f) + ")";
  *out += ")";
}

}  // namespace

const char* BuiltinName(Builtin b) {
  switch (b) {
    case Builtin::kBound: return "bound";
    case Builtin::kIsIri: return "isiri";
    case Builtin::kIsBlank: return "isblank";
    case Builtin::kIsLiteral: return "isliteral";
    case Builtin::kIsNumeric: return "isnumeric";
    case Builtin::kStr: return "str";
    case Builtin::kLang: return "lang";
    case Builtin::kDatatype: return "datatype";
    case Builtin::kLangMatches: return "langmatches";
    case Builtin::kSameTerm: return "sameterm";
    case Builtin::kRegex: return "regex";
    case Builtin::kContains: return "contains";
    case Builtin::kStrStarts: return "strstarts";
    case Builtin::kStrEnds: return "strends";
    case Builtin::kStrLen: return "strlen";
    case Builtin::kUcase: return "ucase";
    case Builtin::kLcase: return "lcase";
    case Builtin::kIf: return "if";
    case Builtin::kCoalesce: return "coalesce";
  }
  return "?";
}

const char* AggregateName(AggregateKind a) {
  switch (a) {
    case AggregateKind::kCount: return "count";
    case AggregateKind::kSum: return "sum";
    case AggregateKind::kMin: return "min";
    case AggregateKind::kMax: return "max";
    case AggregateKind::kAvg: return "avg";
    case AggregateKind::kSample: return "sample";
    case AggregateKind::kGroupConcat: return "group_concat";
  }
  return "?";
}

const char* BinaryOpName(BinaryOp op) {
  switch (op) {
    case BinaryOp::kOr: return "||";
    case BinaryOp::kAnd: return "&&";
    case BinaryOp::kEq: return "=";
    case BinaryOp::kNe: return "!=";
    case BinaryOp::kLt: return "<";
    case BinaryOp::kLe: return "<=";
    case BinaryOp::kGt: return ">";
    case BinaryOp::kGe: return ">=";
    case BinaryOp::kAdd: return "+";
    case BinaryOp::kSub: return "-";
    case BinaryOp::kMul: return "*";
    case BinaryOp::kDiv: return "/";
  }
  return "?";
}

std::string ToString(const Term& t) {
  switch (t.kind()) {
    case TermKind::kNone: return "default";
    case TermKind::kIri: return Iri(t.value());
    case TermKind::kBlank: return "_:" + t.value();
    case TermKind::kLiteral: break;
  }
  std::string out = "\"" + EscapeNTriplesString(t.value()) + "\"";
  if (!t.language().empty()) return out + "@" + t.language();
  if (t.is_simple_literal()) return out;
  return out + "^^" + Datatype(t.datatype());
}

std::string ToString(const PatternTerm& t) {
  return t.is_var() ? "?" + t.var : ToString(t.term);
}

std::string ToString(const Expr& e) {
  std::string out;
  switch (e.kind) {
    case ExprKind::kConstant: return ToString(e.term);
    case ExprKind::kVariable: return "?" + e.var;
    case ExprKind::kUnary:
      out = e.unary_op == UnaryOp::kNot    ? "(!"
            : e.unary_op == UnaryOp::kPlus ? "(+"
                                           : "(-";
      break;
    case ExprKind::kBinary: out = std::string("(") + BinaryOpName(e.binary_op); break;
    case ExprKind::kIn: out = e.negated ? "(not-in" : "(in"; break;
    case ExprKind::kBuiltin: out = std::string("(") + BuiltinName(e.builtin); break;
    case ExprKind::kCast: out = "(cast " + Datatype(e.cast_datatype); break;
    case ExprKind::kAggregate:
      out = std::string("(") + AggregateName(e.aggregate);
      if (e.distinct) out += " distinct";
      if (e.args.empty()) out += " *";
      break;
  }
  for (const auto& a : e.args) out += " " + ToString(*a);
  if (e.kind == ExprKind::kAggregate &&
      e.aggregate == AggregateKind::kGroupConcat) {
    out += " (separator \"" + EscapeNTriplesString(e.separator) + "\")";
  }
  return out + ")";
}

std::string ToString(const GroupPattern& g) {
  std::string out;
  Append(g, &out);
  return out;
}

std::string ToString(const Query& q) {
  std::string out = q.form == QueryForm::kAsk ? "(ask" : "(select";
  if (q.distinct) out += " distinct";
  if (q.reduced) out += " reduced";
  if (q.form == QueryForm::kSelect) {
    out += " (project";
    if (q.select_all) out += " *";
    for (const auto& item : q.projection) {
      out += item.expr ? " (as ?" + item.var + " " + ToString(*item.expr) + ")"
                       : " ?" + item.var;
    }
    out += ")";
  }
  for (const Term& g : q.from) out += " (from " + ToString(g) + ")";
  for (const Term& g : q.from_named) out += " (from-named " + ToString(g) + ")";
  out += " (where " + ToString(q.where) + ")";
  if (!q.group_by.empty()) {
    out += " (group-by";
    for (const auto& c : q.group_by) {
      out += c.var.empty() ? " " + ToString(*c.expr)
                           : " (as ?" + c.var + " " + ToString(*c.expr) + ")";
    }
    out += ")";
  } else if (q.is_grouped) {
    out += " (group-all)";
  }
  for (const auto& h : q.having) out += " (having " + ToString(*h) + ")";
  if (!q.order_by.empty()) {
    out += " (order-by";
    for (const auto& o : q.order_by) {
      out += std::string(o.descending ? " (desc " : " (asc ") +
             ToString(*o.expr) + ")";
    }
    out += ")";
  }
  if (q.offset != 0) out += " (offset " + std::to_string(q.offset) + ")";
  if (q.limit) out += " (limit " + std::to_string(*q.limit) + ")";
  return out + ")";
}

std::string ToString(const Statement& s) {
  std::string out;
  if (s.explain) out = s.analyze ? "(explain-analyze " : "(explain ";
  if (s.kind == StatementKind::kQuery) {
    out += ToString(s.query);
  } else {
    out += "(update";
    for (const UpdateOp& op : s.update.ops) {
      switch (op.kind) {
        case UpdateKind::kInsertData: out += " (insert-data"; break;
        case UpdateKind::kDeleteData: out += " (delete-data"; break;
        case UpdateKind::kClearGraph: out += " (clear"; break;
        case UpdateKind::kDropGraph: out += " (drop"; break;
      }
      if (op.silent) out += " silent";
      if (!op.graph.is_none()) out += " " + ToString(op.graph);
      for (const Quad& q : op.quads) {
        out += " (" + ToString(q.subject) + " " + ToString(q.predicate) + " " +
               ToString(q.object);
        if (!q.graph.is_none()) out += " " + ToString(q.graph);
        out += ")";
      }
      out += ")";
    }
    out += ")";
  }
  if (s.explain) out += ")";
  return out;
}

}  // namespace spoke::engine::ast
