#include "shell/prefix_setting.h"

#include <regex>

namespace spoke::shell {

std::string EncodePrefixes(const engine::PrefixMap& prefixes) {
  std::string value;
  for (const auto& [name, iri] : prefixes.entries()) value += name + "\t" + iri + "\n";
  return value;
}

Result<engine::PrefixMap> DecodePrefixes(std::string_view value) {
  engine::PrefixMap out;
  while (!value.empty()) {
    size_t nl = value.find('\n');
    std::string_view line = value.substr(0, nl);
    value = nl == std::string_view::npos ? std::string_view() : value.substr(nl + 1);
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Status::Corruption("bad entry in setting " + std::string(kPrefixesSetting) +
                                ": '" + std::string(line) + "'");
    }
    out.Add(std::string(line.substr(0, tab)), std::string(line.substr(tab + 1)));
  }
  return out;
}

Result<engine::PrefixMap> LoadPrefixes(Database* db) {
  Result<std::string> stored = db->GetSetting(kPrefixesSetting);
  if (!stored.ok()) {
    if (stored.status().IsNotFound()) return engine::PrefixMap::Standard();
    return stored.status();
  }
  return DecodePrefixes(*stored);
}

void AddDeclaredPrefixes(std::string_view turtle, engine::PrefixMap* prefixes) {
  static const std::regex kDecl(
      R"(^[ \t]*(?:@prefix|PREFIX|prefix)[ \t]+([A-Za-z][A-Za-z0-9_.-]*|)[ \t]*:[ \t]*<([^<>"{}|^`\\ \t]*)>)");
  size_t pos = 0;
  while (pos < turtle.size()) {
    size_t nl = turtle.find('\n', pos);
    if (nl == std::string_view::npos) nl = turtle.size();
    std::string line(turtle.substr(pos, nl - pos));
    std::smatch m;
    if (std::regex_search(line, m, kDecl)) prefixes->Add(m[1].str(), m[2].str());
    pos = nl + 1;
  }
}

}  // namespace spoke::shell
