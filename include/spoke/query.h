// PreparedQuery: a parsed and checked query or update, ready to run many
// times with different parameter values.
//
// Parameters: any variable of the query can be bound to a Term before
// execution with Bind(); the query then runs as if that variable were the
// constant (the value is never spliced into query text, so no injection).
//
// Thread safety: the parsed query is immutable and shared; a PreparedQuery
// object holds its own bindings, so use one object per thread (copies are
// cheap and share the parse). Must not outlive its Database.

#ifndef SPOKE_QUERY_H_
#define SPOKE_QUERY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spoke/cursor.h"
#include "spoke/options.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke {

namespace internal {
class PreparedImpl;
}

class PreparedQuery {
 public:
  explicit PreparedQuery(std::shared_ptr<internal::PreparedImpl> impl);
  PreparedQuery(const PreparedQuery&);
  PreparedQuery& operator=(const PreparedQuery&);
  PreparedQuery(PreparedQuery&&) noexcept;
  PreparedQuery& operator=(PreparedQuery&&) noexcept;
  ~PreparedQuery();

  // The query text as given to Prepare.
  const std::string& text() const;
  // True for INSERT DATA / DELETE DATA / CLEAR / DROP.
  bool is_update() const;
  // The variables a SELECT projects (without '?'); empty otherwise.
  std::vector<std::string> columns() const;

  // Binds variable `name` (with or without the leading '?') to `value`.
  // Errors: kInvalidArgument if `value` is a kNone term. A name the query
  // does not use is reported by Execute (kInvalidArgument).
  Status Bind(std::string_view name, Term value);
  // Removes all bindings.
  void ClearBindings();

  // Runs the query on a fresh snapshot. Errors come back either here
  // (e.g. a write on a read-only database, a bound name the query does not
  // use: kInvalidArgument) or later in Cursor::status() (time limit,
  // cancellation, memory limit). An update runs to completion here and
  // returns a kUpdate cursor. The Cursor is the caller's and must not
  // outlive the Database. Being const, Execute may run concurrently on one
  // object from several threads, provided none calls Bind meanwhile.
  Result<Cursor> Execute(const ExecuteOptions& options = {}) const;

 private:
  std::shared_ptr<internal::PreparedImpl> impl_;
  std::vector<std::pair<std::string, Term>> bindings_;
};

}  // namespace spoke

#endif  // SPOKE_QUERY_H_
