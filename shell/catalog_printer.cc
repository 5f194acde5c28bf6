#include "shell/catalog_printer.h"

#include <ctime>
#include <string>
#include <vector>

namespace spoke::shell {

namespace {

Term Int(uint64_t v) {
  return Term::TypedLiteral(std::to_string(v), kXsdInteger);
}

// A plain "YYYY-MM-DD HH:MM:SS UTC" string: easier to read in a table than
// a typed xsd:dateTime literal.
Term Timestamp(int64_t unix_ms) {
  std::time_t t = static_cast<std::time_t>(unix_ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S UTC", &tm);
  return Term::Literal(buf);
}

Status WriteTable(const std::vector<std::string>& vars,
                  const std::vector<std::vector<Term>>& rows, std::ostream& out,
                  const PrintOptions& options) {
  auto writer = engine::NewResultWriter(options.format, out, options.table);
  SPOKE_RETURN_IF_ERROR(writer->Begin(vars));
  for (const auto& row : rows) SPOKE_RETURN_IF_ERROR(writer->Row(row));
  return writer->End();
}

}  // namespace

Status PrintDatasets(Database* db, std::ostream& out, const PrintOptions& options) {
  Result<std::vector<DatasetInfo>> datasets = db->Datasets();
  if (!datasets.ok()) return datasets.status();
  std::vector<std::vector<Term>> rows;
  for (const DatasetInfo& d : *datasets) {
    rows.push_back({Term::Literal(d.name), Int(d.graphs.size()), Int(d.quads),
                    Timestamp(d.loaded_at_unix_ms), Term::Literal(d.source)});
  }
  return WriteTable({"dataset", "graphs", "quads", "loaded", "source"}, rows, out,
                    options);
}

Status PrintStatistics(Database* db, std::ostream& out, const PrintOptions& options) {
  Result<Statistics> stats = db->Stats();
  if (!stats.ok()) return stats.status();
  SPOKE_RETURN_IF_ERROR(WriteTable(
      {"quads", "triples", "datasets", "predicates"},
      {{Int(stats->quads), Int(stats->triples), Int(stats->datasets),
        Int(stats->predicates.size())}},
      out, options));
  std::vector<std::vector<Term>> rows;
  for (const PredicateStatistics& p : stats->predicates) {
    rows.push_back({p.predicate, Int(p.quads), Int(p.triples),
                    Int(p.distinct_subjects), Int(p.distinct_objects)});
  }
  return WriteTable({"predicate", "quads", "triples", "subjects", "objects"}, rows,
                    out, options);
}

std::string FormatError(const Status& status) {
  std::string name = Status::CodeName(status.code());
  std::string text = status.ToString();
  if (text.compare(0, name.size(), name) != 0) text = name + ": " + text;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace spoke::shell
