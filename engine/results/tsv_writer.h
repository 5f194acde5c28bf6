// TsvWriter: SPARQL 1.1 Query Results TSV Format
// (https://www.w3.org/TR/sparql11-results-csv-tsv/): header of variables
// with '?', LF line ends, terms in Turtle syntax (FormatTermTurtle without
// prefixes: <iri>, _:b, "text"@en, "x"^^<dt>, bare 42 / 1.5 / 1.0E0 /
// true), unbound as an empty field. Tabs and newlines inside literals are
// written \t, \n, \r, so a value never breaks the layout.
//
// ASK results (not covered by the W3C note) follow Apache Jena: a header
// "?_askResult" and one line "true" or "false".

#ifndef SPOKE_ENGINE_RESULTS_TSV_WRITER_H_
#define SPOKE_ENGINE_RESULTS_TSV_WRITER_H_

#include <string>
#include <vector>

#include "engine/results/result_writer.h"

namespace spoke::engine {

class TsvWriter : public ResultWriter {
 public:
  explicit TsvWriter(std::ostream& out) : ResultWriter(out) {}

 protected:
  void DoBegin(const std::vector<std::string>& vars) override;
  void DoRow(const std::vector<Term>& row) override;
  void DoEnd() override {}
  void DoBoolean(bool value) override;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_TSV_WRITER_H_
