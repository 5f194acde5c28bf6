#include "engine/expr/accumulator.h"

#include <optional>
#include <unordered_set>
#include <utility>

#include "engine/expr/numeric.h"
#include "engine/expr/term_order.h"

namespace spoke::engine::expr {

namespace {

class CountAccumulator : public Accumulator {
 public:
  explicit CountAccumulator(bool star) : star_(star) {}
  void Add(const Value& v) override {
    if (star_ || v.ok()) ++count_;
  }
  Value Finish() override { return Value(Numeric::Integer(count_).ToTerm()); }

 private:
  bool star_;
  int64_t count_ = 0;
};

// SUM and AVG.
class SumAccumulator : public Accumulator {
 public:
  explicit SumAccumulator(bool average) : average_(average) {}
  void Add(const Value& v) override {
    if (error_) return;
    Numeric n;
    if (v.is_error() || Numeric::FromTerm(v.term(), &n) != Numeric::Parse::kOk) {
      error_ = true;
      return;
    }
    std::optional<Numeric> s = Numeric::Arith(ArithOp::kAdd, sum_, n);
    if (!s) {
      error_ = true;
      return;
    }
    sum_ = *s;
    ++count_;
  }
  Value Finish() override {
    if (error_) return Value::Error();
    if (!average_ || count_ == 0) return Value(sum_.ToTerm());
    std::optional<Numeric> avg =
        Numeric::Arith(ArithOp::kDiv, sum_, Numeric::Integer(count_));
    if (!avg) return Value::Error();
    return Value(avg->ToTerm());
  }

 private:
  bool average_;
  bool error_ = false;
  Numeric sum_ = Numeric::Integer(int64_t{0});
  int64_t count_ = 0;
};

class MinMaxAccumulator : public Accumulator {
 public:
  explicit MinMaxAccumulator(bool max) : max_(max) {}
  void Add(const Value& v) override {
    if (error_) return;
    if (v.is_error()) {
      error_ = true;
      return;
    }
    if (!best_) {
      best_ = v.term();
      return;
    }
    int c = OrderCompare(&v.term(), &*best_);
    if (max_ ? c > 0 : c < 0) best_ = v.term();
  }
  Value Finish() override {
    if (error_ || !best_) return Value::Error();
    return Value(std::move(*best_));
  }

 private:
  bool max_;
  bool error_ = false;
  std::optional<Term> best_;
};

class SampleAccumulator : public Accumulator {
 public:
  void Add(const Value& v) override {
    if (!sample_ && v.ok()) sample_ = v.term();
  }
  Value Finish() override {
    if (!sample_) return Value::Error();
    return Value(std::move(*sample_));
  }

 private:
  std::optional<Term> sample_;
};

class GroupConcatAccumulator : public Accumulator {
 public:
  explicit GroupConcatAccumulator(std::string separator)
      : separator_(std::move(separator)) {}
  void Add(const Value& v) override {
    if (error_) return;
    if (v.is_error() || !(v.term().is_literal() || v.term().is_iri())) {
      error_ = true;
      return;
    }
    if (!first_) out_ += separator_;
    first_ = false;
    out_ += v.term().value();
  }
  Value Finish() override {
    if (error_) return Value::Error();
    return Value(Term::Literal(std::move(out_)));
  }

 private:
  std::string separator_;
  std::string out_;
  bool first_ = true;
  bool error_ = false;
};

// Passes each distinct term (and errors) on to the wrapped accumulator.
class DistinctAccumulator : public Accumulator {
 public:
  explicit DistinctAccumulator(std::unique_ptr<Accumulator> inner)
      : inner_(std::move(inner)) {}
  void Add(const Value& v) override {
    if (v.is_error()) {
      inner_->Add(v);
      return;
    }
    if (seen_.insert(v.term()).second) inner_->Add(v);
  }
  Value Finish() override { return inner_->Finish(); }

 private:
  std::unique_ptr<Accumulator> inner_;
  std::unordered_set<Term> seen_;
};

}  // namespace

std::unique_ptr<Accumulator> AggregateFunction::NewAccumulator() const {
  std::unique_ptr<Accumulator> acc;
  switch (kind) {
    case ast::AggregateKind::kCount:
      acc = std::make_unique<CountAccumulator>(count_star);
      break;
    case ast::AggregateKind::kSum:
      acc = std::make_unique<SumAccumulator>(false);
      break;
    case ast::AggregateKind::kAvg:
      acc = std::make_unique<SumAccumulator>(true);
      break;
    case ast::AggregateKind::kMin:
      acc = std::make_unique<MinMaxAccumulator>(false);
      break;
    case ast::AggregateKind::kMax:
      acc = std::make_unique<MinMaxAccumulator>(true);
      break;
    case ast::AggregateKind::kSample:
      acc = std::make_unique<SampleAccumulator>();
      break;
    case ast::AggregateKind::kGroupConcat:
      acc = std::make_unique<GroupConcatAccumulator>(separator);
      break;
  }
  if (distinct) {
    acc = std::make_unique<DistinctAccumulator>(std::move(acc));
  }
  return acc;
}

}  // namespace spoke::engine::expr
