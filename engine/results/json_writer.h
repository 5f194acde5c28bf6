// JsonWriter: SPARQL 1.1 Query Results JSON Format
// (https://www.w3.org/TR/sparql11-results-json/). One binding object per
// line; unbound variables are omitted from their binding; simple literals
// carry no "datatype", language-tagged ones carry "xml:lang" only. An ASK
// result is {"head":{},"boolean":true}. Invalid UTF-8 in a value is written
// as U+FFFD so that the output is always valid JSON.

#ifndef SPOKE_ENGINE_RESULTS_JSON_WRITER_H_
#define SPOKE_ENGINE_RESULTS_JSON_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/results/result_writer.h"

namespace spoke::engine {

class JsonWriter : public ResultWriter {
 public:
  explicit JsonWriter(std::ostream& out) : ResultWriter(out) {}

 protected:
  void DoBegin(const std::vector<std::string>& vars) override;
  void DoRow(const std::vector<Term>& row) override;
  void DoEnd() override;
  void DoBoolean(bool value) override;

 private:
  std::vector<std::string> quoted_vars_;
  bool first_row_ = true;
};

// `s` as a JSON string literal, quotes included: escapes '"', '\\' and all
// control characters (U+0000..U+001F); non-ASCII stays UTF-8.
std::string JsonQuote(std::string_view s);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_JSON_WRITER_H_
