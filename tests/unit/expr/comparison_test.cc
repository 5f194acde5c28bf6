#include "engine/expr/comparison.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "engine/expr/date_time.h"
#include "engine/expr/ebv.h"
#include "engine/expr/term_order.h"
#include "tests/unit/expr/test_terms.h"

namespace spoke::engine::expr {
namespace {

using namespace test_terms;  // NOLINT

struct CompareCase {
  CompareOp op;
  Term a, b;
  const char* want;  // "true", "false" or "error"
};

void RunCases(const std::vector<CompareCase>& cases) {
  for (const CompareCase& c : cases) {
    EXPECT_STREQ(Show(CompareTerms(c.op, c.a, c.b)), c.want)
        << c.a.ToNTriples() << " op" << static_cast<int>(c.op) << " " << c.b.ToNTriples();
  }
}

TEST(ComparisonTest, EqualityByValueAndByTerm) {
  const CompareOp kEq = CompareOp::kEq, kNe = CompareOp::kNe;
  RunCases({
      {kEq, Int("1"), Dec("1.0"), "true"},
      {kEq, Int("01"), Int("1"), "true"},
      {kEq, Int("1"), Dbl("1.0E0"), "true"},
      {kEq, Xsd("1", "byte"), Int("1"), "true"},
      {kEq, Int("1"), Int("2"), "false"},
      {kNe, Int("1"), Dec("1.0"), "false"},
      {kNe, Int("1"), Int("2"), "true"},
      {kEq, Dbl("NaN"), Dbl("NaN"), "false"},
      {kNe, Dbl("NaN"), Dbl("NaN"), "true"},
      {kEq, Plain("a"), Plain("a"), "true"},
      {kEq, Plain("a"), Xsd("a", "string"), "true"},
      {kEq, Plain("a"), Plain("b"), "false"},
      {kEq, LangStr("a", "en"), LangStr("a", "EN"), "true"},
      {kEq, LangStr("a", "en"), LangStr("a", "fr"), "false"},
      {kEq, LangStr("a", "en"), LangStr("b", "en"), "false"},
      // Different kinds of literal: RDFterm-equal gives an error.
      {kEq, Plain("a"), LangStr("a", "en"), "error"},
      {kEq, Plain("1"), Int("1"), "error"},
      {kNe, Plain("1"), Int("1"), "error"},
      // Unknown datatypes: same term true, else error (not false).
      {kEq, Typed("x", "http://ex/t"), Typed("x", "http://ex/t"), "true"},
      {kEq, Typed("x", "http://ex/t"), Typed("y", "http://ex/t"), "error"},
      {kNe, Typed("x", "http://ex/t"), Typed("y", "http://ex/t"), "error"},
      // Ill-typed literals of known types.
      {kEq, Int("abc"), Int("abc"), "true"},
      {kEq, Int("abc"), Int("1"), "error"},
      {kEq, Bool("true"), Bool("1"), "true"},
      {kEq, Bool("true"), Bool("false"), "false"},
      {kEq, Bool("yes"), Bool("true"), "error"},
      // IRIs and blank nodes.
      {kEq, Iri("http://a"), Iri("http://a"), "true"},
      {kEq, Iri("http://a"), Iri("http://b"), "false"},
      {kEq, Iri("http://a"), Plain("http://a"), "false"},
      {kEq, Blank("b1"), Blank("b1"), "true"},
      {kEq, Blank("b1"), Blank("b2"), "false"},
      {kNe, Blank("b1"), Iri("http://a"), "true"},
      // Dates.
      {kEq, DT("2021-11-07T01:00:00Z"), DT("2021-11-07T02:00:00+01:00"), "true"},
      {kEq, DT("2021-11-07T00:00:00Z"), DT("2021-11-07T00:00:00.000Z"), "true"},
      {kEq, DT("2021-11-07T00:00:00Z"), DT("2021-11-07T00:00:00"), "error"},
      {kEq, DT("2021-11-07T00:00:00Z"), DT("2021-11-09T00:00:00"), "false"},
      {kEq, Date("2021-11-07"), Date("2021-11-07"), "true"},
      {kEq, Date("2021-11-07"), DT("2021-11-07T00:00:00"), "error"},
  });
}

TEST(ComparisonTest, OrderingOperators) {
  const CompareOp kLt = CompareOp::kLt, kLe = CompareOp::kLe, kGt = CompareOp::kGt,
                  kGe = CompareOp::kGe;
  RunCases({
      {kLt, Int("1"), Int("2"), "true"},
      {kLt, Int("2"), Dec("1.5"), "false"},
      {kGt, Dbl("1e1"), Int("9"), "true"},
      {kLe, Int("1"), Dec("1.0"), "true"},
      {kGe, Flt("0.5"), Dec("0.5"), "true"},
      {kLt, Dec("0.30000000000000000001"), Dec("0.3000000000000000001"), "true"},
      {kLt, Dbl("NaN"), Int("1"), "false"},
      {kGe, Dbl("NaN"), Dbl("NaN"), "false"},
      {kLt, Dbl("-INF"), Int("-99999999"), "true"},
      {kLt, Plain("a"), Plain("b"), "true"},
      {kLt, Plain("B"), Plain("a"), "true"},  // code point order
      {kLt, Plain(""), Plain("a"), "true"},
      {kLt, Plain("z"), Plain("\xc3\xa9"), "true"},  // z < é by code point
      {kLt, Plain("a"), Xsd("b", "string"), "true"},
      {kLt, Bool("false"), Bool("true"), "true"},
      {kGt, Bool("1"), Bool("false"), "true"},
      {kLt, DT("2021-11-06T23:59:59Z"), DT("2021-11-07T00:00:00Z"), "true"},
      {kLt, DT("2021-11-07T00:00:00.1Z"), DT("2021-11-07T00:00:00.09Z"), "false"},
      {kLt, DT("2021-11-07T10:00:00+05:00"), DT("2021-11-07T06:00:00Z"), "true"},
      // With and without timezone: determinate only beyond 14 hours.
      {kLt, DT("2021-11-07T00:00:00Z"), DT("2021-11-07T15:00:00"), "true"},
      {kLt, DT("2021-11-07T00:00:00Z"), DT("2021-11-07T12:00:00"), "error"},
      {kGt, DT("2021-11-08T00:00:00"), DT("2021-11-07T00:00:00Z"), "true"},
      {kLt, Date("2021-11-06"), Date("2021-11-07"), "true"},
      {kLt, Date("2021-11-06Z"), Date("2021-11-07"), "true"},
      {kLt, Date("2021-11-07Z"), Date("2021-11-07"), "error"},
      // No `<` for these.
      {kLt, LangStr("a", "en"), LangStr("b", "en"), "error"},
      {kLt, Plain("1"), Int("2"), "error"},
      {kLt, Iri("http://a"), Iri("http://b"), "error"},
      {kLt, Blank("a"), Blank("b"), "error"},
      {kLt, Typed("1", "http://ex/t"), Typed("2", "http://ex/t"), "error"},
      {kLt, Int("x"), Int("1"), "error"},
      {kLt, Bool("true"), Int("1"), "error"},
      {kLt, Date("2021-11-07"), DT("2021-11-08T00:00:00"), "error"},
  });
}

TEST(DateTimeTest, ParsesAndRejects) {
  struct Case {
    const char* lex;
    bool date;
    const char* canonical;  // nullptr: invalid
  } cases[] = {
      {"2021-11-07T01:30:00", false, "2021-11-07T01:30:00"},
      {"2021-11-07T01:30:00.500Z", false, "2021-11-07T01:30:00.5Z"},
      {"2021-11-07T01:30:00+03:00", false, "2021-11-07T01:30:00+03:00"},
      {"2021-12-31T24:00:00", false, "2022-01-01T00:00:00"},
      {"-0044-03-15T12:00:00", false, "-0044-03-15T12:00:00"},
      {"12021-01-01T00:00:00", false, "12021-01-01T00:00:00"},
      {"2020-02-29T00:00:00", false, "2020-02-29T00:00:00"},
      {"2021-02-29T00:00:00", false, nullptr},
      {"2021-11-07T24:00:01", false, nullptr},
      {"2021-11-07T01:60:00", false, nullptr},
      {"2021-11-07T01:30", false, nullptr},
      {"2021-11-07", false, nullptr},
      {"2021-11-07T01:30:00+15:00", false, nullptr},
      {"021-11-07T01:30:00", false, nullptr},
      {"02021-11-07T01:30:00", false, nullptr},
      {"2021-11-07T01:30:00.", false, nullptr},
      {"2021-11-07", true, "2021-11-07"},
      {"2021-11-07-05:00", true, "2021-11-07-05:00"},
      {"2021-13-07", true, nullptr},
      {"2021-11-07T00:00:00", true, nullptr},
  };
  for (const Case& c : cases) {
    auto v = c.date ? DateTime::ParseDate(c.lex) : DateTime::ParseDateTime(c.lex);
    if (c.canonical == nullptr) {
      EXPECT_FALSE(v) << c.lex;
    } else {
      ASSERT_TRUE(v) << c.lex;
      EXPECT_EQ(v->ToLexical(), c.canonical) << c.lex;
    }
  }
}

TEST(EbvTest, Table) {
  struct Case {
    Term t;
    const char* want;
  } cases[] = {
      {Bool("true"), "true"},      {Bool("false"), "false"},   {Bool("1"), "true"},
      {Bool("0"), "false"},        {Bool("yes"), "false"},     {Int("0"), "false"},
      {Int("00"), "false"},        {Int("-3"), "true"},        {Int("abc"), "false"},
      {Dec("0.0"), "false"},       {Dec("0.01"), "true"},      {Dbl("0E0"), "false"},
      {Dbl("-0.0"), "false"},      {Dbl("NaN"), "false"},      {Dbl("INF"), "true"},
      {Flt("x"), "false"},         {Plain(""), "false"},         {Plain("false"), "true"},
      {Xsd("", "string"), "false"}, {LangStr("", "en"), "false"}, {LangStr("a", "en"), "true"},
      {Iri("http://x"), "error"},  {Blank("b"), "error"},      {DT("2021-11-07T00:00:00"), "error"},
      {Typed("1", "http://ex/t"), "error"},
      {Int("1234567890123456789012345678901234567890"), "true"},
  };
  for (const Case& c : cases) {
    EXPECT_STREQ(Show(EffectiveBooleanValue(c.t)), c.want) << c.t.ToNTriples();
  }
  EXPECT_EQ(EffectiveBooleanValue(Value::Error()), Tri::kError);
}

// The expected ORDER BY order, smallest first.
std::vector<Term> OrderedTerms() {
  return {
      Term(),  // unbound
      Blank("a"),
      Blank("b"),
      Iri("http://a"),
      Iri("http://b"),
      Dbl("NaN"),
      Dbl("-INF"),
      Int("-5"),
      Int("1"),
      Dec("1.0"),
      Dbl("1.0E0"),
      Dec("1.5"),
      Flt("2"),
      Int("10"),
      Bool("0"),
      Bool("false"),
      Bool("true"),
      DT("2021-11-06T00:00:00Z"),
      DT("2021-11-07T00:00:00"),
      DT("2021-11-07T00:00:00Z"),
      Date("2021-11-06"),
      Plain(""),
      Plain("B"),
      Plain("a"),
      LangStr("a", "en"),
      LangStr("a", "fr"),
      LangStr("b", "en"),
      Typed("a", "http://ex/t"),
      Int("abc"),
  };
}

TEST(TermOrderTest, KindsAndValues) {
  std::vector<Term> terms = OrderedTerms();
  for (size_t i = 0; i < terms.size(); ++i) {
    for (size_t j = 0; j < terms.size(); ++j) {
      int want = i < j ? -1 : (i > j ? 1 : 0);
      EXPECT_EQ(OrderCompare(&terms[i], &terms[j]), want)
          << terms[i].ToNTriples() << " vs " << terms[j].ToNTriples();
    }
  }
  EXPECT_EQ(OrderCompare(nullptr, &terms[0]), 0);
  EXPECT_EQ(OrderCompare(nullptr, &terms[1]), -1);
}

TEST(TermOrderTest, SortingIsDeterministic) {
  std::vector<Term> want = OrderedTerms();
  std::vector<Term> terms = want;
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(terms.begin(), terms.end(), rng);
    std::stable_sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
      return OrderCompare(&a, &b) < 0;
    });
    EXPECT_EQ(terms, want);
  }
}

}  // namespace
}  // namespace spoke::engine::expr
