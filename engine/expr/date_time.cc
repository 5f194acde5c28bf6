#include "engine/expr/date_time.h"

#include "engine/expr/literal_type.h"

namespace spoke::engine::expr {

namespace {

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int64_t y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard
// Hinnant's days_from_civil; year 0 exists).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// Reads exactly `n` digits at s[*i].
bool Digits(std::string_view s, size_t* i, size_t n, int* out) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *i += n;
  *out = v;
  return true;
}

bool Expect(std::string_view s, size_t* i, char c) {
  if (*i >= s.size() || s[*i] != c) return false;
  ++*i;
  return true;
}

std::string TwoDigits(int v) {
  return std::string(1, static_cast<char>('0' + v / 10)) +
         static_cast<char>('0' + v % 10);
}

}  // namespace

std::optional<DateTime> DateTime::Parse(std::string_view s, bool date_only) {
  DateTime dt;
  dt.is_date_ = date_only;
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && s[i] == '-') {
    negative = true;
    ++i;
  }
  size_t year_begin = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  size_t year_len = i - year_begin;
  if (year_len < 4 || year_len > 9) return std::nullopt;
  if (year_len > 4 && s[year_begin] == '0') return std::nullopt;
  int64_t year = 0;
  for (size_t k = year_begin; k < i; ++k) year = year * 10 + (s[k] - '0');
  dt.year_ = negative ? -year : year;
  if (!Expect(s, &i, '-') || !Digits(s, &i, 2, &dt.month_) || !Expect(s, &i, '-') ||
      !Digits(s, &i, 2, &dt.day_)) {
    return std::nullopt;
  }
  if (dt.month_ < 1 || dt.month_ > 12) return std::nullopt;
  if (dt.day_ < 1 || dt.day_ > DaysInMonth(dt.year_, dt.month_)) return std::nullopt;
  bool end_of_day = false;
  if (!date_only) {
    if (!Expect(s, &i, 'T') || !Digits(s, &i, 2, &dt.hour_) || !Expect(s, &i, ':') ||
        !Digits(s, &i, 2, &dt.minute_) || !Expect(s, &i, ':') ||
        !Digits(s, &i, 2, &dt.second_)) {
      return std::nullopt;
    }
    if (i < s.size() && s[i] == '.') {
      size_t frac_begin = ++i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == frac_begin) return std::nullopt;
      dt.frac_.assign(s.substr(frac_begin, i - frac_begin));
      while (!dt.frac_.empty() && dt.frac_.back() == '0') dt.frac_.pop_back();
    }
    if (dt.minute_ > 59 || dt.second_ > 59) return std::nullopt;
    if (dt.hour_ == 24) {
      if (dt.minute_ != 0 || dt.second_ != 0 || !dt.frac_.empty()) return std::nullopt;
      end_of_day = true;
    } else if (dt.hour_ > 23) {
      return std::nullopt;
    }
  }
  if (i < s.size()) {
    if (s[i] == 'Z') {
      ++i;
      dt.has_tz_ = true;
    } else if (s[i] == '+' || s[i] == '-') {
      int sign = s[i++] == '-' ? -1 : 1;
      int h = 0, m = 0;
      if (!Digits(s, &i, 2, &h) || !Expect(s, &i, ':') || !Digits(s, &i, 2, &m)) {
        return std::nullopt;
      }
      if (m > 59 || h > 14 || (h == 14 && m != 0)) return std::nullopt;
      dt.has_tz_ = true;
      dt.tz_minutes_ = sign * (h * 60 + m);
    }
  }
  if (i != s.size()) return std::nullopt;
  if (end_of_day) {
    dt.hour_ = 0;
    if (++dt.day_ > DaysInMonth(dt.year_, dt.month_)) {
      dt.day_ = 1;
      if (++dt.month_ > 12) {
        dt.month_ = 1;
        ++dt.year_;
      }
    }
  }
  return dt;
}

