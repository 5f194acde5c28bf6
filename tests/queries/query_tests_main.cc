// query_tests: runs the query-test files (README.md) against Spoke, each
// block as its own GoogleTest named "<file>:<line>" (ctest discovers them
// through gtest_discover_tests).
//
// Environment:
//   SPOKE_REWRITE_TESTS=1  rewrite expected parts that differ, in place
//                          (run the binary directly, not through ctest -j)
//   SPOKE_SLOW_TESTS=1     also run *.test_slow files
//   SPOKE_SOURCE_DIR       the repository root (default: the build's)

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>

#include "tests/queries/block_runner.h"
#include "tests/queries/query_backend.h"
#include "tests/queries/test_discovery.h"
#include "tests/queries/test_file.h"
#include "tests/queries/test_rewriter.h"

namespace spoke::querytest {
namespace {

bool EnvIsSet(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
}

// Shared by all tests of the process: one backend, one runner, the parsed
// files, and the rewrites collected for the end.
struct Suite {
  std::string root;
  bool rewrite = false;
  std::unique_ptr<QueryBackend> backend;
  Status backend_status;
  std::unique_ptr<BlockRunner> runner;
  std::map<std::string, std::unique_ptr<TestFile>> files;
  std::map<const TestFile*, std::map<size_t, BlockResult>> rewrites;
};

Suite& GetSuite() {
  static Suite* suite = new Suite;
  return *suite;
}

// The backend is created on first use, so listing tests costs nothing.
BlockRunner* Runner(std::string* error) {
  Suite& s = GetSuite();
  if (!s.runner && s.backend_status.ok()) {
    std::string dir = ::testing::TempDir() + "spoke_query_tests_" +
                      std::to_string(::getpid());
    auto backend = NewEngineBackend(dir);
    if (!backend.ok()) {
      s.backend_status = backend.status();
    } else {
      s.backend = std::move(*backend);
      s.runner = std::make_unique<BlockRunner>(s.root, s.backend.get(),
                                               s.rewrite);
    }
  }
  if (!s.runner) *error = s.backend_status.ToString();
  return s.runner.get();
}

class BlockTest : public ::testing::Test {
 public:
  BlockTest(const TestFile* file, size_t index) : file_(file), index_(index) {}
  void TestBody() override {
    std::string error;
    BlockRunner* runner = Runner(&error);
    ASSERT_NE(runner, nullptr) << error;
    BlockResult r = runner->Run(*file_, index_);
    if (r.new_expected || r.new_header) {
      GetSuite().rewrites[file_][index_] = r;
      std::cout << "rewriting expected result of " << file_->path << ":"
                << file_->blocks[index_].header_line << "\n";
    }
    EXPECT_TRUE(r.passed) << r.failure;
  }

 private:
  const TestFile* file_;
  size_t index_;
};

class FileErrorTest : public ::testing::Test {
 public:
  explicit FileErrorTest(Status status) : status_(std::move(status)) {}
  void TestBody() override { FAIL() << status_.ToString(); }

 private:
  Status status_;
};

class RewriteOnExit : public ::testing::Environment {
 public:
  void TearDown() override {
    for (const auto& [file, changes] : GetSuite().rewrites) {
      Status s = RewriteTestFile(*file, changes);
      if (!s.ok()) {
        std::cerr << s.ToString() << "\n";
      } else {
        std::cout << "rewrote " << changes.size() << " block(s) in "
                  << file->path << "\n";
      }
    }
  }
};

void RegisterAll() {
  Suite& s = GetSuite();
  for (const std::string& rel :
       DiscoverTestFiles(s.root, EnvIsSet("SPOKE_SLOW_TESTS"))) {
    auto parsed = ReadTestFile(s.root + "/" + rel);
    if (!parsed.ok()) {
      Status status = parsed.status();
      ::testing::RegisterTest(
          "queries", TestName(rel, 0).c_str(), nullptr, nullptr,
          __FILE__, __LINE__,
          [status]() -> ::testing::Test* { return new FileErrorTest(status); });
      continue;
    }
    auto file = std::make_unique<TestFile>(std::move(*parsed));
    const TestFile* f = file.get();
    s.files[rel] = std::move(file);
    for (size_t i = 0; i < f->blocks.size(); ++i) {
      ::testing::RegisterTest(
          "queries", TestName(rel, f->blocks[i].header_line).c_str(), nullptr,
          nullptr, f->path.c_str(), f->blocks[i].header_line,
          [f, i]() -> ::testing::Test* { return new BlockTest(f, i); });
    }
  }
}

// gtest_discover_tests runs one test with --gtest_filter=queries.NAME, but
// ':' separates patterns in a filter. Test names are "<file>:<line>", so
// a ':' between ".test" (or ".test_slow") and digits is part of the name:
// replace it with '?', which matches it.
void FixFilterArgs(int argc, char** argv, std::vector<std::string>* storage) {
  storage->reserve(argc);
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    const std::string flag = "--gtest_filter=";
    if (arg.rfind(flag, 0) != 0) continue;
    for (const char* ext : {".test:", ".test_slow:"}) {
      size_t pos = 0;
      while ((pos = arg.find(ext, pos)) != std::string::npos) {
        size_t colon = pos + std::strlen(ext) - 1;
        if (colon + 1 < arg.size() && arg[colon + 1] >= '0' &&
            arg[colon + 1] <= '9') {
          arg[colon] = '?';
        }
        pos = colon + 1;
      }
    }
    storage->push_back(arg);
    argv[i] = storage->back().data();
  }
}

}  // namespace
}  // namespace spoke::querytest

int main(int argc, char** argv) {
  using namespace spoke::querytest;  // NOLINT
  Suite& s = GetSuite();
  const char* root = std::getenv("SPOKE_SOURCE_DIR");
  s.root = root != nullptr && *root != '\0' ? root : SPOKE_SOURCE_DIR;
  s.rewrite = EnvIsSet("SPOKE_REWRITE_TESTS");
  std::vector<std::string> storage;
  FixFilterArgs(argc, argv, &storage);
  ::testing::InitGoogleTest(&argc, argv);
  RegisterAll();
  if (s.rewrite) ::testing::AddGlobalTestEnvironment(new RewriteOnExit);
  int rc = RUN_ALL_TESTS();
  // Closes the database and removes its scratch directory (each ctest case
  // is a process of its own: left open, every one left a database in /tmp).
  s.runner.reset();
  s.backend.reset();
  return rc;
}
