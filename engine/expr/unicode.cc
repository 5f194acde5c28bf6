#include "engine/expr/unicode.h"

#include <cstdint>

#include "storage/utf8.h"

namespace spoke::engine::expr {

namespace {

// Decodes one UTF-8 sequence at s[*i]; returns false (consuming one byte) if
// it is not valid UTF-8.
bool Decode(std::string_view s, size_t* i, uint32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  int len;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    ++*i;
    return true;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    v = c & 0x07;
  } else {
    ++*i;
    return false;
  }
  if (*i + len > s.size()) {
    ++*i;
    return false;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[*i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++*i;
      return false;
    }
    v = (v << 6) | (cc & 0x3F);
  }
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
    ++*i;
    return false;
  }
  *i += len;
  *cp = v;
  return true;
}

bool In(uint32_t cp, uint32_t lo, uint32_t hi) { return cp >= lo && cp <= hi; }
bool Even(uint32_t cp) { return (cp & 1) == 0; }

uint32_t SimpleLower(uint32_t cp) {
  if (In(cp, 'A', 'Z')) return cp + 32;
  if (cp < 0xC0) return cp;
  if (In(cp, 0xC0, 0xDE) && cp != 0xD7) return cp + 32;
  if (In(cp, 0x0100, 0x012F) || In(cp, 0x0132, 0x0137) || In(cp, 0x014A, 0x0177)) {
    return Even(cp) ? cp + 1 : cp;
  }
  if (In(cp, 0x0139, 0x0148) || In(cp, 0x0179, 0x017E)) return Even(cp) ? cp : cp + 1;
  if (cp == 0x0178) return 0xFF;
  if (cp == 0x0386) return 0x03AC;
  if (In(cp, 0x0388, 0x038A)) return cp + 37;
  if (cp == 0x038C) return 0x03CC;
  if (In(cp, 0x038E, 0x038F)) return cp + 63;
  if (In(cp, 0x0391, 0x03A1) || In(cp, 0x03A3, 0x03AB)) return cp + 32;
  if (In(cp, 0x03D8, 0x03EF)) return Even(cp) ? cp + 1 : cp;
  if (In(cp, 0x0400, 0x040F)) return cp + 80;
  if (In(cp, 0x0410, 0x042F)) return cp + 32;
  if (In(cp, 0x0460, 0x0481) || In(cp, 0x048A, 0x04BF) || In(cp, 0x04D0, 0x052F)) {
    return Even(cp) ? cp + 1 : cp;
  }
  if (cp == 0x04C0) return 0x04CF;
  if (In(cp, 0x04C1, 0x04CE)) return Even(cp) ? cp : cp + 1;
  if (In(cp, 0x0531, 0x0556)) return cp + 48;
  if (In(cp, 0x1E00, 0x1E95) || In(cp, 0x1EA0, 0x1EFF)) return Even(cp) ? cp + 1 : cp;
  if (cp == 0x1E9E) return 0xDF;
  if (In(cp, 0xFF21, 0xFF3A)) return cp + 32;
  return cp;
}

uint32_t SimpleUpper(uint32_t cp) {
  if (In(cp, 'a', 'z')) return cp - 32;
  if (cp < 0xB5) return cp;
  if (cp == 0xB5) return 0x039C;
  if (In(cp, 0xE0, 0xFE) && cp != 0xF7) return cp - 32;
  if (cp == 0xFF) return 0x0178;
  if (In(cp, 0x0100, 0x012F) || In(cp, 0x0132, 0x0137) || In(cp, 0x014A, 0x0177)) {
    return Even(cp) ? cp : cp - 1;
  }
  if (cp == 0x0131) return 'I';
  if (In(cp, 0x0139, 0x0148) || In(cp, 0x0179, 0x017E)) return Even(cp) ? cp - 1 : cp;
  if (cp == 0x017F) return 'S';
  if (cp == 0x03AC) return 0x0386;
  if (In(cp, 0x03AD, 0x03AF)) return cp - 37;
  if (cp == 0x03CC) return 0x038C;
  if (In(cp, 0x03CD, 0x03CE)) return cp - 63;
  if (In(cp, 0x03B1, 0x03C1) || In(cp, 0x03C3, 0x03CB)) return cp - 32;
  if (cp == 0x03C2) return 0x03A3;
  if (In(cp, 0x03D8, 0x03EF)) return Even(cp) ? cp : cp - 1;
  if (In(cp, 0x0430, 0x044F)) return cp - 32;
  if (In(cp, 0x0450, 0x045F)) return cp - 80;
  if (In(cp, 0x0460, 0x0481) || In(cp, 0x048A, 0x04BF) || In(cp, 0x04D0, 0x052F)) {
    return Even(cp) ? cp : cp - 1;
  }
  if (cp == 0x04CF) return 0x04C0;
  if (In(cp, 0x04C1, 0x04CE)) return Even(cp) ? cp - 1 : cp;
  if (In(cp, 0x0561, 0x0586)) return cp - 48;
  if (In(cp, 0x1E00, 0x1E95) || In(cp, 0x1EA0, 0x1EFF)) return Even(cp) ? cp : cp - 1;
  if (In(cp, 0xFF41, 0xFF5A)) return cp - 32;
  return cp;
}

template <typename Map>
std::string MapString(std::string_view s, Map map) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    uint32_t cp;
    if (!Decode(s, &i, &cp)) {
      out.push_back(s[start]);
      continue;
    }
    map(cp, &out);
  }
  return out;
}

}  // namespace

size_t CodePointCount(std::string_view s) {
  size_t n = 0, i = 0;
  uint32_t cp;
  while (i < s.size()) {
    Decode(s, &i, &cp);
    ++n;
  }
  return n;
}

std::string ToUpperCase(std::string_view s) {
  return MapString(s, [](uint32_t cp, std::string* out) {
    switch (cp) {
      case 0xDF: out->append("SS"); return;
      case 0x0149: AppendUtf8(0x02BC, out); out->push_back('N'); return;
      case 0x0390: AppendUtf8(0x0399, out); AppendUtf8(0x0308, out); AppendUtf8(0x0301, out); return;
      case 0x03B0: AppendUtf8(0x03A5, out); AppendUtf8(0x0308, out); AppendUtf8(0x0301, out); return;
      default: AppendUtf8(SimpleUpper(cp), out);
    }
  });
}

std::string ToLowerCase(std::string_view s) {
  return MapString(s, [](uint32_t cp, std::string* out) {
    if (cp == 0x0130) {
      out->push_back('i');
      AppendUtf8(0x0307, out);
      return;
    }
    AppendUtf8(SimpleLower(cp), out);
  });
}

}  // namespace spoke::engine::expr
