// Operator: one node of a physical plan, pull-based (Volcano style).
//
// Open(seed) (re)starts the operator; every row it then produces extends
// `seed` (the bindings known before it runs: parameters, or the current row
// of an outer index nested-loop join). Next(row) produces the next row and
// returns true, or returns false at the end or on error (the error is in
// the ExecContext). Operators own their children.
//
// Each operator carries the planner's row estimate and, when the execution
// runs under EXPLAIN ANALYZE, counts its rows, opens and time (inclusive of
// its children) for ExplainTree().
//
// Thread safety: one execution, one thread.

#ifndef SPOKE_ENGINE_EXEC_OPERATOR_H_
#define SPOKE_ENGINE_EXEC_OPERATOR_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/exec/exec_context.h"
#include "engine/exec/row.h"

namespace spoke::engine {

class Operator {
 public:
  explicit Operator(ExecContext* ctx) : ctx_(ctx) {}
  virtual ~Operator() = default;
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;

  void Open(const Row& seed) {
    ++opens_;
    if (!ctx_->analyze()) return OpenImpl(seed);
    auto start = std::chrono::steady_clock::now();
    OpenImpl(seed);
    nanos_ += Elapsed(start);
  }

  bool Next(Row* row) {
    if (!ctx_->analyze()) return NextImpl(row);
    auto start = std::chrono::steady_clock::now();
    bool got = NextImpl(row);
    nanos_ += Elapsed(start);
    if (got) ++rows_;
    return got;
  }

  // One line describing the operator, e.g. "IndexScan ?s <p> ?o (POS)".
  virtual std::string Describe() const = 0;
  virtual std::vector<const Operator*> children() const { return {}; }

  double estimated_rows() const { return estimated_rows_; }
  void set_estimated_rows(double rows) { estimated_rows_ = rows; }
  uint64_t actual_rows() const { return rows_; }
  uint64_t opens() const { return opens_; }
  uint64_t nanos() const { return nanos_; }

 protected:
  virtual void OpenImpl(const Row& seed) = 0;
  virtual bool NextImpl(Row* row) = 0;

  ExecContext* ctx_;

 private:
  static uint64_t Elapsed(std::chrono::steady_clock::time_point start) {
    return static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now() - start)
            .count());
  }

  double estimated_rows_ = 0;
  uint64_t rows_ = 0;
  uint64_t opens_ = 0;
  uint64_t nanos_ = 0;
};

using OperatorPtr = std::unique_ptr<Operator>;

// The plan under `root` as indented text, one operator per line with its
// estimated rows, and with `analyze` its actual rows, opens and time.
std::string ExplainTree(const Operator& root, bool analyze);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_OPERATOR_H_
