// AppendUtf8: the one UTF-8 encoder shared by the parser, the expression
// functions and the result writers. It lives in storage/ because that is the
// base library every module links (it also holds Term and Status).

#ifndef SPOKE_STORAGE_UTF8_H_
#define SPOKE_STORAGE_UTF8_H_

#include <string>

namespace spoke {

// Appends the UTF-8 encoding of `cp` to `out`. REQUIRES: cp <= 0x10FFFF.
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace spoke

#endif  // SPOKE_STORAGE_UTF8_H_
