#include "shell/session.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "shell/catalog_printer.h"
#include "shell/dot_commands.h"
#include "shell/interrupt.h"
#include "shell/prefix_setting.h"
#include "shell/progress_bar.h"

namespace spoke::shell {

namespace {

// Rows a table keeps at the prompt (the footer still counts them all);
// `.format tsv` or `.output FILE` for everything.
constexpr size_t kInteractiveMaxRows = 1000;
constexpr int kMaxReadDepth = 16;

bool StartsDotCommand(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  return i != std::string_view::npos && line[i] == '.';
}

}  // namespace

Session::Session(Database* db, bool interactive)
    : db_(db), interactive_(interactive), out_(&std::cout) {
  print_.format = engine::ResultFormat::kTable;
  print_.show_time = interactive;
  print_.time_out = &std::cerr;
  print_.table.colour = interactive && isatty(STDOUT_FILENO);
  print_.table.max_rows = interactive ? kInteractiveMaxRows : 0;
}

Status Session::LoadPrefixes() {
  Result<engine::PrefixMap> decoded = shell::LoadPrefixes(db_);
  if (!decoded.ok()) return decoded.status();
  prefixes_ = std::move(*decoded);
  return Status::OK();
}

Status Session::AddPrefix(const std::string& name, const std::string& iri) {
  engine::PrefixMap next = prefixes_;
  next.Add(name, iri);
  SPOKE_RETURN_IF_ERROR(db_->PutSetting(kPrefixesSetting, EncodePrefixes(next)));
  prefixes_ = std::move(next);
  return Status::OK();
}

bool Session::HandleLine(std::string_view line, StatementSplitter* splitter) {
  if (!splitter->pending() && StartsDotCommand(line)) {
    bool quit = false;
    Status s = RunDotCommand(this, line, &quit);
    if (!s.ok()) ReportError(s);
    return !quit;
  }
  for (const std::string& statement : splitter->AddLine(line)) {
    RunStatement(statement).IgnoreError();  // printed and counted already
  }
  return true;
}

void Session::FinishInput(StatementSplitter* splitter) {
  std::string rest = splitter->Flush();
  if (!rest.empty()) RunStatement(rest).IgnoreError();
}

bool Session::RunScript(std::istream& in) {
  StatementSplitter splitter;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!HandleLine(line, &splitter)) return false;
  }
  FinishInput(&splitter);
  return true;
}

Status Session::ReadFile(const std::string& path, bool* quit) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open '" + path + "'");
  if (read_depth_ >= kMaxReadDepth) {
    return Status::InvalidArgument(".read nested more than " +
                                   std::to_string(kMaxReadDepth) + " deep");
  }
  ++read_depth_;
  *quit = !RunScript(in);
  --read_depth_;
  return Status::OK();
}

PrintOptions Session::CurrentPrintOptions() {
  PrintOptions options = print_;
  options.table.prefixes = prefixes_;
  if (file_out_) options.table.colour = false;
  return options;
}

Status Session::RunStatement(const std::string& text) {
  ClearInterrupt();
  auto start = std::chrono::steady_clock::now();
  PrepareOptions prepare;
  for (const auto& [name, iri] : prefixes_.entries()) prepare.prefixes[name] = iri;
  Result<PreparedQuery> prepared = db_->Prepare(text, prepare);
  if (!prepared.ok()) {
    ReportError(prepared.status());
    return prepared.status();
  }
  ExecuteOptions exec;
  exec.cancel = InterruptFlag();
  Result<Cursor> cursor = prepared->Execute(exec);
  if (!cursor.ok()) {
    ReportError(cursor.status());
    return cursor.status();
  }
  if (prepared->is_update()) MarkWritten();
  Result<PrintSummary> printed =
      PrintCursor(&*cursor, out(), CurrentPrintOptions(), start);
  if (!printed.ok()) {
    ReportError(printed.status());
    return printed.status();
  }
  return Status::OK();
}

Status Session::Load(const std::vector<std::string>& paths, LoadOptions options) {
  ClearInterrupt();
  ProgressBar progress(stderr, interactive_ && isatty(STDERR_FILENO));
  options.cancel = InterruptFlag();
  options.on_progress = [&progress](const LoadProgress& p) { progress.Update(p); };
  options.on_error = [](const std::string& error) {
    std::cerr << "skipped: " << error << "\n";
  };
  Result<LoadSummary> summary = db_->Load(paths, options);
  progress.Finish();
  MarkWritten();
  if (!summary.ok()) return summary.status();
  std::cerr << FormatLoadSummary(*summary) << "\n";
  return Status::OK();
}

void Session::ReportError(const Status& status) {
  ++errors_;
  bool colour = interactive_ && isatty(STDERR_FILENO);
  // The terminal does not echo while a statement runs: show the Ctrl-C.
  if (interactive_ && status.code() == Status::Code::kCancelled) std::cerr << "^C\n";
  std::cerr << (colour ? "\033[31m" : "") << FormatError(status)
            << (colour ? "\033[0m" : "") << "\n";
}

CompletionContext Session::Completion(const StatementSplitter& splitter) {
  CompletionContext ctx;
  for (const auto& entry : prefixes_.entries()) ctx.prefixes.push_back(entry);
  if (predicates_stale_) {
    predicates_stale_ = false;
    predicates_.clear();
    Result<Statistics> stats = db_->Stats();
    if (stats.ok()) {
      for (const PredicateStatistics& p : stats->predicates) {
        predicates_.push_back(p.predicate.value());
      }
    }
  }
  ctx.predicates = predicates_;
  ctx.pending_text = splitter.text();
  ctx.at_statement_start = !splitter.pending();
  return ctx;
}

Status Session::SetOutput(const std::string& path) {
  if (path.empty()) {
    file_out_.reset();
    return Status::OK();
  }
  auto file = std::make_unique<std::ofstream>(path, std::ios::out | std::ios::trunc);
  if (!*file) return Status::IOError("cannot write '" + path + "'");
  file_out_ = std::move(file);
  return Status::OK();
}

}  // namespace spoke::shell
