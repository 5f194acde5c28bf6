#include "engine/expr/literal_type.h"

namespace spoke::engine::expr {

namespace {

struct IntegerRange {
  std::string_view local;
  const char* min;  // nullptr: unbounded
  const char* max;
};

constexpr IntegerRange kIntegerTypes[] = {
    {"integer", nullptr, nullptr},
    {"long", "-9223372036854775808", "9223372036854775807"},
    {"int", "-2147483648", "2147483647"},
    {"short", "-32768", "32767"},
    {"byte", "-128", "127"},
    {"nonNegativeInteger", "0", nullptr},
    {"positiveInteger", "1", nullptr},
    {"nonPositiveInteger", nullptr, "0"},
    {"negativeInteger", nullptr, "-1"},
    {"unsignedLong", "0", "18446744073709551615"},
    {"unsignedInt", "0", "4294967295"},
    {"unsignedShort", "0", "65535"},
    {"unsignedByte", "0", "255"},
};

const IntegerRange* FindIntegerType(std::string_view dt) {
  if (dt.substr(0, kXsd.size()) != kXsd) return nullptr;
  std::string_view local = dt.substr(kXsd.size());
  for (const IntegerRange& r : kIntegerTypes) {
    if (r.local == local) return &r;
  }
  return nullptr;
}

}  // namespace

LiteralType ClassifyDatatype(std::string_view dt) {
  if (dt == kRdfLangString) return LiteralType::kLangString;
  if (dt.substr(0, kXsd.size()) != kXsd) return LiteralType::kOther;
  std::string_view local = dt.substr(kXsd.size());
  if (local == "string") return LiteralType::kString;
  if (local == "integer") return LiteralType::kInteger;
  if (local == "decimal") return LiteralType::kDecimal;
  if (local == "double") return LiteralType::kDouble;
  if (local == "float") return LiteralType::kFloat;
  if (local == "boolean") return LiteralType::kBoolean;
  if (local == "dateTime") return LiteralType::kDateTime;
  if (local == "date") return LiteralType::kDate;
  if (FindIntegerType(dt) != nullptr) return LiteralType::kInteger;
  return LiteralType::kOther;
}

LiteralType ClassifyLiteral(const Term& t) {
  if (!t.is_literal()) return LiteralType::kNotLiteral;
  if (!t.language().empty()) return LiteralType::kLangString;
  return ClassifyDatatype(t.datatype());
}

bool IntegerInRange(std::string_view dt, const Decimal& v) {
  const IntegerRange* r = FindIntegerType(dt);
  if (r == nullptr) return true;
  if (r->min != nullptr && Decimal::Compare(v, *Decimal::Parse(r->min)) < 0) {
    return false;
  }
  if (r->max != nullptr && Decimal::Compare(v, *Decimal::Parse(r->max)) > 0) {
    return false;
  }
  return true;
}

std::string_view TrimXmlWhitespace(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace spoke::engine::expr
