// Tables about the database itself (datasets, statistics), printed through
// the same result writers as query results, so every format works.

#ifndef SPOKE_SHELL_CATALOG_PRINTER_H_
#define SPOKE_SHELL_CATALOG_PRINTER_H_

#include <ostream>

#include "shell/result_printer.h"
#include "spoke/database.h"

namespace spoke::shell {

// One row per dataset: name, graphs, quads, loaded (UTC), source.
Status PrintDatasets(Database* db, std::ostream& out, const PrintOptions& options);

// The totals, then one row per predicate: quads, triples, distinct
// subjects and objects.
Status PrintStatistics(Database* db, std::ostream& out, const PrintOptions& options);

// "syntax error at 1:3 ...\n<context>": the message, prefixed with the
// code's name when the message does not already say it, then the context
// lines (the query and a caret). No trailing newline.
std::string FormatError(const Status& status);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_CATALOG_PRINTER_H_
