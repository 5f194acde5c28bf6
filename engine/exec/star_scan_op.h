// StarScanOp: several triple patterns on one already-bound subject, each
// with a constant predicate (a star, e.g. ?e :date ?d ; :place ?p). For each
// row of its child it reads the subject's quads over the range of those
// predicates with one scan, instead of one seek per pattern, and emits the
// row extended with every combination of the patterns' matches: the same
// rows, in another order, as a chain of PatternScanOps.

#ifndef SPOKE_ENGINE_EXEC_STAR_SCAN_OP_H_
#define SPOKE_ENGINE_EXEC_STAR_SCAN_OP_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/exec/operator.h"
#include "engine/exec/scan_pattern.h"

namespace spoke::engine {

class StarScanOp : public Operator {
 public:
  // REQUIRES: at least two patterns; all share the subject slot, which every
  // child row binds; constant predicates; the same graph mode and graph,
  // which is not an unbound variable.
  StarScanOp(ExecContext* ctx, OperatorPtr child,
             std::vector<ScanPattern> patterns, std::string description);

  std::string Describe() const override { return description_; }
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  // Reads the quads of input_'s subject into matches_; false if a pattern
  // has none (or on error, recorded in the context).
  bool Fill();
  // Binds combination pos_ into `out` (a copy of input_); false if two
  // patterns give one variable different values.
  bool Bind(Row* out) const;
  // Advances pos_ to the next combination; false after the last.
  bool Advance();

  OperatorPtr child_;
  std::vector<ScanPattern> patterns_;
  std::string description_;
  TermId p_first_ = 0;
  TermId p_last_ = 0;
  Row input_;
  // Per pattern, the objects of its matching quads.
  std::vector<std::vector<TermId>> matches_;
  std::vector<size_t> pos_;
  // The last scan's cursor, re-seeked for the next row.
  std::unique_ptr<storage::QuadCursor> cursor_;
  bool active_ = false;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_STAR_SCAN_OP_H_
