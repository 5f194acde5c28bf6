#include "engine/expr/expr_text.h"

namespace spoke::engine::expr {

namespace {

std::string TermText(const Term& t) {
  const std::string& v = t.value();
  if (t.is_literal() && t.datatype() == kXsdBoolean && (v == "true" || v == "false")) {
    return v;
  }
  // Integers and decimals in SPARQL's short syntax when that reads back as
  // the same literal: [+-]digits, [+-]digits.digits.
  if (t.is_literal() && (t.datatype() == kXsdInteger || t.datatype() == kXsdDecimal)) {
    const bool decimal = t.datatype() == kXsdDecimal;
    size_t i = (!v.empty() && (v[0] == '-' || v[0] == '+')) ? 1 : 0;
    size_t digits_before = 0, digits_after = 0, dots = 0;
    bool plain = true;
    for (; i < v.size(); ++i) {
      if (v[i] >= '0' && v[i] <= '9') {
        (dots ? digits_after : digits_before)++;
      } else if (v[i] == '.' && decimal && dots == 0) {
        ++dots;
      } else {
        plain = false;
      }
    }
    plain = plain && digits_before > 0 && (decimal ? dots == 1 && digits_after > 0 : true);
    if (plain) return v;
  }
  return t.ToNTriples();
}

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

std::string ArgsText(const ast::Expr& e, size_t from) {
  std::string out;
  for (size_t i = from; i < e.args.size(); ++i) {
    if (i > from) out += ", ";
    out += e.args[i] ? ExprText(*e.args[i]) : "?";
  }
  return out;
}

}  // namespace

const char* BuiltinName(ast::Builtin b) {
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

const char* AggregateName(ast::AggregateKind k) {
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

std::string ExprText(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::kConstant:
      return TermText(e.term);
    case ast::ExprKind::kVariable:
      return "?" + e.var;
    case ast::ExprKind::kUnary: {
      const char* op = e.unary_op == ast::UnaryOp::kNot
                           ? "!"
                           : (e.unary_op == ast::UnaryOp::kPlus ? "+" : "-");
      return op + ArgsText(e, 0);
    }
    case ast::ExprKind::kBinary:
      if (e.args.size() != 2 || !e.args[0] || !e.args[1]) return "(?)";
      return "(" + ExprText(*e.args[0]) + " " + BinaryText(e.binary_op) + " " +
             ExprText(*e.args[1]) + ")";
    case ast::ExprKind::kIn:
      if (e.args.empty() || !e.args[0]) return "(?)";
      return "(" + ExprText(*e.args[0]) + (e.negated ? " NOT IN (" : " IN (") +
             ArgsText(e, 1) + "))";
    case ast::ExprKind::kBuiltin:
      return std::string(BuiltinName(e.builtin)) + "(" + ArgsText(e, 0) + ")";
    case ast::ExprKind::kCast: {
      std::string dt = e.cast_datatype;
      if (dt.starts_with(kXsd)) dt = "xsd:" + dt.substr(kXsd.size());
      else dt = "<" + dt + ">";
      return dt + "(" + ArgsText(e, 0) + ")";
    }
    case ast::ExprKind::kAggregate: {
      std::string out = std::string(AggregateName(e.aggregate)) + "(";
      if (e.distinct) out += "DISTINCT ";
      out += e.args.empty() ? "*" : ArgsText(e, 0);
      if (e.aggregate == ast::AggregateKind::kGroupConcat && e.separator != " ") {
        out += "; SEPARATOR=\"" + EscapeNTriplesString(e.separator) + "\"";
      }
      return out + ")";
    }
  }
  return "?";
}

}  // namespace spoke::engine::expr
