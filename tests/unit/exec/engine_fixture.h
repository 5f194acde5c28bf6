// A QueryEngine over a fresh RocksDB QuadStore in a temporary directory,
// loaded with a small graph, and helpers to run queries and compare rows.

#ifndef SPOKE_TESTS_UNIT_EXEC_ENGINE_FIXTURE_H_
#define SPOKE_TESTS_UNIT_EXEC_ENGINE_FIXTURE_H_

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/exec/query_engine.h"
#include "storage/quad_store.h"

namespace spoke::engine::testing {

inline std::string Show(const Term& t) {
  if (t.is_none()) return "-";
  if (t.is_literal() && t.datatype() == kXsdInteger) return t.value();
  if (t.is_iri() && t.value().rfind("http://ex/", 0) == 0) {
    return ":" + t.value().substr(10);
  }
  return t.ToNTriples();
}

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("spoke_exec_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    storage::StoreOptions options;
    options.sync_writes = false;  // a test store needs no fsync
    options.block_cache_bytes = 4u << 20;
    auto store = storage::QuadStore::Open(options, dir_.string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    engine_ = std::make_unique<QueryEngine>(store_.get());
    prefixes_.prefixes["ex"] = "http://ex/";
    prefixes_.prefixes["xsd"] = std::string(kXsd);
  }
  void TearDown() override {
    engine_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  static Term I(const std::string& local) { return Term::Iri("http://ex/" + local); }
  static Term Int(int64_t v) {
    return Term::TypedLiteral(std::to_string(v), kXsdInteger);
  }

  void Insert(const std::vector<Quad>& quads) {
    storage::QuadBatch batch;
    for (const Quad& q : quads) batch.Insert(q);
    auto r = store_->Apply(batch);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }

  // The standard small graph: people with names, ages and friends in the
  // default graph and two named graphs.
  void LoadPeople() {
    Term name = I("name"), age = I("age"), knows = I("knows");
    Insert({
        {I("alice"), name, Term::Literal("Alice"), {}},
        {I("alice"), age, Int(30), {}},
        {I("alice"), knows, I("bob"), {}},
        {I("bob"), name, Term::Literal("Bob"), {}},
        {I("bob"), age, Int(25), {}},
        {I("bob"), knows, I("carol"), {}},
        {I("carol"), name, Term::LangLiteral("Carol", "en"), {}},
        {I("alice"), knows, I("dave"), I("g1")},
        {I("dave"), name, Term::Literal("Dave"), I("g1")},
        {I("bob"), knows, I("carol"), I("g2")},
        {I("erin"), age, Term::TypedLiteral("41.5", kXsdDecimal), I("g2")},
    });
  }

  Result<std::unique_ptr<ResultCursor>> Run(const std::string& query,
                                            const ExecOptions& options = {}) {
    auto prepared = engine_->Prepare(query, prefixes_);
    if (!prepared.ok()) return prepared.status();
    return engine_->Execute(**prepared, options);
  }

  // Rows as "a b c" lines (Show() of each column), sorted unless
  // `ordered`. Fails the test on an error.
  std::vector<std::string> Rows(const std::string& query,
                                const ExecOptions& options = {},
                                bool ordered = false) {
    std::vector<std::string> out;
    auto cursor = Run(query, options);
    EXPECT_TRUE(cursor.ok()) << cursor.status().ToString() << "\n" << query;
    if (!cursor.ok()) return out;
    for (; (*cursor)->Valid(); (*cursor)->Next()) {
      std::string line;
      for (const Term& t : (*cursor)->row()) {
        line += (line.empty() ? "" : " ") + Show(t);
      }
      out.push_back(line);
    }
    EXPECT_TRUE((*cursor)->status().ok()) << (*cursor)->status().ToString();
    if (!ordered) std::sort(out.begin(), out.end());
    return out;
  }

  std::vector<std::string> Ordered(const std::string& query,
                                   const ExecOptions& options = {}) {
    return Rows(query, options, true);
  }

  // The status after running `query` to its end.
  Status RunStatus(const std::string& query, const ExecOptions& options = {}) {
    auto cursor = Run(query, options);
    if (!cursor.ok()) return cursor.status();
    while ((*cursor)->Valid()) (*cursor)->Next();
    return (*cursor)->status();
  }

  std::string Explain(const std::string& query) {
    auto cursor = Run("EXPLAIN " + query);
    EXPECT_TRUE(cursor.ok()) << cursor.status().ToString();
    return cursor.ok() ? (*cursor)->explain_text() : "";
  }

  std::filesystem::path dir_;
  std::unique_ptr<storage::QuadStore> store_;
  std::unique_ptr<QueryEngine> engine_;
  ParseOptions prefixes_;
};

using Lines = std::vector<std::string>;

}  // namespace spoke::engine::testing

#endif  // SPOKE_TESTS_UNIT_EXEC_ENGINE_FIXTURE_H_
