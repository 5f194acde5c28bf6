// One-off timing of parse / plan / execute for a 5-pattern query over
// 10,000 synthetic quads (not part of the build). With a build dir B:
//   g++ -std=c++20 -O2 -I. -Iinclude tests/unit/exec/timing_main.cc \
//     $B/engine/exec/libspoke_exec.a $B/engine/parse/libspoke_parse.a \
//     $B/grammar/libspoke_grammar.a $B/engine/expr/libspoke_expr.a \
//     $B/storage/libspoke_storage.a -lantlr4-runtime -lrocksdb -lre2 \
//     -lxxhash -lpthread -o /tmp/spoke_timing && /tmp/spoke_timing
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "engine/exec/planner.h"
#include "engine/exec/query_engine.h"
#include "engine/parse/parser.h"
#include "storage/quad_store.h"

using namespace spoke;
using Clock = std::chrono::steady_clock;

int main() {
  std::string dir = "/tmp/spoke_timing_db";
  std::filesystem::remove_all(dir);
  auto store = storage::QuadStore::Open({}, dir);
  if (!store.ok()) { std::puts(store.status().ToString().c_str()); return 1; }
  storage::QuadBatch batch;
  auto I = [](std::string s) { return Term::Iri("http://ex/" + s); };
  for (int i = 0; i < 2000; ++i) {
    Term p = I("p" + std::to_string(i));
    Term g = I("g" + std::to_string(i % 50));
    batch.Insert({p, I("type"), I(i % 10 ? "Person" : "Org"), g});
    batch.Insert({p, I("name"), Term::Literal("n" + std::to_string(i)), g});
    batch.Insert({p, I("knows"), I("p" + std::to_string((i * 7) % 2000)), g});
    batch.Insert({p, I("age"), Term::TypedLiteral(std::to_string(i % 90), kXsdInteger), g});
    batch.Insert({p, I("city"), I("c" + std::to_string(i % 40)), g});
  }
  auto applied = (*store)->Apply(batch);
  if (!applied.ok()) { std::puts(applied.status().ToString().c_str()); return 1; }
  const char* q =
      "PREFIX ex: <http://ex/> SELECT ?n ?m WHERE { ?x ex:name \"n42\" . "
      "?x ex:knows ?y . ?y ex:name ?m . ?y ex:city ?c . ?x ex:type ?t }";
  engine::QueryEngine eng(store->get(), 0);
  const int kIters = 2000;
  auto prepared = eng.Prepare(q);
  if (!prepared.ok()) { std::puts(prepared.status().ToString().c_str()); return 1; }
  // Parse.
  auto t0 = Clock::now();
  for (int i = 0; i < kIters; ++i) {
    auto p = engine::Parse(q);
    if (!p.ok()) return 1;
  }
  auto t1 = Clock::now();
  // Plan (fresh view + context + plan each time, ids cached as the engine does).
  engine::IdCache ids;
  for (int i = 0; i < kIters; ++i) {
    auto view = (*store)->NewReadView();
    engine::ExecContext ctx(view.get(), {}, false, &ids);
    auto plan = engine::PlanQuery((*prepared)->statement().query, {}, {}, &ctx);
    if (!plan.ok()) { std::puts(plan.status().ToString().c_str()); return 1; }
  }
  auto t2 = Clock::now();
  // Execute (plan + run to the end), as QueryEngine::Execute does.
  size_t rows = 0;
  for (int i = 0; i < kIters; ++i) {
    auto cursor = eng.Execute(**prepared, {});
    if (!cursor.ok()) return 1;
    for (; (*cursor)->Valid(); (*cursor)->Next()) ++rows;
  }
  auto t3 = Clock::now();
  auto us = [&](auto a, auto b) {
    return std::chrono::duration<double, std::micro>(b - a).count() / kIters;
  };
  std::printf("rows/query=%zu parse=%.1f us plan=%.1f us plan+execute=%.1f us "
              "execute-only~=%.1f us\n",
              rows / kIters, us(t0, t1), us(t1, t2), us(t2, t3),
              us(t2, t3) - us(t1, t2));
  auto cursor = eng.Prepare(std::string("EXPLAIN ANALYZE ") + q);
  auto ex = eng.Execute(**cursor, {});
  std::puts((*ex)->explain_text().c_str());
  return 0;
}
