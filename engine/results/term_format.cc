#include "engine/results/term_format.h"

namespace spoke::engine {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Turtle INTEGER: [+-]? [0-9]+
bool IsTurtleInteger(std::string_view s) {
  size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i) {
    if (!IsDigit(s[i])) return false;
  }
  return true;
}

// Turtle DECIMAL: [+-]? [0-9]* '.' [0-9]+
bool IsTurtleDecimal(std::string_view s) {
  size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == s.size() || s[i] != '.') return false;
  ++i;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i) {
    if (!IsDigit(s[i])) return false;
  }
  return true;
}

// Turtle DOUBLE: [+-]? ([0-9]+ '.' [0-9]* EXP | '.' [0-9]+ EXP | [0-9]+ EXP)
bool IsTurtleDouble(std::string_view s) {
  size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  size_t int_digits = 0, frac_digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++int_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return false;
  if (i == s.size() || (s[i] != 'e' && s[i] != 'E')) return false;
  ++i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i) {
    if (!IsDigit(s[i])) return false;
  }
  return true;
}

std::string FormatIri(const std::string& iri, const PrefixMap* prefixes) {
  if (prefixes != nullptr) {
    if (auto shortened = prefixes->Shorten(iri)) return *shortened;
  }
  return Term::Iri(iri).ToNTriples();
}

}  // namespace

bool IsTurtleBareLiteral(const std::string& lexical,
                         std::string_view datatype) {
  if (datatype == kXsdInteger) return IsTurtleInteger(lexical);
  if (datatype == kXsdDecimal) return IsTurtleDecimal(lexical);
  if (datatype == kXsdDouble) return IsTurtleDouble(lexical);
  if (datatype == kXsdBoolean) return lexical == "true" || lexical == "false";
  return false;
}

std::string FormatTermTurtle(const Term& term, const PrefixMap* prefixes) {
  switch (term.kind()) {
    case TermKind::kNone:
      return "";
    case TermKind::kIri:
      return FormatIri(term.value(), prefixes);
    case TermKind::kBlank:
      return "_:" + term.value();
    case TermKind::kLiteral:
      break;
  }
  std::string_view dt = term.datatype();
  if (IsTurtleBareLiteral(term.value(), dt)) return term.value();
  std::string out = "\"" + EscapeNTriplesString(term.value()) + "\"";
  if (!term.language().empty()) {
    out += "@" + term.language();
  } else if (!term.is_simple_literal()) {
    out += "^^" + FormatIri(std::string(dt), prefixes);
  }
  return out;
}

}  // namespace spoke::engine
