// Spoke's query AST: what engine/parse produces from query text and what the
// planner consumes. It covers exactly Spoke's SPARQL 1.1 subset (see
// ../shared/DESIGN.md "The query language"); anything outside it is rejected
// by the parser and never reaches this tree.
//
// Invariants the parser guarantees, so consumers need not re-check:
// - Every IRI is absolute: prefixed names are expanded and relative IRIs
//   resolved against BASE. `a` is rdf:type. Literals are normalised Terms
//   (numbers and booleans get their xsd datatype, `@lang` is lowercased).
// - Variables are named without their `?`/`$` sigil (`?x` and `$x` are the
//   same variable "x").
// - Blank nodes in a query pattern are turned into variables with
//   `anonymous = true` and a name that starts with "_:" (which no SPARQL
//   variable can have): "_:label" for `_:label`, "_:anon#N" for `[]` and
//   `[ ... ]` (no label can contain '#', so the two never clash).
//   They are never projected (not even by SELECT *). Using one label in two
//   basic graph patterns is rejected, so a label names one variable.
// - Aggregates appear only in the projection, HAVING and ORDER BY, and only
//   when `Query::is_grouped` is true. The semantic checks of SPARQL 1.1
//   §11.4/§18.2.4.1 (ungrouped variables, projecting a variable twice, ...) have
//   been done.
// - LIMIT / OFFSET are non-negative.
//
// Plain structs owning their children through std::unique_ptr / std::vector:
// a Statement is move-only and self-contained (no pointer into the query
// text or any parser state). Thread safety: a value type; distinct objects may
// be used from distinct threads, one object needs external synchronisation.

#ifndef SPOKE_ENGINE_PARSE_AST_H_
#define SPOKE_ENGINE_PARSE_AST_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::engine::ast {

// ---------------------------------------------------------------------------
// Terms and variables in patterns

// A position in a triple pattern or GRAPH clause: a constant Term or a
// variable.
struct PatternTerm {
  enum class Kind : uint8_t { kTerm, kVariable };
  Kind kind = Kind::kTerm;
  Term term;             // kTerm: an IRI or literal (never a blank node)
  std::string var;       // kVariable: the name without sigil
  bool anonymous = false;  // kVariable made from a blank node; not projectable
  SourceSpan span;       // where it is in the query text

  bool is_var() const { return kind == Kind::kVariable; }
  static PatternTerm Constant(Term t, SourceSpan s = {}) {
    PatternTerm p;
    p.kind = Kind::kTerm;
    p.term = std::move(t);
    p.span = s;
    return p;
  }
  static PatternTerm Variable(std::string name, bool anon = false,
                              SourceSpan s = {}) {
    PatternTerm p;
    p.kind = Kind::kVariable;
    p.var = std::move(name);
    p.anonymous = anon;
    p.span = s;
    return p;
  }
};

struct TriplePattern {
  PatternTerm subject;
  PatternTerm predicate;
  PatternTerm object;
};

// ---------------------------------------------------------------------------
// Expressions

enum class ExprKind : uint8_t {
  kConstant,   // term
  kVariable,   // var
  kUnary,      // unary_op args[0]
  kBinary,     // args[0] binary_op args[1]
  kIn,         // args[0] IN (args[1..]); negated = NOT IN. args may be 1 only
  kBuiltin,    // builtin(args...)
  kCast,       // cast_datatype(args[0]), e.g. xsd:integer(?x)
  kAggregate,  // aggregate(args[0]) / COUNT(*) when args is empty
};

enum class UnaryOp : uint8_t { kNot, kPlus, kMinus };

enum class BinaryOp : uint8_t {
  kOr,   // ||  (three-valued, see SPARQL 1.1 §17.2)
  kAnd,  // &&
  kEq,   // =
  kNe,   // !=
  kLt,   // <
  kLe,   // <=
  kGt,   // >
  kGe,   // >=
  kAdd,  // +  (also SPARQL's "?a -1", which is ?a + "-1"^^xsd:integer)
  kSub,  // -
  kMul,  // *
  kDiv,  // /
};

// Built-in functions of the subset, with their argument counts.
enum class Builtin : uint8_t {
  kBound,        // 1, args[0] is always a kVariable
  kIsIri,        // 1 (isIRI and isURI)
  kIsBlank,      // 1
  kIsLiteral,    // 1
  kIsNumeric,    // 1
  kStr,          // 1
  kLang,         // 1
  kDatatype,     // 1
  kLangMatches,  // 2
  kSameTerm,     // 2
  kRegex,        // 2 or 3 (text, pattern[, flags])
  kContains,     // 2
  kStrStarts,    // 2
  kStrEnds,      // 2
  kStrLen,       // 1
  kUcase,        // 1
  kLcase,        // 1
  kIf,           // 3
  kCoalesce,     // 0 or more
};

enum class AggregateKind : uint8_t {
  kCount,
  kSum,
  kMin,
  kMax,
  kAvg,
  kSample,
  kGroupConcat,
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// One node of an expression tree. Which fields are meaningful depends on
// `kind` (see ExprKind); the others keep their defaults.
struct Expr {
  ExprKind kind = ExprKind::kConstant;
  Term term;                       // kConstant
  std::string var;                 // kVariable (name without sigil)
  UnaryOp unary_op = UnaryOp::kNot;       // kUnary
  BinaryOp binary_op = BinaryOp::kOr;     // kBinary
  Builtin builtin = Builtin::kBound;      // kBuiltin
  std::string cast_datatype;       // kCast: full xsd IRI (integer, decimal,
                                   // double, float, boolean, string, date,
                                   // dateTime)
  AggregateKind aggregate = AggregateKind::kCount;  // kAggregate
  bool distinct = false;           // kAggregate: f(DISTINCT ...)
  std::string separator = " ";     // kAggregate kGroupConcat: SEPARATOR
  bool negated = false;            // kIn: NOT IN
  std::vector<ExprPtr> args;       // operands, in source order
  SourceSpan span;                 // where the expression starts

