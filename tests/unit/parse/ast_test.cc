// The AST Parse produces, checked through its canonical rendering
// (ast::ToString) and, for a few properties, field by field.

#include <string>
#include <vector>

#include "engine/parse/ast_printer.h"
#include "engine/parse/parser.h"
#include "gtest/gtest.h"
#include "tests/unit/parse/corpus.h"

namespace spoke::engine {
namespace {

std::string Render(const std::string& q, const ParseOptions& opts = {}) {
  Result<ast::Statement> r = Parse(q, opts);
  if (!r.ok()) return "ERROR: " + r.status().ToString();
  return ast::ToString(*r);
}

struct Case {
  const char* query;
  const char* expected;
};

const Case kCases[] = {
    {"SELECT ?s WHERE { ?s <http://x/p> ?o }",
     "(select (project ?s) (where (group (bgp (?s <http://x/p> ?o)))))"},
    {"PREFIX ex: <http://e/> SELECT * { ?s a ex:C ; ex:p 1 , 2.5 , 1e3 }",
     "(select (project *) (where (group (bgp (?s rdf:type <http://e/C>) "
     "(?s <http://e/p> \"1\"^^xsd:integer) (?s <http://e/p> "
     "\"2.5\"^^xsd:decimal) (?s <http://e/p> \"1e3\"^^xsd:double)))))"},
    {"SELECT ?s { ?s <p> \"a\\tb\" , 'x'@EN-gb , \"5\"^^<http://d> , true }",
     "(select (project ?s) (where (group (bgp (?s <p> \"a\\tb\") "
     "(?s <p> \"x\"@en-gb) (?s <p> \"5\"^^<http://d>) "
     "(?s <p> \"true\"^^xsd:boolean)))))"},
    {"BASE <http://a/b/c> SELECT ?s { ?s <d> <../e> . ?s <#f> <//h/i> }",
     "(select (project ?s) (where (group (bgp (?s <http://a/b/d> "
     "<http://a/e>) (?s <http://a/b/c#f> <http://h/i>)))))"},
    {"PREFIX : <http://e/> SELECT ?s { ?s :p\\.q :r%20s }",
     "(select (project ?s) (where (group (bgp (?s <http://e/p.q> "
     "<http://e/r%20s>)))))"},
    {"SELECT ?s { _:b <p> ?s . [] <q> [ <r> ?s ] }",
     "(select (project ?s) (where (group (bgp (?_:b <p> ?s) "
     "(?_:anon#2 <r> ?s) (?_:anon#1 <q> ?_:anon#2)))))"},
    {"SELECT DISTINCT ?s FROM <http://g> FROM NAMED <http://h> "
     "{ GRAPH ?g { ?s ?p ?o } }",
     "(select distinct (project ?s) (from <http://g>) (from-named <http://h>) "
     "(where (group (graph ?g (group (bgp (?s ?p ?o)))))))"},
    {"SELECT REDUCED ?s { ?s <p> ?o OPTIONAL { ?o <q> ?r FILTER(?r > 1) } "
     "FILTER(?o != 2) }",
     "(select reduced (project ?s) (where (group (bgp (?s <p> ?o)) (optional "
     "(group (bgp (?o <q> ?r)) (filter (> ?r \"1\"^^xsd:integer)))) "
     "(filter (!= ?o \"2\"^^xsd:integer)))))"},
    {"SELECT ?s { { ?s <p> ?o } UNION { ?s <q> ?o } UNION { ?s <r> ?o } }",
     "(select (project ?s) (where (group (union (group (bgp (?s <p> ?o))) "
     "(group (bgp (?s <q> ?o))) (group (bgp (?s <r> ?o)))))))"},
    // Triples separated only by a FILTER form one BGP.
    {"SELECT ?s { ?s <p> ?o FILTER(?o) ?o <q> ?r { ?r <t> ?u } ?u <v> ?w }",
     "(select (project ?s) (where (group (bgp (?s <p> ?o) (?o <q> ?r)) "
     "(group (bgp (?r <t> ?u))) (bgp (?u <v> ?w)) (filter ?o))))"},
    // Precedence: || < && < comparison < additive < multiplicative < unary.
    {"ASK { FILTER(?a || ?b && ?c = ?d + ?e * -?f) }",
     "(ask (where (group (filter (|| ?a (&& ?b (= ?c (+ ?d (* ?e (- ?f))))))))))"},
    {"ASK { FILTER(!(?a - 1 - 2 > 3) && ?x / 2 * 3 <= 4) }",
     "(ask (where (group (filter (&& (! (> (- (- ?a \"1\"^^xsd:integer) "
     "\"2\"^^xsd:integer) \"3\"^^xsd:integer)) (<= (* (/ ?x "
     "\"2\"^^xsd:integer) \"3\"^^xsd:integer) \"4\"^^xsd:integer))))))"},
    // A signed number right after an operand continues the sum (SPARQL).
    {"ASK { FILTER(?a -1 * 2 > +3) }",
     "(ask (where (group (filter (> (+ ?a (* \"-1\"^^xsd:integer "
     "\"2\"^^xsd:integer)) \"+3\"^^xsd:integer)))))"},
    {"ASK { FILTER(?o IN (1, \"a\") && ?o NOT IN () ) }",
     "(ask (where (group (filter (&& (in ?o \"1\"^^xsd:integer \"a\") "
     "(not-in ?o))))))"},
    {"ASK { FILTER(REGEX(STR(?o), \"^a\", \"i\") && isURI(?o) && "
     "sameTerm(?o, <x>) && COALESCE() && IF(BOUND(?o), 1, 2)) }",
     "(ask (where (group (filter (&& (&& (&& (&& (regex (str ?o) \"^a\" \"i\") "
     "(isiri ?o)) (sameterm ?o <x>)) (coalesce)) (if (bound ?o) "
     "\"1\"^^xsd:integer \"2\"^^xsd:integer))))))"},
    {"PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ASK { "
     "FILTER(xsd:integer(?o) = xsd:dateTime(\"2021-11-07T00:00:00Z\")) }",
     "(ask (where (group (filter (= (cast xsd:integer ?o) (cast xsd:dateTime "
     "\"2021-11-07T00:00:00Z\"))))))"},
    {"SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
     "(select (project (as ?n (count *))) (where (group (bgp (?s ?p ?o)))) "
     "(group-all))"},
    {"SELECT ?s (COUNT(DISTINCT ?o) AS ?n) (GROUP_CONCAT(DISTINCT ?o ; "
     "separator=\"|\") AS ?c) (?n + 1 AS ?m) { ?s ?p ?o } GROUP BY ?s "
     "HAVING(SUM(?o) > 2) ORDER BY DESC(?n) ?s LIMIT 5 OFFSET 2",
     "(select (project ?s (as ?n (count distinct ?o)) (as ?c (group_concat "
     "distinct ?o (separator \"|\"))) (as ?m (+ ?n \"1\"^^xsd:integer))) "
     "(where (group (bgp (?s ?p ?o)))) (group-by ?s) (having (> (sum ?o) "
     "\"2\"^^xsd:integer)) (order-by (desc ?n) (asc ?s)) (offset 2) "
     "(limit 5))"},
    {"SELECT ?k (AVG(?o) AS ?a) { ?s ?p ?o } GROUP BY (LCASE(?o) AS ?k) "
     "STR(?s)",
     "(select (project ?k (as ?a (avg ?o))) (where (group (bgp (?s ?p ?o)))) "
     "(group-by (as ?k (lcase ?o)) (str ?s)))"},
    {"SELECT ?s { ?s ?p ?o } ORDER BY (?o + 1) STR(?s) ASC(?p)",
     "(select (project ?s) (where (group (bgp (?s ?p ?o)))) (order-by "
     "(asc (+ ?o \"1\"^^xsd:integer)) (asc (str ?s)) (asc ?p)))"},
    {"EXPLAIN ANALYZE SELECT ?s { ?s ?p ?o } LIMIT 1",
     "(explain-analyze (select (project ?s) (where (group (bgp (?s ?p ?o)))) "
     "(limit 1)))"},
    {"explain ask {}", "(explain (ask (where (group))))"},
    {"PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b \"c\" . GRAPH ex:g "
     "{ ex:a ex:b _:x , [] } } ; DELETE DATA { ex:a ex:b 1 } ; "
     "CLEAR GRAPH ex:g ; DROP SILENT GRAPH <http://h>",
     "(update (insert-data (<http://e/a> <http://e/b> \"c\") (<http://e/a> "
     "<http://e/b> _:x <http://e/g>) (<http://e/a> <http://e/b> _:anon1 "
     "<http://e/g>)) (delete-data (<http://e/a> <http://e/b> "
     "\"1\"^^xsd:integer)) (clear <http://e/g>) (drop silent <http://h>))"},
    // A generated label never collides with a written one.
    {"INSERT DATA { _:anon1 <p> [] }",
     "(update (insert-data (_:anon1 <p> _:anonx1)))"},
    // Prefixes carry over to the following operations of a request.
    {"PREFIX e: <http://e/> INSERT DATA { e:a e:b 1 } ; PREFIX f: <http://f/> "
     "INSERT DATA { e:a f:b 2 } ;",
     "(update (insert-data (<http://e/a> <http://e/b> \"1\"^^xsd:integer)) "
     "(insert-data (<http://e/a> <http://f/b> \"2\"^^xsd:integer)))"},
    {"SELECT ?s { ?s <p> () }",
     "(select (project ?s) (where (group (bgp (?s <p> "
     "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>)))))"},
    {"SELECT ?s { ?s <p> \"\\u00E9\\U0001F600\" }",
     "(select (project ?s) (where (group (bgp (?s <p> \"\xC3\xA9\xF0\x9F\x98\x80\")))))"},
};

TEST(AstTest, Renderings) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(c.query), c.expected) << "query: " << c.query;
  }
}

