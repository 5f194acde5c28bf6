#include "io/line_splitter.h"

#include <cstring>

namespace spoke::io {

LineSplitter::LineSplitter(InputStream* in) : in_(in), buf_(1 << 20) {}

bool LineSplitter::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  // Keep one spare byte for the NUL written after a last unterminated line.
  if (end_ + 1 >= buf_.size()) {
    if (buf_.size() > kMaxLine) {
      too_long_ = true;
      return false;
    }
    buf_.resize(buf_.size() * 2);
  }
  const size_t got = in_->Read(buf_.data() + end_, buf_.size() - 1 - end_);
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ += got;
  return true;
}

bool LineSplitter::Next(char** line, size_t* len, uint64_t* number) {
  for (;;) {
    char* start = buf_.data() + begin_;
    const size_t avail = end_ - begin_;
    char* nl = static_cast<char*>(
        std::memchr(start + scanned_, '\n', avail - scanned_));
    size_t n;
    if (nl != nullptr) {
      n = static_cast<size_t>(nl - start);
      begin_ += n + 1;
    } else {
      scanned_ = avail;
      if (Fill()) continue;
      if (too_long_ || !in_->status().ok() || avail == 0) return false;
      n = avail;  // last line, without a final newline
      begin_ = end_;
      start = buf_.data() + begin_ - n;
    }
    scanned_ = 0;
    if (n > 0 && start[n - 1] == '\r') --n;
    start[n] = '\0';
    *number = ++line_;
    if (first_) {
      first_ = false;
      if (n >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
        start += 3;
        n -= 3;
      }
    }
    *line = start;
    *len = n;
    return true;
  }
}

}  // namespace spoke::io
