// OutputFile: a file that an RdfWriter writes into, gzip-compressed when
// its name ends in ".gz" (the counterpart of the reader's gzip support).
//
//   auto file = OutputFile::Open("dump.nq.gz");
//   RdfWriter writer(options, (*file)->output());
//   ... writer.Write(q) ...; writer.Finish(); (*file)->Close();
//
// Thread safety: one object must not be used by two threads at once.

#ifndef SPOKE_IO_OUTPUT_FILE_H_
#define SPOKE_IO_OUTPUT_FILE_H_

#include <cstdio>
#include <memory>
#include <string>

#include "io/rdf_writer.h"
#include "spoke/status.h"

namespace spoke::io {

class OutputFile {
 public:
  // Creates or truncates `path`. Errors: IOError "PATH: cannot create: ...".
  static Result<std::unique_ptr<OutputFile>> Open(const std::string& path);
  // Closes without flushing if Close was not called; the file may then be
  // incomplete.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // An Output for RdfWriter; valid while this object lives.
  // Errors it returns: IOError "PATH: cannot write: ...".
  RdfWriter::Output output();
  // Flushes and closes the file. Errors: IOError "PATH: cannot write: ...".
  Status Close();

 private:
  OutputFile() = default;
  Status Append(std::string_view text);

  std::string path_;
  FILE* file_ = nullptr;
  void* gz_ = nullptr;  // gzFile
};

}  // namespace spoke::io

#endif  // SPOKE_IO_OUTPUT_FILE_H_