TEST(AstTest, WholeValidCorpusParses) {
  for (const std::string& q : testing::ValidCorpus()) {
    Result<ast::Statement> r = Parse(q);
    EXPECT_TRUE(r.ok()) << q << "\n" << r.status().ToString();
  }
}

TEST(AstTest, KeywordsAreCaseInsensitive) {
  std::string upper = Render(
      "SELECT DISTINCT ?s WHERE { ?s a ?o OPTIONAL { ?o a ?x } "
      "FILTER(BOUND(?x) && REGEX(?x, \"a\")) } ORDER BY DESC(?s) LIMIT 1");
  EXPECT_EQ(upper.rfind("(select distinct", 0), 0u) << upper;
  EXPECT_EQ(Render("select distinct ?s where { ?s a ?o optional { ?o a ?x } "
                   "filter(bound(?x) && regex(?x, \"a\")) } order by "
                   "desc(?s) limit 1"),
            upper);
  EXPECT_EQ(Render("SeLeCt DiStInCt ?s WhErE { ?s a ?o OpTiOnAl { ?o a ?x } "
                   "FiLtEr(BoUnD(?x) && ReGeX(?x, \"a\")) } OrDeR bY "
                   "dEsC(?s) LiMiT 1"),
            upper);
  // `a` is the one case-sensitive keyword.
  EXPECT_FALSE(Parse("SELECT ?s { ?s A ?o }").ok());
}

