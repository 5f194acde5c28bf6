// ResultCursor: the result of one execution, read row by row (LevelDB
// iterator style: Valid() is false at the end and whenever status() is not
// OK; row() stays valid until the next Next()).
//
// A rows cursor pulls from its operator tree lazily, so a LIMIT or an
// abandoned cursor does no wasted work. It owns its ReadView (snapshot),
// so it must not outlive the QuadStore. Thread safety: one thread at a
// time.

#ifndef SPOKE_ENGINE_EXEC_RESULT_CURSOR_H_
#define SPOKE_ENGINE_EXEC_RESULT_CURSOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::engine {

class ResultCursor {
 public:
  enum class Kind : uint8_t { kRows, kBoolean, kUpdate, kExplain };

  virtual ~ResultCursor() = default;

  virtual Kind kind() const = 0;
  // SELECT's variables (without '?'); empty for other kinds.
  virtual const std::vector<std::string>& columns() const = 0;
  virtual bool Valid() const = 0;
  // REQUIRES: Valid().
  virtual void Next() = 0;
  // One Term per column, kNone for unbound. REQUIRES: Valid().
  virtual const std::vector<Term>& row() const = 0;
  // OK, or why the rows stopped (kCancelled, kTimedOut,
  // kResourceExhausted, store errors).
  virtual Status status() const = 0;
  // kBoolean: the ASK answer.
  virtual bool boolean() const { return false; }
  // kUpdate: quads inserted / deleted (changes only).
  virtual uint64_t inserted() const { return 0; }
  virtual uint64_t deleted() const { return 0; }
  // kExplain: the plan (with actual rows and times for ANALYZE).
  virtual const std::string& explain_text() const;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_RESULT_CURSOR_H_
