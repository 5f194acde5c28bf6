#include "engine/exec/query_engine.h"

#include <chrono>
#include <cstdio>
#include <random>
#include <utility>

#include "engine/exec/algebra.h"
#include "engine/exec/cursors_internal.h"
#include "engine/exec/operator.h"
#include "engine/exec/planner.h"
#include "engine/exec/update_executor.h"

namespace spoke::engine {
namespace {

std::string CacheKey(std::string_view text, const ParseOptions& options) {
  std::string key(text);
  key += '\0';
  key += options.base_iri;
  for (const auto& [prefix, iri] : options.prefixes) {
    key += '\0';
    key += prefix;
    key += '\1';
    key += iri;
  }
  return key;
}

std::string Micros(std::chrono::steady_clock::duration d) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f ms",
                std::chrono::duration<double, std::milli>(d).count());
  return buf;
}

}  // namespace

const std::string& ResultCursor::explain_text() const {
  static const std::string kEmpty;
  return kEmpty;
}

RowsCursor::RowsCursor(std::shared_ptr<const Prepared> prepared,
                       std::unique_ptr<storage::ReadView> view,
                       std::unique_ptr<ExecContext> ctx,
                       std::unique_ptr<QueryPlan> plan)
    : prepared_(std::move(prepared)),
      view_(std::move(view)),
      ctx_(std::move(ctx)),
      plan_(std::move(plan)) {
  plan_->root->Open(plan_->seed);
  Advance();
}

void RowsCursor::Advance() {
  valid_ = false;
  if (!ctx_->ok() || !plan_->root->Next(&ids_)) return;
  ctx_->terms()->Trim();
  row_.resize(plan_->column_slots.size());
  for (size_t i = 0; i < row_.size(); ++i) {
    TermId id = ids_[plan_->column_slots[i]];
    if (id == kUnbound) {
      row_[i] = Term();
      continue;
    }
    Result<const Term*> term = ctx_->terms()->Decode(id);
    if (!term.ok()) {
      ctx_->Fail(term.status());
      return;
    }
    row_[i] = **term;
  }
  valid_ = true;
}

QueryEngine::QueryEngine(storage::QuadStore* store, size_t cache_capacity)
    : store_(store), capacity_(cache_capacity) {
  std::random_device rd;
  blank_prefix_ = (static_cast<uint64_t>(rd()) << 32) ^ rd();
}

Result<std::shared_ptr<const Prepared>> QueryEngine::Prepare(
    std::string_view text, const ParseOptions& options) {
  std::string key = CacheKey(text, options);
  if (capacity_ > 0) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = index_.find(key);
    if (it != index_.end()) {
      lru_.splice(lru_.begin(), lru_, it->second);
      return it->second->second;
    }
  }
  Result<ast::Statement> parsed = Parse(text, options);
  if (!parsed.ok()) return parsed.status();
  auto prepared =
      std::make_shared<const Prepared>(std::string(text), std::move(*parsed));
  if (capacity_ > 0) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!index_.count(key)) {
      lru_.emplace_front(key, prepared);
      index_[key] = lru_.begin();
      if (lru_.size() > capacity_) {
        index_.erase(lru_.back().first);
        lru_.pop_back();
      }
    }
  }
  return std::shared_ptr<const Prepared>(prepared);
}

Result<std::unique_ptr<ResultCursor>> QueryEngine::Execute(
    const Prepared& prepared, const ExecOptions& options) {
  const ast::Statement& st = prepared.statement();
  if (st.kind == ast::StatementKind::kUpdate) {
    auto fresh = [this] {
      char buf[48];
      std::snprintf(buf, sizeof(buf), "u%016llx%llu",
                    static_cast<unsigned long long>(blank_prefix_),
                    static_cast<unsigned long long>(blank_counter_++));
      return std::string(buf);
    };
    Result<storage::ApplyResult> applied =
        ExecuteUpdate(st.update, store_, fresh);
    if (!applied.ok()) return applied.status();
    auto cursor = std::make_unique<ValueCursor>(ResultCursor::Kind::kUpdate);
    cursor->inserted_ = applied->inserted;
    cursor->deleted_ = applied->deleted;
    return std::unique_ptr<ResultCursor>(std::move(cursor));
  }

  std::shared_ptr<const Prepared> keep = prepared.shared_from_this();
  ExecLimits limits;
  limits.cancel = options.cancel;
  limits.deadline = options.deadline;
  limits.memory_limit_bytes = options.memory_limit_bytes;
  std::unique_ptr<storage::ReadView> view = store_->NewReadView();
  auto ctx =
      std::make_unique<ExecContext>(view.get(), limits, st.analyze, &ids_,
                                    &decoded_);
  ctx->CheckNow();  // already cancelled or past the deadline
  PlanOptions plan_options;
  plan_options.union_default_graph = options.union_default_graph;
  auto start = std::chrono::steady_clock::now();
  Result<std::unique_ptr<QueryPlan>> planned =
      PlanQuery(st.query, options.parameters, plan_options, ctx.get());
  if (!planned.ok()) return planned.status();
  std::unique_ptr<QueryPlan> plan = std::move(*planned);
  auto planned_at = std::chrono::steady_clock::now();

  if (st.explain) {
    auto cursor = std::make_unique<ValueCursor>(ResultCursor::Kind::kExplain);
    std::string text = "algebra:\n" + AlgebraToString(*plan->algebra.root) +
                       "\nplan:\n";
    if (st.analyze) {
      plan->root->Open(plan->seed);
      Row row;
      uint64_t rows = 0;
      while (plan->root->Next(&row)) ++rows;
      auto done = std::chrono::steady_clock::now();
      cursor->status_ = ctx->status();
      text += ExplainTree(*plan->root, true);
      text += "result rows: " + std::to_string(rows) +
              "; plan time: " + Micros(planned_at - start) +
              "; execution time: " + Micros(done - planned_at) +
              "; peak memory: " + std::to_string(ctx->peak_bytes()) +
              " bytes\n";
    } else {
      text += ExplainTree(*plan->root, false);
    }
    cursor->explain_ = std::move(text);
    return std::unique_ptr<ResultCursor>(std::move(cursor));
  }

  if (st.query.form == ast::QueryForm::kAsk) {
    auto cursor = std::make_unique<ValueCursor>(ResultCursor::Kind::kBoolean);
    plan->root->Open(plan->seed);
    Row row;
    cursor->boolean_ = plan->root->Next(&row);
    cursor->status_ = ctx->status();
    if (!cursor->status_.ok()) cursor->boolean_ = false;
    return std::unique_ptr<ResultCursor>(std::move(cursor));
  }
  return std::unique_ptr<ResultCursor>(std::make_unique<RowsCursor>(
      std::move(keep), std::move(view), std::move(ctx), std::move(plan)));
}

}  // namespace spoke::engine
