#include "engine/expr/decimal.h"

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace spoke::engine::expr {

namespace {

using U128 = unsigned __int128;

// A 256-bit unsigned integer, little-endian 64-bit limbs: room for the exact
// product of two 128-bit magnitudes, so every operation rounds only once.
struct U256 {
  uint64_t w[4] = {0, 0, 0, 0};

  static U256 From(U128 v) {
    U256 r;
    r.w[0] = static_cast<uint64_t>(v);
    r.w[1] = static_cast<uint64_t>(v >> 64);
    return r;
  }
  bool FitsInt128() const { return w[3] == 0 && w[2] == 0 && (w[1] >> 63) == 0; }
  U128 Low128() const { return (static_cast<U128>(w[1]) << 64) | w[0]; }
  bool IsZero() const { return (w[0] | w[1] | w[2] | w[3]) == 0; }
  bool IsOdd() const { return (w[0] & 1) != 0; }
  // Multiplies in place by a small factor; returns false on overflow.
  bool MulSmall(uint64_t m) {
    U128 carry = 0;
    for (uint64_t& limb : w) {
      U128 cur = static_cast<U128>(limb) * m + carry;
      limb = static_cast<uint64_t>(cur);
      carry = cur >> 64;
    }
    return carry == 0;
  }
  // Divides in place by a small divisor; returns the remainder.
  uint64_t DivSmall(uint64_t d) {
    U128 rem = 0;
    for (int i = 3; i >= 0; --i) {
      U128 cur = (rem << 64) | w[i];
      w[i] = static_cast<uint64_t>(cur / d);
      rem = cur % d;
    }
    return static_cast<uint64_t>(rem);
  }
  bool AddSmall(uint64_t v) {
    for (uint64_t& limb : w) {
      uint64_t old = limb;
      limb += v;
      if (limb >= old) return true;
      v = 1;
    }
    return false;
  }
  // Returns false on overflow.
  bool Add(const U256& o) {
    U128 carry = 0;
    for (int i = 0; i < 4; ++i) {
      U128 cur = static_cast<U128>(w[i]) + o.w[i] + carry;
      w[i] = static_cast<uint64_t>(cur);
      carry = cur >> 64;
    }
    return carry == 0;
  }
  // REQUIRES: *this >= o.
  void Sub(const U256& o) {
    uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
      uint64_t a = w[i], b = o.w[i];
      uint64_t d = a - b - borrow;
      borrow = (a < b || (a == b && borrow)) ? 1 : 0;
      w[i] = d;
    }
  }
  static int Compare(const U256& a, const U256& b) {
    for (int i = 3; i >= 0; --i) {
      if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
    }
    return 0;
  }
  static U256 Mul(U128 a, U128 b) {
    uint64_t x[2] = {static_cast<uint64_t>(a), static_cast<uint64_t>(a >> 64)};
    uint64_t y[2] = {static_cast<uint64_t>(b), static_cast<uint64_t>(b >> 64)};
    U256 r;
    for (int i = 0; i < 2; ++i) {
      U128 carry = 0;
      for (int j = 0; j < 2; ++j) {
        U128 cur = static_cast<U128>(x[i]) * y[j] + r.w[i + j] + carry;
        r.w[i + j] = static_cast<uint64_t>(cur);
        carry = cur >> 64;
      }
      r.w[i + 2] = static_cast<uint64_t>(carry);
    }
    return r;
  }
};

U128 Magnitude(__int128 v) {
  return v < 0 ? static_cast<U128>(0) - static_cast<U128>(v)
               : static_cast<U128>(v);
}

const U128* Pow10Table() {
  static const U128* table = [] {
    static U128 t[39];
    t[0] = 1;
    for (int i = 1; i <= 38; ++i) t[i] = t[i - 1] * 10;
    return t;
  }();
  return table;
}

}  // namespace

// Builds a Decimal from sign, magnitude and scale, rounding half-to-even
// (once, taking `round_digit`/`sticky` from digits already dropped) to fit 38
// digits and kMaxScale. nullopt if the integral part alone does not fit.
namespace {
std::optional<Decimal> Normalize(bool negative, U256 mag, int scale,
                                 int round_digit, bool sticky) {
  for (int pass = 0; pass < 2; ++pass) {
    while ((!mag.FitsInt128() || scale > Decimal::kMaxScale) && scale > 0) {
      sticky = sticky || round_digit != 0;
      round_digit = static_cast<int>(mag.DivSmall(10));
      --scale;
    }
    if (round_digit > 5 || (round_digit == 5 && (sticky || mag.IsOdd()))) {
      if (!mag.AddSmall(1)) return std::nullopt;
    }
    round_digit = 0;
    sticky = false;
    if (mag.FitsInt128() && scale <= Decimal::kMaxScale) break;
  }
  if (!mag.FitsInt128()) return std::nullopt;
  __int128 v = static_cast<__int128>(mag.Low128());
  return Decimal::FromScaled(negative ? -v : v, scale);
}
}  // namespace

