#include "spoke/term.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <tuple>

namespace spoke {

namespace {

bool IsIntegerDatatype(std::string_view dt) {
  if (dt.substr(0, kXsd.size()) != kXsd) return false;
  std::string_view local = dt.substr(kXsd.size());
  static constexpr std::string_view kDerived[] = {
      "integer", "long", "int", "short", "byte", "nonNegativeInteger",
      "nonPositiveInteger", "negativeInteger", "positiveInteger",
      "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"};
  return std::find(std::begin(kDerived), std::end(kDerived), local) !=
         std::end(kDerived);
}

std::string_view TrimXmlSpace(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

Term Term::Iri(std::string iri) {
  Term t;
  t.kind_ = TermKind::kIri;
  t.value_ = std::move(iri);
  return t;
}

Term Term::Blank(std::string label) {
  Term t;
  t.kind_ = TermKind::kBlank;
  t.value_ = std::move(label);
  return t;
}

Term Term::Literal(std::string lexical) {
  Term t;
  t.kind_ = TermKind::kLiteral;
  t.value_ = std::move(lexical);
  return t;
}

Term Term::LangLiteral(std::string lexical, std::string_view lang) {
  Term t = Literal(std::move(lexical));
  t.lang_.assign(lang);
  for (char& c : t.lang_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return t;
}

Term Term::TypedLiteral(std::string lexical, std::string_view datatype) {
  Term t = Literal(std::move(lexical));
  if (datatype != kXsdString) t.datatype_.assign(datatype);
  return t;
}

std::string_view Term::datatype() const {
  if (kind_ != TermKind::kLiteral) return {};
  if (!lang_.empty()) return kRdfLangString;
  if (datatype_.empty()) return kXsdString;
  return datatype_;
}

std::optional<int64_t> Term::AsInteger() const {
  if (kind_ != TermKind::kLiteral || !IsIntegerDatatype(datatype_)) {
    return std::nullopt;
  }
  std::string s(TrimXmlSpace(value_));
  if (s.empty()) return std::nullopt;
  size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  if (i == s.size()) return std::nullopt;
  for (size_t j = i; j < s.size(); ++j) {
    if (s[j] < '0' || s[j] > '9') return std::nullopt;
  }
  errno = 0;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (errno == ERANGE) return std::nullopt;
  return static_cast<int64_t>(v);
}

std::optional<double> Term::AsDouble() const {
  if (kind_ != TermKind::kLiteral) return std::nullopt;
  std::string_view dt = datatype_;
  bool integer = IsIntegerDatatype(dt);
  if (!integer && dt != kXsdDecimal && dt != kXsdDouble && dt != kXsdFloat) {
    return std::nullopt;
  }
  std::string s(TrimXmlSpace(value_));
  if (s.empty()) return std::nullopt;
  if (dt == kXsdDouble || dt == kXsdFloat) {
    if (s == "INF" || s == "+INF") return HUGE_VAL;
    if (s == "-INF") return -HUGE_VAL;
    if (s == "NaN") return std::nan("");
  }
  // Validate the lexical space: sign, digits, optional fraction, and an
  // exponent only for float/double.
  size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  bool digits = false, dot = false, exp = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits = true;
    } else if (c == '.' && !dot && !exp && !integer) {
      dot = true;
    } else if ((c == 'e' || c == 'E') && !exp && digits &&
               (dt == kXsdDouble || dt == kXsdFloat)) {
      exp = true;
      digits = false;
      if (i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) ++i;
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  return std::strtod(s.c_str(), nullptr);
}

std::optional<bool> Term::AsBoolean() const {
  if (kind_ != TermKind::kLiteral || datatype_ != kXsdBoolean) {
    return std::nullopt;
  }
  std::string_view s = TrimXmlSpace(value_);
  if (s == "true" || s == "1") return true;
  if (s == "false" || s == "0") return false;
  return std::nullopt;
}

std::string EscapeNTriplesString(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          static const char kHex[] = "0123456789ABCDEF";
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

namespace {
std::string EscapeIri(std::string_view iri) {
  std::string out;
  out.reserve(iri.size());
  for (unsigned char c : iri) {
    // Characters N-Triples forbids inside <...> are written as \u escapes.
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' ||
        c == '}' || c == '|' || c == '^' || c == '`' || c == '\\') {
      static const char kHex[] = "0123456789ABCDEF";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}
}  // namespace

std::string Term::ToNTriples() const {
  switch (kind_) {
    case TermKind::kNone:
      return "";
    case TermKind::kIri:
      return "<" + EscapeIri(value_) + ">";
    case TermKind::kBlank:
      return "_:" + value_;
    case TermKind::kLiteral: {
      std::string out = "\"" + EscapeNTriplesString(value_) + "\"";
      if (!lang_.empty()) {
        out += "@" + lang_;
      } else if (!datatype_.empty()) {
        out += "^^<" + EscapeIri(datatype_) + ">";
      }
      return out;
    }
  }
  return "";
}

bool operator<(const Term& a, const Term& b) {
  return std::tie(a.kind_, a.value_, a.lang_, a.datatype_) <
         std::tie(b.kind_, b.value_, b.lang_, b.datatype_);
}

size_t Term::Hash() const {
  size_t h = std::hash<std::string>()(value_);
  h ^= static_cast<size_t>(kind_) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  if (!lang_.empty()) h ^= std::hash<std::string>()(lang_) + (h << 6);
  if (!datatype_.empty()) h ^= std::hash<std::string>()(datatype_) + (h << 7);
  return h;
}

bool operator<(const Quad& a, const Quad& b) {
  return std::tie(a.subject, a.predicate, a.object, a.graph) <
         std::tie(b.subject, b.predicate, b.object, b.graph);
}

std::string Quad::ToNQuads() const {
  std::string out = subject.ToNTriples() + " " + predicate.ToNTriples() + " " +
                    object.ToNTriples();
  if (!graph.is_none()) out += " " + graph.ToNTriples();
  out += " .";
  return out;
}

}  // namespace spoke
