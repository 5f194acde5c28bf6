#include "shell/cli_options.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>

#include "shell/formats.h"

namespace spoke::shell {

namespace po = boost::program_options;

namespace {

struct CommandSpec {
  Command command;
  const char* name;
  const char* synopsis;
  const char* summary;
};

constexpr CommandSpec kCommands[] = {
    {Command::kShell, "shell", "spoke [shell]", "the interactive shell"},
    {Command::kQuery, "query", "spoke query [options] (QUERY | -f FILE | -)",
     "run one query or update"},
    {Command::kLoad, "load", "spoke load [options] FILE...",
     "load RDF files as one dataset"},
    {Command::kDump, "dump", "spoke dump [options]", "write quads out as RDF"},
    {Command::kDatasets, "datasets", "spoke datasets", "list the datasets"},
    {Command::kDrop, "drop", "spoke drop NAME", "remove a dataset"},
    {Command::kStats, "stats", "spoke stats", "counts per predicate"},
    {Command::kExplain, "explain", "spoke explain [--analyze] (QUERY | -f FILE | -)",
     "show the query plan"},
    {Command::kCheck, "check", "spoke check", "verify indexes and statistics"},
};

const CommandSpec* FindCommand(const std::string& name) {
  for (const CommandSpec& spec : kCommands) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

// Options (of any command) that take a value: when looking for the command
// word, the token after one of these is its value, not the command.
bool TakesValue(const std::string& token) {
  static const char* const kValued[] = {
      "--db",      "--cache-mb", "--format", "--timeout", "--repeat", "-f",
      "--file",    "--dataset",  "--graph",  "--base",    "-o",       "--output"};
  for (const char* name : kValued) {
    if (token == name) return true;
  }
  return false;
}

po::options_description GlobalOptions() {
  po::options_description desc("Global options (anywhere on the line)");
  desc.add_options()
      ("db", po::value<std::string>()->value_name("DIR"),
       "database directory (default: $SPOKE_DB, else "
       "$XDG_DATA_HOME/spoke/default, created with the story loaded)")
      ("read-only", po::bool_switch(),
       "open the database read-only (refused while a process writes it)")
      ("cache-mb", po::value<int64_t>()->value_name("MB"),
       "block cache in MiB (default 256; memory is taken as blocks are read)")
      ("help,h", po::bool_switch(), "show help (also per command)")
      ("version", po::bool_switch(), "print the version");
  return desc;
}

// Adds the options and positional arguments of `command` to `desc`/`pos`.
void CommandOptions(Command command, po::options_description* desc,
                    po::positional_options_description* pos) {
  auto add = desc->add_options();
  switch (command) {
    case Command::kQuery:
      add("format", po::value<std::string>()->value_name("FMT"),
          "table (default), json, csv or tsv")
         ("timeout", po::value<int64_t>()->value_name("MS"),
          "stop the query after MS milliseconds")
         ("repeat", po::value<int64_t>()->value_name("N"),
          "run N more times after a warm-up; timings as JSON on stderr")
         ("strict-default-graph", po::bool_switch(),
          "the default graph is only the unnamed graph, not the union")
         ("file,f", po::value<std::string>()->value_name("FILE"),
          "read the query from FILE")
         ("query-text", po::value<std::vector<std::string>>(), "QUERY or -");
      pos->add("query-text", -1);
      break;
    case Command::kExplain:
      add("analyze", po::bool_switch(), "run the query; show actual rows and times")
         ("file,f", po::value<std::string>()->value_name("FILE"),
          "read the query from FILE")
         ("query-text", po::value<std::vector<std::string>>(), "QUERY or -");
      pos->add("query-text", -1);
      break;
    case Command::kLoad:
      add("dataset", po::value<std::string>()->value_name("NAME"),
          "dataset name (default: the first file's name)")
         ("graph", po::value<std::string>()->value_name("IRI"),
          "put triples into this named graph")
         ("default-graph", po::bool_switch(),
          "put triples into the unnamed default graph")
         ("base", po::value<std::string>()->value_name("IRI"),
          "base IRI for relative IRIs")
         ("format", po::value<std::string>()->value_name("F"),
          "ntriples, nquads, turtle or trig (default: by file extension)")
         ("replace", po::bool_switch(), "replace an existing dataset atomically")
         ("skip-invalid", po::bool_switch(),
          "load the valid statements, report the invalid ones")
         ("files", po::value<std::vector<std::string>>(), "FILE... (- = stdin)");
      pos->add("files", -1);
      break;
    case Command::kDump:
      add("dataset", po::value<std::string>()->value_name("NAME"),
          "only this dataset")
         ("graph", po::value<std::string>()->value_name("IRI"), "only this graph")
         ("format", po::value<std::string>()->value_name("F"),
          "nquads (default), ntriples, turtle or trig")
         ("output,o", po::value<std::string>()->value_name("FILE"),
          "write to FILE instead of standard output");
      break;
    case Command::kDrop:
      add("names", po::value<std::vector<std::string>>(), "NAME");
      pos->add("names", -1);
      break;
    case Command::kShell:
    case Command::kDatasets:
    case Command::kStats:
    case Command::kCheck:
      break;
  }
}

std::string Str(const po::variables_map& vm, const char* key) {
  return vm.count(key) ? vm[key].as<std::string>() : std::string();
}

std::vector<std::string> Strs(const po::variables_map& vm, const char* key) {
  return vm.count(key) ? vm[key].as<std::vector<std::string>>()
                       : std::vector<std::string>();
}

Status Usage(const std::string& command, const std::string& msg) {
  std::string prefix = command.empty() ? "" : command + ": ";
  return Status::InvalidArgument(prefix + msg);
}

// Fills the query source (text, -f FILE or -) of query/explain.
Status TakeQuerySource(const po::variables_map& vm, const std::string& cmd,
                       CliOptions* out) {
  std::vector<std::string> texts = Strs(vm, "query-text");
  out->query_file = Str(vm, "file");
  size_t sources = texts.size() + (out->query_file.empty() ? 0 : 1);
  if (sources == 0) return Usage(cmd, "missing QUERY (or -f FILE, or - for stdin)");
  if (sources > 1) {
    return Usage(cmd, "expected one QUERY, -f FILE or -; quote the query");
  }
  if (!texts.empty()) {
    if (texts[0] == "-") {
      out->query_stdin = true;
    } else {
      out->query_text = texts[0];
    }
  }
  return Status::OK();
}

Result<uint32_t> NonNegative(const po::variables_map& vm, const char* key,
                             const std::string& cmd) {
  if (!vm.count(key)) return uint32_t{0};
  int64_t v = vm[key].as<int64_t>();
  if (v < 0 || v > int64_t{UINT32_MAX}) {
    return Usage(cmd, std::string("--") + key + " must be between 0 and " +
                          std::to_string(UINT32_MAX));
  }
  return static_cast<uint32_t>(v);
}

std::string CommandHelp(const CommandSpec& spec,
                        const po::options_description& visible) {
  std::ostringstream os;
  os << "usage: " << spec.synopsis << "\n" << spec.summary << "\n\n";
  if (!visible.options().empty()) os << visible << "\n";
  os << GlobalOptions();
  return os.str();
}

}  // namespace

const char* CommandName(Command command) {
  for (const CommandSpec& spec : kCommands) {
    if (spec.command == command) return spec.name;
  }
  return "shell";
}

std::string GeneralHelp() {
  std::ostringstream os;
  os << "spoke: an embedded knowledge-graph database (SPARQL 1.1 subset)\n\n"
        "usage:\n";
  for (const CommandSpec& spec : kCommands) {
    std::string line = std::string("  ") + spec.synopsis;
    line.resize(std::max<size_t>(line.size() + 2, 52), ' ');
    os << line << spec.summary << "\n";
  }
  os << "\n" << GlobalOptions()
     << "\n`spoke COMMAND --help` shows a command's options.\n"
        "Exit status: 0 ok, 1 query or data error, 2 usage error.\n";
  return os.str();
}

Result<CliOptions> ParseCommandLine(const std::vector<std::string>& args) {
  // Find the command word: the first token that is neither an option nor the
  // value of one.
  std::vector<std::string> rest;
  const CommandSpec* spec = nullptr;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (spec == nullptr && (a.empty() || a[0] != '-' || a == "-")) {
      spec = FindCommand(a);
      if (spec == nullptr) {
        return Usage("", "unknown command '" + a +
                             "' (try `spoke --help`)");
      }
      continue;
    }
    rest.push_back(a);
    if (TakesValue(a) && i + 1 < args.size()) rest.push_back(args[++i]);
  }
  CliOptions out;
  const bool command_typed = spec != nullptr;
  if (spec == nullptr) spec = &kCommands[0];
  out.command = spec->command;
  const std::string cmd = command_typed ? std::string(spec->name) : std::string();

