// Runs an update request (INSERT DATA, DELETE DATA, CLEAR GRAPH, DROP
// GRAPH; several separated by ';') as ONE storage::QuadBatch applied with
// QuadStore::Apply, so the whole request is atomic: all of it or nothing.
//
// Blank nodes in INSERT DATA become fresh blank nodes (one per label per
// operation, SPARQL 1.1 Update §3.1.1). CLEAR / DROP of a graph that holds
// no quads (after the request's earlier operations) fails with kNotFound
// unless SILENT, as SPARQL Update says for a graph that does not exist;
// the store keeps no empty graphs, so DROP and CLEAR are the same.

#ifndef SPOKE_ENGINE_EXEC_UPDATE_EXECUTOR_H_
#define SPOKE_ENGINE_EXEC_UPDATE_EXECUTOR_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

#include "engine/parse/ast.h"
#include "spoke/status.h"
#include "storage/quad_store.h"

namespace spoke::engine {

// `fresh_blank` returns a new, never used blank node label.
Result<storage::ApplyResult> ExecuteUpdate(
    const ast::Update& update, storage::QuadStore* store,
    const std::function<std::string()>& fresh_blank);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_UPDATE_EXECUTOR_H_
