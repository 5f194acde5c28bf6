#include "engine/results/prefix_map.h"

#include "engine/results/utf8.h"

namespace spoke::engine {

namespace {

bool IsPnCharsBase(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) ||
         (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool IsPnChars(char32_t c) {
  return IsPnCharsBase(c) || c == '_' || c == '-' || (c >= '0' && c <= '9') ||
         c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F ||
         c == 0x2040;
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
         (c >= 'A' && c <= 'F');
}

}  // namespace

PrefixMap PrefixMap::Standard() {
  PrefixMap m;
  m.Add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  m.Add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
  m.Add("xsd", "http://www.w3.org/2001/XMLSchema#");
  m.Add("owl", "http://www.w3.org/2002/07/owl#");
  return m;
}

void PrefixMap::Add(std::string prefix, std::string iri) {
  for (auto& [p, ns] : entries_) {
    if (p == prefix) {
      ns = std::move(iri);
      return;
    }
  }
  entries_.emplace_back(std::move(prefix), std::move(iri));
}

std::optional<std::string> PrefixMap::Find(std::string_view prefix) const {
  for (const auto& [p, ns] : entries_) {
    if (p == prefix) return ns;
  }
  return std::nullopt;
}

bool PrefixMap::IsValidLocalName(std::string_view local) {
  // PN_LOCAL without PN_LOCAL_ESC; PLX's %HH is allowed.
  size_t pos = 0;
  bool first = true;
  char32_t last = 0;
  while (pos < local.size()) {
    if (local[pos] == '%') {
      if (pos + 2 >= local.size()) return false;
      if (!IsHex(local[pos + 1]) || !IsHex(local[pos + 2])) return false;
      pos += 3;
      last = '0';
      first = false;
      continue;
    }
    char32_t c = DecodeUtf8(local, &pos);
    if (c == kReplacementChar) return false;
    bool ok = first ? (IsPnCharsBase(c) || c == '_' || c == ':' ||
                       (c >= '0' && c <= '9'))
                    : (IsPnChars(c) || c == '.' || c == ':');
    if (!ok) return false;
    last = c;
    first = false;
  }
  return last != '.';
}

std::optional<std::string> PrefixMap::Shorten(std::string_view iri) const {
  const std::pair<std::string, std::string>* best = nullptr;
  for (const auto& entry : entries_) {
    const std::string& ns = entry.second;
    if (iri.size() < ns.size() || iri.substr(0, ns.size()) != ns) continue;
    if (!IsValidLocalName(iri.substr(ns.size()))) continue;
    if (best == nullptr || ns.size() > best->second.size()) best = &entry;
  }
  if (best == nullptr) return std::nullopt;
  return best->first + ":" + std::string(iri.substr(best->second.size()));
}

}  // namespace spoke::engine
