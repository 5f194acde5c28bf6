// Parse: query text to Spoke's AST (engine/parse/ast.h).
//
// Runs the ANTLR parser generated from grammar/Spoke.g4 — first in SLL mode
// with a bail-out error strategy (fast, enough for almost every valid
// query), then, only if that fails, in full LL mode to find the real error —
// and transforms the parse tree into an ast::Statement.
//
// Thread safety: Parse may be called from any number of threads. The ANTLR
// 4.9 runtime shares its prediction cache between parsers and is not safe
// for concurrent use, so the lexing and parsing step is serialised by one
// process-wide mutex (about 30 µs per 5-pattern query once warm); the
// transformation runs outside it. Cache parsed statements if that matters.

#ifndef SPOKE_ENGINE_PARSE_PARSER_H_
#define SPOKE_ENGINE_PARSE_PARSER_H_

#include <map>
#include <string>
#include <string_view>

#include "engine/parse/ast.h"
#include "spoke/status.h"

namespace spoke::engine {

struct ParseOptions {
  // Prefixes known before the query's own PREFIX declarations (which
  // override them), e.g. the ones the shell keeps in the database.
  // Key: the prefix without the colon ("ex"; "" for the empty prefix).
  // Value: an absolute IRI.
  std::map<std::string, std::string, std::less<>> prefixes;
  // The base IRI relative IRIs are resolved against until a BASE
  // declaration changes it. Empty: a relative IRI without BASE is kept as
  // written.
  std::string base_iri;
};

// Parses one statement: a query (SELECT / ASK, optionally prefixed by
// EXPLAIN [ANALYZE]) or an update request (operations separated by ';').
//
// Returns the statement, or a Status with a SourceSpan (1-based line and
// column, in code points) and, as context(), the offending query line with
// a caret under the problem:
//   kSyntaxError   the text does not parse, is empty, or is not UTF-8
//   kSemanticError it parses but is invalid: unknown prefix, ungrouped
//                  variable beside aggregates, misplaced aggregate, ...
//   kNotSupported  valid SPARQL 1.1 outside Spoke's subset ("CONSTRUCT is
//                  not supported")
// Never throws.
Result<ast::Statement> Parse(std::string_view text,
                             const ParseOptions& opts = {});

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_PARSE_PARSER_H_