  po::options_description command_desc(std::string("Options of ") + spec->name);
  po::positional_options_description pos;
  CommandOptions(spec->command, &command_desc, &pos);
  po::options_description all;
  all.add(GlobalOptions()).add(command_desc);

  po::variables_map vm;
  try {
    int style = po::command_line_style::default_style &
                ~po::command_line_style::allow_guessing;
    po::store(po::command_line_parser(rest)
                  .options(all)
                  .positional(pos)
                  .style(style)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::too_many_positional_options_error&) {
    return Usage(cmd, "unexpected argument");
  } catch (const po::error& e) {
    return Usage(cmd, e.what());
  }

  out.db = Str(vm, "db");
  out.read_only = vm["read-only"].as<bool>();
  if (vm.count("cache-mb")) {
    int64_t mb = vm["cache-mb"].as<int64_t>();
    if (mb < 1 || mb > (int64_t{1} << 20)) {
      return Usage(cmd, "--cache-mb must be between 1 and 1048576");
    }
    out.cache_bytes = static_cast<size_t>(mb) << 20;
  }
  out.version = vm["version"].as<bool>();
  out.help = vm["help"].as<bool>();
  if (out.help) {
    po::options_description visible;
    // Hide the positional pseudo-options from the help text.
    for (const auto& opt : command_desc.options()) {
      const std::string& n = opt->long_name();
      if (n == "query-text" || n == "files" || n == "names") continue;
      visible.add(opt);
    }
    out.help_text =
        command_typed ? CommandHelp(*spec, visible) : GeneralHelp();
    return out;
  }
  if (out.version) return out;

  switch (spec->command) {
    case Command::kQuery: {
      out.format = vm.count("format") ? Str(vm, "format") : "table";
      if (!IsResultFormatName(out.format)) {
        return Usage(cmd, "unknown --format '" + out.format +
                              "': expected table, json, csv or tsv");
      }
      Result<uint32_t> timeout = NonNegative(vm, "timeout", cmd);
      if (!timeout.ok()) return timeout.status();
      out.timeout_ms = *timeout;
      Result<uint32_t> repeat = NonNegative(vm, "repeat", cmd);
      if (!repeat.ok()) return repeat.status();
      out.repeat = *repeat;
      if (vm.count("repeat") && out.repeat == 0) {
        return Usage(cmd, "--repeat must be at least 1");
      }
      out.strict_default_graph = vm["strict-default-graph"].as<bool>();
      SPOKE_RETURN_IF_ERROR(TakeQuerySource(vm, cmd, &out));
      break;
    }
    case Command::kExplain:
      out.analyze = vm["analyze"].as<bool>();
      SPOKE_RETURN_IF_ERROR(TakeQuerySource(vm, cmd, &out));
      break;
    case Command::kLoad: {
      out.dataset = Str(vm, "dataset");
      out.graph = Str(vm, "graph");
      out.default_graph = vm["default-graph"].as<bool>();
      out.base = Str(vm, "base");
      out.format = Str(vm, "format");
      out.replace = vm["replace"].as<bool>();
      out.skip_invalid = vm["skip-invalid"].as<bool>();
      out.files = Strs(vm, "files");
      if (out.files.empty()) return Usage(cmd, "missing FILE");
      if (!out.graph.empty() && out.default_graph) {
        return Usage(cmd, "--graph and --default-graph exclude each other");
      }
      if (!out.format.empty() && !ParseRdfFormat(out.format).ok()) {
        return ParseRdfFormat(out.format).status().WithPrefix(cmd + ": ");
      }
      for (const std::string& f : out.files) {
        if (f == "-" && out.format.empty()) {
          return Usage(cmd, "loading standard input needs --format");
        }
      }
      break;
    }
    case Command::kDump:
      out.dataset = Str(vm, "dataset");
      out.graph = Str(vm, "graph");
      out.format = vm.count("format") ? Str(vm, "format") : "nquads";
      out.output = Str(vm, "output");
      if (!out.dataset.empty() && !out.graph.empty()) {
        return Usage(cmd, "--dataset and --graph exclude each other");
      }
      if (!ParseRdfFormat(out.format).ok()) {
        return ParseRdfFormat(out.format).status().WithPrefix(cmd + ": ");
      }
      break;
    case Command::kDrop: {
      std::vector<std::string> names = Strs(vm, "names");
      if (names.size() != 1) return Usage(cmd, "expected one dataset NAME");
      out.name = names[0];
      break;
    }
    case Command::kShell:
    case Command::kDatasets:
    case Command::kStats:
    case Command::kCheck:
      break;
  }
  return out;
}

}  // namespace spoke::shell
