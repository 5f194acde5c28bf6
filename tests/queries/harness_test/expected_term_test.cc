#include "tests/queries/expected_term.h"

#include <gtest/gtest.h>

#include "tests/queries/test_file.h"

namespace spoke::querytest {
namespace {

engine::PrefixMap Prefixes() {
  engine::PrefixMap declared;
  declared.Add("ex", "http://example.org/");
  return ExpectedTermPrefixes(declared);
}

TEST(ExpectedTermTest, ParsesEachSyntax) {
  struct Case {
    const char* field;
    Term want;
  } cases[] = {
      {"<http://x.org/a>", Term::Iri("http://x.org/a")},
      {"<http://x.org/a\\u0020b>", Term::Iri("http://x.org/a b")},
      {"ex:alice", Term::Iri("http://example.org/alice")},
      {"ex:", Term::Iri("http://example.org/")},
      {"xsd:date", Term::Iri("http://www.w3.org/2001/XMLSchema#date")},
      {"_:b1", Term::Blank("b1")},
      {"\"text\"", Term::Literal("text")},
      {"\"\"", Term::Literal("")},
      {"\"a\\tb\\n\\\"c\\\\\"", Term::Literal("a\tb\n\"c\\")},
      {"\"\\u00e9\\U0001F600\"", Term::Literal("\xC3\xA9\xF0\x9F\x98\x80")},
      {"\"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF\"@ar",
       Term::LangLiteral("\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF", "ar")},
      {"\"hi\"@en-GB", Term::LangLiteral("hi", "en-gb")},
      {"\"5\"^^xsd:integer", Term::TypedLiteral("5", kXsdInteger)},
      {"\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>",
       Term::TypedLiteral("5", kXsdInteger)},
      {"\"x\"^^xsd:string", Term::Literal("x")},
      {"42", Term::TypedLiteral("42", kXsdInteger)},
      {"-7", Term::TypedLiteral("-7", kXsdInteger)},
      {"1.5", Term::TypedLiteral("1.5", kXsdDecimal)},
      {"1.0e0", Term::TypedLiteral("1.0e0", kXsdDouble)},
      {"true", Term::TypedLiteral("true", kXsdBoolean)},
      {"false", Term::TypedLiteral("false", kXsdBoolean)},
      {"", Term()},
      {"UNDEF", Term()},
  };
  engine::PrefixMap p = Prefixes();
  for (const Case& c : cases) {
    auto got = ParseExpectedTerm(c.field, p);
    ASSERT_TRUE(got.ok()) << c.field << ": " << got.status().ToString();
    EXPECT_EQ(*got, c.want) << c.field;
  }
}

TEST(ExpectedTermTest, RejectsBadFields) {
  struct Case {
    const char* field;
    const char* error;
  } cases[] = {
      {"<http://x", "bad term '<http://x': bad IRI"},
      {"<a>b", "bad term '<a>b': junk after IRI"},
      {"\"abc", "bad term '\"abc': unterminated string"},
      {"\"a\\qb\"", "bad term '\"a\\qb\"': unknown escape '\\q'"},
      {"\"a\"x", "bad term '\"a\"x': junk after string"},
      {"\"a\"@", "bad term '\"a\"@': bad language tag"},
      {"\"a\"^^nope:x", "bad term '\"a\"^^nope:x': bad datatype"},
      {"nope:x", "bad term 'nope:x': unknown prefix 'nope:'"},
      {"hello", "bad term 'hello': not a term"},
      {"_:", "bad term '_:': empty blank node label"},
      {"\"\\u12\"", "bad term '\"\\u12\"': bad \\u escape"},
      {"ex:a b", "bad term 'ex:a b': invalid local name"},
  };
  engine::PrefixMap p = Prefixes();
  for (const Case& c : cases) {
    auto got = ParseExpectedTerm(c.field, p);
    ASSERT_FALSE(got.ok()) << c.field;
    EXPECT_EQ(got.status().message(), c.error);
  }
}

TEST(ExpectedTermTest, RowsRoundTrip) {
  engine::PrefixMap p = Prefixes();
  std::vector<std::vector<Term>> rows = {
      {Term::Iri("http://example.org/a"), Term(), Term::Literal("t\tab")},
      {Term(), Term(), Term()},
      {Term::Blank("x"), Term::TypedLiteral("2021-11-07", kXsdDate),
       Term::TypedLiteral("1.5e3", kXsdDouble)},
      {Term::Iri("http://other.org/a b"), Term::LangLiteral("x", "en"),
       Term::TypedLiteral("07", kXsdInteger)},
  };
  for (const auto& row : rows) {
    std::string line = FormatExpectedRow(row, p);
    auto back = ParseExpectedRow(line, p);
    ASSERT_TRUE(back.ok()) << line << ": " << back.status().ToString();
    EXPECT_EQ(*back, row) << line;
  }
  EXPECT_EQ(FormatExpectedRow(rows[0], p), "ex:a\t\t\"t\\tab\"");
  EXPECT_EQ(FormatExpectedRow(rows[1], p), "UNDEF\t\t");
  EXPECT_EQ(FormatExpectedRow({Term()}, p), "UNDEF");
}

}  // namespace
}  // namespace spoke::querytest
