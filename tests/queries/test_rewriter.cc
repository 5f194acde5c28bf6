#include "tests/queries/test_rewriter.h"

#include <cstdio>
#include <fstream>

namespace spoke::querytest {

std::vector<std::string> ApplyRewrites(
    const TestFile& file, const std::map<size_t, BlockResult>& changes) {
  std::vector<std::string> lines = file.lines;
  // Bottom-up, so earlier line indexes stay valid.
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
    const TestBlock& block = file.blocks[it->first];
    const BlockResult& change = it->second;
    if (change.new_expected && block.expected_begin >= 0) {
      lines.erase(lines.begin() + block.expected_begin,
                  lines.begin() + block.expected_end);
      lines.insert(lines.begin() + block.expected_begin,
                   change.new_expected->begin(), change.new_expected->end());
    }
    if (change.new_header) lines[block.header_line - 1] = *change.new_header;
  }
  return lines;
}

Status RewriteTestFile(const TestFile& file,
                       const std::map<size_t, BlockResult>& changes) {
  std::vector<std::string> lines = ApplyRewrites(file, changes);
  std::string tmp = file.path + ".rewrite";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    for (const std::string& line : lines) out << line << '\n';
    out.close();
    if (!out) return Status::IOError("cannot write '" + tmp + "'");
  }
  if (std::rename(tmp.c_str(), file.path.c_str()) != 0) {
    return Status::IOError("cannot replace '" + file.path + "'");
  }
  return Status::OK();
}

}  // namespace spoke::querytest
