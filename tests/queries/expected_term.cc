#include "tests/queries/expected_term.h"

#include "engine/results/term_format.h"
#include "engine/results/utf8.h"

namespace spoke::querytest {

namespace {

Status Bad(std::string_view field, std::string_view why) {
  return Status::InvalidArgument("bad term '" + std::string(field) +
                                 "': " + std::string(why));
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads a \uXXXX or \UXXXXXXXX escape at s[*pos] (the 'u' or 'U').
bool ReadUchar(std::string_view s, size_t* pos, std::string* out) {
  size_t n = s[*pos] == 'u' ? 4 : 8;
  if (*pos + n >= s.size()) return false;
  char32_t cp = 0;
  for (size_t k = 1; k <= n; ++k) {
    int h = HexValue(s[*pos + k]);
    if (h < 0) return false;
    cp = cp * 16 + static_cast<char32_t>(h);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  AppendUtf8(cp, out);
  *pos += n + 1;
  return true;
}

// Parses "<...>" at s[*pos]; leaves *pos after '>'.
bool ReadIriRef(std::string_view s, size_t* pos, std::string* iri) {
  ++*pos;  // '<'
  while (*pos < s.size() && s[*pos] != '>') {
    char c = s[*pos];
    if (c == '\\') {
      ++*pos;
      if (*pos >= s.size() || (s[*pos] != 'u' && s[*pos] != 'U') ||
          !ReadUchar(s, pos, iri)) {
        return false;
      }
      continue;
    }
    if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '"') {
      return false;
    }
    iri->push_back(c);
    ++*pos;
  }
  if (*pos >= s.size()) return false;
  ++*pos;  // '>'
  return true;
}

bool IsPrefixChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Parses prefix:local spanning all of `s`.
Result<std::string> ResolvePrefixedName(std::string_view s,
                                        const engine::PrefixMap& prefixes) {
  size_t colon = s.find(':');
  if (colon == std::string_view::npos) return Bad(s, "not a term");
  std::string_view prefix = s.substr(0, colon);
  for (char c : prefix) {
    if (!IsPrefixChar(c)) return Bad(s, "not a term");
  }
  std::string_view local = s.substr(colon + 1);
  if (!engine::PrefixMap::IsValidLocalName(local)) {
    return Bad(s, "invalid local name");
  }
  auto ns = prefixes.Find(prefix);
  if (!ns) return Bad(s, "unknown prefix '" + std::string(prefix) + ":'");
  return *ns + std::string(local);
}

Result<Term> ParseQuoted(std::string_view field,
                         const engine::PrefixMap& prefixes) {
  std::string lexical;
  size_t pos = 1;
  for (;;) {
    if (pos >= field.size()) return Bad(field, "unterminated string");
    char c = field[pos];
    if (c == '"') break;
    if (c == '\\') {
      ++pos;
      if (pos >= field.size()) return Bad(field, "unterminated string");
      char e = field[pos];
      const char* simple = nullptr;
      switch (e) {
        case 't': simple = "\t"; break;
        case 'n': simple = "\n"; break;
        case 'r': simple = "\r"; break;
        case 'b': simple = "\b"; break;
        case 'f': simple = "\f"; break;
        case '"': simple = "\""; break;
        case '\'': simple = "'"; break;
        case '\\': simple = "\\"; break;
        case 'u':
        case 'U':
          if (!ReadUchar(field, &pos, &lexical)) {
            return Bad(field, "bad \\u escape");
          }
          continue;
        default:
          return Bad(field, "unknown escape '\\" + std::string(1, e) + "'");
      }
      lexical += simple;
      ++pos;
      continue;
    }
    lexical.push_back(c);
    ++pos;
  }
  ++pos;  // closing quote
  std::string_view rest = field.substr(pos);
  if (rest.empty()) return Term::Literal(std::move(lexical));
  if (rest[0] == '@') {
    std::string_view lang = rest.substr(1);
    bool ok = !lang.empty() && lang[0] != '-' && lang.back() != '-';
    for (char c : lang) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
            (c >= '0' && c <= '9') || c == '-')) {
        ok = false;
      }
    }
    if (!ok) return Bad(field, "bad language tag");
    return Term::LangLiteral(std::move(lexical), lang);
  }
  if (rest.substr(0, 2) != "^^") return Bad(field, "junk after string");
  std::string_view dt = rest.substr(2);
  std::string datatype;
  if (!dt.empty() && dt[0] == '<') {
    size_t p = 0;
    if (!ReadIriRef(dt, &p, &datatype) || p != dt.size()) {
      return Bad(field, "bad datatype IRI");
    }
  } else {
    auto resolved = ResolvePrefixedName(dt, prefixes);
    if (!resolved.ok()) return Bad(field, "bad datatype");
    datatype = *resolved;
  }
  return Term::TypedLiteral(std::move(lexical), datatype);
}

}  // namespace

Result<Term> ParseExpectedTerm(std::string_view field,
                               const engine::PrefixMap& prefixes) {
  if (field.empty() || field == "UNDEF") return Term();
  char c = field[0];
  if (c == '<') {
    std::string iri;
    size_t pos = 0;
    if (!ReadIriRef(field, &pos, &iri)) return Bad(field, "bad IRI");
    if (pos != field.size()) return Bad(field, "junk after IRI");
    return Term::Iri(std::move(iri));
  }
  if (c == '"') return ParseQuoted(field, prefixes);
  if (field.substr(0, 2) == "_:") {
    std::string_view label = field.substr(2);
    if (label.empty()) return Bad(field, "empty blank node label");
    for (char ch : label) {
      if (static_cast<unsigned char>(ch) <= 0x20) {
        return Bad(field, "bad blank node label");
      }
    }
    return Term::Blank(std::string(label));
  }
  if (field == "true" || field == "false") {
    return Term::TypedLiteral(std::string(field), kXsdBoolean);
  }
  std::string lexical(field);
  for (std::string_view dt : {kXsdInteger, kXsdDecimal, kXsdDouble}) {
    if (engine::IsTurtleBareLiteral(lexical, dt)) {
      return Term::TypedLiteral(std::move(lexical), dt);
    }
  }
  auto iri = ResolvePrefixedName(field, prefixes);
  if (!iri.ok()) return iri.status();
  return Term::Iri(std::move(*iri));
}

Result<std::vector<Term>> ParseExpectedRow(std::string_view line,
                                           const engine::PrefixMap& prefixes) {
  std::vector<Term> row;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    std::string_view field = line.substr(
        start, tab == std::string_view::npos ? std::string_view::npos
                                             : tab - start);
    auto term = ParseExpectedTerm(field, prefixes);
    if (!term.ok()) return term.status();
    row.push_back(std::move(*term));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return row;
}

std::string FormatExpectedRow(const std::vector<Term>& row,
                              const engine::PrefixMap& prefixes) {
  bool all_unbound = true;
  for (const Term& t : row) all_unbound = all_unbound && t.is_none();
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) line += '\t';
    line += engine::FormatTermTurtle(row[i], &prefixes);
  }
  if (all_unbound && !row.empty()) line.insert(0, "UNDEF");
  return line;
}

}  // namespace spoke::querytest