  bool is_count_star() const {
    return kind == ExprKind::kAggregate && aggregate == AggregateKind::kCount &&
           args.empty();
  }
};

// ---------------------------------------------------------------------------
// Graph patterns
//
// A group `{ ... }` is a GroupPattern: its non-filter elements in source
// order plus all its FILTERs (a FILTER applies to the whole group wherever it
// is written, SPARQL 1.1 §18.2.2.6). The algebra of a group is therefore
//   Filter(filters, Join/LeftJoin fold over elements)
// where an element of kind kOptional becomes LeftJoin(previous, its group) —
// with the optional group's own filters as the LeftJoin condition — and every
// other element is joined. Adjacent triples separated only by FILTERs are
// merged into one kBgp element (their Join is the same BGP).

struct GroupPattern;

enum class PatternKind : uint8_t {
  kBgp,       // triples: a basic graph pattern (never empty)
  kGroup,     // group: a nested { ... }
  kOptional,  // group: OPTIONAL { ... }
  kUnion,     // alternatives: { A } UNION { B } UNION ... (two or more)
  kGraph,     // graph + group: GRAPH ?g|<g> { ... }
};

struct Pattern {
  PatternKind kind = PatternKind::kBgp;
  std::vector<TriplePattern> triples;                 // kBgp
  std::unique_ptr<GroupPattern> group;                // kGroup/kOptional/kGraph
  std::vector<std::unique_ptr<GroupPattern>> alternatives;  // kUnion
  PatternTerm graph;                                  // kGraph: IRI or variable
  SourceSpan span;
};

struct GroupPattern {
  std::vector<std::unique_ptr<Pattern>> elements;  // in source order
  std::vector<ExprPtr> filters;                    // in source order
};

// ---------------------------------------------------------------------------
// Queries

enum class QueryForm : uint8_t { kSelect, kAsk };

// One SELECT item: `?v` (expr == nullptr) or `(expr AS ?v)`.
struct ProjectionItem {
  std::string var;
  ExprPtr expr;
  SourceSpan span;
};

// One GROUP BY condition: `?v`, `(expr)`, `builtin(...)` (var empty, expr
// set) or `(expr AS ?v)` (both set: the group key is also bound to ?v).
// For a plain `?v`, expr is a kVariable expression and var is empty.
struct GroupCondition {
  ExprPtr expr;
  std::string var;
};

struct OrderCondition {
  ExprPtr expr;
  bool descending = false;
};

struct Query {
  QueryForm form = QueryForm::kSelect;
  bool distinct = false;
  bool reduced = false;
  bool select_all = false;                 // SELECT *
  std::vector<ProjectionItem> projection;  // empty for SELECT * and ASK
  // The result columns in order: the projection's variables, or for
  // SELECT * the visible (non-anonymous) variables of the WHERE clause in
  // order of first appearance. Empty for ASK.
  std::vector<std::string> result_vars;
  std::vector<Term> from;        // FROM <g>       (IRIs)
  std::vector<Term> from_named;  // FROM NAMED <g> (IRIs)
  GroupPattern where;
  // True when the query groups: GROUP BY is present, or an aggregate occurs
  // in SELECT / HAVING / ORDER BY (then the whole solution set is one group,
  // SPARQL 1.1 §11.4 — even when it is empty, COUNT(*) gives 0).
  bool is_grouped = false;
  std::vector<GroupCondition> group_by;
  std::vector<ExprPtr> having;   // all HAVING conditions (ANDed)
  std::vector<OrderCondition> order_by;
  std::optional<uint64_t> limit;
  uint64_t offset = 0;
};

// ---------------------------------------------------------------------------
// Updates

enum class UpdateKind : uint8_t {
  kInsertData,  // quads
  kDeleteData,  // quads
  kClearGraph,  // graph, silent
  kDropGraph,   // graph, silent
};

// One update operation. Quads in the default graph have a kNone graph term.
// In INSERT DATA blank nodes are kept as Term::Blank with their label; SPARQL
// makes them fresh nodes per operation, which is the executor's job (same
// label within one operation = same new node). DELETE DATA never has blank
// nodes (rejected by the parser).
struct UpdateOp {
  UpdateKind kind = UpdateKind::kInsertData;
  std::vector<Quad> quads;
  Term graph;           // kClearGraph / kDropGraph: an IRI
  bool silent = false;  // SILENT
  SourceSpan span;
};

// A request of one or more operations separated by `;`, run in order.
struct Update {
  std::vector<UpdateOp> ops;
};

// ---------------------------------------------------------------------------
// A whole statement

enum class StatementKind : uint8_t { kQuery, kUpdate };

struct Statement {
  StatementKind kind = StatementKind::kQuery;
  bool explain = false;  // EXPLAIN prefix (queries only)
  bool analyze = false;  // EXPLAIN ANALYZE (implies explain)
  Query query;           // kQuery
  Update update;         // kUpdate
};

}  // namespace spoke::engine::ast

#endif  // SPOKE_ENGINE_PARSE_AST_H_
