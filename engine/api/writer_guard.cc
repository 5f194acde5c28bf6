// CheckNoWriter asks the kernel who holds the fcntl lock RocksDB's writer
// keeps on DIR/LOCK (F_GETLK: a query, no lock taken). It never opens the
// LOCK file of a database this process writes: closing any descriptor of
// a file drops all of the process's fcntl locks on it.

#include "engine/api/writer_guard.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>

namespace spoke::internal {
namespace {

std::mutex registry_mutex;

std::multiset<std::string>& Registry() {
  static auto* paths = new std::multiset<std::string>();
  return *paths;
}

// One spelling per directory (symlinks and "a/../b" resolved) when it exists.
std::string KeyOf(const std::string& path) {
  std::error_code ec;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : canonical.string();
}

Status Refused(const std::string& path, const std::string& who) {
  return Status::Busy("open " + path + ": database is open for writing by " +
                      who +
                      "; a read-only open beside a writer is refused (it could "
                      "see part of a commit): query through the writer, or "
                      "open after it closes");
}

}  // namespace

WriterRegistration::WriterRegistration(const std::string& path)
    : key_(KeyOf(path)) {
  std::lock_guard<std::mutex> lock(registry_mutex);
  Registry().insert(key_);
}

WriterRegistration::~WriterRegistration() {
  std::lock_guard<std::mutex> lock(registry_mutex);
  auto it = Registry().find(key_);
  if (it != Registry().end()) Registry().erase(it);
}

Status CheckNoWriter(const std::string& path) {
  std::string key = KeyOf(path);
  {
    std::lock_guard<std::mutex> lock(registry_mutex);
    if (Registry().count(key) != 0) return Refused(path, "this process");
  }
  int fd = ::open((std::filesystem::path(path) / "LOCK").c_str(),
                  O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    // No LOCK file: no writer has ever opened it (or no database at all,
    // which the open itself reports).
    if (errno == ENOENT || errno == ENOTDIR) return Status::OK();
    return Status::IOError("open " + path + ": cannot read the LOCK file: " +
                           std::strerror(errno));
  }
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  probe.l_start = 0;
  probe.l_len = 0;
  int rc = ::fcntl(fd, F_GETLK, &probe);
  int err = errno;
  ::close(fd);
  if (rc != 0) {
    return Status::IOError("open " + path + ": cannot query the LOCK file: " +
                           std::strerror(err));
  }
  if (probe.l_type == F_UNLCK) return Status::OK();
  return Refused(path, "process " + std::to_string(probe.l_pid));
}

}  // namespace spoke::internal
