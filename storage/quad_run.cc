#include "storage/quad_run.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <unistd.h>

namespace spoke::storage {

namespace {
Status FileError(const std::string& what, const std::string& path) {
  return Status::IOError(what + " " + path + ": " + std::strerror(errno));
}
}  // namespace

Result<std::unique_ptr<RunWriter>> RunWriter::Create(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return FileError("create", path);
  return std::unique_ptr<RunWriter>(new RunWriter(path, f));
}

RunWriter::~RunWriter() {
  if (f_ != nullptr) {
    std::fclose(f_);
    std::remove(path_.c_str());
  }
}

RunWriter::RunWriter(std::string path, std::FILE* f)
    : path_(std::move(path)), f_(f), buf_((1 << 20) / sizeof(PermutedQuad)) {}

Status RunWriter::Flush() {
  size_t n = used_;
  used_ = 0;
  if (n > 0 && std::fwrite(buf_.data(), sizeof(PermutedQuad), n, f_) != n) {
    return FileError("write", path_);
  }
  return Status::OK();
}

Status RunWriter::Close() {
  Status flushed = Flush();
  std::FILE* f = f_;
  f_ = nullptr;
  if (!flushed.ok()) {
    std::fclose(f);
    std::remove(path_.c_str());
    return flushed;
  }
  if (std::fclose(f) != 0) {
    std::remove(path_.c_str());
    return FileError("close", path_);
  }
  return Status::OK();
}

Result<std::unique_ptr<RunReader>> RunReader::Open(const std::string& path,
                                                   size_t buffer_bytes,
                                                   bool remove_file) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return FileError("open", path);
  size_t quads = std::max<size_t>(1, buffer_bytes / sizeof(PermutedQuad));
  return std::unique_ptr<RunReader>(new RunReader(path, f, quads, remove_file));
}

RunReader::RunReader(std::string path, std::FILE* f, size_t buffer_quads,
                     bool remove)
    : path_(std::move(path)), remove_(remove), f_(f), buf_(buffer_quads) {}

RunReader::~RunReader() {
  std::fclose(f_);
  if (remove_) std::remove(path_.c_str());
}

Result<bool> RunReader::Next(PermutedQuad* out) {
  if (pos_ == end_) {
    end_ = std::fread(buf_.data(), sizeof(PermutedQuad), buf_.size(), f_);
    pos_ = 0;
    if (end_ == 0) {
      if (std::ferror(f_)) return FileError("read", path_);
      return false;
    }
  }
  *out = buf_[pos_++];
  return true;
}

Result<std::unique_ptr<ScopedTempDir>> ScopedTempDir::Create(
    const std::string& parent) {
  static std::atomic<uint64_t> counter{0};
  std::string path = parent + "/spoke-tmp-" + std::to_string(getpid()) + "-" +
                     std::to_string(counter++);
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
  if (!std::filesystem::create_directory(path, ec)) {
    return Status::IOError("create " + path + ": " + ec.message());
  }
  return std::unique_ptr<ScopedTempDir>(new ScopedTempDir(path));
}

ScopedTempDir::~ScopedTempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace spoke::storage
