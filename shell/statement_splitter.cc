#include "shell/statement_splitter.h"

#include <cstring>

namespace spoke::shell {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

std::string Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// True if `c` ends or may not appear inside an IRI reference (IRIREF).
bool EndsIri(char c) {
  return static_cast<unsigned char>(c) <= 0x20 || std::strchr("<>\"{}|^`\\", c);
}

}  // namespace

std::vector<std::string> StatementSplitter::AddLine(std::string_view line) {
  std::vector<std::string> done;
  bool blank = true;
  for (char c : line) blank = blank && IsSpace(c);
  if (blank && state_ != State::kLongString) {
    if (has_content_) done.push_back(Flush());
    Reset();
    return done;
  }
  buffer_.append(line);
  buffer_.push_back('\n');
  Scan(&done);
  return done;
}

void StatementSplitter::Scan(std::vector<std::string>* done) {
  size_t i = scanned_;
  size_t n = buffer_.size();
  while (i < n) {
    char c = buffer_[i];
    switch (state_) {
      case State::kShortString:
        if (c == '\\') {
          ++i;  // the escaped character
        } else if (c == quote_ || c == '\n') {
          // A newline ends an unterminated short string: the parser reports
          // it, and the user is not left waiting for a quote.
          state_ = State::kCode;
        }
        break;
      case State::kLongString:
        if (c == '\\') {
          ++i;
        } else if (c == quote_ && i + 2 < n && buffer_[i + 1] == quote_ &&
                   buffer_[i + 2] == quote_) {
          state_ = State::kCode;
          i += 2;
        }
        break;
      case State::kCode:
        if (c == '#') {
          while (i < n && buffer_[i] != '\n') ++i;
          continue;  // the newline is code
        }
        if (IsSpace(c)) break;
        if (c == ';' && depth_ <= 0) {
          Emit(i, done);
          i = 0;  // Emit dropped the consumed text
          n = buffer_.size();
          continue;
        }
        has_content_ = true;
        if (c == '"' || c == '\'') {
          quote_ = c;
          if (i + 2 < n && buffer_[i + 1] == c && buffer_[i + 2] == c) {
            state_ = State::kLongString;
            i += 2;
          } else {
            state_ = State::kShortString;
          }
        } else if (c == '<') {
          size_t j = i + 1;
          while (j < n && !EndsIri(buffer_[j])) ++j;
          if (j < n && buffer_[j] == '>') i = j;  // an IRI; else less-than
        } else if (c == '{' || c == '(' || c == '[') {
          ++depth_;
        } else if (c == '}' || c == ')' || c == ']') {
          --depth_;
        }
        break;
    }
    ++i;
  }
  scanned_ = buffer_.size();
  if (!has_content_ && state_ == State::kCode) {
    buffer_.clear();
    scanned_ = 0;
  }
}

void StatementSplitter::Emit(size_t end, std::vector<std::string>* done) {
  if (has_content_) done->push_back(Trim(std::string_view(buffer_).substr(0, end)));
  buffer_.erase(0, end + 1);
  has_content_ = false;
  depth_ = 0;
}

std::string StatementSplitter::Flush() {
  std::string out = has_content_ ? Trim(buffer_) : std::string();
  Reset();
  return out;
}

void StatementSplitter::Reset() {
  buffer_.clear();
  scanned_ = 0;
  state_ = State::kCode;
  quote_ = 0;
  depth_ = 0;
  has_content_ = false;
}

}  // namespace spoke::shell
