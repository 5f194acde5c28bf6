#include "tests/unit/parse/corpus.h"

namespace spoke::engine::testing {

// One (or a few) valid statements per construct of the subset.
const std::vector<std::string>& ValidCorpus() {
  static const std::vector<std::string> corpus = {
      // Prologue
      "BASE <http://example.org/> SELECT ?s WHERE { ?s <p> ?o }",
      "PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:p ?o }",
      "PREFIX : <http://example.org/> SELECT ?s WHERE { ?s :p :o }",
      "BASE <http://a/b/> PREFIX x: <c/> SELECT * { ?s x:p ?o }",
      "PREFIX ex: <http://e/> PREFIX ex2: <http://f/> ASK { ex:a ex2:b ?c }",
      // SELECT forms
      "SELECT * WHERE { ?s ?p ?o }",
      "SELECT ?s ?p WHERE { ?s ?p ?o }",
      "SELECT DISTINCT ?s WHERE { ?s ?p ?o }",
      "SELECT REDUCED ?s WHERE { ?s ?p ?o }",
      "SELECT $s WHERE { $s ?p ?o }",
      "SELECT (?o + 1 AS ?n) WHERE { ?s ?p ?o }",
      "SELECT ?s (STR(?o) AS ?t) WHERE { ?s ?p ?o }",
      "SELECT ?s { ?s ?p ?o }",
      // ASK
      "ASK { <http://a> <http://b> <http://c> }",
      "ASK WHERE { ?s ?p ?o FILTER(?o > 3) }",
      // Dataset
      "SELECT ?s FROM <http://g1> WHERE { ?s ?p ?o }",
      "SELECT ?s FROM NAMED <http://g1> FROM NAMED <http://g2> WHERE "
      "{ GRAPH ?g { ?s ?p ?o } }",
      "SELECT ?s FROM <http://g1> FROM NAMED <http://g2> { ?s ?p ?o }",
      // Triples
      "SELECT ?s WHERE { ?s <p> ?o . ?o <q> ?r . }",
      "SELECT ?s WHERE { ?s <p> ?o ; <q> ?r ; }",
      "SELECT ?s WHERE { ?s <p> ?o , ?r , <x> }",
      "SELECT ?s WHERE { ?s a <C> }",
      "SELECT ?s WHERE { ?s a <C> ; a <D> . ?s <p> [] }",
      "SELECT ?s WHERE { _:b <p> ?s . _:b <q> 1 }",
      "SELECT ?s WHERE { [] <p> ?s }",
      "SELECT ?s WHERE { [ <p> ?s ; <q> ?t ] }",
      "SELECT ?s WHERE { [ <p> ?s ] <r> ?x }",
      "SELECT ?s WHERE { ?x <p> [ <q> [ <r> ?s ] ] }",
      "SELECT ?s WHERE { ?s <p> () }",
      "SELECT ?s WHERE { ?s ?p ?o . ?o ?p2 ?o2 . ?o2 ?p3 ?o3 . ?o3 ?p4 ?o4 }",
      // Literals
      "SELECT ?s WHERE { ?s <p> 'single' }",
      "SELECT ?s WHERE { ?s <p> \"double\" }",
      "SELECT ?s WHERE { ?s <p> '''long\nsingle''' }",
      "SELECT ?s WHERE { ?s <p> \"\"\"long \"quoted\" double\"\"\" }",
      "SELECT ?s WHERE { ?s <p> \"esc\\t\\n\\\"\\\\\\u00e9\" }",
      "SELECT ?s WHERE { ?s <p> \"chat\"@fr }",
      "SELECT ?s WHERE { ?s <p> \"colour\"@en-GB }",
      "SELECT ?s WHERE { ?s <p> \"5\"^^<http://www.w3.org/2001/XMLSchema#int> }",
      "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
      "SELECT ?s WHERE { ?s <p> \"5\"^^xsd:integer }",
      "SELECT ?s WHERE { ?s <p> 42 , -7 , +3 }",
      "SELECT ?s WHERE { ?s <p> 4.5 , -0.5 , .5 }",
      "SELECT ?s WHERE { ?s <p> 1e10 , 1.5E-3 , -2e+2 }",
      "SELECT ?s WHERE { ?s <p> true , false }",
      // Groups
      "SELECT ?s WHERE { { ?s <p> ?o } }",
      "SELECT ?s WHERE { ?s <p> ?o { ?o <q> ?r } }",
      "SELECT ?s WHERE { }",
      "SELECT ?s WHERE { ?s <p> ?o OPTIONAL { ?o <q> ?r } }",
      "SELECT ?s WHERE { ?s <p> ?o OPTIONAL { ?o <q> ?r FILTER(?r > 1) } }",
      "SELECT ?s WHERE { ?s <p> ?o OPTIONAL { ?o <q> ?r } . ?s <z> ?z }",
      "SELECT ?s WHERE { { ?s <p> ?o } UNION { ?s <q> ?o } }",
      "SELECT ?s WHERE { { ?s <p> ?o } UNION { ?s <q> ?o } UNION { ?s <r> ?o } }",
      "SELECT ?s WHERE { GRAPH ?g { ?s <p> ?o } }",
      "SELECT ?s WHERE { GRAPH <http://g> { ?s <p> ?o } }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o) . ?s <q> ?r }",
      // Expressions
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o = 1 || ?o != 2 && ?o < 3) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o <= 1 || ?o >= 2 || ?o > 0) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(!(?o + 2 * 3 - 4 / 5 = 0)) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(-?o < +?o) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o -1 > 0 && ?o +2 * 3 > 0) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o IN (1, 2, 3)) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o NOT IN (1, 2)) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o IN ()) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER BOUND(?o) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(isIRI(?o) || isURI(?o) || "
      "isBlank(?o) || isLiteral(?o) || isNumeric(?o)) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(STR(?o) = LANG(?o)) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(DATATYPE(?o) = <http://x>) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(LANGMATCHES(LANG(?o), \"en\")) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(sameTerm(?s, ?o)) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER REGEX(?o, \"^a\") }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER REGEX(?o, \"^a\", \"i\") }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(CONTAINS(?o, \"a\") && "
      "STRSTARTS(?o, \"b\") && STRENDS(?o, \"c\")) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(STRLEN(UCASE(LCASE(?o))) > 2) }",
      "SELECT (IF(?o > 1, \"big\", \"small\") AS ?size) WHERE { ?s <p> ?o }",
      "SELECT (COALESCE(?x, ?o, 0) AS ?v) WHERE { ?s <p> ?o }",
      "SELECT (COALESCE() AS ?v) WHERE { ?s <p> ?o }",
      "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?s WHERE "
      "{ ?s <p> ?o FILTER(xsd:integer(?o) > xsd:decimal(\"1.5\") && "
      "xsd:double(?o) > xsd:float(?o) && xsd:boolean(?o) && "
      "xsd:string(?o) != \"\" && xsd:date(?o) < xsd:dateTime(?o)) }",
      "SELECT ?s WHERE { ?s <p> ?o FILTER(?o = true && ?o != \"x\"@en) }",
      // Aggregates and grouping
      "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
      "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
      "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?s ?p ?o }",
      "SELECT ?s (SUM(?o) AS ?t) (MIN(?o) AS ?lo) (MAX(?o) AS ?hi) "
      "(AVG(?o) AS ?m) (SAMPLE(?o) AS ?any) WHERE { ?s ?p ?o } GROUP BY ?s",
      "SELECT ?s (GROUP_CONCAT(?o) AS ?all) WHERE { ?s ?p ?o } GROUP BY ?s",
      "SELECT ?s (GROUP_CONCAT(DISTINCT ?o ; SEPARATOR = \", \") AS ?all) "
      "WHERE { ?s ?p ?o } GROUP BY ?s",
      "SELECT (SUM(DISTINCT ?o) AS ?t) WHERE { ?s ?p ?o }",
      "SELECT ?k (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY (STR(?o) AS ?k)",
      "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY STR(?o)",
      "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY (?o + 1)",
      "SELECT ?s ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ?p",
      "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s "
      "HAVING (COUNT(*) > 1)",
      "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s "
      "HAVING (COUNT(*) > 1) (SUM(?o) < 10)",
      "SELECT ?s (COUNT(*) AS ?n) (?n * 2 AS ?d) WHERE { ?s ?p ?o } GROUP BY ?s",
      // Modifiers
      "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
      "SELECT ?s WHERE { ?s ?p ?o } ORDER BY DESC(?s) ASC(?o) ?p",
      "SELECT ?s WHERE { ?s ?p ?o } ORDER BY STR(?o) (?o + 1)",
      "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s "
      "ORDER BY DESC(COUNT(*))",
      "SELECT ?s WHERE { ?s ?p ?o } LIMIT 10",
      "SELECT ?s WHERE { ?s ?p ?o } OFFSET 5",
      "SELECT ?s WHERE { ?s ?p ?o } LIMIT 10 OFFSET 5",
      "SELECT ?s WHERE { ?s ?p ?o } OFFSET 5 LIMIT 10",
      "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3",
      // EXPLAIN
      "EXPLAIN SELECT ?s WHERE { ?s ?p ?o }",
      "EXPLAIN ANALYZE SELECT ?s WHERE { ?s ?p ?o }",
      "explain analyze ask { ?s ?p ?o }",
      // Comments and case
      "# a comment\nSELECT ?s # another\nWHERE { ?s ?p ?o }",
      "select distinct ?s where { ?s a ?o optional { ?o a ?x } filter(bound(?x)) }",
      // Updates
      "INSERT DATA { <http://a> <http://b> <http://c> }",
      "INSERT DATA { <http://a> <http://b> \"x\" , 1 ; <http://c> _:b1 }",
      "INSERT DATA { GRAPH <http://g> { <http://a> <http://b> <http://c> } }",
      "INSERT DATA { <http://a> <http://b> <http://c> . "
      "GRAPH <http://g> { <http://a> <http://b> <http://d> } }",
      "INSERT DATA { [ <http://p> 1 ] <http://q> [] }",
      "DELETE DATA { <http://a> <http://b> <http://c> }",
      "DELETE DATA { GRAPH <http://g> { <http://a> <http://b> 1 } }",
      "CLEAR GRAPH <http://g>",
      "CLEAR SILENT GRAPH <http://g>",
      "DROP GRAPH <http://g>",
      "DROP SILENT GRAPH <http://g>",
      "INSERT DATA { <http://a> <http://b> 1 } ; DELETE DATA { <http://a> "
      "<http://b> 2 }",
      "PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b 1 } ; "
      "PREFIX ex2: <http://f/> INSERT DATA { ex2:a ex:b 2 } ;",
  };
  return corpus;
}

