#include "engine/results/tsv_writer.h"

#include "engine/results/term_format.h"

namespace spoke::engine {

void TsvWriter::DoBegin(const std::vector<std::string>& vars) {
  std::string line;
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i > 0) line += '\t';
    line += '?';
    line += vars[i];
  }
  line += '\n';
  out_ << line;
}

void TsvWriter::DoRow(const std::vector<Term>& row) {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) line += '\t';
    // Turtle escapes cover tab, CR and LF in literals; IRIs escape them
    // too, and blank node labels cannot hold them.
    line += FormatTermTurtle(row[i]);
  }
  line += '\n';
  out_ << line;
}

void TsvWriter::DoBoolean(bool value) {
  out_ << "?_askResult\n" << (value ? "true" : "false") << '\n';
}

}  // namespace spoke::engine
