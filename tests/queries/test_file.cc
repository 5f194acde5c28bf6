#include "tests/queries/test_file.h"

#include <fstream>
#include <sstream>

#include "tests/queries/expected_term.h"

namespace spoke::querytest {

namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool IsComment(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  return i != std::string_view::npos && line[i] == '#';
}

std::vector<std::string> SplitWords(std::string_view line) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) words.emplace_back(line.substr(start, i - start));
  }
  return words;
}

class Parser {
 public:
  Parser(std::string_view text, std::string path) {
    file_.path = std::move(path);
    std::string line;
    std::istringstream in{std::string(text)};
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      file_.lines.push_back(line);
    }
  }

  Result<TestFile> Parse() {
    while (i_ < file_.lines.size()) {
      const std::string& line = file_.lines[i_];
      if (IsBlank(line) || IsComment(line)) {
        ++i_;
        continue;
      }
      std::vector<std::string> words = SplitWords(line);
      const std::string& head = words[0];
      if (head == "prefix") {
        SPOKE_RETURN_IF_ERROR(ParsePrefix(words));
      } else if (head == "dataset") {
        if (words.size() != 2) return Error("usage: dataset NAME");
        dataset_ = words[1];
        ++epoch_;
        setup_.clear();
        ++i_;
      } else if (head == "option") {
        if (words.size() != 2 || words[1] != "strict-default-graph") {
          return Error("unknown option line (known: option strict-default-graph)");
        }
        strict_ = true;
        ++i_;
      } else if (head == "query" || head == "ask" || head == "error" ||
                 head == "statement") {
        SPOKE_RETURN_IF_ERROR(ParseBlock(words));
      } else {
        return Error("unknown line '" + line +
                     "': expected query, ask, error, statement, prefix, "
                     "dataset or option");
      }
    }
    return std::move(file_);
  }

 private:
  Status Error(const std::string& msg) const { return ErrorAt(i_ + 1, msg); }
  Status ErrorAt(size_t line, const std::string& msg) const {
    return Status::InvalidArgument(file_.path + ":" + std::to_string(line) +
                                   ": " + msg);
  }

  Status ParsePrefix(const std::vector<std::string>& words) {
    // prefix ex: <http://example.org/>
    if (words.size() != 3 || words[1].back() != ':' || words[2].size() < 2 ||
        words[2].front() != '<' || words[2].back() != '>') {
      return Error("usage: prefix NAME: <IRI>");
    }
    prefixes_.Add(words[1].substr(0, words[1].size() - 1),
                  words[2].substr(1, words[2].size() - 2));
    ++i_;
    return Status::OK();
  }

  Status ParseBlock(const std::vector<std::string>& words) {
    TestBlock b;
    b.header_line = static_cast<int>(i_ + 1);
    b.dataset = dataset_;
    b.dataset_epoch = epoch_;
    b.prefixes = prefixes_;
    b.strict_default_graph = strict_;
    b.setup = setup_;
    const std::string& head = words[0];
    if (head == "query") {
      b.kind = BlockKind::kQuery;
      for (size_t k = 1; k < words.size(); ++k) {
        if (k == 1 && words[k] == "ordered") {
          b.ordered = true;
        } else if (words[k].size() >= 2 && words[k][0] == '?') {
          b.vars.push_back(words[k].substr(1));
        } else {
          return Error("bad query header word '" + words[k] +
                       "': expected ordered or ?variable");
        }
      }
    } else if (head == "ask" || head == "error") {
      if (words.size() != 1) return Error("'" + head + "' takes no arguments");
      b.kind = head == "ask" ? BlockKind::kAsk : BlockKind::kError;
    } else {
      if (words.size() != 2 || (words[1] != "ok" && words[1] != "error")) {
        return Error("expected 'statement ok' or 'statement error'");
      }
      b.kind = words[1] == "ok" ? BlockKind::kStatementOk
                                : BlockKind::kStatementError;
    }
    ++i_;
    // The query text: up to "----" (or, for statement ok, a blank line).
    b.query_line = static_cast<int>(i_ + 1);
    bool separator = false;
    while (i_ < file_.lines.size()) {
      const std::string& line = file_.lines[i_];
      if (line == "----") {
        separator = true;
        ++i_;
        break;
      }
      if (b.kind == BlockKind::kStatementOk && IsBlank(line)) break;
      b.query += line;
      b.query += '\n';
      ++i_;
    }
    const size_t header = static_cast<size_t>(b.header_line);
    if (IsBlank(b.query)) return ErrorAt(header, "block has no query text");
    if (b.kind == BlockKind::kStatementOk) {
      if (separator) {
        return ErrorAt(header, "'statement ok' block has no ---- part");
      }
    } else if (!separator) {
      return ErrorAt(header, "block has no ---- line");
    } else {
      SPOKE_RETURN_IF_ERROR(ParseExpected(&b));
    }
    if (b.kind == BlockKind::kStatementOk ||
        b.kind == BlockKind::kStatementError) {
      setup_.push_back(file_.blocks.size());
    }
    file_.blocks.push_back(std::move(b));
    return Status::OK();
  }

  Status ParseExpected(TestBlock* b) {
    b->expected_begin = static_cast<int>(i_);
    engine::PrefixMap prefixes = ExpectedTermPrefixes(b->prefixes);
    std::vector<std::string> lines;
    // Only an empty line (or spaces) ends the rows: "\t" is a row of two
    // unbound values.
    while (i_ < file_.lines.size() &&
           file_.lines[i_].find_first_not_of(' ') != std::string::npos) {
      const std::string& line = file_.lines[i_];
      if (IsComment(line)) {
        ++i_;
        continue;
      }
      switch (b->kind) {
        case BlockKind::kQuery: {
          auto row = ParseExpectedRow(line, prefixes);
          if (!row.ok()) return Error(row.status().message());
          if (row->size() != b->vars.size()) {
            return Error("row has " + std::to_string(row->size()) +
                         " values for " + std::to_string(b->vars.size()) +
                         " variables");
          }
          b->rows.push_back(std::move(*row));
          break;
        }
        case BlockKind::kAsk:
          if (line != "true" && line != "false") {
            return Error("ask expects 'true' or 'false'");
          }
          if (!lines.empty()) return Error("ask expects one line");
          b->boolean = line == "true";
          break;
        default:
          b->error_parts.push_back(line);
          break;
      }
      lines.push_back(line);
      ++i_;
    }
    b->expected_end = static_cast<int>(i_);
    const size_t header = static_cast<size_t>(b->header_line);
    if (b->kind == BlockKind::kAsk && lines.empty()) {
      return ErrorAt(header, "ask block needs 'true' or 'false' after ----");
    }
    if ((b->kind == BlockKind::kError ||
         b->kind == BlockKind::kStatementError) &&
        lines.empty()) {
      return ErrorAt(header,
                     "error block needs a part of the message after ----");
    }
    return Status::OK();
  }

  TestFile file_;
  size_t i_ = 0;
  std::string dataset_;
  int epoch_ = 0;
  engine::PrefixMap prefixes_;
  bool strict_ = false;
  std::vector<size_t> setup_;
};

}  // namespace

Result<TestFile> ParseTestFile(std::string_view text, std::string path) {
  return Parser(text, std::move(path)).Parse();
}

Result<TestFile> ReadTestFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IOError("cannot read '" + path + "'");
  return ParseTestFile(text.str(), path);
}

engine::PrefixMap ExpectedTermPrefixes(const engine::PrefixMap& declared) {
  engine::PrefixMap map;
  map.Add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  map.Add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
  map.Add("xsd", "http://www.w3.org/2001/XMLSchema#");
  for (const auto& [prefix, ns] : declared.entries()) map.Add(prefix, ns);
  return map;
}

}  // namespace spoke::querytest
