#include "engine/exec/update_executor.h"

#include <map>
#include <memory>
#include <set>
#include <utility>

namespace spoke::engine {
namespace {

// True if graph `g` holds a quad in `view`.
Result<bool> GraphHasQuads(const storage::ReadView& view, const Term& g) {
  Result<storage::TermId> id = view.Lookup(g);
  if (!id.ok()) {
    if (id.status().IsNotFound()) return false;
    return id.status();
  }
  storage::ScanSpec spec;
  spec.g = *id;
  std::unique_ptr<storage::QuadCursor> cursor = view.Scan(spec);
  if (cursor->Valid()) return true;
  Status s = cursor->status();
  if (!s.ok()) return s;
  return false;
}

}  // namespace

Result<storage::ApplyResult> ExecuteUpdate(
    const ast::Update& update, storage::QuadStore* store,
    const std::function<std::string()>& fresh_blank) {
  storage::QuadBatch batch;
  std::unique_ptr<storage::ReadView> view;
  // Graphs that get quads / lose all quads earlier in this request.
  std::set<Term> filled, cleared;
  for (const ast::UpdateOp& op : update.ops) {
    switch (op.kind) {
      case ast::UpdateKind::kInsertData: {
        std::map<std::string, Term> fresh;
        auto map_blank = [&](const Term& t) {
          if (!t.is_blank()) return t;
          auto it = fresh.find(t.value());
          if (it == fresh.end()) {
            it = fresh.emplace(t.value(), Term::Blank(fresh_blank())).first;
          }
          return it->second;
        };
        for (const Quad& q : op.quads) {
          Quad copy{map_blank(q.subject), q.predicate, map_blank(q.object),
                    q.graph};
          if (!copy.graph.is_none()) {
            filled.insert(copy.graph);
            cleared.erase(copy.graph);
          }
          batch.Insert(std::move(copy));
        }
        break;
      }
      case ast::UpdateKind::kDeleteData:
        for (const Quad& q : op.quads) {
          if (q.subject.is_blank() || q.object.is_blank()) {
            return Status::InvalidArgument(
                "DELETE DATA cannot contain blank nodes");
          }
          batch.Delete(q);
        }
        break;
      case ast::UpdateKind::kClearGraph:
      case ast::UpdateKind::kDropGraph: {
        if (!op.silent) {
          bool exists = filled.count(op.graph) > 0;
          if (!exists && !cleared.count(op.graph)) {
            if (view == nullptr) view = store->NewReadView();
            Result<bool> has = GraphHasQuads(*view, op.graph);
            if (!has.ok()) return has.status();
            exists = *has;
          }
          if (!exists) {
            return Status::NotFound("graph " + op.graph.ToNTriples() +
                                    " does not exist");
          }
        }
        filled.erase(op.graph);
        cleared.insert(op.graph);
        batch.ClearGraph(op.graph);
        break;
      }
    }
  }
  if (batch.empty()) return storage::ApplyResult{};
  return store->Apply(batch);
}

}  // namespace spoke::engine
