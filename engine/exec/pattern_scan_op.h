// PatternScanOp: an index nested-loop join step. For each row of its child
// it scans the store for one triple pattern with the row's bindings
// substituted (so the store's range scan does the join) and emits the row
// extended with the pattern's new bindings.

#ifndef SPOKE_ENGINE_EXEC_PATTERN_SCAN_OP_H_
#define SPOKE_ENGINE_EXEC_PATTERN_SCAN_OP_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/exec/operator.h"
#include "engine/exec/scan_pattern.h"

namespace spoke::engine {

class PatternScanOp : public Operator {
 public:
  // `description` is shown by EXPLAIN.
  PatternScanOp(ExecContext* ctx, OperatorPtr child, ScanPattern pattern,
                std::string description);

  std::string Describe() const override { return description_; }
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  // Binds the quad's values into `out` (a copy of input_); false if a
  // variable repeated in the pattern gets two different values.
  bool Bind(const storage::IdQuad& quad, Row* out) const;

  OperatorPtr child_;
  ScanPattern pattern_;
  std::string description_;
  Row input_;
  // Kept after its scan ends, to be re-seeked for the next row.
  std::unique_ptr<storage::QuadCursor> cursor_;
  bool scanning_ = false;
};

// Emits its seed once: the start of every pattern chain.
class SingletonOp : public Operator {
 public:
  explicit SingletonOp(ExecContext* ctx) : Operator(ctx) {}
  std::string Describe() const override { return "Start"; }

 protected:
  void OpenImpl(const Row& seed) override {
    seed_ = seed;
    done_ = false;
  }
  bool NextImpl(Row* row) override {
    if (done_ || !ctx_->ok()) return false;
    done_ = true;
    *row = seed_;
    return true;
  }

 private:
  Row seed_;
  bool done_ = true;
};

// Emits nothing; `why` is shown by EXPLAIN (e.g. a constant the store has
// never seen).
class EmptyOp : public Operator {
 public:
  EmptyOp(ExecContext* ctx, std::string why)
      : Operator(ctx), why_(std::move(why)) {}
  std::string Describe() const override { return "Empty (" + why_ + ")"; }

 protected:
  void OpenImpl(const Row&) override {}
  bool NextImpl(Row*) override { return false; }

 private:
  std::string why_;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_PATTERN_SCAN_OP_H_
