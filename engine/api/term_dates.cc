// Term::AsDate and Term::AsDateTime: strict XSD 1.1 lexical forms
//   date      -?YYYY-MM-DD(zone)?
//   dateTime  -?YYYY-MM-DDThh:mm:ss(.s+)?(zone)?     zone = Z | (+|-)hh:mm
// Anything else is nullopt: these accessors read user data and never fail
// loudly.

#include <string_view>

#include "spoke/term.h"

namespace spoke {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int64_t* out) {
  if (pos + n > s.size()) return false;
  int64_t v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

int DaysInMonth(int64_t year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month != 2) return kDays[month - 1];
  // XSD 1.1 years are astronomical (0 = 1 BCE), so the Gregorian rule
  // applies to negative years as well.
  int64_t y = year < 0 ? -year : year;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return leap ? 29 : 28;
}

// Parses the date part at s[0..]; *pos is left after it.
bool ParseDate(std::string_view s, size_t* pos, DateTimeValue* v) {
  size_t p = 0;
  bool negative = false;
  if (p < s.size() && s[p] == '-') {
    negative = true;
    ++p;
  }
  size_t start = p;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
  size_t len = p - start;
  // At least 4 digits; more only without a leading zero; at most 18.
  if (len < 4 || len > 18 || (len > 4 && s[start] == '0')) return false;
  int64_t year = 0, month = 0, day = 0;
  if (!Digits(s, start, len, &year)) return false;
  if (p >= s.size() || s[p] != '-' || !Digits(s, p + 1, 2, &month)) return false;
  p += 3;
  if (p >= s.size() || s[p] != '-' || !Digits(s, p + 1, 2, &day)) return false;
  p += 3;
  if (month < 1 || month > 12) return false;
  v->year = negative ? -year : year;
  if (day < 1 || day > DaysInMonth(v->year, static_cast<int>(month))) {
    return false;
  }
  v->month = static_cast<uint8_t>(month);
  v->day = static_cast<uint8_t>(day);
  *pos = p;
  return true;
}

// Parses an optional zone that must end the string.
bool ParseZone(std::string_view s, size_t p, DateTimeValue* v) {
  if (p == s.size()) return true;
  if (s[p] == 'Z') {
    v->has_timezone = true;
    return p + 1 == s.size();
  }
  if (s[p] != '+' && s[p] != '-') return false;
  int64_t hh = 0, mm = 0;
  if (p + 6 != s.size() || !Digits(s, p + 1, 2, &hh) || s[p + 3] != ':' ||
      !Digits(s, p + 4, 2, &mm)) {
    return false;
  }
  if (mm > 59 || hh > 14 || (hh == 14 && mm != 0)) return false;
  v->has_timezone = true;
  int64_t minutes = hh * 60 + mm;
  v->timezone_minutes = static_cast<int16_t>(s[p] == '-' ? -minutes : minutes);
  return true;
}

}  // namespace

std::optional<DateTimeValue> Term::AsDate() const {
  if (!is_literal() || datatype() != kXsdDate) return std::nullopt;
  DateTimeValue v;
  size_t p = 0;
  if (!ParseDate(value(), &p, &v) || !ParseZone(value(), p, &v)) {
    return std::nullopt;
  }
  return v;
}

std::optional<DateTimeValue> Term::AsDateTime() const {
  if (!is_literal() || datatype() != kXsdDateTime) return std::nullopt;
  std::string_view s = value();
  DateTimeValue v;
  size_t p = 0;
  if (!ParseDate(s, &p, &v)) return std::nullopt;
  int64_t hh = 0, mi = 0, ss = 0;
  if (p >= s.size() || s[p] != 'T' || !Digits(s, p + 1, 2, &hh) ||
      p + 3 >= s.size() || s[p + 3] != ':' || !Digits(s, p + 4, 2, &mi) ||
      p + 6 >= s.size() || s[p + 6] != ':' || !Digits(s, p + 7, 2, &ss)) {
    return std::nullopt;
  }
  p += 9;
  double fraction = 0, scale = 0.1;
  bool has_fraction = false;
  if (p < s.size() && s[p] == '.') {
    ++p;
    size_t start = p;
    for (; p < s.size() && s[p] >= '0' && s[p] <= '9'; ++p, scale /= 10) {
      fraction += (s[p] - '0') * scale;
      has_fraction = has_fraction || s[p] != '0';
    }
    if (p == start) return std::nullopt;
  }
  if (mi > 59 || ss > 59) return std::nullopt;
  if (hh > 24 || (hh == 24 && (mi != 0 || ss != 0 || has_fraction))) {
    return std::nullopt;
  }
  if (!ParseZone(s, p, &v)) return std::nullopt;
  v.hour = static_cast<uint8_t>(hh);
  v.minute = static_cast<uint8_t>(mi);
  v.second = static_cast<double>(ss) + fraction;
  return v;
}

}  // namespace spoke
