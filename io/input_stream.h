// InputStream: the bytes of an RDF file, read in chunks, transparently
// gunzipped when the file starts with the gzip magic bytes (1f 8b). Also
// wraps in-memory text. Memory use is bounded (zlib's window and buffers)
// whatever the file size.
//
// Thread safety: one object must not be used by two threads at once.

#ifndef SPOKE_IO_INPUT_STREAM_H_
#define SPOKE_IO_INPUT_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "spoke/status.h"

namespace spoke::io {

class InputStream {
 public:
  // Opens `path`. A file whose name ends in ".gz" must be gzip data.
  // Pipes and terminals (/dev/stdin) are read as a stream, gzip or plain;
  // their bytes_total() is 0 (unknown).
  // Errors: NotFound "PATH: cannot open: No such file or directory",
  // IOError "PATH: cannot open: ..." for other failures.
  static Result<std::unique_ptr<InputStream>> OpenFile(const std::string& path);
  // Wraps `text`, which must outlive the stream.
  static std::unique_ptr<InputStream> FromText(std::string_view text,
                                               std::string name);

  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to `n` bytes into `buf`; returns how many were read, 0 at the
  // end of the data or on error (then status() is not OK).
  size_t Read(char* buf, size_t n);

  // IOError "NAME: cannot read: ..." after a failed Read, else OK.
  const Status& status() const { return status_; }
  // The name used in messages (the path given to OpenFile).
  const std::string& name() const { return name_; }
  // True if the data goes through zlib (gzip files; any pipe).
  bool compressed() const { return gz_ != nullptr; }
  // Bytes of the file consumed so far (compressed bytes for gzip files),
  // and the file's size; for progress reporting.
  uint64_t bytes_done() const;
  uint64_t bytes_total() const { return total_; }

 private:
  InputStream() = default;

  std::string name_;
  FILE* file_ = nullptr;
  void* gz_ = nullptr;  // gzFile; void* keeps zlib.h out of this header
  std::string_view text_;
  size_t text_pos_ = 0;
  uint64_t done_ = 0;
  uint64_t total_ = 0;
  Status status_;
};

}  // namespace spoke::io

#endif  // SPOKE_IO_INPUT_STREAM_H_
