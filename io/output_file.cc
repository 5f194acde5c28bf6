#include "io/output_file.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace spoke::io {

Result<std::unique_ptr<OutputFile>> OutputFile::Open(const std::string& path) {
  std::unique_ptr<OutputFile> out(new OutputFile());
  out->path_ = path;
  const bool gzip =
      path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  if (gzip) {
    gzFile gz = gzopen(path.c_str(), "wb6");
    if (gz == nullptr) {
      return Status::IOError(
          path + ": cannot create: " + std::strerror(errno ? errno : EIO));
    }
    gzbuffer(gz, 256 * 1024);
    out->gz_ = gz;
  } else {
    out->file_ = std::fopen(path.c_str(), "wb");
    if (out->file_ == nullptr) {
      return Status::IOError(path + ": cannot create: " + std::strerror(errno));
    }
  }
  return out;
}

OutputFile::~OutputFile() {
  if (gz_ != nullptr) gzclose(static_cast<gzFile>(gz_));
  if (file_ != nullptr) std::fclose(file_);
}

RdfWriter::Output OutputFile::output() {
  return [this](std::string_view text) { return Append(text); };
}

Status OutputFile::Append(std::string_view text) {
  if (text.empty()) return Status::OK();
  if (gz_ != nullptr) {
    const int n = gzwrite(static_cast<gzFile>(gz_), text.data(),
                          static_cast<unsigned>(text.size()));
    if (n != static_cast<int>(text.size())) {
      int code = 0;
      return Status::IOError(path_ + ": cannot write: " +
                             gzerror(static_cast<gzFile>(gz_), &code));
    }
    return Status::OK();
  }
  if (file_ == nullptr)
    return Status::IOError(path_ + ": cannot write: closed");
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) {
    return Status::IOError(path_ + ": cannot write: " + std::strerror(errno));
  }
  return Status::OK();
}

Status OutputFile::Close() {
  if (gz_ != nullptr) {
    const int rc = gzclose(static_cast<gzFile>(gz_));
    gz_ = nullptr;
    if (rc != Z_OK)
      return Status::IOError(path_ + ": cannot write: gzip close failed");
    return Status::OK();
  }
  if (file_ != nullptr) {
    const bool failed = std::fflush(file_) != 0 || std::ferror(file_);
    const int err = errno;
    const bool close_failed = std::fclose(file_) != 0;
    file_ = nullptr;
    if (failed || close_failed) {
      return Status::IOError(path_ + ": cannot write: " + std::strerror(err));
    }
  }
  return Status::OK();
}

}  // namespace spoke::io
