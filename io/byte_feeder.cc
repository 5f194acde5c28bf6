#include "io/byte_feeder.h"

namespace spoke::io {

namespace {

// Bytes that may continue a name or number after a '.', so that the '.'
// does not end a statement ("ex:a.b", "1.5").
bool IsNameByte(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':' ||
         c == '%' || c >= 0x80;
}

}  // namespace

ByteFeeder::ByteFeeder(InputStream* in) : in_(in), buf_(64 * 1024) {}

size_t ByteFeeder::Read(void* buf, size_t /*size*/, size_t /*nmemb*/,
                        void* stream) {
  auto* self = static_cast<ByteFeeder*>(stream);
  const int c = self->Next();
  if (c < 0) {
    *static_cast<uint8_t*>(buf) = 0;
    return 0;
  }
  if (self->dot_pending_) {
    self->dot_pending_ = false;
    if (self->lex_ == LexState::kNormal && !IsNameByte(c)) {
      ++self->statement_ends_;
    }
  }
  self->Advance(c);
  ++self->served_;
  *static_cast<uint8_t*>(buf) = static_cast<uint8_t>(c);
  return 1;
}

int ByteFeeder::Error(void* stream) {
  return static_cast<ByteFeeder*>(stream)->in_->status().ok() ? 0 : 1;
}

int ByteFeeder::Next() {
  if (pushback_ >= 0) {
    const int c = pushback_;
    pushback_ = -1;
    return c;
  }
  if (pos_ == end_) {
    if (eof_) return -1;
    end_ = in_->Read(buf_.data(), buf_.size());
    pos_ = 0;
    if (end_ == 0) {
      eof_ = true;
      return -1;
    }
  }
  return static_cast<unsigned char>(buf_[pos_++]);
}

void ByteFeeder::Advance(int c) {
  if (after_newline_) {
    ++line_;
    column_ = 0;
    after_newline_ = false;
  }
  if ((c & 0xC0) != 0x80) ++column_;  // count code points, not bytes
  if (c == '\n') after_newline_ = true;
  Lex(c);
}

void ByteFeeder::Lex(int c) {
  switch (lex_) {
    case LexState::kNormal:
      if (c == '<') {
        lex_ = LexState::kIri;
      } else if (c == '"' || c == '\'') {
        lex_ = LexState::kString;
        quote_ = static_cast<char>(c);
        quotes_seen_ = 1;
        escape_ = false;
      } else if (c == '#') {
        lex_ = LexState::kComment;
      } else if (c == '{') {
        ++depth_;
      } else if (c == '}') {
        if (depth_ > 0) --depth_;
        ++statement_ends_;
      } else if (c == '.') {
        dot_pending_ = true;
      }
      break;
    case LexState::kIri:
      // An IRI cannot hold white space; a broken one ends there.
      if (c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        lex_ = LexState::kNormal;
      }
      break;
    case LexState::kString:
      if (quotes_seen_ == 1) {  // just after the opening quote
        quotes_seen_ = 0;
        if (c == quote_) {
          quotes_seen_ = 2;
          break;
        }
      } else if (quotes_seen_ == 2) {  // after "" : long string or empty
        quotes_seen_ = 0;
        if (c == quote_) {
          lex_ = LexState::kLongString;
          break;
        }
        lex_ = LexState::kNormal;
        Lex(c);
        break;
      }
      if (escape_) {
        escape_ = false;
      } else if (c == '\\') {
        escape_ = true;
      } else if (c == quote_ || c == '\n' || c == '\r') {
        lex_ = LexState::kNormal;  // short strings cannot span lines
      }
      break;
    case LexState::kLongString:
      if (escape_) {
        escape_ = false;
        quotes_seen_ = 0;
      } else if (c == '\\') {
        escape_ = true;
        quotes_seen_ = 0;
      } else if (c == quote_) {
        if (++quotes_seen_ == 3) {
          lex_ = LexState::kNormal;
          quotes_seen_ = 0;
        }
      } else {
        quotes_seen_ = 0;
      }
      break;
    case LexState::kComment:
      if (c == '\n' || c == '\r') lex_ = LexState::kNormal;
      break;
  }
}

bool ByteFeeder::SkipStatement() {
  const int target = depth_;
  for (;;) {
    const int c = Next();
    if (c < 0) return false;
    if (dot_pending_) {
      dot_pending_ = false;
      if (lex_ == LexState::kNormal && target == 0 && depth_ == 0 &&
          !IsNameByte(c)) {
        pushback_ = c;  // the next statement starts here: serd gets it
        return true;
      }
    }
    Advance(c);
    if (c == '}' && lex_ == LexState::kNormal &&
        (target > 0 ? depth_ < target : depth_ == 0)) {
      return true;
    }
  }
}

}  // namespace spoke::io
