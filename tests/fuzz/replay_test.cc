// Replays every committed fuzz input through its target, in the default
// test run (no libFuzzer needed): tests/fuzz/regressions/<target>/* are
// inputs that once crashed; tests/fuzz/corpus/<target>/* are the seeds.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/fuzz/fuzz_targets.h"

namespace spoke::fuzz {
namespace {

namespace fs = std::filesystem;

const char* const kTargets[] = {"query_parser", "query_exec", "ntriples",
                                "nquads",       "turtle",     "trig",
                                "term_decoder"};

// Runs every file under SPOKE_FUZZ_DIR/<kind>/<target>; returns how many.
int Replay(const std::string& kind, const std::string& target) {
  FuzzFn fn = TargetByName(target);
  EXPECT_NE(fn, nullptr) << target;
  fs::path dir = fs::path(SPOKE_FUZZ_DIR) / kind / target;
  if (fn == nullptr || !fs::is_directory(dir)) return 0;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().filename() != "README.md") {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    SCOPED_TRACE(f.string());
    std::ifstream in(f, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)),
                      std::istreambuf_iterator<char>());
    EXPECT_EQ(fn(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()),
              0);
  }
  return static_cast<int>(files.size());
}

class FuzzReplayTest : public ::testing::TestWithParam<const char*> {};

TEST_P(FuzzReplayTest, Regressions) { Replay("regressions", GetParam()); }

TEST_P(FuzzReplayTest, SeedCorpus) {
  EXPECT_GT(Replay("corpus", GetParam()), 0)
      << "no seed corpus for " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplayTest, ::testing::ValuesIn(kTargets),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace spoke::fuzz
