// Thread-safety stress test of the public API: several reader threads run
// prepared queries (each thread its own PreparedQuery copies) while one
// writer thread applies WriteBatches and replaces a loaded dataset. Every
// reader result is checked against a model of what a snapshot may contain.
//
// The writer's history is deterministic. Batch i (i = 0, 1, ...):
//   - moves the counter (<c> <v> i) to (<c> <v> i+1), and
//   - toggles the pair of x_k, k = i % kPairs: inserts both (x_k <p> <one>)
//     and (x_k <q> <one>) if absent, deletes both if present.
// So the counter value n seen in a snapshot fixes exactly which pairs that
// snapshot must hold. Every kLoadEvery batches the writer also replaces
// dataset "gen" (kLoadSize triples (y_j <r> G), one generation G) by
// LoadText; a snapshot must see one generation, complete, and per reader
// both n and G never go backwards.

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "spoke/spoke.h"

namespace spoke {
namespace {

constexpr int kPairs = 16;
constexpr int kLoadEvery = 8;
constexpr int kLoadSize = 40;
constexpr int kReaders = 3;
constexpr auto kRunTime = std::chrono::milliseconds(2500);
constexpr int64_t kMinBatches = 60;

const std::string kEx = "http://stress.example/";

Term Iri(const std::string& local) { return Term::Iri(kEx + local); }
Term Int(int64_t v) { return Term::TypedLiteral(std::to_string(v), kXsdInteger); }
Term X(int k) { return Iri("x" + std::to_string(k)); }

// Which pairs must be present after n batches.
std::set<int> ExpectedPairs(int64_t n) {
  std::set<int> present;
  for (int k = 0; k < kPairs; ++k) {
    int64_t toggles = n / kPairs + (k < n % kPairs ? 1 : 0);
    if (toggles % 2 == 1) present.insert(k);
  }
  return present;
}

std::string LoadText(int generation) {
  std::string text;
  for (int j = 0; j < kLoadSize; ++j) {
    text += "<" + kEx + "y" + std::to_string(j) + "> <" + kEx + "r> \"" +
            std::to_string(generation) + "\"^^<" + std::string(kXsdInteger) +
            "> .\n";
  }
  return text;
}

class StressTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("spoke_stress_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    Options options;
    options.sync_writes = false;  // the test is about visibility, not fsync
    auto db = Database::Open(options, dir_.string());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(*db);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
};

struct ReaderStats {
  int64_t queries = 0;
  int64_t max_counter = 0;
  int64_t loads_seen = 0;
};

TEST_F(StressTest, ReadersSeeWholeBatchesAndLoadsWhileOneThreadWrites) {
  {
    WriteBatch init;
    init.Insert(Quad{Iri("c"), Iri("v"), Int(0), Term()});
    auto r = db_->Apply(init);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  // One snapshot: the counter and every pair quad together.
  auto pairs_q = db_->Prepare(
      "SELECT ?x ?pp ?n WHERE { { ?x ?pp ?one } UNION { ?c ?v ?n } }");
  ASSERT_TRUE(pairs_q.ok()) << pairs_q.status().ToString();
  ASSERT_TRUE(pairs_q->Bind("one", Iri("one")).ok());
  ASSERT_TRUE(pairs_q->Bind("c", Iri("c")).ok());
  ASSERT_TRUE(pairs_q->Bind("v", Iri("v")).ok());
  auto gen_q = db_->Prepare(
      "SELECT ?g (COUNT(*) AS ?n) WHERE { ?y ?r ?g } GROUP BY ?g");
  ASSERT_TRUE(gen_q.ok()) << gen_q.status().ToString();
  ASSERT_TRUE(gen_q->Bind("r", Iri("r")).ok());

  std::atomic<bool> stop{false};
  std::atomic<bool> failed{false};
  int64_t batches = 0;
  int loads = 0;

  std::thread writer([&] {
    // At least kRunTime, and at least kMinBatches batches however slow the
    // build (sanitizers) or the machine.
    auto start = std::chrono::steady_clock::now();
    auto running = [&](int64_t i) {
      auto now = std::chrono::steady_clock::now();
      return now < start + kRunTime || i < kMinBatches;
    };
    std::set<int> present;
    for (int64_t i = 0; running(i) && !failed; ++i) {
      WriteBatch b;
      b.Delete(Quad{Iri("c"), Iri("v"), Int(i), Term()});
      b.Insert(Quad{Iri("c"), Iri("v"), Int(i + 1), Term()});
      int k = static_cast<int>(i % kPairs);
      bool was = present.count(k) > 0;
      for (const char* pred : {"p", "q"}) {
        Quad q{X(k), Iri(pred), Iri("one"), Term()};
        if (was) {
          b.Delete(q);
        } else {
          b.Insert(q);
        }
      }
      auto r = db_->Apply(b);
      if (!r.ok() || r->first != (was ? 1u : 3u) ||
          r->second != (was ? 3u : 1u)) {
        ADD_FAILURE() << "batch " << i << ": "
                      << (r.ok() ? "wrong change counts" : r.status().ToString());
        failed = true;
        break;
      }
      if (was) {
        present.erase(k);
      } else {
        present.insert(k);
      }
      batches = i + 1;
      if (i % kLoadEvery == 0) {
        LoadOptions lo;
        lo.dataset = "gen";
        lo.replace = true;
        lo.has_format = true;
        lo.format = RdfFormat::kNTriples;
        auto lr = db_->LoadText(LoadText(loads + 1), "gen.nt", lo);
        if (!lr.ok() || lr->quads_new != kLoadSize) {
          ADD_FAILURE() << "load " << loads + 1 << ": "
                        << (lr.ok() ? "wrong count" : lr.status().ToString());
          failed = true;
          break;
        }
        ++loads;
      }
    }
    stop = true;
  });

  std::vector<ReaderStats> stats(kReaders);
  std::vector<std::thread> readers;
  for (int t = 0; t < kReaders; ++t) {
    readers.emplace_back([&, t, pairs = *pairs_q, gen = *gen_q]() {
      ReaderStats& st = stats[t];
      int64_t last_gen = 0;
      while (!stop && !failed) {
        // Pairs against the counter, in one snapshot.
        auto cur = pairs.Execute();
        if (!cur.ok()) {
          ADD_FAILURE() << cur.status().ToString();
          failed = true;
          return;
        }
        std::map<int, std::set<std::string>> seen;
        std::vector<int64_t> counters;
        for (; cur->Valid(); cur->Next()) {
          const Term& n = cur->Get("n");
          if (!n.is_none()) {
            counters.push_back(n.AsInteger().value_or(-1));
            continue;
          }
          const std::string& x = cur->Get("x").value();
          if (x.rfind(kEx + "x", 0) != 0) {
            ADD_FAILURE() << "reader " << t << ": unexpected subject " << x;
            failed = true;
            return;
          }
          int k = std::atoi(x.c_str() + kEx.size() + 1);
          seen[k].insert(cur->Get("pp").value().substr(kEx.size()));
        }
        if (!cur->status().ok() || counters.size() != 1) {
          ADD_FAILURE() << "reader " << t << ": " << cur->status().ToString()
                        << ", " << counters.size() << " counter values";
          failed = true;
          return;
        }
        int64_t n = counters[0];
        std::set<int> expected = ExpectedPairs(n);
        std::set<int> got;
        for (const auto& [k, preds] : seen) {
          if (preds != std::set<std::string>{"p", "q"}) {
            ADD_FAILURE() << "reader " << t << ": torn pair x" << k
                          << " at counter " << n;
            failed = true;
            return;
          }
          got.insert(k);
        }
        if (got != expected || n < st.max_counter) {
          ADD_FAILURE() << "reader " << t << ": snapshot at counter " << n
                        << " (previous " << st.max_counter << ") has "
                        << got.size() << " pairs, model says "
                        << expected.size();
          failed = true;
          return;
        }
        st.max_counter = n;
        ++st.queries;

        // The loaded dataset: one whole generation, never older.
        auto gc = gen.Execute();
        if (!gc.ok()) {
          ADD_FAILURE() << gc.status().ToString();
          failed = true;
          return;
        }
        int groups = 0;
        int64_t g = 0, count = 0;
        for (; gc->Valid(); gc->Next()) {
          ++groups;
          g = gc->Get("g").AsInteger().value_or(-1);
          count = gc->Get("n").AsInteger().value_or(-1);
        }
        bool ok = gc->status().ok() &&
                  (groups == 0 ? last_gen == 0
                               : groups == 1 && count == kLoadSize &&
                                     g >= last_gen);
        if (!ok) {
          ADD_FAILURE() << "reader " << t << ": " << groups
                        << " generations, last " << g << " with " << count
                        << " triples (previously saw " << last_gen << ") "
                        << gc->status().ToString();
          failed = true;
          return;
        }
        if (g > last_gen) ++st.loads_seen;
        last_gen = g;
        ++st.queries;
      }
    });
  }
  writer.join();
  for (auto& r : readers) r.join();

  int64_t queries = 0;
  for (const auto& s : stats) {
    queries += s.queries;
    EXPECT_GT(s.queries, 10) << "a reader barely ran";
  }
  EXPECT_GT(batches, 50) << "the writer barely ran";
  EXPECT_GT(loads, 5);
  RecordProperty("batches", std::to_string(batches));
  RecordProperty("loads", std::to_string(loads));
  RecordProperty("reader_queries", std::to_string(queries));
  std::printf("stress: %lld batches, %d loads, %lld checked reader queries\n",
              static_cast<long long>(batches), loads,
              static_cast<long long>(queries));

  // After the writers stop, the final state matches the model exactly.
  auto final_cur = pairs_q->Execute();
  ASSERT_TRUE(final_cur.ok());
  size_t rows = 0;
  for (; final_cur->Valid(); final_cur->Next()) ++rows;
  EXPECT_EQ(rows, 1 + 2 * ExpectedPairs(batches).size());
  EXPECT_TRUE(db_->Check().ok());
}

}  // namespace
}  // namespace spoke
