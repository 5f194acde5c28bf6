// spoke-ask: answers questions about the Kadhimi drone attack story, read
// one per line from stdin, through prepared queries with bound parameters.
//
//   spoke-ask DB_DIR [STORY.trig] < questions
//
// A line is a keyword ("who attacked", "target", "injured", "where",
// "when") or a name to look up ("Baghdad"). With STORY.trig, the story is
// loaded first (replacing dataset "story").

#include <iostream>
#include <map>
#include <string>

#include "spoke/spoke.h"

namespace {

const char kPrefixes[] =
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX spoke: <https://spoke.example/vocab#>\n"
    "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\n";

// Keyword questions; each is about ?event, bound at execution.
const std::map<std::string, std::string> kQuestions = {
    {"who attacked",
     "SELECT ?claimed WHERE { ?event spoke:responsibilityClaimed ?claimed }"},
    {"target",
     "SELECT ?name WHERE { ?event spoke:target ?t . ?t rdfs:label ?name "
     "FILTER(LANG(?name) = \"en\") }"},
    {"injured",
     "SELECT ?atLeast ?unit WHERE { ?event spoke:injuredAtLeast ?atLeast ; "
     "spoke:injuredFrom ?u . ?u rdfs:label ?unit }"},
    {"where",
     "SELECT DISTINCT ?place WHERE { ?event sem:hasPlace ?r . ?r rdfs:label "
     "?place }"},
    {"when", "SELECT DISTINCT ?date WHERE { ?event sem:hasTimeStamp ?date }"},
};

const char kLookup[] =
    "SELECT DISTINCT ?thing ?type WHERE { ?thing rdfs:label ?label "
    "OPTIONAL { ?thing a ?type } }";

// Prints the rows of `q`, one line each, values separated by " | ".
int Print(const spoke::PreparedQuery& q) {
  auto cur = q.Execute({.timeout_ms = 2000});
  if (!cur.ok()) {
    std::cout << "  error: " << cur.status().message() << "\n";
    return 0;
  }
  int rows = 0;
  for (; cur->Valid(); cur->Next(), ++rows) {
    std::cout << " ";
    for (size_t i = 0; i < cur->row().size(); ++i) {
      const spoke::Term& t = cur->Get(i);
      std::cout << (i ? " | " : " ") << (t.is_none() ? "-" : t.value());
    }
    std::cout << "\n";
  }
  if (!cur->status().ok()) std::cout << "  error: " << cur->status().message() << "\n";
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: spoke-ask DB_DIR [STORY.trig] < questions\n";
    return 2;
  }
  auto db = spoke::Database::Open(spoke::Options(), argv[1]);
  if (!db.ok()) {
    std::cerr << "spoke-ask: " << db.status().ToString() << "\n";
    return 1;
  }
  if (argc > 2) {
    spoke::LoadOptions lo;
    lo.dataset = "story";
    lo.replace = true;
    auto r = (*db)->Load({argv[2]}, lo);
    if (!r.ok()) {
      std::cerr << "spoke-ask: " << r.status().ToString() << "\n";
      return 1;
    }
    std::cout << "loaded " << r->quads_new << " facts\n";
  }
  const spoke::Term event = spoke::Term::Iri(
      "https://spoke.example/kadhimi-drone-attack-2021/entity/drone-attack");
  std::map<std::string, spoke::PreparedQuery> prepared;
  for (const auto& [keyword, text] : kQuestions) {
    auto q = (*db)->Prepare(std::string(kPrefixes) + text);
    if (!q.ok()) {
      std::cerr << "spoke-ask: " << q.status().ToString() << "\n";
      return 1;
    }
    if (!q->Bind("event", event).ok()) return 1;
    prepared.emplace(keyword, std::move(*q));
  }
  auto lookup = (*db)->Prepare(std::string(kPrefixes) + kLookup);
  if (!lookup.ok()) {
    std::cerr << "spoke-ask: " << lookup.status().ToString() << "\n";
    return 1;
  }

  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    std::cout << "? " << line << "\n";
    auto it = prepared.find(line);
    if (it != prepared.end()) {
      if (Print(it->second) == 0) std::cout << "  (no answer)\n";
      continue;
    }
    // Anything else is a name, bound as an English literal: never spliced
    // into the query text, so quotes in it are harmless.
    if (!lookup->Bind("label", spoke::Term::LangLiteral(line, "en")).ok() ||
        Print(*lookup) == 0) {
      std::cout << "  (unknown: try a name or one of: who attacked, target, "
                   "injured, where, when)\n";
    }
  }
  return 0;
}
