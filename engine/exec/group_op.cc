#include "engine/exec/group_op.h"

#include <utility>

namespace spoke::engine {

GroupOp::GroupOp(ExecContext* ctx, OperatorPtr child,
                 std::vector<GroupKeySpec> keys,
                 std::vector<AggregateSpec> aggregates)
    : Operator(ctx),
      child_(std::move(child)),
      keys_(std::move(keys)),
      aggregates_(std::move(aggregates)) {}

std::string GroupOp::Describe() const {
  std::string out = "Group by (";
  for (size_t i = 0; i < keys_.size(); ++i) {
    out += (i ? ", " : "") + keys_[i].text;
  }
  out += ") aggregates (";
  for (size_t i = 0; i < aggregates_.size(); ++i) {
    out += (i ? ", " : "") + aggregates_[i].text;
  }
  return out + ")";
}

GroupOp::Group* GroupOp::NewGroup(Row key) {
  size_t bytes = key.size() * sizeof(TermId) + 64 + aggregates_.size() * 96;
  reserved_ += bytes;
  if (!ctx_->Reserve(bytes, "GROUP BY")) return nullptr;
  Group g;
  g.key = key;
  g.id_counts.resize(aggregates_.size());
  for (size_t i = 0; i < aggregates_.size(); ++i) {
    const AggregateSpec& a = aggregates_[i];
    if (a.count_slot >= 0) {
      g.accumulators.emplace_back();
      if (a.function.distinct) {
        g.id_counts[i].seen = std::make_unique<std::unordered_set<TermId>>();
      }
    } else {
      g.accumulators.push_back(a.function.NewAccumulator());
    }
  }
  index_.emplace(std::move(key), groups_.size());
  groups_.push_back(std::move(g));
  return &groups_.back();
}

void GroupOp::Accumulate(const Row& row, Group* group) {
  for (size_t i = 0; i < aggregates_.size(); ++i) {
    const AggregateSpec& a = aggregates_[i];
    if (a.count_slot >= 0) {
      TermId id = row[a.count_slot];
      if (id == kUnbound) continue;
      IdCount& c = group->id_counts[i];
      if (c.seen != nullptr) {
        if (!c.seen->insert(id).second) continue;
        size_t bytes = sizeof(TermId) + 32;
        reserved_ += bytes;
        if (!ctx_->Reserve(bytes, "GROUP BY")) return;
      }
      ++c.count;
      continue;
    }
    if (a.arg == nullptr) {
      if (!a.function.distinct) {
        group->accumulators[i]->Add(expr::Value::Error());
        continue;
      }
      std::string key;
      for (int s : a.row_slots) key += std::to_string(row[s]) + ",";
      size_t bytes = key.size() + 64;
      reserved_ += bytes;
      if (!ctx_->Reserve(bytes, "GROUP BY")) return;
      group->accumulators[i]->Add(expr::Value(Term::Literal(std::move(key))));
      continue;
    }
    Term value;
    if (a.arg->Evaluate(row, ctx_, &value) && !value.is_none()) {
      if (a.function.distinct) {
        size_t bytes = value.value().size() + 64;
        reserved_ += bytes;
        if (!ctx_->Reserve(bytes, "GROUP BY")) return;
      }
      group->accumulators[i]->Add(expr::Value(std::move(value)));
    } else {
      group->accumulators[i]->Add(expr::Value::Error());
    }
  }
}

void GroupOp::OpenImpl(const Row& seed) {
  groups_.clear();
  index_.clear();
  ctx_->Release(reserved_);
  reserved_ = 0;
  pos_ = 0;
  seed_ = seed;
  child_->Open(seed);
  Row row;
  Row key(keys_.size());
  while (child_->Next(&row)) {
    if (!ctx_->Tick()) return;
    ctx_->terms()->Trim();
    for (size_t i = 0; i < keys_.size(); ++i) {
      const GroupKeySpec& k = keys_[i];
      if (k.source_slot >= 0) {
        key[i] = row[k.source_slot];
        continue;
      }
      Term value;
      key[i] = kUnbound;
      if (k.expr->Evaluate(row, ctx_, &value) && !value.is_none()) {
        Result<TermId> id = ctx_->terms()->Intern(value);
        if (!id.ok()) return ctx_->Fail(id.status());
        key[i] = *id;
      }
    }
    if (!ctx_->ok()) return;
    auto it = index_.find(key);
    Group* group = it != index_.end() ? &groups_[it->second] : NewGroup(key);
    if (group == nullptr) return;
    Accumulate(row, group);
    if (!ctx_->ok()) return;
  }
  if (ctx_->ok() && keys_.empty() && groups_.empty()) NewGroup(Row());
}

bool GroupOp::NextImpl(Row* row) {
  if (!ctx_->ok() || pos_ >= groups_.size()) return false;
  Group& g = groups_[pos_++];
  *row = seed_;
  for (size_t i = 0; i < keys_.size(); ++i) {
    (*row)[keys_[i].target_slot] = g.key[i];
  }
  for (size_t i = 0; i < aggregates_.size(); ++i) {
    Result<TermId> id = TermId{kUnbound};
    if (aggregates_[i].count_slot >= 0) {
      id = ctx_->terms()->Intern(Term::TypedLiteral(
          std::to_string(g.id_counts[i].count), kXsdInteger));
    } else {
      expr::Value v = g.accumulators[i]->Finish();
      if (v.is_error()) continue;
      id = ctx_->terms()->Intern(v.term());
    }
    if (!id.ok()) {
      ctx_->Fail(id.status());
      return false;
    }
    (*row)[aggregates_[i].target_slot] = *id;
  }
  return true;
}

}  // namespace spoke::engine
