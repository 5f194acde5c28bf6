#include "io/input_stream.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace spoke::io {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

Status OpenError(const std::string& path, int err) {
  std::string msg = path + ": cannot open: " + std::strerror(err);
  if (err == ENOENT) return Status::NotFound(msg);
  return Status::IOError(msg);
}

}  // namespace

Result<std::unique_ptr<InputStream>> InputStream::OpenFile(
    const std::string& path) {
  std::unique_ptr<InputStream> in(new InputStream());
  in->name_ = path;
  in->file_ = std::fopen(path.c_str(), "rb");
  if (in->file_ == nullptr) return OpenError(path, errno);
  struct stat st;
  if (fstat(fileno(in->file_), &st) != 0) return OpenError(path, errno);
  if (S_ISDIR(st.st_mode)) return OpenError(path, EISDIR);
  // A pipe or terminal (e.g. /dev/stdin) cannot seek back after the gzip
  // magic is sniffed: zlib reads it, in its transparent mode if it is
  // plain. Its size is unknown.
  if (S_ISREG(st.st_mode)) {
    in->total_ = static_cast<uint64_t>(st.st_size);
    unsigned char magic[2] = {0, 0};
    const size_t got = std::fread(magic, 1, 2, in->file_);
    const bool gzip = got == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    if (std::fseek(in->file_, 0, SEEK_SET) != 0) {
      return OpenError(path, errno);
    }
    if (!gzip) {
      if (EndsWith(path, ".gz")) {
        return Status::IOError(path + ": cannot open: not in gzip format");
      }
      return in;
    }
  }
  // gzdopen takes over a duplicate so that closing stays simple.
  const int fd = dup(fileno(in->file_));
  if (fd < 0) return OpenError(path, errno);
  gzFile gz = gzdopen(fd, "rb");
  if (gz == nullptr) {
    close(fd);
    return Status::IOError(path + ": cannot open: gzip stream failed");
  }
  gzbuffer(gz, 256 * 1024);
  in->gz_ = gz;
  return in;
}

std::unique_ptr<InputStream> InputStream::FromText(std::string_view text,
                                                   std::string name) {
  std::unique_ptr<InputStream> in(new InputStream());
  in->name_ = std::move(name);
  in->text_ = text;
  in->total_ = text.size();
  return in;
}

InputStream::~InputStream() {
  if (gz_ != nullptr) gzclose(static_cast<gzFile>(gz_));
  if (file_ != nullptr) std::fclose(file_);
}

size_t InputStream::Read(char* buf, size_t n) {
  if (!status_.ok() || n == 0) return 0;
  if (gz_ != nullptr) {
    gzFile gz = static_cast<gzFile>(gz_);
    const int got = gzread(gz, buf, static_cast<unsigned>(n));
    if (got < 0 || (got == 0 && !gzeof(gz))) {
      int code = 0;
      const char* what = gzerror(gz, &code);
      status_ = Status::IOError(
          name_ + ": cannot read: " + (what && *what ? what : "gzip error"));
      return 0;
    }
    if (got == 0) {
      // zlib reports a truncated stream only through gzerror.
      int code = 0;
      const char* what = gzerror(gz, &code);
      if (code != Z_OK && code != Z_STREAM_END) {
        status_ = Status::IOError(name_ + ": cannot read: " + what);
      }
    }
    return static_cast<size_t>(got);
  }
  if (file_ != nullptr) {
    const size_t got = std::fread(buf, 1, n, file_);
    if (got < n && std::ferror(file_)) {
      status_ =
          Status::IOError(name_ + ": cannot read: " + std::strerror(errno));
    }
    done_ += got;
    return got;
  }
  const size_t got = std::min(n, text_.size() - text_pos_);
  std::memcpy(buf, text_.data() + text_pos_, got);
  text_pos_ += got;
  done_ += got;
  return got;
}

uint64_t InputStream::bytes_done() const {
  if (gz_ != nullptr) {
    // Bytes consumed from the file (plain data read through zlib too).
    const z_off_t off = gzoffset(static_cast<gzFile>(gz_));
    return off < 0 ? 0 : static_cast<uint64_t>(off);
  }
  return done_;
}

}  // namespace spoke::io
