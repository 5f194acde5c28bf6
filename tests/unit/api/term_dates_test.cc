// Term::AsDate and Term::AsDateTime: valid forms, and everything they must
// refuse.

#include <string>

#include <gtest/gtest.h>

#include "spoke/term.h"

namespace spoke {
namespace {

Term Date(const std::string& s) { return Term::TypedLiteral(s, kXsdDate); }
Term DateTime(const std::string& s) {
  return Term::TypedLiteral(s, kXsdDateTime);
}

TEST(TermDatesTest, ReadsDates) {
  auto d = Date("2021-11-07").AsDate();
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2021);
  EXPECT_EQ(d->month, 11);
  EXPECT_EQ(d->day, 7);
  EXPECT_FALSE(d->has_timezone);
  d = Date("2020-02-29+03:00").AsDate();
  ASSERT_TRUE(d.has_value());
  EXPECT_TRUE(d->has_timezone);
  EXPECT_EQ(d->timezone_minutes, 180);
  d = Date("-0044-03-15Z").AsDate();
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, -44);
  EXPECT_EQ(d->timezone_minutes, 0);
  EXPECT_TRUE(d->has_timezone);
  EXPECT_TRUE(Date("12021-01-01").AsDate().has_value());
}

TEST(TermDatesTest, ReadsDateTimes) {
  auto t = DateTime("2021-11-07T01:30:05.25-05:30").AsDateTime();
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->year, 2021);
  EXPECT_EQ(t->hour, 1);
  EXPECT_EQ(t->minute, 30);
  EXPECT_DOUBLE_EQ(t->second, 5.25);
  EXPECT_EQ(t->timezone_minutes, -330);
  t = DateTime("2021-12-31T24:00:00").AsDateTime();
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->hour, 24);
}

TEST(TermDatesTest, RefusesInvalidForms) {
  for (const char* s :
       {"", "2021", "2021-11", "21-11-07", "02021-11-07", "2021-13-01",
        "2021-00-10", "2021-02-29", "1900-02-29", "2021-04-31", "2021-11-7",
        "2021-11-07 ", "2021-11-07+15:00", "2021-11-07+01:60", "2021-11-07+1:00",
        "2021/11/07", "2021-11-07T00:00:00", "-2021-11-07Zx", "\xff"}) {
    EXPECT_FALSE(Date(s).AsDate().has_value()) << s;
  }
  for (const char* s :
       {"2021-11-07", "2021-11-07T", "2021-11-07T1:00:00", "2021-11-07T01:00",
        "2021-11-07T25:00:00", "2021-11-07T24:00:01", "2021-11-07T24:00:00.5",
        "2021-11-07T10:60:00", "2021-11-07T10:00:60", "2021-11-07T10:00:00.",
        "2021-11-07T10:00:00ZZ", "2021-11-07t10:00:00"}) {
    EXPECT_FALSE(DateTime(s).AsDateTime().has_value()) << s;
  }
}

TEST(TermDatesTest, OtherTermsAreNotDates) {
  EXPECT_FALSE(Term::Literal("2021-11-07").AsDate().has_value());
  EXPECT_FALSE(Term::Iri("2021-11-07").AsDate().has_value());
  EXPECT_FALSE(Date("2021-11-07").AsDateTime().has_value());
  EXPECT_FALSE(DateTime("2021-11-07T00:00:00").AsDate().has_value());
  EXPECT_FALSE(Term().AsDateTime().has_value());
}

}  // namespace
}  // namespace spoke
