#include "engine/results/table_writer.h"

#include <algorithm>
#include <cstdio>

#include "engine/results/display_width.h"
#include "engine/results/term_format.h"

namespace spoke::engine {

namespace {

// Replaces control characters (which would break the layout) by escapes.
std::string EscapeControls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

const char* ColourOf(uint8_t style) {
  switch (style) {
    case 0: return "\x1b[1m";   // header: bold
    case 1: return "\x1b[36m";  // IRI: cyan
    case 2: return "\x1b[32m";  // literal: green
    case 3: return "\x1b[33m";  // number: yellow
    default: return "\x1b[35m"; // blank node: magenta
  }
}

std::string FormatMs(double ms) {
  char buf[32];
  if (ms >= 1000) {
    std::snprintf(buf, sizeof(buf), "%.2f s", ms / 1000);
  } else if (ms >= 10) {
    std::snprintf(buf, sizeof(buf), "%.1f ms", ms);
  } else {
    std::snprintf(buf, sizeof(buf), "%.2f ms", ms);
  }
  return buf;
}

}  // namespace

TableWriter::TableWriter(std::ostream& out, TableOptions options)
    : ResultWriter(out), options_(std::move(options)) {
  if (options_.max_column_width < 2) options_.max_column_width = 2;
  const PrefixMap standard = PrefixMap::Standard();
  for (const auto& [prefix, ns] : standard.entries()) {
    bool taken = options_.prefixes.Find(prefix).has_value();
    for (const auto& entry : options_.prefixes.entries()) {
      if (entry.second == ns) taken = true;
    }
    if (!taken) options_.prefixes.Add(prefix, ns);
  }
}

std::string TableWriter::CellText(const Term& term) const {
  return EscapeControls(FormatTermTurtle(term, &options_.prefixes));
}

TableWriter::Cell TableWriter::MakeCell(std::string text, Style style) const {
  Cell cell;
  cell.text = TruncateToWidth(text, options_.max_column_width);
  cell.width = DisplayWidth(cell.text);
  cell.style = style;
  return cell;
}

TableWriter::Cell TableWriter::MakeTermCell(const Term& term) const {
  Style style = Style::kLiteral;
  if (term.is_iri()) {
    style = Style::kIri;
  } else if (term.is_blank()) {
    style = Style::kBlank;
  } else if (term.is_literal() && term.datatype() != kXsdBoolean &&
             IsTurtleBareLiteral(term.value(), term.datatype())) {
    style = Style::kNumber;
  }
  return MakeCell(CellText(term), style);
}

void TableWriter::DoBegin(const std::vector<std::string>& vars) {
  for (const std::string& var : vars) {
    header_.push_back(MakeCell(EscapeControls(var), Style::kHeader));
    widths_.push_back(header_.back().width);
  }
}

void TableWriter::DoRow(const std::vector<Term>& row) {
  ++row_count_;
  if (options_.max_rows != 0 && rows_.size() >= options_.max_rows) return;
  std::vector<Cell> cells;
  cells.reserve(row.size());
  for (size_t i = 0; i < row.size(); ++i) {
    cells.push_back(MakeTermCell(row[i]));
    widths_[i] = std::max(widths_[i], cells.back().width);
  }
  rows_.push_back(std::move(cells));
}

std::string TableWriter::Rule(RuleKind kind) const {
  const bool a = options_.ascii;
  const char* h = a ? "-" : "─";
  const char* left = a ? "+" : kind == RuleKind::kTop    ? "┌"
                             : kind == RuleKind::kMiddle ? "├"
                                                         : "└";
  const char* mid = a ? "+" : kind == RuleKind::kTop    ? "┬"
                            : kind == RuleKind::kMiddle ? "┼"
                                                        : "┴";
  const char* right = a ? "+" : kind == RuleKind::kTop    ? "┐"
                              : kind == RuleKind::kMiddle ? "┤"
                                                          : "┘";
  std::string out = left;
  for (size_t i = 0; i < widths_.size(); ++i) {
    if (i > 0) out += mid;
    for (size_t k = 0; k < widths_[i] + 2; ++k) out += h;
  }
  out += right;
  out += '\n';
  return out;
}

std::string TableWriter::Line(const std::vector<Cell>& cells) const {
  const char* v = options_.ascii ? "|" : "│";
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    const Cell& c = cells[i];
    std::string pad(widths_[i] - c.width, ' ');
    out += v;
    out += ' ';
    if (c.style == Style::kNumber) out += pad;
    if (options_.colour && !c.text.empty()) {
      out += ColourOf(static_cast<uint8_t>(c.style));
      out += c.text;
      out += "\x1b[0m";
    } else {
      out += c.text;
    }
    if (c.style != Style::kNumber) out += pad;
    out += ' ';
  }
  out += v;
  out += '\n';
  return out;
}

std::string TableWriter::Footer() const {
  std::string out = std::to_string(row_count_) +
                    (row_count_ == 1 ? " row" : " rows");
  if (rows_.size() < row_count_) {
    out += ", " + std::to_string(rows_.size()) + " shown";
  }
  if (elapsed_ms_) out += " (" + FormatMs(*elapsed_ms_) + ")";
  out += '\n';
  return out;
}

void TableWriter::DoEnd() {
  std::string text;
  if (!header_.empty()) {
    text += Rule(RuleKind::kTop);
    text += Line(header_);
    text += Rule(RuleKind::kMiddle);
    for (const auto& row : rows_) text += Line(row);
    text += Rule(RuleKind::kBottom);
  }
  text += Footer();
  out_ << text;
}

void TableWriter::DoBoolean(bool value) {
  header_ = {MakeCell("ask", Style::kHeader)};
  Cell cell = MakeCell(value ? "true" : "false", Style::kLiteral);
  widths_ = {std::max(header_[0].width, cell.width)};
  std::string text = Rule(RuleKind::kTop);
  text += Line(header_);
  text += Rule(RuleKind::kMiddle);
  text += Line({cell});
  text += Rule(RuleKind::kBottom);
  if (elapsed_ms_) text += "(" + FormatMs(*elapsed_ms_) + ")\n";
  out_ << text;
}

}  // namespace spoke::engine