std::optional<DateTime> DateTime::ParseDateTime(std::string_view s) {
  return Parse(s, false);
}
std::optional<DateTime> DateTime::ParseDate(std::string_view s) {
  return Parse(s, true);
}

std::optional<DateTime> DateTime::FromTerm(const Term& t) {
  LiteralType type = ClassifyLiteral(t);
  if (type != LiteralType::kDateTime && type != LiteralType::kDate) {
    return std::nullopt;
  }
  return Parse(TrimXmlWhitespace(t.value()), type == LiteralType::kDate);
}

int64_t DateTime::Seconds() const {
  int64_t days = DaysFromCivil(year_, month_, day_);
  return days * 86400 + hour_ * 3600 + minute_ * 60 + second_ -
         static_cast<int64_t>(tz_minutes_) * 60;
}

int DateTime::CompareInstant(int64_t sa, const std::string& fa, int64_t sb,
                             const std::string& fb) {
  if (sa != sb) return sa < sb ? -1 : 1;
  // Digit strings without trailing zeros compare like the fractions they are.
  int c = fa.compare(fb);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::optional<int> DateTime::Compare(const DateTime& a, const DateTime& b) {
  if (a.has_tz_ == b.has_tz_) {
    return CompareInstant(a.Seconds(), a.frac_, b.Seconds(), b.frac_);
  }
  constexpr int64_t k14Hours = 14 * 3600;
  const bool a_has = a.has_tz_;
  const DateTime& zoned = a_has ? a : b;
  const DateTime& local = a_has ? b : a;
  int64_t z = zoned.Seconds(), l = local.Seconds();
  int result;
  if (CompareInstant(z, zoned.frac_, l - k14Hours, local.frac_) < 0) {
    result = -1;  // zoned < local
  } else if (CompareInstant(z, zoned.frac_, l + k14Hours, local.frac_) > 0) {
    result = 1;
  } else {
    return std::nullopt;
  }
  return a_has ? result : -result;
}

int DateTime::TotalOrder(const DateTime& a, const DateTime& b) {
  int c = CompareInstant(a.Seconds(), a.frac_, b.Seconds(), b.frac_);
  if (c != 0) return c;
  if (a.has_tz_ != b.has_tz_) return a.has_tz_ ? 1 : -1;
  if (a.tz_minutes_ != b.tz_minutes_) return a.tz_minutes_ < b.tz_minutes_ ? -1 : 1;
  return 0;
}

DateTime DateTime::ToDate() const {
  DateTime d = *this;
  d.is_date_ = true;
  d.hour_ = d.minute_ = d.second_ = 0;
  d.frac_.clear();
  return d;
}

DateTime DateTime::ToDateTime() const {
  DateTime d = *this;
  d.is_date_ = false;
  return d;
}

std::string DateTime::ToLexical() const {
  std::string out;
  if (year_ < 0) out += '-';
  std::string y = std::to_string(year_ < 0 ? -year_ : year_);
  if (y.size() < 4) y.insert(0, 4 - y.size(), '0');
  out += y + "-" + TwoDigits(month_) + "-" + TwoDigits(day_);
  if (!is_date_) {
    out += "T" + TwoDigits(hour_) + ":" + TwoDigits(minute_) + ":" + TwoDigits(second_);
    if (!frac_.empty()) out += "." + frac_;
  }
  if (has_tz_) {
    if (tz_minutes_ == 0) {
      out += 'Z';
    } else {
      int m = tz_minutes_ < 0 ? -tz_minutes_ : tz_minutes_;
      out += tz_minutes_ < 0 ? '-' : '+';
      out += TwoDigits(m / 60) + ":" + TwoDigits(m % 60);
    }
  }
  return out;
}

Term DateTime::ToTerm() const {
  return Term::TypedLiteral(ToLexical(), is_date_ ? kXsdDate : kXsdDateTime);
}

}  // namespace spoke::engine::expr
