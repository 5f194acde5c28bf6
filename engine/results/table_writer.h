// TableWriter: an aligned text table for people, like the sqlite3 and
// duckdb shells print.
//
//   ┌──────────┬────┐
//   │ a        │ n  │
//   ├──────────┼────┤
//   │ ex:alice │ 42 │
//   └──────────┴────┘
//   1 row (0.42 ms)
//
// Columns are aligned by display width (display_width.h), so Arabic, CJK,
// combining marks and emoji keep them straight. Cells longer than
// TableOptions::max_column_width are cut with "…". IRIs are shown as
// prefix:local where a declared prefix fits (rdf:, rdfs:, xsd:, owl: are
// added when not declared), else <iri>; literals in Turtle syntax ("text",
// "text"@en, 42, 1.5, true, "2021-11-07"^^xsd:date) with control characters
// escaped; blank nodes as _:label; unbound values as an empty cell. Numbers
// are right-aligned. The footer counts the rows (and shows the time if
// set_elapsed_ms was called). An ASK result is a one-cell table headed
// "ask". Rows are buffered until End() (alignment needs every width); with
// max_rows set only that many are kept.

#ifndef SPOKE_ENGINE_RESULTS_TABLE_WRITER_H_
#define SPOKE_ENGINE_RESULTS_TABLE_WRITER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "engine/results/result_writer.h"

namespace spoke::engine {

class TableWriter : public ResultWriter {
 public:
  TableWriter(std::ostream& out, TableOptions options);

  // The text of one cell before truncation (no colour codes).
  std::string CellText(const Term& term) const;

 protected:
  void DoBegin(const std::vector<std::string>& vars) override;
  void DoRow(const std::vector<Term>& row) override;
  void DoEnd() override;
  void DoBoolean(bool value) override;

 private:
  enum class Style : uint8_t { kHeader, kIri, kLiteral, kNumber, kBlank };
  struct Cell {
    std::string text;  // truncated, escaped
    size_t width = 0;
    Style style = Style::kLiteral;
  };

  Cell MakeCell(std::string text, Style style) const;
  Cell MakeTermCell(const Term& term) const;
  enum class RuleKind : uint8_t { kTop, kMiddle, kBottom };
  std::string Rule(RuleKind kind) const;
  std::string Line(const std::vector<Cell>& cells) const;
  std::string Footer() const;

  TableOptions options_;
  std::vector<Cell> header_;
  std::vector<std::vector<Cell>> rows_;
  std::vector<size_t> widths_;
  uint64_t row_count_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_TABLE_WRITER_H_
