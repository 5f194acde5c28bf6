// DateTime: the value of an xsd:dateTime or xsd:date literal and its
// comparison (XSD 1.1 Part 2 §3.3.7, §3.3.9 and the order of §D.2.2).
//
// Years follow XSD 1.1: proleptic Gregorian, year 0000 is 1 BCE, negative
// years allowed, at most 9 year digits. Fractional seconds keep every digit
// given (compared exactly). 24:00:00 is read as 00:00:00 of the next day.
//
// Comparison edge cases, following the XSD partial order:
// - both values with a timezone, or both without: compared on the time line
//   (values without a timezone are compared as if both were UTC);
// - one with and one without a timezone: the one without is taken as lying
//   anywhere from -14:00 to +14:00; if the order is the same across that
//   whole range it is the answer, else the comparison is indeterminate
//   (nullopt) and SPARQL operators treat it as an error. So "2020-01-01T00:00:00Z"
//   and "2020-01-01T00:00:00" are neither equal nor unequal: `=` is an error.
// - xsd:date is compared as the dateTime of its first instant; a date is
//   never compared with a dateTime (an error in SPARQL).
//
// Thread safety: an immutable value type.

#ifndef SPOKE_ENGINE_EXPR_DATE_TIME_H_
#define SPOKE_ENGINE_EXPR_DATE_TIME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "spoke/term.h"

namespace spoke::engine::expr {

class DateTime {
 public:
  // Parse the lexical form of xsd:dateTime / xsd:date (no surrounding
  // whitespace). nullopt if it is not valid (including bad day-of-month,
  // 24:00 with non-zero minutes, timezones beyond +-14:00).
  static std::optional<DateTime> ParseDateTime(std::string_view s);
  static std::optional<DateTime> ParseDate(std::string_view s);
  // Reads a literal of datatype xsd:dateTime or xsd:date (XML whitespace
  // trimmed); nullopt for any other term or an invalid lexical form.
  static std::optional<DateTime> FromTerm(const Term& t);

  bool is_date() const { return is_date_; }
  bool has_timezone() const { return has_tz_; }

  // -1, 0 or 1; nullopt if indeterminate (see above).
  // REQUIRES: a.is_date() == b.is_date().
  static std::optional<int> Compare(const DateTime& a, const DateTime& b);
  // A total order used for sorting: values without a timezone are taken as
  // UTC, ties between equal instants are broken by has_timezone. Agrees
  // with Compare whenever Compare is determinate and non-zero.
  static int TotalOrder(const DateTime& a, const DateTime& b);

  // The xsd:date of a dateTime (its timezone kept), and the xsd:dateTime of
  // a date (00:00:00 with its timezone).
  DateTime ToDate() const;
  DateTime ToDateTime() const;

  // The literal in XSD canonical lexical form except that the timezone is
  // kept as given ("Z" for +00:00).
  Term ToTerm() const;
  std::string ToLexical() const;

 private:
  static std::optional<DateTime> Parse(std::string_view s, bool date_only);
  // Seconds since 1970-01-01T00:00:00 of the local time, minus the timezone
  // offset if any.
  int64_t Seconds() const;
  static int CompareInstant(int64_t sa, const std::string& fa, int64_t sb,
                            const std::string& fb);

  int64_t year_ = 1970;
  int month_ = 1, day_ = 1, hour_ = 0, minute_ = 0, second_ = 0;
  std::string frac_;  // fractional-second digits, no trailing zeros
  bool is_date_ = false;
  bool has_tz_ = false;
  int tz_minutes_ = 0;
};

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_DATE_TIME_H_
