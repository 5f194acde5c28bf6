// Every error path of Parse: code, position, message, and the caret context.

#include <string>

#include "engine/parse/parser.h"
#include "gtest/gtest.h"
#include "tests/unit/parse/corpus.h"

namespace spoke::engine {
namespace {

using Code = Status::Code;

struct ErrorCase {
  const char* query;
  Code code;
  uint32_t line;
  uint32_t column;
  const char* message;  // a substring of the message
};

const ErrorCase kErrors[] = {
    // Syntax errors: position, offending token, what was expected.
    {"SELECT ?s WHERE { ?s <knows> }", Code::kSyntaxError, 1, 30,
     "syntax error at 1:30 near '}': expected a term"},
    {"SELECT ?s WHERE { ?s }", Code::kSyntaxError, 1, 22,
     "near '}': expected a predicate"},
    {"SELECT WHERE { ?s ?p ?o }", Code::kSyntaxError, 1, 8,
     "near 'WHERE': expected a variable"},
    {"SELECT ?s WHERE { ?s ?p ?o", Code::kSyntaxError, 1, 27,
     "at end of query: expected"},
    {"SELECT ?s WHERE { ?s ?p ?o } LIMIT", Code::kSyntaxError, 1, 35,
     "at end of query"},
    {"SELEC ?s WHERE { ?s ?p ?o }", Code::kSyntaxError, 1, 1,
     "near 'SELEC': expected ASK, BASE, CLEAR, DELETE, DROP, EXPLAIN, "
     "INSERT, PREFIX or SELECT"},
    {"SELECT ?s WHERE { ?s ?p \"abc }", Code::kSyntaxError, 1, 25,
     "unterminated string"},
    {"SELECT ?s WHERE { ?s ?p ?o } ~", Code::kSyntaxError, 1, 30,
     "unexpected character '~'"},
    {"SELECT ?s WHERE { ?s ?p ?o } \x01", Code::kSyntaxError, 1, 30,
     "unexpected character U+0001"},
    {"SELECT ?s WHERE { ?s ?p \"\\U00110000\" }", Code::kSyntaxError, 1, 25,
     "invalid \\u escape"},
    {"SELECT ?s WHERE { ?s ?p <http://x/\\uD800> }", Code::kSyntaxError, 1,
     25, "invalid \\u escape"},
    {"SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o > ) }", Code::kSyntaxError,
     3, 15, "near ')': expected an expression"},
    {"SELECT ?s WHERE { ?s ?p ?o } LIMIT 1.5", Code::kSyntaxError, 1, 36,
     "near '1.5': expected an integer"},
    {"SELECT ?s WHERE { ?s ?p ?o FILTER ?o > 1 }", Code::kSyntaxError, 1, 35,
     "near '?o': expected a bracketed expression or a function call"},
    {"SELECT (COUNT(?s) ?n) WHERE { ?s ?p ?o }", Code::kSyntaxError, 1, 19,
     "near '?n': expected AS"},
    {"SELECT * WHERE { GRAPH { ?s ?p ?o } }", Code::kSyntaxError, 1, 24,
     "near '{': expected a variable or IRI"},
    {"DROP <g>", Code::kSyntaxError, 1, 6,
     "expected ALL, DEFAULT, GRAPH, NAMED or SILENT"},
    {"SELECT ?s WHERE { ?s <p> ?o ; }  }", Code::kSyntaxError, 1, 34,
     "near '}': expected end of query"},
    {"PREFIX ex <http://e/> SELECT ?s { ?s ?p ?o }", Code::kSyntaxError, 1, 8,
     "expected a prefix such as 'ex:'"},
    {"SELECT ?s WHERE { ?s ?p ?o } GARBAGE", Code::kSyntaxError, 1, 30,
     "near 'GARBAGE'"},
    {"INSERT DATA { <a> <b> ", Code::kSyntaxError, 1, 23, "expected a term"},
    {"SELECT ?s { ?s A ?o }", Code::kSyntaxError, 1, 16, "near 'A'"},
    {"SELECT ?s { ?s <p> ?o . . }", Code::kSyntaxError, 1, 25, "near '.'"},
    {"SELECT (?o AS ?x WHERE { ?s ?p ?o }", Code::kSyntaxError, 1, 18,
     "near 'WHERE'"},
    // Unknown prefix.
    {"SELECT ?s WHERE { ?s ex:p ?o }", Code::kSemanticError, 1, 22,
     "unknown prefix 'ex:'"},
    {"PREFIX ex: <http://e/> SELECT ?s { ?s ex:p foo:o }",
     Code::kSemanticError, 1, 44, "unknown prefix 'foo:'"},
    // Grouping.
    {"SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o }", Code::kSemanticError, 1, 8,
     "variable ?s is selected but neither grouped nor aggregated"},
    {"SELECT ?s { ?s ?p ?o } GROUP BY ?p", Code::kSemanticError, 1, 8,
     "variable ?s is selected but neither grouped nor aggregated"},
    {"SELECT (?o + COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s",
     Code::kSemanticError, 1, 9, "variable ?o is used outside an aggregate"},
    {"SELECT * { ?s ?p ?o } GROUP BY ?s", Code::kSemanticError, 1, 8,
     "SELECT * is not allowed with GROUP BY"},
    {"SELECT ?s { ?s ?p ?o } ORDER BY COUNT(*)", Code::kSemanticError, 1, 8,
     "neither grouped nor aggregated"},
    // Aggregates where none is allowed.
    {"SELECT ?s { ?s ?p ?o FILTER(COUNT(*) > 1) }", Code::kSemanticError, 1,
     29, "aggregate COUNT is not allowed in FILTER"},
    {"SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (SUM(?o))",
     Code::kSemanticError, 1, 48, "aggregate SUM is not allowed in GROUP BY"},
    {"SELECT (SUM(COUNT(?o)) AS ?n) { ?s ?p ?o }", Code::kSemanticError, 1,
     13, "cannot be nested"},
    // Projection.
    {"SELECT (1 AS ?x) (2 AS ?x) { ?s ?p ?o }", Code::kSemanticError, 1, 24,
     "variable ?x is projected twice"},
    {"SELECT ?x (2 AS ?x) { ?s ?p ?o }", Code::kSemanticError, 1, 17,
     "variable ?x is projected twice"},
    {"SELECT (1 AS ?o) { ?s ?p ?o }", Code::kSemanticError, 1, 14,
     "variable ?o is already bound in the WHERE clause"},
    {"SELECT ?o { ?s ?p ?o } GROUP BY (?s AS ?p)", Code::kSemanticError, 1,
     40, "variable ?p is already bound"},
    {"SELECT (COUNT(*) AS ?k) { ?s ?p ?o } GROUP BY (STR(?o) AS ?k)",
     Code::kSemanticError, 1, 21, "variable ?k is already bound by GROUP BY"},
    // Blank node scoping.
    {"SELECT ?s { _:b ?p ?o FILTER(true) _:b ?q ?s }", Code::kSemanticError,
     1, 36, "blank node _:b is used in two different basic graph patterns"},
    {"SELECT ?s { _:b ?p ?o OPTIONAL { _:b ?q ?s } }", Code::kSemanticError,
     1, 34, "blank node _:b is used in two"},
    // LIMIT / OFFSET.
    {"SELECT ?s { ?s ?p ?o } LIMIT -1", Code::kSemanticError, 1, 30,
     "LIMIT must not be negative"},
    {"SELECT ?s { ?s ?p ?o } OFFSET -5", Code::kSemanticError, 1, 31,
     "OFFSET must not be negative"},
    {"SELECT ?s { ?s ?p ?o } LIMIT 99999999999999999999999",
     Code::kSemanticError, 1, 30, "is too large"},
    // Functions.
    {"ASK { FILTER(STRLEN(?a, ?b)) }", Code::kSemanticError, 1, 14,
     "STRLEN takes 1 argument, not 2"},
    {"ASK { FILTER(REGEX(?a)) }", Code::kSemanticError, 1, 14,
     "REGEX takes 2 or 3 arguments, not 1"},
    {"ASK { FILTER(BOUND(1)) }", Code::kSemanticError, 1, 20,
     "BOUND takes a variable"},
    {"ASK { FILTER(FOO(?x)) }", Code::kSemanticError, 1, 14,
     "unknown function 'FOO'"},
    {"PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ASK { "
     "FILTER(xsd:integer(?a, ?b)) }",
     Code::kSemanticError, 1, 62, "takes 1 argument, not 2"},
    {"PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ASK { "
     "FILTER(xsd:integer(DISTINCT ?a)) }",
     Code::kSemanticError, 1, 74, "DISTINCT is only allowed in aggregates"},
    // Update data.
    {"INSERT DATA { ?s <p> <o> }", Code::kSemanticError, 1, 15,
     "variables are not allowed in INSERT DATA"},
    {"DELETE DATA { GRAPH ?g { <s> <p> <o> } }", Code::kSemanticError, 1, 21,
     "variables are not allowed in DELETE DATA"},
    {"DELETE DATA { <s> <p> _:b }", Code::kSemanticError, 1, 23,
     "blank nodes are not allowed in DELETE DATA"},
    {"INSERT DATA { \"lit\" <p> <o> }", Code::kSemanticError, 1, 15,
     "a literal cannot be a subject"},
    {"BASE <relative/> SELECT ?s { ?s ?p ?o }", Code::kSemanticError, 1, 1,
     "is not an absolute IRI"},
    // Outside the subset.
    {"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", Code::kNotSupported, 1, 1,
     "CONSTRUCT is not supported"},
    {"describe <http://a>", Code::kNotSupported, 1, 1,
     "DESCRIBE is not supported"},
    {"SELECT ?s { ?s <p>/<q> ?o }", Code::kNotSupported, 1, 16,
     "property paths are not supported"},
    {"SELECT ?s { ?s <p>* ?o }", Code::kNotSupported, 1, 16,
     "property paths are not supported"},
    {"SELECT ?s { ?s ^<p> ?o }", Code::kNotSupported, 1, 16,
     "property paths are not supported"},
    {"SELECT ?s { { SELECT ?s { ?s ?p ?o } } }", Code::kNotSupported, 1, 15,
     "subqueries are not supported"},
    {"SELECT ?s { SERVICE <http://x> { ?s ?p ?o } }", Code::kNotSupported, 1,
     13, "SERVICE is not supported"},
    {"SELECT ?s { ?s ?p ?o BIND(1 AS ?x) }", Code::kNotSupported, 1, 22,
     "BIND is not supported"},
    {"SELECT ?s { VALUES ?s { <a> } }", Code::kNotSupported, 1, 13,
     "VALUES is not supported"},
    {"SELECT ?s { ?s ?p ?o } VALUES ?s { <a> }", Code::kNotSupported, 1, 24,
     "VALUES is not supported"},
    {"SELECT ?s { ?s ?p ?o MINUS { ?s ?p 1 } }", Code::kNotSupported, 1, 22,
     "MINUS is not supported"},
    {"SELECT ?s { ?s ?p ?o FILTER EXISTS { ?s ?p 1 } }", Code::kNotSupported,
     1, 29, "EXISTS is not supported"},
    {"SELECT ?s { ?s ?p ?o FILTER NOT EXISTS { ?s ?p 1 } }",
     Code::kNotSupported, 1, 29, "NOT EXISTS is not supported"},
    {"ASK { FILTER(strafter(?a, \"b\")) }", Code::kNotSupported, 1, 14,
     "function STRAFTER is not supported"},
    {"ASK { FILTER(CONCAT(?a, \"b\")) }", Code::kNotSupported, 1, 14,
     "function CONCAT is not supported"},
    {"ASK { FILTER(<http://f>(?a)) }", Code::kNotSupported, 1, 14,
     "function <http://f> is not supported"},
    {"SELECT ?s { (1 2) <p> ?s }", Code::kNotSupported, 1, 13,
     "RDF collections are not supported"},
    {"LOAD <http://x>", Code::kNotSupported, 1, 1, "LOAD is not supported"},
    {"CREATE GRAPH <http://g>", Code::kNotSupported, 1, 1,
     "CREATE is not supported"},
    {"INSERT DATA { <a> <b> <c> } ; COPY <g> TO <h>", Code::kNotSupported, 1,
     31, "COPY is not supported"},
    {"DELETE WHERE { ?s ?p ?o }", Code::kNotSupported, 1, 1,
     "DELETE WHERE is not supported"},
    {"DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", Code::kNotSupported, 1, 1,
     "DELETE { ... } WHERE is not supported"},
    {"INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", Code::kNotSupported, 1, 1,
     "INSERT { ... } WHERE is not supported"},
    {"WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", Code::kNotSupported,
     1, 1, "WITH is not supported"},
    {"CLEAR DEFAULT", Code::kNotSupported, 1, 7,
     "CLEAR DEFAULT is not supported"},
    {"DROP ALL", Code::kNotSupported, 1, 6, "DROP ALL is not supported"},
    {"EXPLAIN INSERT DATA { <a> <b> <c> }", Code::kNotSupported, 1, 1,
     "EXPLAIN of an update is not supported"},
};

TEST(ErrorTest, Table) {
  for (const ErrorCase& c : kErrors) {
    Result<ast::Statement> r = Parse(c.query);
    ASSERT_FALSE(r.ok()) << c.query;
    const Status& s = r.status();
    EXPECT_EQ(Status::CodeName(s.code()), Status::CodeName(c.code))
        << c.query << "\n" << s.ToString();
    ASSERT_TRUE(s.span().has_value()) << c.query;
    EXPECT_EQ(s.span()->line, c.line) << c.query << "\n" << s.ToString();
    EXPECT_EQ(s.span()->column, c.column) << c.query << "\n" << s.ToString();
    EXPECT_NE(s.message().find(c.message), std::string::npos)
        << c.query << "\n  got: " << s.message() << "\n  want: " << c.message;
    std::string where =
        "at " + std::to_string(c.line) + ":" + std::to_string(c.column);
    EXPECT_NE(s.message().find(where), std::string::npos) << s.message();
    EXPECT_FALSE(s.context().empty()) << c.query;
  }
}

TEST(ErrorTest, UnsupportedCorpusIsRejectedAsNotSupported) {
  for (const std::string& q : testing::UnsupportedCorpus()) {
    Result<ast::Statement> r = Parse(q);
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_TRUE(r.status().IsNotSupported()) << q << "\n" << r.status().ToString();
    EXPECT_NE(r.status().message().find(" not supported at "), std::string::npos);
  }
}

TEST(ErrorTest, CaretUnderTheProblem) {
  Result<ast::Statement> r = Parse("SELECT ?s WHERE { ?s <knows> }");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().ToString(),
            "syntax error at 1:30 near '}': expected a term\n"
            "SELECT ?s WHERE { ?s <knows> }\n"
            "                             ^");
  // On the right line of a multi-line query, underlining the whole token,
  // with tabs kept so the caret lines up and columns counted in code points.
  r = Parse("SELECT ?s\nWHERE {\n\t?s <p> \"é\", ex:knows }");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().context(),
            "\t?s <p> \"é\", ex:knows }\n"
            "\t            ^~~~~~~~");
  EXPECT_EQ(r.status().span()->line, 3u);
  EXPECT_EQ(r.status().span()->column, 14u);
  // At the end of the query the caret follows the last character.
  r = Parse("ASK {");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().context(), "ASK {\n     ^");
}

