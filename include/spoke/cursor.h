// Cursor: the result of one query execution, read row by row.
//
// Contract (LevelDB iterator style): Valid() is false at the end of the
// rows and whenever status() is not OK; after the loop, check status().
// row() and the Terms it holds stay valid only until the next Next().
// A Cursor reads one consistent snapshot of the database: writes that
// commit while it is open are not seen.
//
// Thread safety: a Cursor must be used by one thread at a time. It must not
// outlive the Database it came from. Move-only.

#ifndef SPOKE_CURSOR_H_
#define SPOKE_CURSOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke {

namespace internal {
class CursorImpl;
}

class Cursor {
 public:
  enum class Kind : uint8_t {
    kRows,     // SELECT: columns() and rows
    kBoolean,  // ASK: boolean()
    kUpdate,   // an update: inserted() / deleted()
    kExplain,  // EXPLAIN [ANALYZE]: explain_text()
  };

  explicit Cursor(std::unique_ptr<internal::CursorImpl> impl);
  Cursor(Cursor&&) noexcept;
  Cursor& operator=(Cursor&&) noexcept;
  ~Cursor();

  // What the query was; fixed for the cursor's life.
  Kind kind() const;

  // The projected variable names, without '?', in SELECT order.
  const std::vector<std::string>& columns() const;
  // The index of column `name` (without '?'), or -1.
  int ColumnIndex(std::string_view name) const;

  bool Valid() const;
  // REQUIRES: Valid().
  void Next();
  // The current row: one Term per column; an unbound value is a Term of
  // kind kNone. REQUIRES: Valid().
  const std::vector<Term>& row() const;
  // The value of column `i`. REQUIRES: Valid() and i < columns().size().
  const Term& Get(size_t i) const;
  // The value of column `name`; a kNone Term if there is no such column.
  const Term& Get(std::string_view name) const;

  // OK, or why the rows stopped (kTimedOut, kCancelled,
  // kResourceExhausted, kIOError, ...).
  Status status() const;

  // For kBoolean: the ASK answer (false for other kinds).
  bool boolean() const;
  // For kUpdate: quads that were inserted / deleted (changes only; 0 for
  // other kinds).
  uint64_t inserted() const;
  uint64_t deleted() const;
  // For kExplain: the plan tree (with actual rows and times for ANALYZE).
  const std::string& explain_text() const;

 private:
  std::unique_ptr<internal::CursorImpl> impl_;
};

}  // namespace spoke

#endif  // SPOKE_CURSOR_H_
