// storage_bench: bulk-load rate, peak memory and bytes on disk per quad for
// a synthetic skewed dataset.
//
//   storage_bench --quads 1000000 --db /tmp/spoke-bench [--budget-mb 1024]
//                 [--graphs 1000] [--seed 1] [--keep]

#include <sys/resource.h>

#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "storage/quad_store.h"
#include "storage/rocks_store.h"

namespace {

using spoke::Quad;
using spoke::Term;
using Clock = std::chrono::steady_clock;

struct Args {
  uint64_t quads = 1000000;
  std::string db = "/tmp/spoke-storage-bench";
  size_t budget_mb = 1024;
  int graphs = 1000;
  uint32_t seed = 1;
  bool keep = false;
};

// Skewed synthetic quads: entity ids follow a power law (a few hubs, a
// long tail of rare ones); objects are entities, strings, integers or
// language-tagged labels; each quad sits in one of `graphs` graphs.
class Generator {
 public:
  Generator(uint32_t seed, uint64_t quads, int graphs)
      : rng_(seed), entities_(std::max<uint64_t>(quads / 4, 100)), graphs_(graphs) {}

  Quad Next() {
    uint64_t s = Skewed(entities_);
    uint64_t p = Skewed(60);
    Quad q;
    q.subject = Term::Iri("http://bench.spoke/entity/" + std::to_string(s));
    q.predicate = Term::Iri("http://bench.spoke/prop/p" + std::to_string(p));
    switch (rng_() % 10) {
      case 0: case 1: case 2: case 3:
        q.object = Term::Iri("http://bench.spoke/entity/" +
                             std::to_string(Skewed(entities_)));
        break;
      case 4: case 5:
        q.object = Term::TypedLiteral(std::to_string(rng_() % 100000),
                                      spoke::kXsdInteger);
        break;
      case 6: case 7:
        q.object = Term::Literal("text value " + std::to_string(rng_() % (entities_ * 2)) +
                                 " about entity " + std::to_string(s));
        break;
      default:
        q.object = Term::LangLiteral("label " + std::to_string(s), "en");
    }
    q.graph = Term::Iri("http://bench.spoke/graph/" +
                        std::to_string(Skewed(graphs_)));
    return q;
  }

 private:
  // A power-law id in [0, n): hubs get most of the mass.
  uint64_t Skewed(uint64_t n) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    return static_cast<uint64_t>(std::pow(u, 3.0) * n) % n;
  }
  std::mt19937_64 rng_;
  uint64_t entities_;
  uint64_t graphs_;
};

uint64_t DirBytes(const std::string& dir) {
  uint64_t total = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return total;
}

long PeakRssMb() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

// User + system CPU seconds of this process so far (all threads): unlike
// wall time, not inflated when other processes share the cores.
double CpuSeconds() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// SST bytes per quad of each column family (memtables not counted).
void PrintColumnFamilySizes(const char* when, spoke::storage::RocksStore* store,
                            uint64_t quads) {
  std::printf("sst bytes/quad %-13s", when);
  for (int i = 0; i < spoke::storage::kNumCfs; ++i) {
    uint64_t bytes = 0;
    store->db()->GetIntProperty(store->cf(i), "rocksdb.total-sst-files-size",
                                &bytes);
    if (bytes == 0) continue;
    std::printf(" %s %.1f", spoke::storage::CfName(i), double(bytes) / quads);
  }
  std::printf("\n");
}

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

bool ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* {
      return i + 1 < argc ? argv[++i] : nullptr;
    };
    const char* v = nullptr;
    if (a == "--keep") {
      args->keep = true;
      continue;
    }
    if ((v = value()) == nullptr) return false;
    if (a == "--quads") args->quads = std::strtoull(v, nullptr, 10);
    else if (a == "--db") args->db = v;
    else if (a == "--budget-mb") args->budget_mb = std::strtoull(v, nullptr, 10);
    else if (a == "--graphs") args->graphs = std::atoi(v);
    else if (a == "--seed") args->seed = static_cast<uint32_t>(std::atoi(v));
    else return false;
  }
  return args->quads > 0 && args->graphs > 0;
}

