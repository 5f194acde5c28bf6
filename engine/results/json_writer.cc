#include "engine/results/json_writer.h"

#include "engine/results/utf8.h"

namespace spoke::engine {

std::string JsonQuote(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (size_t pos = 0; pos < s.size();) {
    // Fast path: a run of printable ASCII needing no escape.
    size_t run = pos;
    while (run < s.size()) {
      unsigned char r = static_cast<unsigned char>(s[run]);
      if (r < 0x20 || r >= 0x80 || r == '"' || r == '\\') break;
      ++run;
    }
    if (run > pos) {
      out.append(s.data() + pos, run - pos);
      pos = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c >= 0x80) {
      AppendUtf8(DecodeUtf8(s, &pos), &out);
      continue;
    }
    ++pos;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

void JsonWriter::DoBegin(const std::vector<std::string>& vars) {
  out_ << "{\"head\":{\"vars\":[";
  for (size_t i = 0; i < vars.size(); ++i) {
    quoted_vars_.push_back(JsonQuote(vars[i]));
    if (i > 0) out_ << ',';
    out_ << quoted_vars_.back();
  }
  out_ << "]},\"results\":{\"bindings\":[";
}

void JsonWriter::DoRow(const std::vector<Term>& row) {
  std::string line = first_row_ ? "\n{" : ",\n{";
  first_row_ = false;
  bool first = true;
  for (size_t i = 0; i < row.size(); ++i) {
    const Term& t = row[i];
    if (t.is_none()) continue;
    if (!first) line += ',';
    first = false;
    line += quoted_vars_[i];
    line += ":{\"type\":";
    switch (t.kind()) {
      case TermKind::kIri: line += "\"uri\""; break;
      case TermKind::kBlank: line += "\"bnode\""; break;
      default: line += "\"literal\""; break;
    }
    line += ",\"value\":";
    line += JsonQuote(t.value());
    if (t.is_literal()) {
      if (!t.language().empty()) {
        line += ",\"xml:lang\":";
        line += JsonQuote(t.language());
      } else if (!t.is_simple_literal()) {
        line += ",\"datatype\":";
        line += JsonQuote(t.datatype());
      }
    }
    line += '}';
  }
  line += '}';
  out_ << line;
}

void JsonWriter::DoEnd() { out_ << (first_row_ ? "]}}\n" : "\n]}}\n"); }

void JsonWriter::DoBoolean(bool value) {
  out_ << "{\"head\":{},\"boolean\":" << (value ? "true" : "false") << "}\n";
}

}  // namespace spoke::engine
