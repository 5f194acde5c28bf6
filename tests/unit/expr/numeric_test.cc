#include "engine/expr/numeric.h"

#include <gtest/gtest.h>

#include "engine/expr/decimal.h"
#include "engine/expr/functions.h"
#include "tests/unit/expr/test_terms.h"

namespace spoke::engine::expr {
namespace {

using namespace test_terms;  // NOLINT

TEST(DecimalTest, ParseAndFormat) {
  struct Case {
    const char* in;
    const char* want;  // nullptr: rejected
  } cases[] = {
      {"1", "1.0"},         {"-1.50", "-1.5"},  {"+.5", "0.5"},
      {"5.", "5.0"},        {"000.000", "0.0"}, {"-0.0", "0.0"},
      {"0.001", "0.001"},   {"", nullptr},      {".", nullptr},
      {"1e3", nullptr},     {"1.2.3", nullptr}, {" 1", nullptr},
      {"12345678901234567890123456789012345678", "12345678901234567890123456789012345678.0"},
      {"170141183460469231731687303715884105727", "170141183460469231731687303715884105727.0"},
      {"170141183460469231731687303715884105728", nullptr},  // 2^127
      {"0.000000000000000000000000000000000000001", nullptr},  // scale 39
      {"0.00000000000000000000000000000000000001", "0.00000000000000000000000000000000000001"},
  };
  for (const Case& c : cases) {
    std::optional<Decimal> d = Decimal::Parse(c.in);
    if (c.want == nullptr) {
      EXPECT_FALSE(d) << c.in;
    } else {
      ASSERT_TRUE(d) << c.in;
      EXPECT_EQ(d->ToDecimalString(), c.want) << c.in;
    }
  }
}

TEST(DecimalTest, ExactArithmetic) {
  auto D = [](const char* s) { return *Decimal::Parse(s); };
  EXPECT_EQ(Decimal::Add(D("0.1"), D("0.2"))->ToDecimalString(), "0.3");
  EXPECT_EQ(Decimal::Sub(D("1"), D("0.999"))->ToDecimalString(), "0.001");
  EXPECT_EQ(Decimal::Mul(D("1.5"), D("-2.5"))->ToDecimalString(), "-3.75");
  EXPECT_EQ(Decimal::Div(D("1"), D("4"))->ToDecimalString(), "0.25");
  EXPECT_EQ(Decimal::Div(D("1"), D("3"))->ToDecimalString(), "0.333333333333333333333333");
  EXPECT_EQ(Decimal::Div(D("2"), D("3"))->ToDecimalString(), "0.666666666666666666666667");
  EXPECT_EQ(Decimal::Div(D("10"), D("0.001"))->ToDecimalString(), "10000.0");
  EXPECT_FALSE(Decimal::Div(D("1"), D("0")));
  // 1/3 * 1/3 needs 48 digits: rounded to 38 significant, not an overflow.
  auto third = *Decimal::Div(D("1"), D("3"));
  EXPECT_EQ(Decimal::Mul(third, third)->ToDecimalString(),
            "0.11111111111111111111111088888888888889");
  // Integer overflow beyond 38 digits is an error, not a wrap.
  auto big = D("99999999999999999999999999999999999999");
  EXPECT_FALSE(Decimal::Add(big, big));
  // Up to 2^127 - 1 fits (39 digits).
  EXPECT_EQ(Decimal::Add(big, D("1"))->ToIntegerString(), "100000000000000000000000000000000000000");
  EXPECT_FALSE(Decimal::Mul(big, D("10")));
  EXPECT_EQ(Decimal::Compare(D("0.30"), D("0.3")), 0);
  EXPECT_EQ(Decimal::Compare(D("-2"), D("1.5")), -1);
  EXPECT_EQ(Decimal::Compare(D("12345678901234567890.5"), D("12345678901234567890.49")), 1);
  EXPECT_EQ(Decimal::FromDouble(0.1)->ToDecimalString(), "0.1");
  EXPECT_EQ(Decimal::FromDouble(-2.5e10)->ToDecimalString(), "-25000000000.0");
  EXPECT_FALSE(Decimal::FromDouble(1e40));
  EXPECT_EQ(D("-7.9").Truncate().ToIntegerString(), "-7");
}

TEST(NumericTest, ParseLiterals) {
  struct Case {
    Term term;
    Numeric::Parse want;
  } cases[] = {
      {Int("01"), Numeric::Parse::kOk},
      {Int(" 42 "), Numeric::Parse::kOk},
      {Int("1.0"), Numeric::Parse::kInvalid},
      {Int("abc"), Numeric::Parse::kInvalid},
      {Int(""), Numeric::Parse::kInvalid},
      {Int("1234567890123456789012345678901234567890"), Numeric::Parse::kOutOfRange},
      {Xsd("127", "byte"), Numeric::Parse::kOk},
      {Xsd("128", "byte"), Numeric::Parse::kInvalid},
      {Xsd("-1", "nonNegativeInteger"), Numeric::Parse::kInvalid},
      {Xsd("0", "positiveInteger"), Numeric::Parse::kInvalid},
      {Xsd("18446744073709551615", "unsignedLong"), Numeric::Parse::kOk},
      {Dec("1.5"), Numeric::Parse::kOk},
      {Dec("1e5"), Numeric::Parse::kInvalid},
      {Dbl("1e5"), Numeric::Parse::kOk},
      {Dbl("-INF"), Numeric::Parse::kOk},
      {Dbl("NaN"), Numeric::Parse::kOk},
      {Dbl("nan"), Numeric::Parse::kInvalid},
      {Dbl("1e"), Numeric::Parse::kInvalid},
      {Flt(".5E-2"), Numeric::Parse::kOk},
      {Plain("1"), Numeric::Parse::kNotNumeric},
      {Iri("http://x/1"), Numeric::Parse::kNotNumeric},
  };
  for (const Case& c : cases) {
    Numeric n;
    EXPECT_EQ(Numeric::FromTerm(c.term, &n), c.want) << c.term.ToNTriples();
  }
}

TEST(NumericTest, FormatsCanonically) {
  EXPECT_EQ(FormatDouble(1.0), "1.0E0");
  EXPECT_EQ(FormatDouble(-0.0025), "-2.5E-3");
  EXPECT_EQ(FormatDouble(123456.0), "1.23456E5");
  EXPECT_EQ(FormatDouble(0.1), "1.0E-1");
  EXPECT_EQ(FormatDouble(1.0 / 0.0), "INF");
  EXPECT_EQ(FormatFloat(0.1f), "1.0E-1");
  EXPECT_EQ(FormatDouble(0.0), "0.0E0");
}

// Arithmetic: result values and datatypes follow the operator mapping.
TEST(NumericTest, ArithmeticPromotionAndTypes) {
  struct Case {
    ArithOp op;
    Term a, b;
    const char* want;
  } cases[] = {
      {ArithOp::kAdd, Int("1"), Int("2"), "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>"},
      {ArithOp::kAdd, Int("1"), Dec("0.5"), "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {ArithOp::kAdd, Int("1"), Flt("0.5"), "\"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#float>"},
      {ArithOp::kAdd, Flt("1"), Dbl("0.5"), "\"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {ArithOp::kAdd, Dec("0.1"), Dec("0.2"), "\"0.3\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {ArithOp::kSub, Xsd("5", "int"), Xsd("7", "byte"), "\"-2\"^^<http://www.w3.org/2001/XMLSchema#integer>"},
      {ArithOp::kMul, Int("-3"), Int("4"), "\"-12\"^^<http://www.w3.org/2001/XMLSchema#integer>"},
      {ArithOp::kMul, Dec("1.5"), Int("2"), "\"3.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {ArithOp::kDiv, Int("1"), Int("2"), "\"0.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {ArithOp::kDiv, Int("4"), Int("2"), "\"2.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"},
      {ArithOp::kDiv, Int("1"), Int("0"), "error"},
      {ArithOp::kDiv, Dec("1.0"), Dec("0.0"), "error"},
      {ArithOp::kDiv, Dbl("1"), Int("0"), "\"INF\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {ArithOp::kDiv, Dbl("-1"), Dbl("0"), "\"-INF\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {ArithOp::kDiv, Dbl("0"), Dbl("0"), "\"NaN\"^^<http://www.w3.org/2001/XMLSchema#double>"},
      {ArithOp::kDiv, Flt("1"), Flt("0"), "\"INF\"^^<http://www.w3.org/2001/XMLSchema#float>"},
      {ArithOp::kAdd, Int("99999999999999999999999999999999999999"),
       Int("99999999999999999999999999999999999999"), "error"},
      {ArithOp::kMul, Int("-99999999999999999999"), Int("99999999999999999999"), "error"},
      {ArithOp::kAdd, Int("9223372036854775807"), Int("1"),
       "\"9223372036854775808\"^^<http://www.w3.org/2001/XMLSchema#integer>"},
      {ArithOp::kAdd, Int("1"), Plain("1"), "error"},
      {ArithOp::kAdd, Int("x"), Int("1"), "error"},
      {ArithOp::kAdd, Iri("http://x"), Int("1"), "error"},
      {ArithOp::kAdd, Dbl("INF"), Dbl("-INF"), "\"NaN\"^^<http://www.w3.org/2001/XMLSchema#double>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Show(Arithmetic(c.op, c.a, c.b)), c.want)
        << c.a.ToNTriples() << " op " << static_cast<int>(c.op) << " " << c.b.ToNTriples();
  }
  EXPECT_EQ(Show(UnaryMinus(Int("01"))), "\"-1\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(Show(UnaryMinus(Dbl("1"))), "\"-1.0E0\"^^<http://www.w3.org/2001/XMLSchema#double>");
  EXPECT_EQ(Show(UnaryPlus(Dec("+1.50"))), "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
  EXPECT_EQ(Show(UnaryMinus(Plain("1"))), "error");
}

}  // namespace
}  // namespace spoke::engine::expr