// SPARQL 1.1 outside the subset: the grammar parses it (unambiguously) so
// that engine/parse can answer kNotSupported naming the feature.
const std::vector<std::string>& UnsupportedCorpus() {
  static const std::vector<std::string> corpus = {
      "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
      "DESCRIBE <http://a>",
      "SELECT ?s WHERE { ?s <p>/<q> ?o }",
      "SELECT ?s WHERE { ?s <p>|<q> ?o }",
      "SELECT ?s WHERE { ?s ^<p> ?o }",
      "SELECT ?s WHERE { ?s <p>* ?o . ?s <p>+ ?o . ?s <p>? ?o }",
      "SELECT ?s WHERE { ?s !<p> ?o . ?s !(<p>|^<q>) ?o . ?s (<p>) ?o }",
      "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } }",
      "SELECT ?s WHERE { SERVICE <http://x> { ?s ?p ?o } }",
      "SELECT ?s WHERE { ?s ?p ?o BIND(?o + 1 AS ?n) }",
      "SELECT ?s WHERE { VALUES ?s { <http://a> <http://b> } ?s ?p ?o }",
      "SELECT ?s WHERE { VALUES (?s ?o) { (<http://a> 1) (UNDEF 2) } }",
      "SELECT ?s WHERE { ?s ?p ?o } VALUES ?s { <http://a> }",
      "SELECT ?s WHERE { ?s ?p ?o MINUS { ?s <q> ?o } }",
      "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s <q> ?o } }",
      "SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s <q> ?o } }",
      "SELECT ?s WHERE { ?s ?p ?o FILTER(STRAFTER(?o, \"a\") = \"\") }",
      "SELECT ?s WHERE { ?s ?p ?o FILTER(<http://fn>(?o)) }",
      "SELECT ?s WHERE { ( 1 2 ) <p> ?s }",
      "LOAD <http://x>",
      "CREATE GRAPH <http://g>",
      "DELETE WHERE { ?s ?p ?o }",
      "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
      "CLEAR DEFAULT",
      "DROP ALL",
  };
  return corpus;
}

}  // namespace spoke::engine::testing