Decimal::Decimal(Int128 unscaled, int scale) : unscaled_(unscaled), scale_(scale) {
  while (scale_ > 0 && unscaled_ % 10 == 0) {
    unscaled_ /= 10;
    --scale_;
  }
  if (unscaled_ == 0) scale_ = 0;
}

std::optional<Decimal> Decimal::Parse(std::string_view s) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  size_t int_begin = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  std::string_view int_digits = s.substr(int_begin, i - int_begin);
  std::string_view frac_digits;
  if (i < s.size() && s[i] == '.') {
    size_t frac_begin = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    frac_digits = s.substr(frac_begin, i - frac_begin);
  }
  if (i != s.size() || (int_digits.empty() && frac_digits.empty())) {
    return std::nullopt;
  }
  while (!int_digits.empty() && int_digits.front() == '0') int_digits.remove_prefix(1);
  while (!frac_digits.empty() && frac_digits.back() == '0') frac_digits.remove_suffix(1);
  if (frac_digits.size() > static_cast<size_t>(kMaxScale)) return std::nullopt;
  // Digits accumulate in 64 bits while they surely fit (19 digits), then
  // in 128 bits against a precomputed limit (no 128-bit division per digit).
  constexpr U128 kMaxMagnitude = (static_cast<U128>(1) << 127) - 1;
  constexpr U128 kLimit = kMaxMagnitude / 10;
  constexpr unsigned kLastDigit = static_cast<unsigned>(kMaxMagnitude % 10);
  uint64_t small = 0;
  size_t count = 0;
  U128 mag = 0;
  for (std::string_view part : {int_digits, frac_digits}) {
    for (char c : part) {
      unsigned d = static_cast<unsigned>(c - '0');
      if (count < 19) {
        small = small * 10 + d;
        if (++count == 19) mag = small;
        continue;
      }
      if (mag > kLimit || (mag == kLimit && d > kLastDigit)) return std::nullopt;
      mag = mag * 10 + d;
    }
  }
  if (count < 19) mag = small;
  __int128 v = static_cast<__int128>(mag);
  return Decimal(negative ? -v : v, static_cast<int>(frac_digits.size()));
}

std::optional<Decimal> Decimal::FromDouble(double d) {
  if (d != d || d - d != 0) return std::nullopt;  // NaN or infinite
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::scientific);
  std::string_view sv(buf, static_cast<size_t>(res.ptr - buf));
  bool negative = !sv.empty() && sv[0] == '-';
  if (negative) sv.remove_prefix(1);
  size_t e_pos = sv.find('e');
  std::string_view mantissa = sv.substr(0, e_pos);
  int exponent = std::atoi(std::string(sv.substr(e_pos + 1)).c_str());
  U256 mag;
  int digits_after_point = -1;
  for (char c : mantissa) {
    if (c == '.') {
      digits_after_point = 0;
      continue;
    }
    mag.MulSmall(10);
    mag.AddSmall(static_cast<uint64_t>(c - '0'));
    if (digits_after_point >= 0) ++digits_after_point;
  }
  if (digits_after_point < 0) digits_after_point = 0;
  int scale = digits_after_point - exponent;
  for (; scale < 0; ++scale) {
    if (!mag.MulSmall(10)) return std::nullopt;
  }
  return Normalize(negative, mag, scale, 0, false);
}

std::optional<Decimal> Decimal::Add(const Decimal& a, const Decimal& b) {
  int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  U256 x = U256::Mul(Magnitude(a.unscaled_), Pow10Table()[scale - a.scale_]);
  U256 y = U256::Mul(Magnitude(b.unscaled_), Pow10Table()[scale - b.scale_]);
  bool xneg = a.unscaled_ < 0, yneg = b.unscaled_ < 0;
  if (xneg == yneg) {
    if (!x.Add(y)) return std::nullopt;
    return Normalize(xneg, x, scale, 0, false);
  }
  if (U256::Compare(x, y) >= 0) {
    x.Sub(y);
    return Normalize(xneg, x, scale, 0, false);
  }
  y.Sub(x);
  return Normalize(yneg, y, scale, 0, false);
}

