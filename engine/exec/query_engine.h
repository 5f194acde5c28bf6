// QueryEngine: the engine's entry point. Prepare parses a statement once
// (with a small LRU cache keyed by text and parse options); Execute plans
// and runs it on one fresh ReadView (snapshot), or applies an update as one
// atomic QuadBatch.
//
// Thread safety: thread-safe. Many threads may Prepare and Execute on one
// engine at once; each execution has its own snapshot and state. A
// Prepared statement is immutable and may be shared. The engine, its
// Prepared statements and cursors must not outlive the QuadStore.

#ifndef SPOKE_ENGINE_EXEC_QUERY_ENGINE_H_
#define SPOKE_ENGINE_EXEC_QUERY_ENGINE_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/exec/decode_cache.h"
#include "engine/exec/id_cache.h"
#include "engine/exec/result_cursor.h"
#include "engine/parse/ast.h"
#include "engine/parse/parser.h"
#include "spoke/status.h"
#include "spoke/term.h"
#include "storage/quad_store.h"

namespace spoke::engine {

struct ExecOptions {
  // The default graph: true = the merge of all graphs; false = SPARQL's
  // plain default graph (only the unnamed graph). FROM overrides both.
  bool union_default_graph = true;
  // If set, storing true cancels the execution (status kCancelled). Must
  // outlive the cursor.
  const std::atomic<bool>* cancel = nullptr;
  // Past it, the cursor's status becomes kTimedOut.
  std::optional<std::chrono::steady_clock::time_point> deadline;
  // Values bound to variables (name without '?') before execution, treated
  // as constants: never spliced into text.
  std::unordered_map<std::string, Term> parameters;
  // 0: unlimited. Memory ORDER BY, GROUP BY, DISTINCT and hash joins may
  // hold; past it the cursor fails with kResourceExhausted.
  size_t memory_limit_bytes = 0;
};

// A parsed statement. Immutable.
class Prepared : public std::enable_shared_from_this<Prepared> {
 public:
  Prepared(std::string text, ast::Statement statement)
      : text_(std::move(text)), statement_(std::move(statement)) {}
  const std::string& text() const { return text_; }
  const ast::Statement& statement() const { return statement_; }
  bool is_update() const {
    return statement_.kind == ast::StatementKind::kUpdate;
  }
  // SELECT's result variables; empty otherwise.
  const std::vector<std::string>& columns() const {
    return statement_.query.result_vars;
  }

 private:
  std::string text_;
  ast::Statement statement_;
};

class QueryEngine {
 public:
  // `store` must outlive the engine. `cache_capacity`: parsed statements
  // kept (0 disables the cache).
  explicit QueryEngine(storage::QuadStore* store, size_t cache_capacity = 128);

  // Parses `text`. Errors: the parser's (kSyntaxError, kSemanticError,
  // kNotSupported) with position and context.
  Result<std::shared_ptr<const Prepared>> Prepare(std::string_view text,
                                                  const ParseOptions& options = {});

  // Runs `prepared`, which must have come from Prepare (it is kept alive by
  // the cursor). Errors here: planning (bad parameters, unsupported
  // shapes), an update's failure (nothing applied). Errors while rows are
  // produced come back in the cursor's status().
  Result<std::unique_ptr<ResultCursor>> Execute(const Prepared& prepared,
                                                const ExecOptions& options);

 private:
  storage::QuadStore* store_;
  size_t capacity_;
  std::mutex mu_;
  // Most recently used first.
  std::list<std::pair<std::string, std::shared_ptr<const Prepared>>> lru_;
  std::unordered_map<std::string, decltype(lru_)::iterator> index_;
  IdCache ids_;  // constants' store ids, shared by executions
  DecodeCache decoded_;  // terms of store ids, shared by executions
  uint64_t blank_prefix_;
  std::atomic<uint64_t> blank_counter_{0};
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_QUERY_ENGINE_H_
