// Term and Quad: RDF values as Spoke's API hands them out and takes them in.
//
// A Term is an IRI, a blank node, or a literal (lexical form plus either a
// language tag or a datatype IRI). Following RDF 1.1, a literal without a
// language or datatype has datatype xsd:string, and a literal with a language
// tag has datatype rdf:langString; Term normalises both so that equal RDF
// terms are equal Term objects. Language tags are stored lowercased (RDF 1.1
// compares them case-insensitively).
//
// Thread safety: a Term is an immutable value once built.

#ifndef SPOKE_TERM_H_
#define SPOKE_TERM_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace spoke {

inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kXsdString =
    "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view kXsdInteger =
    "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view kXsdDecimal =
    "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view kXsdDouble =
    "http://www.w3.org/2001/XMLSchema#double";
inline constexpr std::string_view kXsdFloat =
    "http://www.w3.org/2001/XMLSchema#float";
inline constexpr std::string_view kXsdBoolean =
    "http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr std::string_view kXsdDate =
    "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view kXsdDateTime =
    "http://www.w3.org/2001/XMLSchema#dateTime";
inline constexpr std::string_view kRdfLangString =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
inline constexpr std::string_view kRdfType =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// The value of an xsd:date or xsd:dateTime literal, as written (no time
// zone normalisation). For an xsd:date the time fields are zero.
struct DateTimeValue {
  int64_t year = 0;  // negative for years before 1 (XSD 1.1: 0 is 1 BCE)
  uint8_t month = 1;   // 1..12
  uint8_t day = 1;     // 1..31, valid for the month
  uint8_t hour = 0;    // 0..23, or 24 for XSD's end-of-day 24:00:00
  uint8_t minute = 0;  // 0..59
  double second = 0;   // 0 <= second < 60, with the fraction
  bool has_timezone = false;
  int16_t timezone_minutes = 0;  // offset from UTC, -840..840

  friend bool operator==(const DateTimeValue&, const DateTimeValue&) = default;
};

enum class TermKind : uint8_t {
  kNone = 0,  // no term: an unbound variable, or the default graph
  kIri = 1,
  kBlank = 2,
  kLiteral = 3,
};

class Term {
 public:
  // A kNone term.
  Term() = default;

  static Term Iri(std::string iri);
  // `label` without the "_:" prefix.
  static Term Blank(std::string label);
  // A simple literal (datatype xsd:string).
  static Term Literal(std::string lexical);
  // A language-tagged literal; `lang` is lowercased.
  static Term LangLiteral(std::string lexical, std::string_view lang);
  // A typed literal. A datatype of xsd:string gives a simple literal.
  static Term TypedLiteral(std::string lexical, std::string_view datatype);

  TermKind kind() const { return kind_; }
  bool is_none() const { return kind_ == TermKind::kNone; }
  bool is_iri() const { return kind_ == TermKind::kIri; }
  bool is_blank() const { return kind_ == TermKind::kBlank; }
  bool is_literal() const { return kind_ == TermKind::kLiteral; }

  // The IRI, the blank node label, or the literal's lexical form.
  const std::string& value() const { return value_; }
  // The language tag (lowercase) of a literal; empty if none.
  const std::string& language() const { return lang_; }
  // The datatype IRI of a literal: xsd:string for simple literals,
  // rdf:langString for language-tagged ones; empty for non-literals.
  std::string_view datatype() const;
  // True for a literal with neither language nor explicit datatype.
  bool is_simple_literal() const {
    return kind_ == TermKind::kLiteral && lang_.empty() && datatype_.empty();
  }

  // Typed accessors: the value of an xsd numeric, boolean, date or
  // dateTime literal if its lexical form is valid for its datatype, else
  // nullopt (also for non-literals and other datatypes). Never fail loudly.
  std::optional<int64_t> AsInteger() const;  // xsd:integer and derived types
  std::optional<double> AsDouble() const;    // any numeric type
  std::optional<bool> AsBoolean() const;     // xsd:boolean
  std::optional<DateTimeValue> AsDate() const;      // xsd:date
  std::optional<DateTimeValue> AsDateTime() const;  // xsd:dateTime

  // The term in N-Triples syntax: <iri>, _:label, "lex"@lang, "lex"^^<dt>.
  std::string ToNTriples() const;

  friend bool operator==(const Term& a, const Term& b) {
    return a.kind_ == b.kind_ && a.value_ == b.value_ && a.lang_ == b.lang_ &&
           a.datatype_ == b.datatype_;
  }
  friend bool operator!=(const Term& a, const Term& b) { return !(a == b); }
  // An arbitrary but total order, for use in ordered containers. It is NOT
  // SPARQL's ORDER BY order.
  friend bool operator<(const Term& a, const Term& b);

  size_t Hash() const;

 private:
  TermKind kind_ = TermKind::kNone;
  std::string value_;
  std::string lang_;
  // Empty for simple and language-tagged literals.
  std::string datatype_;
};

// A fact: subject, predicate, object, and the graph it is in. A graph of
// kind kNone means the unnamed default graph.
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  Term graph;

  friend bool operator==(const Quad& a, const Quad& b) {
    return a.subject == b.subject && a.predicate == b.predicate &&
           a.object == b.object && a.graph == b.graph;
  }
  friend bool operator<(const Quad& a, const Quad& b);

  // The quad as one N-Quads line, without the newline.
  std::string ToNQuads() const;
};

// Escapes a string for the inside of an N-Triples string literal.
std::string EscapeNTriplesString(std::string_view s);

}  // namespace spoke

template <>
struct std::hash<spoke::Term> {
  size_t operator()(const spoke::Term& t) const { return t.Hash(); }
};

#endif  // SPOKE_TERM_H_