std::optional<Decimal> Decimal::Sub(const Decimal& a, const Decimal& b) {
  return Add(a, b.Negate());
}

std::optional<Decimal> Decimal::Mul(const Decimal& a, const Decimal& b) {
  U256 p = U256::Mul(Magnitude(a.unscaled_), Magnitude(b.unscaled_));
  bool negative = (a.unscaled_ < 0) != (b.unscaled_ < 0);
  return Normalize(negative, p, a.scale_ + b.scale_, 0, false);
}

std::optional<Decimal> Decimal::Div(const Decimal& a, const Decimal& b) {
  if (b.unscaled_ == 0) return std::nullopt;
  U128 x = Magnitude(a.unscaled_), y = Magnitude(b.unscaled_);
  bool negative = (a.unscaled_ < 0) != (b.unscaled_ < 0);
  U256 divisor = U256::From(y);
  U256 q = U256::From(x / y);
  U256 r = U256::From(x % y);
  // Next quotient digit of 10*r / divisor, leaving the new remainder in r.
  auto next_digit = [&]() {
    r.MulSmall(10);
    uint64_t d = 0;
    while (U256::Compare(r, divisor) >= 0) {
      r.Sub(divisor);
      ++d;
    }
    return d;
  };
  int scale = a.scale_ - b.scale_;
  int target = scale > kDivScale ? scale : kDivScale;
  // q stays below 10^60 so q*10+9 never overflows 256 bits; digits beyond
  // that are rounded away by Normalize anyway (38 significant digits).
  static const U256 kLimit = [] {
    U256 l = U256::From(1);
    for (int i = 0; i < 60; ++i) l.MulSmall(10);
    return l;
  }();
  while (scale < target && U256::Compare(q, kLimit) < 0) {
    q.MulSmall(10);
    q.AddSmall(next_digit());
    ++scale;
  }
  if (scale < 0) return std::nullopt;
  int round_digit = static_cast<int>(next_digit());
  return Normalize(negative, q, scale, round_digit, !r.IsZero());
}

int Decimal::Compare(const Decimal& a, const Decimal& b) {
  if (a.scale_ == b.scale_) {
    return a.unscaled_ < b.unscaled_ ? -1 : (a.unscaled_ > b.unscaled_ ? 1 : 0);
  }
  int sa = a.sign(), sb = b.sign();
  if (sa != sb) return sa < sb ? -1 : 1;
  int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  U256 x = U256::Mul(Magnitude(a.unscaled_), Pow10Table()[scale - a.scale_]);
  U256 y = U256::Mul(Magnitude(b.unscaled_), Pow10Table()[scale - b.scale_]);
  int c = U256::Compare(x, y);
  return sa < 0 ? -c : c;
}

Decimal Decimal::Truncate() const {
  return Decimal(unscaled_ / static_cast<__int128>(Pow10Table()[scale_]), 0);
}

std::string Int128ToString(__int128 v) {
  U128 mag = Magnitude(v);
  if (mag <= UINT64_MAX) {
    std::string digits = std::to_string(static_cast<uint64_t>(mag));
    return v < 0 ? "-" + digits : digits;
  }
  char buf[48];
  char* p = buf + sizeof(buf);
  do {
    *--p = static_cast<char>('0' + static_cast<int>(mag % 10));
    mag /= 10;
  } while (mag != 0);
  if (v < 0) *--p = '-';
  return std::string(p, buf + sizeof(buf));
}

std::string Decimal::ToDecimalString() const {
  std::string digits = Int128ToString(unscaled_ < 0 ? -unscaled_ : unscaled_);
  std::string out = unscaled_ < 0 ? "-" : "";
  if (scale_ == 0) return out + digits + ".0";
  if (digits.size() <= static_cast<size_t>(scale_)) {
    digits.insert(0, static_cast<size_t>(scale_) - digits.size() + 1, '0');
  }
  out += digits.substr(0, digits.size() - scale_);
  out += '.';
  out += digits.substr(digits.size() - scale_);
  return out;
}

std::string Decimal::ToIntegerString() const {
  return Int128ToString(Truncate().unscaled_);
}

double Decimal::ToDouble() const {
  // Fast path: an unscaled value and power of ten both exact as doubles
  // make one correctly rounded division.
  constexpr __int128 k2To53 = static_cast<__int128>(1) << 53;
  if (unscaled_ > -k2To53 && unscaled_ < k2To53 && scale_ <= 22) {
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return static_cast<double>(unscaled_) / kPow10[scale_];
  }
  return std::strtod(ToDecimalString().c_str(), nullptr);
}

}  // namespace spoke::engine::expr