TEST(ErrorTest, EmptyAndBlankQueries) {
  for (const char* q : {"", " ", "\n\t  \r\n", "# only a comment\n",
                        "  # c1\n# c2"}) {
    Result<ast::Statement> r = Parse(q);
    ASSERT_FALSE(r.ok()) << "[" << q << "]";
    EXPECT_TRUE(r.status().IsSyntaxError());
    EXPECT_EQ(r.status().message(), "empty query");
  }
}

TEST(ErrorTest, InvalidUtf8) {
  const std::string bad[] = {
      std::string("SELECT ?s { ?s ?p \"\xff\" }"),
      std::string("SELECT ?s { ?s ?p \"\xc3\" }"),        // truncated
      std::string("SELECT ?s { ?s ?p \"\xc0\xaf\" }"),    // overlong
      std::string("SELECT ?s { ?s ?p \"\xed\xa0\x80\" }"),  // surrogate
      std::string("SELECT ?s { ?s ?p ?o }\xf4\x90\x80\x80"),  // > U+10FFFF
  };
  for (const std::string& q : bad) {
    Result<ast::Statement> r = Parse(q);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.status().IsSyntaxError());
    EXPECT_NE(r.status().message().find("invalid UTF-8 in query at 1:"),
              std::string::npos)
        << r.status().message();
  }
  Result<ast::Statement> r = Parse("SELECT ?s {\n ?s ?p \"ok\xc3\xa9\xff\" }");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().span()->line, 2u);
  EXPECT_EQ(r.status().span()->column, 12u);
}

TEST(ErrorTest, HostileInputDoesNotCrash) {
  // Deep nesting is refused before the parser recurses.
  std::string deep = "ASK { FILTER(" + std::string(100000, '(') + "1" +
                     std::string(100000, ')') + ") }";
  Result<ast::Statement> r = Parse(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("nested too deeply"), std::string::npos);
  // Long flat input parses without deep recursion.
  std::string many = "INSERT DATA {";
  for (int i = 0; i < 20000; ++i) many += " <s> <p> " + std::to_string(i) + " .";
  many += " }";
  r = Parse(many);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->update.ops[0].quads.size(), 20000u);
  // Arbitrary bytes: an error, never a crash.
  std::string noise;
  for (int i = 0; i < 2000; ++i) noise.push_back(static_cast<char>((i * 37) % 128));
  EXPECT_FALSE(Parse(noise).ok());
  EXPECT_FALSE(Parse(std::string("SELECT\0 ?s", 10)).ok());
}

}  // namespace
}  // namespace spoke::engine
