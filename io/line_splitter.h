// LineSplitter: cuts an InputStream into lines for the line-based formats
// (N-Triples, N-Quads). Holds one buffer (1 MiB, grown only for a longer
// line), so memory is bounded by the longest line. Internal to io/.
//
// Thread safety: one object must not be used by two threads at once.

#ifndef SPOKE_IO_LINE_SPLITTER_H_
#define SPOKE_IO_LINE_SPLITTER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "io/input_stream.h"

namespace spoke::io {

class LineSplitter {
 public:
  // Lines longer than this are an error (a sign of a binary or wrong file).
  static constexpr size_t kMaxLine = size_t{256} << 20;

  // `in` must outlive the splitter.
  explicit LineSplitter(InputStream* in);

  // Sets *line to the next line, without its "\n" or "\r\n", NUL-terminated
  // at (*line)[*len] (the buffer is modified in place), and *number to its
  // 1-based number. A UTF-8 byte order mark at the start of the file is
  // dropped. The line stays valid until the next call. Returns false at the
  // end of input, on a read error (in->status()), or for a line longer
  // than kMaxLine (too_long() is then true).
  bool Next(char** line, size_t* len, uint64_t* number);
  bool too_long() const { return too_long_; }

 private:
  bool Fill();

  InputStream* in_;
  std::vector<char> buf_;
  size_t begin_ = 0;    // start of unread data
  size_t end_ = 0;      // end of data in buf_
  size_t scanned_ = 0;  // bytes after begin_ known to hold no '\n'
  bool eof_ = false;
  bool too_long_ = false;
  bool first_ = true;
  uint64_t line_ = 0;
};

}  // namespace spoke::io

#endif  // SPOKE_IO_LINE_SPLITTER_H_
