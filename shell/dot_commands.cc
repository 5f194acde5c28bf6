#include "shell/dot_commands.h"

#include <iostream>

#include "shell/catalog_printer.h"
#include "shell/session.h"

namespace spoke::shell {

namespace {

Status Usage(const char* usage) {
  return Status::InvalidArgument(std::string("usage: ") + usage);
}

Status Prefixes(Session* s, const std::vector<std::string>& w) {
  if (w.size() == 1) {
    for (const auto& [name, iri] : s->prefixes().entries()) {
      s->out() << name << ": <" << iri << ">\n";
    }
    return Status::OK();
  }
  if (w.size() != 4 || w[1] != "add") return Usage(".prefixes [add NAME: <IRI>]");
  std::string name = w[2];
  std::string iri = w[3];
  if (name.empty() || name.back() != ':') return Usage(".prefixes add NAME: <IRI>");
  name.pop_back();
  if (!engine::PrefixMap::IsValidLocalName(name) && !name.empty()) {
    return Status::InvalidArgument("bad prefix name '" + name + "'");
  }
  if (iri.size() < 2 || iri.front() != '<' || iri.back() != '>') {
    return Usage(".prefixes add NAME: <IRI>");
  }
  return s->AddPrefix(name, iri.substr(1, iri.size() - 2));
}

Status Load(Session* s, const std::vector<std::string>& w) {
  if (w.size() < 2 || w.size() > 3) return Usage(".load FILE [NAME]");
  LoadOptions options;
  if (w.size() == 3) options.dataset = w[2];
  return s->Load({w[1]}, options);
}

Status Drop(Session* s, const std::vector<std::string>& w) {
  if (w.size() != 2) return Usage(".drop NAME");
  Result<uint64_t> removed = s->db()->DropDataset(w[1]);
  if (!removed.ok()) return removed.status();
  s->MarkWritten();
  std::cerr << "dropped dataset '" << w[1] << "' (" << *removed
            << (*removed == 1 ? " quad)\n" : " quads)\n");
  return Status::OK();
}

Status Format(Session* s, const std::vector<std::string>& w) {
  if (w.size() == 1) {
    s->out() << engine::ResultFormatName(s->print_options().format) << "\n";
    return Status::OK();
  }
  if (w.size() != 2) return Usage(".format table|json|csv|tsv");
  Result<engine::ResultFormat> f = engine::ParseResultFormat(w[1]);
  if (!f.ok()) return f.status();
  s->print_options().format = *f;
  return Status::OK();
}

Status Timer(Session* s, const std::vector<std::string>& w) {
  if (w.size() != 2 || (w[1] != "on" && w[1] != "off")) return Usage(".timer on|off");
  s->set_timer(w[1] == "on");
  return Status::OK();
}

}  // namespace

const char* DotHelp() {
  return ".help                     this text\n"
         ".prefixes                 list the declared prefixes\n"
         ".prefixes add p: <IRI>    declare a prefix (kept in the database)\n"
         ".datasets                 list the datasets\n"
         ".load FILE [NAME]         load an RDF file as dataset NAME\n"
         ".drop NAME                remove a dataset\n"
         ".stats                    counts per predicate\n"
         ".explain QUERY            show the plan of QUERY\n"
         ".format [FMT]             table, json, csv or tsv\n"
         ".timer on|off             show how long each statement took\n"
         ".output [FILE]            send results to FILE (no FILE: stdout)\n"
         ".read FILE                run the statements in FILE\n"
         ".quit                     leave (or Ctrl-D)\n"
         "Statements end with ';' or an empty line. Ctrl-C cancels a running\n"
         "query or load; Tab completes keywords, prefixes and predicates.\n";
}

std::vector<std::string> SplitWords(std::string_view line) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    std::string word;
    if (line[i] == '"') {
      ++i;
      while (i < line.size() && line[i] != '"') word += line[i++];
      ++i;
    } else {
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') word += line[i++];
    }
    words.push_back(std::move(word));
  }
  return words;
}

Status RunDotCommand(Session* s, std::string_view line, bool* quit) {
  std::vector<std::string> w = SplitWords(line);
  if (w.empty()) return Status::OK();
  const std::string& cmd = w[0];
  if (cmd == ".quit" || cmd == ".exit") {
    *quit = true;
    return Status::OK();
  }
  if (cmd == ".help") {
    s->out() << DotHelp();
    return Status::OK();
  }
  if (cmd == ".prefixes") return Prefixes(s, w);
  if (cmd == ".datasets") {
    if (w.size() != 1) return Usage(".datasets");
    return PrintDatasets(s->db(), s->out(), s->CurrentPrintOptions());
  }
  if (cmd == ".stats") {
    if (w.size() != 1) return Usage(".stats");
    return PrintStatistics(s->db(), s->out(), s->CurrentPrintOptions());
  }
  if (cmd == ".load") return Load(s, w);
  if (cmd == ".drop") return Drop(s, w);
  if (cmd == ".format") return Format(s, w);
  if (cmd == ".timer") return Timer(s, w);
  if (cmd == ".output") {
    if (w.size() > 2) return Usage(".output [FILE]");
    return s->SetOutput(w.size() == 2 ? w[1] : "");
  }
  if (cmd == ".read") {
    if (w.size() != 2) return Usage(".read FILE");
    return s->ReadFile(w[1], quit);
  }
  if (cmd == ".explain") {
    size_t at = line.find(".explain") + 8;
    std::string_view query = line.substr(at);
    while (!query.empty() && (query.back() == ';' || query.back() == ' ' ||
                              query.back() == '\t')) {
      query.remove_suffix(1);
    }
    if (query.find_first_not_of(" \t") == std::string_view::npos) {
      return Usage(".explain QUERY");
    }
    // RunStatement prints its own errors; do not report them twice.
    s->RunStatement("EXPLAIN " + std::string(query)).IgnoreError();
    return Status::OK();
  }
  return Status::InvalidArgument("unknown command '" + cmd + "' (try .help)");
}

}  // namespace spoke::shell
