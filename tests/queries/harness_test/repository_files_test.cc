// Every query-test file in the repository parses (so a malformed file fails
// here even before the engine can run it).

#include <gtest/gtest.h>

#include "tests/queries/test_discovery.h"
#include "tests/queries/test_file.h"

namespace spoke::querytest {
namespace {

TEST(RepositoryFilesTest, AllTestFilesParse) {
  std::vector<std::string> files =
      DiscoverTestFiles(SPOKE_SOURCE_DIR, /*include_slow=*/true);
  ASSERT_FALSE(files.empty());
  size_t blocks = 0;
  for (const std::string& f : files) {
    auto parsed = ReadTestFile(std::string(SPOKE_SOURCE_DIR) + "/" + f);
    EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
    if (parsed.ok()) blocks += parsed->blocks.size();
  }
  EXPECT_GT(blocks, 100u);
}

TEST(RepositoryFilesTest, Names) {
  EXPECT_EQ(TestName("tests/queries/basic/bgp.test", 12), "basic/bgp.test:12");
  EXPECT_EQ(TestName("datasets/x/questions.test", 3),
            "datasets/x/questions.test:3");
}

}  // namespace
}  // namespace spoke::querytest
