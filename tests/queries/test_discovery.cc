#include "tests/queries/test_discovery.h"

#include <algorithm>
#include <filesystem>

namespace spoke::querytest {

namespace fs = std::filesystem;

std::vector<std::string> DiscoverTestFiles(const std::string& root,
                                           bool include_slow) {
  std::vector<std::string> out;
  std::error_code ec;
  const fs::path base(root);
  const fs::path queries = base / "tests" / "queries";
  if (fs::is_directory(queries, ec)) {
    for (auto it = fs::recursive_directory_iterator(queries, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      const fs::path& p = it->path();
      if (p.extension() == ".test" ||
          (include_slow && p.extension() == ".test_slow")) {
        out.push_back(fs::relative(p, base).generic_string());
      }
    }
  }
  const fs::path datasets = base / "datasets";
  if (fs::is_directory(datasets, ec)) {
    for (const auto& entry : fs::directory_iterator(datasets, ec)) {
      if (!entry.is_directory()) continue;
      for (const char* name : {"questions.test", "questions.test_slow"}) {
        if (std::string(name) == "questions.test_slow" && !include_slow) {
          continue;
        }
        fs::path p = entry.path() / name;
        if (fs::is_regular_file(p, ec)) {
          out.push_back(fs::relative(p, base).generic_string());
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string TestName(const std::string& relative_path, int line) {
  std::string name = relative_path;
  const std::string prefix = "tests/queries/";
  if (name.rfind(prefix, 0) == 0) name = name.substr(prefix.size());
  return name + ":" + std::to_string(line);
}

}  // namespace spoke::querytest
