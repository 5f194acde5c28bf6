// Renders an AST in a canonical S-expression form, for tests, debugging and
// plan explanations, e.g. for
//   SELECT ?s WHERE { ?s a <C> FILTER(?s != <x>) } LIMIT 2
// ToString gives
//   (select (project ?s) (where (group (bgp (?s rdf:type <C>))
//    (filter (!= ?s <x>)))) (limit 2))
// (on one line). Terms are written as in N-Triples, except that xsd:, rdf:
// datatypes and rdf:type are abbreviated; variables as ?name (blank-node
// variables as ?_:label).

#ifndef SPOKE_ENGINE_PARSE_AST_PRINTER_H_
#define SPOKE_ENGINE_PARSE_AST_PRINTER_H_

#include <string>

#include "engine/parse/ast.h"

namespace spoke::engine::ast {

std::string ToString(const Statement& s);
std::string ToString(const Query& q);
std::string ToString(const GroupPattern& g);
std::string ToString(const Expr& e);
std::string ToString(const PatternTerm& t);
std::string ToString(const Term& t);
const char* BuiltinName(Builtin b);
const char* AggregateName(AggregateKind a);
const char* BinaryOpName(BinaryOp op);

}  // namespace spoke::engine::ast

#endif  // SPOKE_ENGINE_PARSE_AST_PRINTER_H_
