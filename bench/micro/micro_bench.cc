// Google Benchmark micro-benchmarks (issue 7): term encode and decode,
// index scan rows per second, parse (no cache) and prepare (cache hit),
// planning, and a point lookup end to end (plan + execute + decode).
// Builds with -DSPOKE_BUILD_BENCH=ON; run:
//   build/<dir>/bench/micro/micro_bench [--benchmark_filter=REGEX]
// Data: synthetic quads written to a temporary store at start (SPOKE_BENCH_QUADS
// sets how many, default 200000), removed at exit.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "engine/exec/exec_context.h"
#include "engine/exec/id_cache.h"
#include "engine/exec/planner.h"
#include "engine/exec/query_engine.h"
#include "engine/parse/parser.h"
#include "storage/quad_store.h"
#include "storage/term_codec.h"

namespace spoke {
namespace {

// A 5-pattern join, the shape of the story questions.
constexpr const char* kJoinQuery =
    "PREFIX ex: <http://ex.org/> SELECT ?n ?m WHERE { ?x ex:name \"n42\" . "
    "?x ex:knows ?y . ?y ex:name ?m . ?y ex:city ?c . ?x ex:type ?t }";
// A point lookup: one subject, all its properties.
constexpr const char* kPointQuery =
    "PREFIX ex: <http://ex.org/> SELECT ?p ?o WHERE { ex:p42 ?p ?o }";

Term I(const std::string& s) { return Term::Iri("http://ex.org/" + s); }

// The shared store, filled once.
struct Fixture {
  std::string dir;
  std::unique_ptr<storage::QuadStore> store;
  uint64_t quads = 0;

