// The ResultCursor implementations QueryEngine::Execute returns.

#ifndef SPOKE_ENGINE_EXEC_CURSORS_INTERNAL_H_
#define SPOKE_ENGINE_EXEC_CURSORS_INTERNAL_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/exec/exec_context.h"
#include "engine/exec/planner.h"
#include "engine/exec/query_engine.h"
#include "engine/exec/result_cursor.h"

namespace spoke::engine {

// SELECT rows, pulled lazily from the plan.
class RowsCursor : public ResultCursor {
 public:
  RowsCursor(std::shared_ptr<const Prepared> prepared,
             std::unique_ptr<storage::ReadView> view,
             std::unique_ptr<ExecContext> ctx, std::unique_ptr<QueryPlan> plan);
  Kind kind() const override { return Kind::kRows; }
  const std::vector<std::string>& columns() const override {
    return plan_->columns;
  }
  bool Valid() const override { return valid_; }
  void Next() override { Advance(); }
  const std::vector<Term>& row() const override { return row_; }
  Status status() const override { return ctx_->status(); }

 private:
  void Advance();

  // Declared in destruction-safe order: the plan's operators use the
  // context, which uses the view.
  std::shared_ptr<const Prepared> prepared_;
  std::unique_ptr<storage::ReadView> view_;
  std::unique_ptr<ExecContext> ctx_;
  std::unique_ptr<QueryPlan> plan_;
  Row ids_;
  std::vector<Term> row_;
  bool valid_ = false;
};

// ASK, update and EXPLAIN results: no rows, just a value and a status.
class ValueCursor : public ResultCursor {
 public:
  explicit ValueCursor(Kind kind) : kind_(kind) {}
  Kind kind() const override { return kind_; }
  const std::vector<std::string>& columns() const override { return columns_; }
  bool Valid() const override { return false; }
  void Next() override {}
  const std::vector<Term>& row() const override { return row_; }
  Status status() const override { return status_; }
  bool boolean() const override { return boolean_; }
  uint64_t inserted() const override { return inserted_; }
  uint64_t deleted() const override { return deleted_; }
  const std::string& explain_text() const override { return explain_; }

  Status status_;
  bool boolean_ = false;
  uint64_t inserted_ = 0;
  uint64_t deleted_ = 0;
  std::string explain_;

 private:
  Kind kind_;
  std::vector<std::string> columns_;
  std::vector<Term> row_;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_CURSORS_INTERNAL_H_
