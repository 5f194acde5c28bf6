// Which process has a database open for writing, so that a read-only open
// never runs beside a writer.
//
// RocksDB's read-only open replays the writer's live WAL and MANIFEST
// without coordinating with it; opened while the writer flushes or
// ingests, it can miss a commit or see half of one (docs/durability.md).
// A read-only open is therefore refused (kBusy) while any process, this
// one included, has the database open for writing.

#ifndef SPOKE_ENGINE_API_WRITER_GUARD_H_
#define SPOKE_ENGINE_API_WRITER_GUARD_H_

#include <string>

#include "spoke/status.h"

namespace spoke::internal {

// Registers `path` as open for writing in this process for its lifetime,
// so that read-only opens in this process are refused too (a lock probe
// cannot see this process's own lock, and must not touch it).
class WriterRegistration {
 public:
  explicit WriterRegistration(const std::string& path);
  ~WriterRegistration();
  WriterRegistration(const WriterRegistration&) = delete;
  WriterRegistration& operator=(const WriterRegistration&) = delete;

 private:
  std::string key_;
};

// OK when no process has the database at `path` open for writing; kBusy
// naming the writer otherwise. Takes no lock and changes nothing.
Status CheckNoWriter(const std::string& path);

}  // namespace spoke::internal

#endif  // SPOKE_ENGINE_API_WRITER_GUARD_H_