  Fixture() {
    dir = (std::filesystem::temp_directory_path() /
           ("spoke-micro-bench-" + std::to_string(getpid())))
              .string();
    std::filesystem::remove_all(dir);
    auto opened = storage::QuadStore::Open({}, dir);
    if (!opened.ok()) Die(opened.status());
    store = std::move(*opened);
    const char* env = std::getenv("SPOKE_BENCH_QUADS");
    uint64_t want = env ? std::strtoull(env, nullptr, 10) : 200000;
    uint64_t people = want / 5;
    storage::QuadBatch batch;
    for (uint64_t i = 0; i < people; ++i) {
      Term p = I("p" + std::to_string(i));
      Term g = I("g" + std::to_string(i % 500));
      batch.Insert({p, I("type"), I(i % 10 ? "Person" : "Org"), g});
      batch.Insert({p, I("name"), Term::Literal("n" + std::to_string(i)), g});
      batch.Insert({p, I("knows"), I("p" + std::to_string((i * 7) % people)), g});
      batch.Insert({p, I("age"),
                    Term::TypedLiteral(std::to_string(i % 90), kXsdInteger), g});
      batch.Insert({p, I("city"), I("c" + std::to_string(i % 400)), g});
      if (batch.ops().size() >= 50000 || i + 1 == people) {
        auto applied = store->Apply(batch);
        if (!applied.ok()) Die(applied.status());
        quads += applied->inserted;
        batch = storage::QuadBatch();
      }
    }
  }
  ~Fixture() {
    store.reset();
    std::filesystem::remove_all(dir);
  }
  static void Die(const Status& s) {
    std::fprintf(stderr, "micro_bench: %s\n", s.ToString().c_str());
    std::exit(1);
  }
};

Fixture* fixture = nullptr;  // deleted at the end of main

Fixture& Data() {
  if (fixture == nullptr) fixture = new Fixture();
  return *fixture;
}

std::vector<Term> SampleTerms() {
  return {Term::Iri("https://spoke.example/bench/entity/mustafa-al-kadhimi"),
          Term::LangLiteral("مصطفى الكاظمي", "ar"),
          Term::TypedLiteral("2021-11-07", "http://www.w3.org/2001/XMLSchema#date"),
          Term::Literal("The residence was hit by an explosive-laden drone.")};
}

void BM_TermEncode(benchmark::State& state) {
  std::vector<Term> terms = SampleTerms();
  size_t i = 0;
  for (auto _ : state) {
    auto encoded = storage::EncodeTerm(terms[i++ % terms.size()]);
    benchmark::DoNotOptimize(encoded);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TermEncode);

void BM_TermDecode(benchmark::State& state) {
  std::vector<std::string> encoded;
  for (const Term& t : SampleTerms()) encoded.push_back(*storage::EncodeTerm(t));
  size_t i = 0;
  for (auto _ : state) {
    auto term = storage::DecodeTerm(encoded[i++ % encoded.size()]);
    benchmark::DoNotOptimize(term);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TermDecode);

// Decode through the store: id -> term (dictionary read, block cache warm).
void BM_TermDecodeFromStore(benchmark::State& state) {
  auto view = Data().store->NewReadView();
  std::vector<storage::TermId> ids;
  for (int i = 0; i < 1000; ++i) {
    auto id = view->Lookup(I("p" + std::to_string(i * 13)));
    if (!id.ok()) Fixture::Die(id.status());
    ids.push_back(*id);
  }
  size_t i = 0;
  for (auto _ : state) {
    auto term = view->Decode(ids[i++ % ids.size()]);
    benchmark::DoNotOptimize(term);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TermDecodeFromStore);

// Rows per second of one index range scan: arg 0 = the whole SPOG index,
// 1 = one predicate's quads through POSG.
void BM_IndexScan(benchmark::State& state) {
  auto view = Data().store->NewReadView();
  storage::ScanSpec spec;
  if (state.range(0) == 1) {
    auto p = view->Lookup(I("name"));
    if (!p.ok()) Fixture::Die(p.status());
    spec.p = *p;
  }
  uint64_t rows = 0;
  for (auto _ : state) {
    auto cursor = view->Scan(spec);
    for (; cursor->Valid(); cursor->Next()) {
      benchmark::DoNotOptimize(cursor->quad());
      ++rows;
    }
    if (!cursor->status().ok()) Fixture::Die(cursor->status());
  }
  state.SetItemsProcessed(rows);
  state.counters["rows_per_scan"] =
      static_cast<double>(rows) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_IndexScan)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Parse without the parse cache (the ANTLR DFA warm after the first
// iteration; the process's very first parse is BM_ParseFirstInProcess).
void BM_Parse(benchmark::State& state) {
  for (auto _ : state) {
    auto parsed = engine::Parse(kJoinQuery);
    if (!parsed.ok()) Fixture::Die(parsed.status());
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMicrosecond);

// Prepare of a text already in the engine's parse cache (what a repeated
// query costs before planning).
void BM_PrepareCached(benchmark::State& state) {
  engine::QueryEngine engine(Data().store.get());
  if (!engine.Prepare(kJoinQuery).ok()) std::exit(1);
  for (auto _ : state) {
    auto prepared = engine.Prepare(kJoinQuery);
    benchmark::DoNotOptimize(prepared);
  }
}
BENCHMARK(BM_PrepareCached)->Unit(benchmark::kMicrosecond);

// Planning the 5-pattern join: a read view, an execution context and the
// plan (join order and index choice from statistics), constants' ids
// cached across iterations as the engine does.
void BM_Plan(benchmark::State& state) {
  engine::QueryEngine engine(Data().store.get());
  auto prepared = engine.Prepare(kJoinQuery);
  if (!prepared.ok()) Fixture::Die(prepared.status());
  engine::IdCache ids;
  for (auto _ : state) {
    auto view = Data().store->NewReadView();
    engine::ExecContext ctx(view.get(), {}, false, &ids);
    auto plan = engine::PlanQuery((*prepared)->statement().query, {}, {}, &ctx);
    if (!plan.ok()) Fixture::Die(plan.status());
    benchmark::DoNotOptimize(plan);
  }
}
BENCHMARK(BM_Plan)->Unit(benchmark::kMicrosecond);

// Prepare (cached) + plan + execute + decode every row: the point-lookup
// target of issue 7 is 100 us warm.
void RunToEnd(engine::QueryEngine& engine, const char* text,
              benchmark::State& state) {
  uint64_t rows = 0;
  for (auto _ : state) {
    auto prepared = engine.Prepare(text);
    if (!prepared.ok()) Fixture::Die(prepared.status());
    auto cursor = engine.Execute(**prepared, {});
    if (!cursor.ok()) Fixture::Die(cursor.status());
    for (; (*cursor)->Valid(); (*cursor)->Next()) {
      benchmark::DoNotOptimize((*cursor)->row());
      ++rows;
    }
    if (!(*cursor)->status().ok()) Fixture::Die((*cursor)->status());
  }
  state.counters["rows"] =
      static_cast<double>(rows) / static_cast<double>(state.iterations());
}

void BM_PointLookup(benchmark::State& state) {
  engine::QueryEngine engine(Data().store.get());
  RunToEnd(engine, kPointQuery, state);
}
BENCHMARK(BM_PointLookup)->Unit(benchmark::kMicrosecond);

void BM_JoinQuery(benchmark::State& state) {
  engine::QueryEngine engine(Data().store.get());
  RunToEnd(engine, kJoinQuery, state);
}
BENCHMARK(BM_JoinQuery)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace spoke

// The first parse of a process pays for the ANTLR DFA; it cannot be
// repeated in a loop, so it is timed once, before any other benchmark.
int main(int argc, char** argv) {
  auto t0 = std::chrono::steady_clock::now();
  auto parsed = spoke::engine::Parse(spoke::kJoinQuery);
  double first_us = std::chrono::duration<double, std::micro>(
                        std::chrono::steady_clock::now() - t0)
                        .count();
  if (!parsed.ok()) return 1;
  benchmark::AddCustomContext("first_parse_in_process_us",
                              std::to_string(first_us));
  spoke::Data();  // build the store before timing starts
  benchmark::AddCustomContext("quads", std::to_string(spoke::Data().quads));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  delete spoke::fixture;  // closes the store and removes its directory
  return 0;
}
