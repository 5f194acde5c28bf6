// CsvWriter: SPARQL 1.1 Query Results CSV Format
// (https://www.w3.org/TR/sparql11-results-csv-tsv/): header of variable
// names without '?', CRLF line ends, plain values (IRIs bare, literals as
// their lexical form only, blank nodes as _:label, unbound as an empty
// field). A field is quoted, with '"' doubled, when it contains '"', ',',
// CR or LF.
//
// ASK results (not covered by the W3C note) follow Apache Jena: a header
// "_askResult" and one line "true" or "false".

#ifndef SPOKE_ENGINE_RESULTS_CSV_WRITER_H_
#define SPOKE_ENGINE_RESULTS_CSV_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/results/result_writer.h"

namespace spoke::engine {

class CsvWriter : public ResultWriter {
 public:
  explicit CsvWriter(std::ostream& out) : ResultWriter(out) {}

 protected:
  void DoBegin(const std::vector<std::string>& vars) override;
  void DoRow(const std::vector<Term>& row) override;
  void DoEnd() override {}
  void DoBoolean(bool value) override;
};

// `field` quoted for CSV if it needs to be, else unchanged.
std::string CsvField(std::string_view field);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_CSV_WRITER_H_
