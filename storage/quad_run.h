// Quad runs: files of fixed-size PermutedQuad records (host byte order;
// temporary, never part of the database), and the QuadStream interface
// that sorted sources of quads implement.
//
// Thread safety: one thread at a time per object.

#ifndef SPOKE_STORAGE_QUAD_RUN_H_
#define SPOKE_STORAGE_QUAD_RUN_H_

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "spoke/status.h"
#include "storage/key_codec.h"

namespace spoke::storage {

// A forward source of quads.
class QuadStream {
 public:
  virtual ~QuadStream() = default;
  // Sets *out to the next quad and returns true, or returns false at the
  // end. An error ends the stream with a non-OK status.
  virtual Result<bool> Next(PermutedQuad* out) = 0;
};

// Writes a run file. The file is removed by the RunReader that reads it, or
// by RemoveFile.
class RunWriter {
 public:
  ~RunWriter();
  static Result<std::unique_ptr<RunWriter>> Create(const std::string& path);
  Status Add(const PermutedQuad& q) {
    if (used_ == buf_.size()) SPOKE_RETURN_IF_ERROR(Flush());
    buf_[used_++] = q;
    ++count_;
    return Status::OK();
  }
  // Flushes and closes. REQUIRES: called once, before reading.
  Status Close();
  uint64_t count() const { return count_; }
  const std::string& path() const { return path_; }

 private:
  RunWriter(std::string path, std::FILE* f);
  // Writes the buffered quads to f_.
  Status Flush();
  std::string path_;
  std::FILE* f_;
  // Quads are gathered here and written 1 MiB at a time: an fwrite per
  // quad (a lock and a copy each) cost ~0.5 CPU-s per 10M-quad load.
  std::vector<PermutedQuad> buf_;
  size_t used_ = 0;
  uint64_t count_ = 0;
};

// Reads a run file from the start with a buffer of `buffer_bytes`;
// removes the file on destruction if `remove_file`.
class RunReader : public QuadStream {
 public:
  ~RunReader() override;
  static Result<std::unique_ptr<RunReader>> Open(const std::string& path,
                                                 size_t buffer_bytes,
                                                 bool remove_file = true);
  Result<bool> Next(PermutedQuad* out) override;

 private:
  RunReader(std::string path, std::FILE* f, size_t buffer_quads, bool remove);
  std::string path_;
  bool remove_;
  std::FILE* f_;
  std::vector<PermutedQuad> buf_;
  size_t pos_ = 0, end_ = 0;
};

// Streams an in-memory sorted vector.
class VectorStream : public QuadStream {
 public:
  explicit VectorStream(std::vector<PermutedQuad> quads)
      : quads_(std::move(quads)) {}
  Result<bool> Next(PermutedQuad* out) override {
    if (pos_ == quads_.size()) return false;
    *out = quads_[pos_++];
    return true;
  }

 private:
  std::vector<PermutedQuad> quads_;
  size_t pos_ = 0;
};

// A new uniquely named directory under `parent`, removed with everything in
// it on destruction.
class ScopedTempDir {
 public:
  static Result<std::unique_ptr<ScopedTempDir>> Create(const std::string& parent);
  ~ScopedTempDir();
  const std::string& path() const { return path_; }

 private:
  explicit ScopedTempDir(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_QUAD_RUN_H_
