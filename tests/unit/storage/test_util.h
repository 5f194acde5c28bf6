// Helpers shared by the storage tests.

#ifndef SPOKE_TESTS_UNIT_STORAGE_TEST_UTIL_H_
#define SPOKE_TESTS_UNIT_STORAGE_TEST_UTIL_H_

#include <filesystem>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "spoke/status.h"

#define ASSERT_OK(expr)                                        \
  do {                                                         \
    ::spoke::Status _s = (expr);                               \
    ASSERT_TRUE(_s.ok()) << #expr << ": " << _s.ToString();    \
  } while (0)
#define EXPECT_OK(expr)                                        \
  do {                                                         \
    ::spoke::Status _s = (expr);                               \
    EXPECT_TRUE(_s.ok()) << #expr << ": " << _s.ToString();    \
  } while (0)

namespace spoke::storage {

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = (std::filesystem::temp_directory_path() /
             ("spoke_storage_test_" + std::to_string(rd()) + "_" +
              std::to_string(rd())))
                .string();
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string db() const { return path_ + "/db"; }

 private:
  std::string path_;
};

}  // namespace spoke::storage

#endif  // SPOKE_TESTS_UNIT_STORAGE_TEST_UTIL_H_
