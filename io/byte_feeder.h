// ByteFeeder: hands an InputStream to serd one byte at a time for Turtle
// and TriG, so that the reader always knows exactly where serd is: the
// line and column of the last byte served (serd looks one byte ahead, and
// that byte is where it stops on an error). It also runs a small lexer over
// the bytes (IRIs, strings, long strings, comments, '{' '}' depth) so that
// after a syntax error it can skip to the end of the broken statement.
// Internal to io/.
//
// Thread safety: one object must not be used by two threads at once.

#ifndef SPOKE_IO_BYTE_FEEDER_H_
#define SPOKE_IO_BYTE_FEEDER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "io/input_stream.h"

namespace spoke::io {

class ByteFeeder {
 public:
  // `in` must outlive the feeder.
  explicit ByteFeeder(InputStream* in);

  // serd's SerdSource: reads one byte into `buf` (serd is started with a
  // page size of 1). Returns 1, or 0 at the end of input.
  static size_t Read(void* buf, size_t size, size_t nmemb, void* stream);
  // serd's SerdStreamErrorFunc: non-zero after a read error.
  static int Error(void* stream);

  // Position of the last byte served: 1-based line, and 1-based column in
  // Unicode code points.
  uint64_t line() const { return line_; }
  uint64_t column() const { return column_; }
  bool at_end() const { return eof_ && pushback_ < 0; }
  // Bytes handed to serd so far.
  uint64_t served() const { return served_; }
  // How many statements ('.' or a graph block's '}') have ended in the
  // bytes served so far; a '.' counts once the byte after it is served.
  const uint64_t* statement_ends() const { return &statement_ends_; }

  // Skips input up to the end of the statement the last served byte
  // belongs to: past the next '.' that ends a statement (outside IRIs,
  // strings and comments, at the current '{' depth), or, inside a TriG
  // graph block, past the '}' that closes the block. Returns false if the
  // input ended first.
  bool SkipStatement();

 private:
  enum class LexState : uint8_t {
    kNormal,
    kIri,
    kString,
    kLongString,
    kComment,
  };

  // Returns the next byte, or -1 at the end (and on a read error).
  int Next();
  // Accounts for byte `c` being consumed: position and lexer state.
  void Advance(int c);
  void Lex(int c);

  InputStream* in_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  int pushback_ = -1;
  uint64_t line_ = 1;
  uint64_t column_ = 0;
  bool after_newline_ = false;
  uint64_t served_ = 0;

  // Lexer state.
  LexState lex_ = LexState::kNormal;
  char quote_ = 0;       // quote char of the current string
  int quotes_seen_ = 0;  // consecutive quotes at a string start or end
  bool escape_ = false;
  bool dot_pending_ = false;  // a '.' in kNormal, waiting for the next byte
  int depth_ = 0;             // '{' nesting
  uint64_t statement_ends_ = 0;
};

}  // namespace spoke::io

#endif  // SPOKE_IO_BYTE_FEEDER_H_
