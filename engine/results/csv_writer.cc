#include "engine/results/csv_writer.h"

namespace spoke::engine {

std::string CsvField(std::string_view field) {
  if (field.find_first_of("\",\r\n") == std::string_view::npos) {
    return std::string(field);
  }
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void CsvWriter::DoBegin(const std::vector<std::string>& vars) {
  std::string line;
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i > 0) line += ',';
    line += CsvField(vars[i]);
  }
  line += "\r\n";
  out_ << line;
}

void CsvWriter::DoRow(const std::vector<Term>& row) {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) line += ',';
    const Term& t = row[i];
    if (t.is_blank()) {
      line += CsvField("_:" + t.value());
    } else if (!t.is_none()) {
      line += CsvField(t.value());
    }
  }
  line += "\r\n";
  out_ << line;
}

void CsvWriter::DoBoolean(bool value) {
  out_ << "_askResult\r\n" << (value ? "true" : "false") << "\r\n";
}

}  // namespace spoke::engine
