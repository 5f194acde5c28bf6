// Names of the formats the shell accepts: result formats (--format of
// `query`, `.format`) and RDF formats (`load`, `dump`, `.load`).

#ifndef SPOKE_SHELL_FORMATS_H_
#define SPOKE_SHELL_FORMATS_H_

#include <string_view>

#include "spoke/options.h"
#include "spoke/status.h"

namespace spoke::shell {

// True for "table", "json", "csv" and "tsv".
bool IsResultFormatName(std::string_view name);

// "ntriples"/"nt", "nquads"/"nq", "turtle"/"ttl", "trig". InvalidArgument
// otherwise.
Result<RdfFormat> ParseRdfFormat(std::string_view name);
const char* RdfFormatName(RdfFormat format);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_FORMATS_H_
