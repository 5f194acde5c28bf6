#include "tests/queries/block_runner.h"

#include <algorithm>
#include <filesystem>

#include "tests/queries/expected_term.h"
#include "tests/queries/result_compare.h"

namespace spoke::querytest {

namespace fs = std::filesystem;

namespace {

constexpr const char* kRdfExtensions[] = {".nt", ".nq", ".ttl", ".trig"};

bool IsRdfFile(const fs::path& p) {
  for (const char* ext : kRdfExtensions) {
    if (p.extension() == ext) return true;
  }
  return false;
}

std::string Where(const TestFile& file, const TestBlock& block) {
  return file.path + ":" + std::to_string(block.header_line);
}

std::string JoinVars(const std::vector<std::string>& vars) {
  std::string out;
  for (const auto& v : vars) out += " ?" + v;
  return out.empty() ? " (none)" : out;
}

std::string Indent(const std::string& text) {
  std::string out = "  ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

}  // namespace

Result<std::vector<std::string>> FindDatasetFiles(const std::string& root,
                                                  const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos || name[0] == '.') {
    return Status::InvalidArgument("bad dataset name '" + name + "'");
  }
  std::vector<std::string> files;
  std::error_code ec;
  fs::path dir = fs::path(root) / "datasets" / name;
  if (fs::is_directory(dir, ec)) {
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_regular_file() && IsRdfFile(entry.path())) {
        files.push_back(entry.path().string());
      }
    }
  }
  for (const char* ext : kRdfExtensions) {
    fs::path p = fs::path(root) / "tests" / "queries" / "data" / (name + ext);
    if (fs::is_regular_file(p, ec)) files.push_back(p.string());
  }
  if (files.empty()) {
    return Status::NotFound("dataset '" + name + "' has no RDF files in " +
                            dir.string() + " or tests/queries/data/" + name +
                            ".{nt,nq,ttl,trig}");
  }
  std::sort(files.begin(), files.end());
  return files;
}

Status BlockRunner::Prepare(const TestFile& file, size_t index) {
  const TestBlock& block = file.blocks[index];
  bool reuse = file_ == &file && epoch_ == block.dataset_epoch &&
               (!last_ || *last_ < index);
  if (!reuse) {
    file_ = nullptr;
    last_.reset();
    SPOKE_RETURN_IF_ERROR(backend_->Reset());
    if (!block.dataset.empty()) {
      auto files = FindDatasetFiles(root_, block.dataset);
      if (!files.ok()) return files.status();
      Status s = backend_->Load(*files, block.dataset);
      if (!s.ok()) return s.WithPrefix("loading dataset '" + block.dataset + "': ");
    }
    file_ = &file;
    epoch_ = block.dataset_epoch;
  }
  for (size_t s : block.setup) {
    if (last_ && s <= *last_) continue;
    const TestBlock& setup = file.blocks[s];
    if (setup.kind != BlockKind::kStatementOk) continue;
    RunOptions options{setup.prefixes, setup.strict_default_graph};
    auto outcome = backend_->Run(setup.query, options);
    if (!outcome.ok()) {
      file_ = nullptr;
      return outcome.status().WithPrefix("setup statement at " +
                                         Where(file, setup) + " failed: ");
    }
  }
  return Status::OK();
}

BlockResult BlockRunner::Run(const TestFile& file, size_t index) {
  const TestBlock& block = file.blocks[index];
  Status prepared = Prepare(file, index);
  if (!prepared.ok()) {
    BlockResult r;
    r.failure = prepared.ToString();
    return r;
  }
  RunOptions options{block.prefixes, block.strict_default_graph};
  Result<QueryOutcome> outcome = backend_->Run(block.query, options);
  last_ = index;
  BlockResult r = Check(block, outcome);
  if (!r.passed && (block.kind == BlockKind::kStatementOk ||
                    block.kind == BlockKind::kStatementError)) {
    file_ = nullptr;  // the database is in an unknown state now
  }
  if (!r.failure.empty()) r.failure = Where(file, block) + ": " + r.failure;
  return r;
}

BlockResult BlockRunner::Check(const TestBlock& block,
                               const Result<QueryOutcome>& outcome) {
  BlockResult r;
  const bool expect_error = block.kind == BlockKind::kError ||
                            block.kind == BlockKind::kStatementError;
  if (expect_error) {
    if (outcome.ok()) {
      r.failure = "expected an error, but the query succeeded";
      return r;
    }
    std::string text = outcome.status().ToString();
    for (const std::string& part : block.error_parts) {
      if (text.find(part) == std::string::npos) {
        if (rewrite_) {
          r.passed = true;
          r.new_expected = std::vector<std::string>{outcome.status().message()};
          return r;
        }
        r.failure = "error text does not contain '" + part + "':\n" +
                    Indent(text);
        return r;
      }
    }
    r.passed = true;
    return r;
  }
  if (!outcome.ok()) {
    r.failure = "unexpected error:\n" + Indent(outcome.status().ToString());
    return r;
  }
  const QueryOutcome& out = *outcome;
  switch (block.kind) {
    case BlockKind::kStatementOk:
      r.passed = true;
      return r;
    case BlockKind::kAsk:
      if (out.kind != QueryOutcome::Kind::kBoolean) {
        r.failure = "expected a boolean (ASK) result";
        return r;
      }
      if (out.boolean != block.boolean) {
        if (rewrite_) {
          r.passed = true;
          r.new_expected =
              std::vector<std::string>{out.boolean ? "true" : "false"};
          return r;
        }
        r.failure = std::string("expected ") +
                    (block.boolean ? "true" : "false") + ", got " +
                    (out.boolean ? "true" : "false");
        return r;
      }
      r.passed = true;
      return r;
    default:
      break;
  }
  if (out.kind != QueryOutcome::Kind::kRows) {
    r.failure = "expected rows (SELECT), got another kind of result";
    return r;
  }
  engine::PrefixMap prefixes = ExpectedTermPrefixes(block.prefixes);
  bool vars_equal = out.vars == block.vars;
  Comparison cmp;
  if (vars_equal) {
    cmp = CompareRows(block.rows, out.rows, block.ordered, prefixes);
    if (cmp.equal) {
      r.passed = true;
      return r;
    }
  }
  if (rewrite_) {
    r.passed = true;
    if (!vars_equal) {
      std::string header = block.ordered ? "query ordered" : "query";
      for (const auto& v : out.vars) header += " ?" + v;
      r.new_header = std::move(header);
    }
    std::vector<std::string> lines;
    for (const auto& row : out.rows) {
      lines.push_back(FormatExpectedRow(row, prefixes));
    }
    if (!block.ordered) std::sort(lines.begin(), lines.end());
    r.new_expected = std::move(lines);
    return r;
  }
  if (!vars_equal) {
    r.failure = "expected columns" + JoinVars(block.vars) + ", got" +
                JoinVars(out.vars);
    return r;
  }
  r.failure = "wrong rows: " + cmp.explanation;
  return r;
}

}  // namespace spoke::querytest