TEST(AstTest, ResultVariables) {
  Result<ast::Statement> r =
      Parse("SELECT * { ?b <p> _:x . GRAPH ?g { ?a <q> [] } OPTIONAL "
            "{ ?c <r> ?b } }");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->query.result_vars,
            (std::vector<std::string>{"b", "g", "a", "c"}));
  r = Parse("SELECT ?z (1 AS ?y) { ?a ?b ?c }");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->query.result_vars, (std::vector<std::string>{"z", "y"}));
  EXPECT_FALSE(r->query.is_grouped);
  r = Parse("ASK { ?a ?b ?c }");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->query.result_vars.empty());
  EXPECT_EQ(r->query.form, ast::QueryForm::kAsk);
}

TEST(AstTest, SpansPointIntoTheQuery) {
  Result<ast::Statement> r = Parse("SELECT ?s\nWHERE {\n  ?s <p> ?o }");
  ASSERT_TRUE(r.ok());
  const ast::TriplePattern& t = r->query.where.elements[0]->triples[0];
  EXPECT_EQ(t.predicate.span.line, 3u);
  EXPECT_EQ(t.predicate.span.column, 6u);
  EXPECT_EQ(t.predicate.span.length, 3u);
}

TEST(AstTest, OptionsPrefixesAndBase) {
  ParseOptions opts;
  opts.prefixes["ex"] = "http://example.org/";
  opts.prefixes[""] = "http://default/";
  opts.base_iri = "http://base/dir/";
  EXPECT_EQ(Render("SELECT ?s { ?s ex:p :o . ?s <rel> ?o }", opts),
            "(select (project ?s) (where (group (bgp (?s <http://example.org/p> "
            "<http://default/o>) (?s <http://base/dir/rel> ?o)))))");
  // The query's own declarations override the options.
  EXPECT_EQ(Render("PREFIX ex: <http://other/> BASE <http://b2/> "
                   "SELECT ?s { ?s ex:p <x> }",
                   opts),
            "(select (project ?s) (where (group (bgp (?s <http://other/p> "
            "<http://b2/x>)))))");
}

}  // namespace
}  // namespace spoke::engine
