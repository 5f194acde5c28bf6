// The objects behind the public PreparedQuery and Cursor handles.

#ifndef SPOKE_ENGINE_API_API_INTERNAL_H_
#define SPOKE_ENGINE_API_API_INTERNAL_H_

#include <memory>

#include "engine/exec/query_engine.h"
#include "engine/exec/result_cursor.h"

namespace spoke::internal {

class DatabaseImpl;

class PreparedImpl {
 public:
  PreparedImpl(DatabaseImpl* db, std::shared_ptr<const engine::Prepared> p)
      : db_(db), prepared_(std::move(p)) {}
  DatabaseImpl* db() const { return db_; }
  const engine::Prepared& prepared() const { return *prepared_; }

 private:
  DatabaseImpl* db_;
  std::shared_ptr<const engine::Prepared> prepared_;
};

class CursorImpl {
 public:
  explicit CursorImpl(std::unique_ptr<engine::ResultCursor> cursor)
      : cursor_(std::move(cursor)) {}
  engine::ResultCursor* get() const { return cursor_.get(); }

 private:
  std::unique_ptr<engine::ResultCursor> cursor_;
};

}  // namespace spoke::internal

#endif  // SPOKE_ENGINE_API_API_INTERNAL_H_
