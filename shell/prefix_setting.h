// The shell's declared prefixes, as kept in the database setting
// "shell.prefixes" (one "name<TAB>iri" line each), and the prefix
// declarations of a Turtle/TriG text (to seed them from the story).

#ifndef SPOKE_SHELL_PREFIX_SETTING_H_
#define SPOKE_SHELL_PREFIX_SETTING_H_

#include <string>
#include <string_view>

#include "engine/results/prefix_map.h"
#include "spoke/database.h"
#include "spoke/status.h"

namespace spoke::shell {

inline constexpr char kPrefixesSetting[] = "shell.prefixes";

std::string EncodePrefixes(const engine::PrefixMap& prefixes);
// Corruption if a line is malformed.
Result<engine::PrefixMap> DecodePrefixes(std::string_view value);

// The prefixes declared in `db`; the standard ones (rdf, rdfs, xsd, owl)
// if it has none stored.
Result<engine::PrefixMap> LoadPrefixes(Database* db);

// Adds every `@prefix p: <iri> .` / `PREFIX p: <iri>` declared at the start
// of a line of `turtle` to `prefixes`.
void AddDeclaredPrefixes(std::string_view turtle, engine::PrefixMap* prefixes);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_PREFIX_SETTING_H_
