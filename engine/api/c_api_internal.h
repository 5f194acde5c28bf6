// The objects behind the C API's opaque handles, and its error helpers.
// Internal to engine/api (c_api.cc, c_api_write.cc).

#ifndef SPOKE_ENGINE_API_C_API_INTERNAL_H_
#define SPOKE_ENGINE_API_C_API_INTERNAL_H_

#include <atomic>
#include <memory>
#include <optional>
#include <string>

#include "spoke/spoke.h"
#include "spoke/spoke_c.h"

struct spoke_db {
  std::unique_ptr<spoke::Database> db;
};

struct spoke_stmt {
  spoke_db* db = nullptr;
  // Declared before cursor: the cursor reads it until it is destroyed.
  std::atomic<bool> cancel{false};
  std::optional<spoke::PreparedQuery> query;
  std::optional<spoke::Cursor> cursor;
  bool on_row = false;     // spoke_step returned SPOKE_ROW last
  bool first_step = true;  // the cursor is on its first row, not yet stepped
  std::string scratch;  // spoke_column_ntriples
};

struct spoke_batch {
  spoke::WriteBatch batch;
};

namespace spoke::internal {

// Records `s` as this thread's last error; returns its code.
int CFail(const Status& s);
int CFail(int code, const char* message);
// Records "out of memory" (SPOKE_EINTERNAL).
int COutOfMemory();
// True for NULL or "".
inline bool CEmpty(const char* s) { return s == nullptr || *s == '\0'; }

}  // namespace spoke::internal

#endif  // SPOKE_ENGINE_API_C_API_INTERNAL_H_