int Fail(const spoke::Status& s) {
  std::fprintf(stderr, "storage_bench: %s\n", s.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr,
                 "usage: storage_bench [--quads N] [--db DIR] [--budget-mb MB] "
                 "[--graphs N] [--seed N] [--keep]\n");
    return 2;
  }
  std::filesystem::remove_all(args.db);

  // Generation alone, to separate its cost from the load's.
  auto g0 = Clock::now();
  {
    Generator gen(args.seed, args.quads, args.graphs);
    size_t sink = 0;
    for (uint64_t i = 0; i < args.quads; ++i) sink += gen.Next().object.value().size();
    if (sink == 0) std::printf(" ");
  }
  double gen_s = Seconds(g0, Clock::now());

  spoke::storage::StoreOptions opts;
  opts.bulk_memory_budget = args.budget_mb << 20;
  auto opened = spoke::storage::RocksStore::OpenStore(opts, args.db);
  if (!opened.ok()) return Fail(opened.status());
  spoke::storage::RocksStore* store = opened->get();

  double cpu0 = CpuSeconds();
  auto t0 = Clock::now();
  spoke::storage::BulkLoadOptions lo;
  lo.dataset = "bench";
  lo.source = "synthetic";
  auto load = store->StartBulkLoad(lo);
  if (!load.ok()) return Fail(load.status());
  Generator gen(args.seed, args.quads, args.graphs);
  for (uint64_t i = 0; i < args.quads; ++i) {
    spoke::Status s = (*load)->Add(gen.Next());
    if (!s.ok()) return Fail(s);
  }
  auto t1 = Clock::now();
  auto result = (*load)->Commit();
  if (!result.ok()) return Fail(result.status());
  load->reset();
  auto t2 = Clock::now();
  double load_cpu = CpuSeconds() - cpu0;

  auto stats = store->NewReadView()->Stats();
  if (!stats.ok()) return Fail(stats.status());
  uint64_t quads = stats->quads;
  uint64_t bytes_loaded = DirBytes(args.db);
  PrintColumnFamilySizes("after load", store, quads);
  auto c0 = Clock::now();
  spoke::Status cs = store->CompactAll();
  if (!cs.ok()) return Fail(cs);
  double compact_s = Seconds(c0, Clock::now());
  uint64_t bytes_compacted = DirBytes(args.db);
  PrintColumnFamilySizes("after compact", store, quads);

  std::fflush(stdout);
  double load_s = Seconds(t0, t2);
  std::printf("quads generated     %" PRIu64 " (%" PRIu64 " distinct, %" PRIu64
              " triples, %zu predicates)\n",
              args.quads, quads, stats->triples, stats->predicates.size());
  std::printf("generation alone    %.2f s\n", gen_s);
  std::printf("add (ids + sort)    %.2f s\n", Seconds(t0, t1));
  std::printf("commit (sst+ingest) %.2f s\n", Seconds(t1, t2));
  std::printf("load total          %.2f s = %.0f quads/s (%.0f quads/s "
              "without generation)\n",
              load_s, args.quads / load_s,
              args.quads / std::max(1e-9, load_s - gen_s));
  std::printf("load CPU time       %.2f s (all threads) = %.0f quads per "
              "CPU-second\n",
              load_cpu, args.quads / load_cpu);
  std::printf("peak RSS            %ld MiB (budget %zu MiB)\n", PeakRssMb(),
              args.budget_mb);
  std::printf("disk after load     %.1f MiB = %.1f bytes/quad\n",
              bytes_loaded / 1048576.0, double(bytes_loaded) / quads);
  std::printf("disk after compact  %.1f MiB = %.1f bytes/quad (compaction "
              "%.2f s)\n",
              bytes_compacted / 1048576.0, double(bytes_compacted) / quads,
              compact_s);
  opened->reset();
  if (!args.keep) std::filesystem::remove_all(args.db);
  return 0;
}
