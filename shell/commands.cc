#include "shell/commands.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "shell/catalog_printer.h"
#include "shell/formats.h"
#include "shell/interrupt.h"
#include "shell/prefix_setting.h"
#include "shell/progress_bar.h"
#include "shell/repeat_timing.h"
#include "shell/result_printer.h"

namespace spoke::shell {

namespace {

using Clock = std::chrono::steady_clock;

int Fail(const Status& status) {
  std::cerr << FormatError(status) << "\n";
  return 1;
}

Result<std::string> ReadAll(std::istream& in, const std::string& name) {
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IOError("cannot read " + name);
  return text;
}

Result<std::string> QueryText(const CliOptions& cli) {
  if (cli.query_stdin) return ReadAll(std::cin, "standard input");
  if (!cli.query_file.empty()) {
    std::ifstream in(cli.query_file, std::ios::binary);
    if (!in) return Status::NotFound("cannot open '" + cli.query_file + "'");
    return ReadAll(in, "'" + cli.query_file + "'");
  }
  return cli.query_text;
}

PrintOptions StdoutPrintOptions(Database* db, engine::ResultFormat format) {
  PrintOptions options;
  options.format = format;
  options.table.colour = isatty(STDOUT_FILENO);
  Result<engine::PrefixMap> prefixes = LoadPrefixes(db);
  if (prefixes.ok()) options.table.prefixes = std::move(*prefixes);
  return options;
}

PrepareOptions PrepareWithPrefixes(const PrintOptions& print) {
  PrepareOptions prepare;
  for (const auto& [name, iri] : print.table.prefixes.entries()) {
    prepare.prefixes[name] = iri;
  }
  return prepare;
}

int Query(const CliOptions& cli, Database* db) {
  Result<std::string> text = QueryText(cli);
  if (!text.ok()) return Fail(text.status());
  Result<engine::ResultFormat> format = engine::ParseResultFormat(cli.format);
  if (!format.ok()) return Fail(format.status());
  PrintOptions print = StdoutPrintOptions(db, *format);
  Result<PreparedQuery> prepared = db->Prepare(*text, PrepareWithPrefixes(print));
  if (!prepared.ok()) return Fail(prepared.status());
  if (cli.repeat > 0 && prepared->is_update()) {
    return Fail(Status::InvalidArgument("--repeat runs queries, not updates"));
  }
  ExecuteOptions exec;
  exec.timeout_ms = cli.timeout_ms;
  exec.strict_default_graph = cli.strict_default_graph;
  exec.cancel = InterruptFlag();

  // The first run prints the result (and is the warm-up with --repeat).
  auto start = Clock::now();
  Result<Cursor> cursor = prepared->Execute(exec);
  if (!cursor.ok()) return Fail(cursor.status());
  Result<PrintSummary> printed = PrintCursor(&*cursor, std::cout, print, start);
  if (!printed.ok()) return Fail(printed.status());
  if (cli.repeat == 0) return 0;

  std::vector<double> ms;
  uint64_t rows = 0;
  for (uint32_t i = 0; i < cli.repeat; ++i) {
    auto t0 = Clock::now();
    Result<Cursor> run = prepared->Execute(exec);
    if (!run.ok()) return Fail(run.status());
    rows = 0;
    if (run->kind() == Cursor::Kind::kRows) {
      for (; run->Valid(); run->Next()) ++rows;
    } else {
      rows = 1;
    }
    if (!run->status().ok()) return Fail(run->status());
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::cerr << RepeatJson(ms, rows) << "\n";
  return 0;
}

int Explain(const CliOptions& cli, Database* db) {
  Result<std::string> text = QueryText(cli);
  if (!text.ok()) return Fail(text.status());
  PrintOptions print = StdoutPrintOptions(db, engine::ResultFormat::kTable);
  std::string query = (cli.analyze ? "EXPLAIN ANALYZE " : "EXPLAIN ") + *text;
  Result<PreparedQuery> prepared = db->Prepare(query, PrepareWithPrefixes(print));
  if (!prepared.ok()) return Fail(prepared.status());
  ExecuteOptions exec;
  exec.cancel = InterruptFlag();
  Result<Cursor> cursor = prepared->Execute(exec);
  if (!cursor.ok()) return Fail(cursor.status());
  if (cursor->kind() != Cursor::Kind::kExplain) {
    return Fail(Status::Internal("EXPLAIN did not return a plan"));
  }
  Result<PrintSummary> printed = PrintCursor(&*cursor, std::cout, print, Clock::now());
  return printed.ok() ? 0 : Fail(printed.status());
}

int Load(const CliOptions& cli, Database* db) {
  LoadOptions options;
  options.dataset = cli.dataset;
  options.replace = cli.replace;
  options.graph_iri = cli.graph;
  options.default_graph = cli.default_graph;
  options.base_iri = cli.base;
  options.skip_invalid = cli.skip_invalid;
  if (!cli.format.empty()) {
    Result<RdfFormat> format = ParseRdfFormat(cli.format);
    if (!format.ok()) return Fail(format.status());
    options.has_format = true;
    options.format = *format;
  }
  ProgressBar progress(stderr, isatty(STDERR_FILENO));
  options.cancel = InterruptFlag();
  options.on_progress = [&progress](const LoadProgress& p) { progress.Update(p); };
  options.on_error = [](const std::string& error) {
    std::cerr << "skipped: " << error << "\n";
  };
  Result<LoadSummary> summary = Status::Internal("no load ran");
  bool from_stdin = std::find(cli.files.begin(), cli.files.end(), "-") != cli.files.end();
  if (from_stdin) {
    if (cli.files.size() != 1) {
      return Fail(Status::InvalidArgument("load: '-' (stdin) cannot be mixed with files"));
    }
    if (options.dataset.empty()) options.dataset = "stdin";
    // Streamed like a file (gzip or plain), never held in memory whole.
    summary = db->Load({"/dev/stdin"}, options);
  } else {
    summary = db->Load(cli.files, options);
  }
  progress.Finish();
  if (!summary.ok()) return Fail(summary.status());
  std::cerr << FormatLoadSummary(*summary) << "\n";
  return 0;
}

int Dump(const CliOptions& cli, Database* db) {
  DumpOptions options;
  options.dataset = cli.dataset;
  options.graph_iri = cli.graph;
  Result<RdfFormat> format = ParseRdfFormat(cli.format);
  if (!format.ok()) return Fail(format.status());
  options.format = *format;
  if (cli.output.empty()) {
    Status s = db->Dump(options, std::cout);
    std::cout.flush();
    return s.ok() ? 0 : Fail(s);
  }
  std::ofstream out(cli.output, std::ios::binary | std::ios::trunc);
  if (!out) return Fail(Status::IOError("cannot write '" + cli.output + "'"));
  Status s = db->Dump(options, out);
  out.close();
  if (s.ok() && !out) s = Status::IOError("cannot write '" + cli.output + "'");
  return s.ok() ? 0 : Fail(s);
}

}  // namespace

int RunCommand(const CliOptions& cli, Database* db) {
  switch (cli.command) {
    case Command::kQuery:
      return Query(cli, db);
    case Command::kExplain:
      return Explain(cli, db);
    case Command::kLoad:
      return Load(cli, db);
    case Command::kDump:
      return Dump(cli, db);
    case Command::kDatasets: {
      Status s = PrintDatasets(db, std::cout,
                               StdoutPrintOptions(db, engine::ResultFormat::kTable));
      return s.ok() ? 0 : Fail(s);
    }
    case Command::kStats: {
      Status s = PrintStatistics(db, std::cout,
                                 StdoutPrintOptions(db, engine::ResultFormat::kTable));
      return s.ok() ? 0 : Fail(s);
    }
    case Command::kDrop: {
      Result<uint64_t> removed = db->DropDataset(cli.name);
      if (!removed.ok()) return Fail(removed.status());
      std::cerr << "dropped dataset '" << cli.name << "' (" << *removed
                << (*removed == 1 ? " quad)\n" : " quads)\n");
      return 0;
    }
    case Command::kCheck: {
      Status s = db->Check();
      if (!s.ok()) return Fail(s);
      std::cout << "ok: indexes and statistics agree\n";
      return 0;
    }
    case Command::kShell:
      break;
  }
  return Fail(Status::Internal("RunCommand called for the shell"));
}

}  // namespace spoke::shell
