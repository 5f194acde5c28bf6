// crash_driver: the child process of the crash and writer-lock tests.
//
//   crash_driver run DB JOURNAL START   runs Workload ops START, START+1, ...
//                                       forever; after each commit appends
//                                       "<op>\n" to JOURNAL and fsyncs it
//   crash_driver probe DB rw|ro         opens DB, prints "<code>\t<message>"
//                                       (and the quad count if it opened);
//                                       exit 0 opened, 3 busy, 4 other error
//   crash_driver hold DB                opens DB for writing, prints "ready",
//                                       then sleeps until killed
//
// Public API only (include/spoke/).
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "spoke/database.h"
#include "tests/crash/workload.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: crash_driver run DB JOURNAL START | probe DB rw|ro | "
               "hold DB\n");
  return 64;
}

int Run(const std::string& db_path, const std::string& journal, int start) {
  spoke::Options options;
  options.sync_writes = true;
  auto db = spoke::Database::Open(options, db_path);
  if (!db.ok()) {
    std::fprintf(stderr, "open: %s\n", db.status().ToString().c_str());
    return 2;
  }
  int fd = open(journal.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd < 0) {
    std::perror("open journal");
    return 2;
  }
  for (int op = start;; ++op) {
    spoke::Status s = spoke::crash::Workload::Run(db->get(), op);
    if (!s.ok()) {
      std::fprintf(stderr, "%s: %s\n",
                   spoke::crash::Workload::Describe(op).c_str(),
                   s.ToString().c_str());
      return 2;
    }
    std::string line = std::to_string(op) + "\n";
    if (write(fd, line.data(), line.size()) !=
            static_cast<ssize_t>(line.size()) ||
        fsync(fd) != 0) {
      std::perror("journal");
      return 2;
    }
  }
}

int Probe(const std::string& db_path, bool read_only) {
  spoke::Options options;
  options.read_only = read_only;
  options.create_if_missing = false;
  auto db = spoke::Database::Open(options, db_path);
  if (!db.ok()) {
    std::printf("%s\t%s\n", spoke::Status::CodeName(db.status().code()),
                db.status().message().c_str());
    return db.status().code() == spoke::Status::Code::kBusy ? 3 : 4;
  }
  auto stats = (*db)->Stats();
  if (!stats.ok()) {
    std::printf("%s\t%s\n", spoke::Status::CodeName(stats.status().code()),
                stats.status().message().c_str());
    return 4;
  }
  std::printf("ok\t%llu\n", static_cast<unsigned long long>(stats->quads));
  return 0;
}

int Hold(const std::string& db_path) {
  auto db = spoke::Database::Open(spoke::Options(), db_path);
  if (!db.ok()) {
    std::fprintf(stderr, "open: %s\n", db.status().ToString().c_str());
    return 2;
  }
  std::printf("ready\n");
  std::fflush(stdout);
  for (;;) pause();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return Usage();
  std::string mode = argv[1];
  if (mode == "run" && argc == 5) return Run(argv[2], argv[3], std::atoi(argv[4]));
  if (mode == "probe" && argc == 4) {
    return Probe(argv[2], std::strcmp(argv[3], "ro") == 0);
  }
  if (mode == "hold" && argc == 3) return Hold(argv[2]);
  return Usage();
}
