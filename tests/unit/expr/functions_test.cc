#include "engine/expr/functions.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "engine/expr/cast.h"
#include "engine/expr/regex.h"
#include "engine/expr/unicode.h"
#include "tests/unit/expr/test_terms.h"

namespace spoke::engine::expr {
namespace {

using namespace test_terms;  // NOLINT

constexpr const char* kT = "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>";
constexpr const char* kF = "\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>";

std::string IntNT(const char* v) {
  return std::string("\"") + v + "\"^^<http://www.w3.org/2001/XMLSchema#integer>";
}

struct UnaryCase {
  std::function<Value(const Term&)> fn;
  const char* name;
  Term arg;
  std::string want;
};

TEST(FunctionsTest, TermFunctions) {
  std::vector<UnaryCase> cases = {
      {IsIri, "isIRI", Iri("http://a"), kT},
      {IsIri, "isIRI", Plain("http://a"), kF},
      {IsBlank, "isBlank", Blank("b"), kT},
      {IsBlank, "isBlank", Iri("http://a"), kF},
      {IsLiteral, "isLiteral", LangStr("a", "en"), kT},
      {IsLiteral, "isLiteral", Blank("b"), kF},
      {IsNumeric, "isNumeric", Int("1"), kT},
      {IsNumeric, "isNumeric", Dbl("NaN"), kT},
      {IsNumeric, "isNumeric", Int("1.5"), kF},
      {IsNumeric, "isNumeric", Xsd("-1", "nonNegativeInteger"), kF},
      {IsNumeric, "isNumeric", Plain("1"), kF},
      {Str, "STR", Iri("http://a"), "\"http://a\""},
      {Str, "STR", LangStr("chat", "fr"), "\"chat\""},
      {Str, "STR", Int("01"), "\"01\""},
      {Str, "STR", Blank("b"), "error"},
      {Lang, "LANG", LangStr("chat", "FR-be"), "\"fr-be\""},
      {Lang, "LANG", Plain("chat"), "\"\""},
      {Lang, "LANG", Iri("http://a"), "error"},
      {Datatype, "DATATYPE", Plain("a"), "<http://www.w3.org/2001/XMLSchema#string>"},
      {Datatype, "DATATYPE", LangStr("a", "en"),
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>"},
      {Datatype, "DATATYPE", Xsd("1", "int"), "<http://www.w3.org/2001/XMLSchema#int>"},
      {Datatype, "DATATYPE", Iri("http://a"), "error"},
      {StrLen, "STRLEN", Plain(""), IntNT("0")},
      {StrLen, "STRLEN", Plain("chat"), IntNT("4")},
      {StrLen, "STRLEN", LangStr("\xd0\x9f\xd1\x80\xd0\xb8", "ru"), IntNT("3")},  // При
      {StrLen, "STRLEN", Plain("\xf0\x9f\x98\x80"), IntNT("1")},                  // emoji
      {StrLen, "STRLEN", Int("12"), "error"},
      {StrLen, "STRLEN", Iri("http://a"), "error"},
      {UCase, "UCASE", Plain("abc"), "\"ABC\""},
      {UCase, "UCASE", LangStr("stra\xc3\x9f" "e", "de"), "\"STRASSE\"@de"},
      {UCase, "UCASE", LangStr("\xce\xb1\xce\xb2\xce\xb3", "el"), "\"\xce\x91\xce\x92\xce\x93\"@el"},
      {UCase, "UCASE", Plain("\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"),
       "\"\xd0\x9f\xd0\xa0\xd0\x98\xd0\x92\xd0\x95\xd0\xa2\""},  // привет
      {UCase, "UCASE", Xsd("a", "string"), "\"A\""},
      {UCase, "UCASE", Plain(""), "\"\""},
      {UCase, "UCASE", Int("1"), "error"},
      {LCase, "LCASE", LangStr("\xc3\x89T\xc3\x89", "fr"), "\"\xc3\xa9t\xc3\xa9\"@fr"},  // ÉTÉ
      {LCase, "LCASE", Plain("\xd0\x81\xd0\x96"), "\"\xd1\x91\xd0\xb6\""},             // ЁЖ
      {LCase, "LCASE", Plain("\xce\xa3\xce\x9f\xce\xa6\xce\x99\xce\x91"),
       "\"\xcf\x83\xce\xbf\xcf\x86\xce\xb9\xce\xb1\""},  // ΣΟΦΙΑ, no final sigma rule
      {LCase, "LCASE", Blank("b"), "error"},
  };
  for (const UnaryCase& c : cases) {
    EXPECT_EQ(Show(c.fn(c.arg)), c.want) << c.name << "(" << c.arg.ToNTriples() << ")";
  }
}

struct BinaryCase {
  std::function<Value(const Term&, const Term&)> fn;
  const char* name;
  Term a, b;
  const char* want;
};

TEST(FunctionsTest, StringPredicatesAndCompatibility) {
  std::vector<BinaryCase> cases = {
      {Contains, "CONTAINS", Plain("foobar"), Plain("bar"), kT},
      {Contains, "CONTAINS", Plain("foobar"), Plain(""), kT},
      {Contains, "CONTAINS", Plain(""), Plain(""), kT},
      {Contains, "CONTAINS", Plain("foobar"), Plain("baz"), kF},
      {Contains, "CONTAINS", LangStr("foobar", "en"), Plain("foo"), kT},
      {Contains, "CONTAINS", LangStr("foobar", "en"), LangStr("foo", "en"), kT},
      {Contains, "CONTAINS", LangStr("foobar", "en"), LangStr("foo", "fr"), "error"},
      {Contains, "CONTAINS", Plain("foobar"), LangStr("foo", "en"), "error"},
      {Contains, "CONTAINS", Plain("foobar"), Int("1"), "error"},
      {Contains, "CONTAINS", Iri("http://foo"), Plain("foo"), "error"},
      {StrStarts, "STRSTARTS", Plain("foobar"), Plain("foo"), kT},
      {StrStarts, "STRSTARTS", Plain("foobar"), Plain("bar"), kF},
      {StrStarts, "STRSTARTS", Xsd("foobar", "string"), Plain("f"), kT},
      {StrStarts, "STRSTARTS", LangStr("foobar", "en"), Xsd("foo", "string"), kT},
      {StrStarts, "STRSTARTS", Plain("foo"), LangStr("f", "en"), "error"},
      {StrEnds, "STRENDS", Plain("foobar"), Plain("bar"), kT},
      {StrEnds, "STRENDS", Plain("foobar"), Plain("foo"), kF},
      {StrEnds, "STRENDS", Plain("caf\xc3\xa9"), Plain("\xc3\xa9"), kT},
      {StrEnds, "STRENDS", LangStr("a", "en"), LangStr("a", "en-us"), "error"},
      {LangMatches, "LANGMATCHES", Plain("en"), Plain("en"), kT},
      {LangMatches, "LANGMATCHES", Plain("en-US"), Plain("en"), kT},
      {LangMatches, "LANGMATCHES", Plain("EN-us"), Plain("en-US"), kT},
      {LangMatches, "LANGMATCHES", Plain("en"), Plain("en-US"), kF},
      {LangMatches, "LANGMATCHES", Plain("eng"), Plain("en"), kF},
      {LangMatches, "LANGMATCHES", Plain("fr"), Plain("*"), kT},
      {LangMatches, "LANGMATCHES", Plain(""), Plain("*"), kF},
      {LangMatches, "LANGMATCHES", Plain(""), Plain(""), kT},
      {LangMatches, "LANGMATCHES", Plain("en"), Plain(""), kF},
      {LangMatches, "LANGMATCHES", LangStr("en", "en"), Plain("en"), "error"},
      {LangMatches, "LANGMATCHES", Plain("en"), Iri("http://en"), "error"},
  };
  for (const BinaryCase& c : cases) {
    EXPECT_STREQ(Show(c.fn(c.a, c.b)).c_str(), c.want)
        << c.name << "(" << c.a.ToNTriples() << ", " << c.b.ToNTriples() << ")";
  }
}

TEST(RegexTest, FlagsAndMatching) {
  struct Case {
    const char* pattern;
    const char* flags;
    Term text;
    const char* want;
  } cases[] = {
      {"^ab", "", Plain("abc"), kT},
      {"^AB", "", Plain("abc"), kF},
      {"^AB", "i", Plain("abc"), kT},
      {"\xce\xb1\xce\xb2", "i", Plain("\xce\x91\xce\x92"), kT},  // Greek, case-folded
      {"b.c", "", Plain("b\nc"), kF},
      {"b.c", "s", Plain("b\nc"), kT},
      {"b.c", "", Plain("b\rc"), kF},
      {"^c", "", Plain("ab\ncd"), kF},
      {"^c", "m", Plain("ab\ncd"), kT},
      {"b$", "", Plain("ab\ncd"), kF},
      {"b$", "m", Plain("ab\ncd"), kT},
      {"a b c", "x", Plain("abc"), kT},
      {"[ ]", "x", Plain("a c"), kT},
      {"a b", "", Plain("abc"), kF},
      {"", "", Plain("anything"), kT},
      {"^$", "", Plain(""), kT},
      {"\\d+", "", LangStr("abc 123", "en"), kT},
      {"[^a]", "", Plain("aaa"), kF},
      {"ab", "", Int("1"), "error"},
      {"ab", "", Iri("http://ab"), "error"},
  };
  for (const Case& c : cases) {
    auto re = Regex::Compile(c.pattern, c.flags);
    ASSERT_TRUE(re.ok()) << c.pattern << ": " << re.status().ToString();
    EXPECT_STREQ(Show(RegexMatch(c.text, **re)).c_str(), c.want)
        << "REGEX(" << c.text.ToNTriples() << ", \"" << c.pattern << "\", \"" << c.flags << "\")";
  }
}

TEST(RegexTest, BadPatternsAndFlagsAreNamedErrors) {
  struct Case {
    const char* pattern;
    const char* flags;
    Status::Code code;
    const char* message_part;
  } cases[] = {
      {"a(", "", Status::Code::kInvalidArgument, "invalid regular expression 'a(': missing )"},
      {"[a-", "", Status::Code::kInvalidArgument, "'[a-'"},
      {"a\\", "", Status::Code::kInvalidArgument, "trailing backslash"},
      {"(a)\\1", "", Status::Code::kNotSupported, "backreferences are not supported"},
      {"[a-z-[aeiou]]", "", Status::Code::kNotSupported, "class subtraction"},
      {"\\i", "", Status::Code::kInvalidArgument, "'\\i'"},
      {"a", "q", Status::Code::kNotSupported, "unsupported regex flag 'q'"},
      {"a", "g", Status::Code::kNotSupported, "unsupported regex flag 'g'"},
  };
  for (const Case& c : cases) {
    auto re = Regex::Compile(c.pattern, c.flags);
    ASSERT_FALSE(re.ok()) << c.pattern;
    EXPECT_EQ(re.status().code(), c.code) << c.pattern;
    EXPECT_NE(re.status().message().find(c.message_part), std::string::npos)
        << re.status().message();
  }
}

TEST(CastTest, Table) {
  const std::string kInt(kXsdInteger), kDec(kXsdDecimal), kDbl(kXsdDouble),
      kFlt(kXsdFloat), kBool(kXsdBoolean), kStr(kXsdString), kDT(kXsdDateTime),
      kDate(kXsdDate);
  struct Case {
    Term arg;
    std::string to;
    std::string want;
  } cases[] = {
      {Plain(" 42 "), kInt, IntNT("42")},
      {Plain("+007"), kInt, IntNT("7")},
      {Plain("4.2"), kInt, "error"},
      {Plain("abc"), kInt, "error"},
      {Plain(""), kInt, "error"},
      {Dec("-4.7"), kInt, IntNT("-4")},
      {Dbl("4.9E0"), kInt, IntNT("4")},
      {Dbl("NaN"), kInt, "error"},
      {Dbl("INF"), kInt, "error"},
      {Bool("true"), kInt, IntNT("1")},
      {Int("01"), kInt, IntNT("1")},
      {Xsd("5", "short"), kInt, IntNT("5")},
      {Int("x"), kInt, "error"},
      {DT("2021-11-07T00:00:00"), kInt, "error"},
      {Iri("http://a"), kInt, "error"},
      {LangStr("1", "en"), kInt, "error"},
      {Plain("1.50"), kDec, "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {Plain("1e3"), kDec, "error"},
      {Int("3"), kDec, "\"3.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {Dbl("0.1"), kDec, "\"0.1\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {Bool("false"), kDec, "\"0.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {Plain("1e3"), kDbl, "\"1.0E3\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {Plain("-INF"), kDbl, "\"-INF\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {Plain("inf"), kDbl, "error"},
      {Int("2"), kDbl, "\"2.0E0\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {Dec("0.5"), kFlt, "\"5.0E-1\"^^<http://www.w3.org/2001/XMLSchema#float>"},
      {Bool("true"), kFlt, "\"1.0E0\"^^<http://www.w3.org/2001/XMLSchema#float>"},
      {Plain("true"), kBool, kT},
      {Plain("0"), kBool, kF},
      {Plain("TRUE"), kBool, "error"},
      {Int("0"), kBool, kF},
      {Dbl("NaN"), kBool, kF},
      {Dec("-0.5"), kBool, kT},
      {Bool("1"), kBool, kT},
      {Int("12"), kStr, "\"12\""},
      {Iri("http://a"), kStr, "\"http://a\""},
      {Typed("x", "http://ex/t"), kStr, "\"x\""},
      {LangStr("chat", "fr"), kStr, "error"},
      {Blank("b"), kStr, "error"},
      {Int("x"), kStr, "error"},
      {Plain("2021-11-07T01:02:03Z"), kDT,
       "\"2021-11-07T01:02:03Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"},
      {Plain("2021-11-07"), kDT, "error"},
      {Date("2021-11-07+03:00"), kDT,
       "\"2021-11-07T00:00:00+03:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"},
      {DT("2021-11-07T23:59:59"), kDate, "\"2021-11-07\"^^<http://www.w3.org/2001/XMLSchema#date>"},
      {Plain("2021-11-31"), kDate, "error"},
      {Int("2021"), kDate, "error"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Show(Cast(c.arg, c.to)), c.want) << c.to << "(" << c.arg.ToNTriples() << ")";
  }
  EXPECT_TRUE(IsCastTarget(kXsdInteger));
  EXPECT_FALSE(IsCastTarget(std::string(kXsd) + "int"));
  EXPECT_FALSE(IsCastTarget("http://ex/t"));
}

}  // namespace
}  // namespace spoke::engine::expr
