// Randomised checks: no input crashes a parser or function, Decimal agrees
// with 128-bit integer arithmetic, and the ORDER BY order is a strict weak
// order consistent with `<`. Seeds are fixed, so failures reproduce.

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "engine/expr/cast.h"
#include "engine/expr/comparison.h"
#include "engine/expr/date_time.h"
#include "engine/expr/decimal.h"
#include "engine/expr/ebv.h"
#include "engine/expr/functions.h"
#include "engine/expr/regex.h"
#include "engine/expr/term_order.h"
#include "tests/unit/expr/test_terms.h"

namespace spoke::engine::expr {
namespace {

using namespace test_terms;  // NOLINT

std::string RandomLexical(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      "0", "1", "9", "5", ".", "-", "+", "e", "E", "INF", "NaN", " ", "\n", "T", ":",
      "Z", "2021", "-11-07", "T01:02:03", "00", "24", "\xc3\xa9", "\xce\xa3", "\xff",
      "\xe2\x82", "(", "[", "\\", "*", "a", "true", "false"};
  std::string s;
  int n = std::uniform_int_distribution<int>(0, 8)(rng);
  for (int i = 0; i < n; ++i) s += kPieces[rng() % kPieces.size()];
  return s;
}

Term RandomTerm(std::mt19937& rng) {
  static const std::vector<std::string> kTypes = {
      std::string(kXsdInteger), std::string(kXsdDecimal), std::string(kXsdDouble),
      std::string(kXsdFloat),   std::string(kXsdBoolean), std::string(kXsdDateTime),
      std::string(kXsdDate),    std::string(kXsd) + "byte", "http://ex/t"};
  std::string lex = RandomLexical(rng);
  switch (rng() % 6) {
    case 0: return Iri("http://x/" + lex);
    case 1: return Blank("b" + std::to_string(rng() % 5));
    case 2: return Plain(lex);
    case 3: return LangStr(lex, rng() % 2 ? "en" : "fr");
    default: return Typed(lex, kTypes[rng() % kTypes.size()]);
  }
}

TEST(RobustnessTest, RandomInputsNeverCrash) {
  std::mt19937 rng(42);
  const std::string targets[] = {std::string(kXsdInteger), std::string(kXsdDecimal),
                                 std::string(kXsdDouble),  std::string(kXsdFloat),
                                 std::string(kXsdBoolean), std::string(kXsdString),
                                 std::string(kXsdDate),    std::string(kXsdDateTime)};
  for (int i = 0; i < 3000; ++i) {
    Term a = RandomTerm(rng), b = RandomTerm(rng);
    for (const std::string& t : targets) Cast(a, t).is_error();
    EffectiveBooleanValue(a);
    for (CompareOp op : {CompareOp::kEq, CompareOp::kNe, CompareOp::kLt, CompareOp::kGe}) {
      CompareTerms(op, a, b);
    }
    for (ArithOp op : {ArithOp::kAdd, ArithOp::kSub, ArithOp::kMul, ArithOp::kDiv}) {
      Arithmetic(op, a, b);
    }
    UCase(a);
    LCase(a);
    StrLen(a);
    Contains(a, b);
    LangMatches(a, b);
    IsNumeric(a);
    std::string lex = RandomLexical(rng);
    Decimal::Parse(lex);
    DateTime::ParseDateTime(lex);
    DateTime::ParseDate(lex);
    auto re = Regex::Compile(lex, i % 7 == 0 ? "imsx" : "");
    if (re.ok()) (*re)->Matches(lex);
  }
}

TEST(RobustnessTest, DecimalMatchesInt128) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 20000; ++i) {
    int64_t x = static_cast<int64_t>(rng()) >> (rng() % 63);
    int64_t y = static_cast<int64_t>(rng()) >> (rng() % 63);
    Decimal a = Decimal::FromInt(x), b = Decimal::FromInt(y);
    __int128 X = x, Y = y;
    EXPECT_EQ(Decimal::Add(a, b)->ToIntegerString(), Int128ToString(X + Y));
    EXPECT_EQ(Decimal::Sub(a, b)->ToIntegerString(), Int128ToString(X - Y));
    EXPECT_EQ(Decimal::Mul(a, b)->ToIntegerString(), Int128ToString(X * Y));
    EXPECT_EQ(Decimal::Compare(a, b), X < Y ? -1 : (X > Y ? 1 : 0));
    if (y != 0) {
      // q is x / y rounded to 24 fractional digits or 38 significant ones:
      // |q * y - x| <= |y| * 1e-24 + |x| * 1e-37.
      Decimal q = *Decimal::Div(a, b);
      Decimal diff = *Decimal::Sub(*Decimal::Mul(q, b), a);
      Decimal abs_x = Decimal::FromInt(X < 0 ? -X : X), abs_y = Decimal::FromInt(Y < 0 ? -Y : Y);
      Decimal bound = *Decimal::Add(*Decimal::Mul(abs_y, *Decimal::Parse("0.000000000000000000000001")),
                                    *Decimal::Mul(abs_x, *Decimal::Parse("0.0000000000000000000000000000000000001")));
      EXPECT_LE(Decimal::Compare(diff.sign() < 0 ? diff.Negate() : diff, bound), 0)
          << x << " / " << y;
    }
  }
}

TEST(RobustnessTest, OrderIsStrictWeakAndAgreesWithLessThan) {
  std::mt19937 rng(3);
  std::vector<Term> terms;
  for (int i = 0; i < 70; ++i) terms.push_back(RandomTerm(rng));
  // Valid values of every kind, so value comparisons are exercised too.
  for (const char* v : {"1", "01", "-2", "1.0", "3.5"}) {
    terms.push_back(Int(v));
    terms.push_back(Dec(v));
    terms.push_back(Dbl(v));
  }
  for (const char* v : {"2021-11-07T00:00:00", "2021-11-07T00:00:00Z",
                        "2021-11-07T12:00:00+05:00", "2021-11-06T23:00:00-01:00"}) {
    terms.push_back(DT(v));
  }
  const size_t n = terms.size();
  std::vector<std::vector<int>> c(n, std::vector<int>(n));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) c[i][j] = OrderCompare(&terms[i], &terms[j]);
  }
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      ASSERT_EQ(c[i][j], -c[j][i]) << terms[i].ToNTriples() << " / " << terms[j].ToNTriples();
      ASSERT_EQ(c[i][j] == 0, terms[i] == terms[j]) << terms[i].ToNTriples() << " / "
                                                    << terms[j].ToNTriples();
      if (CompareTerms(CompareOp::kLt, terms[i], terms[j]) == Tri::kTrue) {
        EXPECT_LT(c[i][j], 0) << terms[i].ToNTriples() << " < " << terms[j].ToNTriples();
      }
      for (size_t k = 0; k < n; ++k) {
        if (c[i][j] < 0 && c[j][k] < 0) {
          ASSERT_LT(c[i][k], 0) << terms[i].ToNTriples() << ", " << terms[j].ToNTriples()
                                << ", " << terms[k].ToNTriples();
        }
      }
    }
  }
}

}  // namespace
}  // namespace spoke::engine::expr
