#include "shell/completion.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace spoke::shell {

namespace {

const char* const kKeywords[] = {
    "SELECT", "DISTINCT", "REDUCED", "AS", "WHERE", "ASK", "FROM", "NAMED",
    "GRAPH", "OPTIONAL", "UNION", "FILTER", "PREFIX", "BASE", "GROUP", "BY",
    "HAVING", "ORDER", "ASC", "DESC", "LIMIT", "OFFSET", "INSERT", "DELETE",
    "DATA", "CLEAR", "DROP", "SILENT", "EXPLAIN", "ANALYZE", "COUNT", "SUM",
    "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR", "BOUND",
    "isIRI", "isURI", "isBlank", "isLiteral", "isNumeric", "STR", "LANG",
    "DATATYPE", "LANGMATCHES", "sameTerm", "REGEX", "CONTAINS", "STRSTARTS",
    "STRENDS", "STRLEN", "UCASE", "LCASE", "IF", "COALESCE", "IN", "NOT",
    "true", "false"};

bool IsBreak(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || std::strchr("{}(),;", c);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

bool IsAllLower(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c));
  });
}

bool IsAllUpper(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c));
  });
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A local name we can write after "prefix:" without escapes (a safe subset
// of Turtle's PN_LOCAL).
bool IsSimpleLocal(std::string_view local) {
  if (local.empty() || local.back() == '.') return false;
  for (char c : local) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || c == '_' || c == '-' || c == '.' || u >= 0x80)) {
      return false;
    }
  }
  return local[0] != '-' && local[0] != '.';
}

bool IsVarChar(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || u >= 0x80;
}

// Variables (with their sigil) mentioned in `text`.
void CollectVariables(std::string_view text, std::vector<std::string>* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '?' && text[i] != '$') continue;
    size_t j = i + 1;
    while (j < text.size() && IsVarChar(text[j])) ++j;
    if (j > i + 1) out->emplace_back(text.substr(i, j - i));
    i = j - 1;
  }
}

void Finish(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

const std::vector<std::string>& DotCommandNames() {
  static const std::vector<std::string> kNames = {
      ".datasets", ".drop",  ".explain", ".format", ".help",  ".load",
      ".output",   ".prefixes", ".quit", ".read",   ".stats", ".timer"};
  return kNames;
}

std::string_view CompletionWord(std::string_view before_cursor) {
  size_t b = before_cursor.size();
  while (b > 0 && !IsBreak(before_cursor[b - 1])) --b;
  return before_cursor.substr(b);
}

std::vector<std::string> CompletionCandidates(std::string_view before_cursor,
                                              const CompletionContext& ctx) {
  std::vector<std::string> out;
  std::string_view word = CompletionWord(before_cursor);
  std::string_view head = before_cursor.substr(0, before_cursor.size() - word.size());
  size_t first = head.find_first_not_of(" \t");

  // Dot-commands and their arguments.
  if (ctx.at_statement_start) {
    if (first == std::string_view::npos && !word.empty() && word[0] == '.') {
      for (const std::string& name : DotCommandNames()) {
        if (name.starts_with(word)) out.push_back(name);
      }
      Finish(&out);
      return out;
    }
    if (first != std::string_view::npos && head[first] == '.') {
      std::string_view cmd = head.substr(first);
      cmd = cmd.substr(0, cmd.find_first_of(" \t"));
      std::vector<std::string> args;
      if (cmd == ".format") args = {"csv", "json", "table", "tsv"};
      if (cmd == ".timer") args = {"off", "on"};
      if (cmd == ".prefixes") args = {"add"};
      for (const std::string& a : args) {
        if (a.starts_with(word)) out.push_back(a);
      }
      if (cmd != ".explain") {
        Finish(&out);
        return out;
      }
    }
  }
  if (word.empty()) return out;

  if (word[0] == '?' || word[0] == '$') {
    std::vector<std::string> vars;
    CollectVariables(ctx.pending_text, &vars);
    CollectVariables(head, &vars);
    for (std::string& v : vars) {
      v[0] = word[0];
      if (v.starts_with(word) && v != word) out.push_back(v);
    }
  } else if (word[0] == '<') {
    std::string_view typed = word.substr(1);
    for (const std::string& p : ctx.predicates) {
      if (std::string_view(p).starts_with(typed)) out.push_back("<" + p + ">");
    }
  } else if (size_t colon = word.find(':'); colon != std::string_view::npos) {
    std::string_view name = word.substr(0, colon);
    for (const auto& [prefix, iri] : ctx.prefixes) {
      if (prefix != name) continue;
      for (const std::string& p : ctx.predicates) {
        if (p.size() <= iri.size() || !p.starts_with(iri)) continue;
        std::string_view local = std::string_view(p).substr(iri.size());
        if (!IsSimpleLocal(local)) continue;
        std::string candidate = prefix + ":" + std::string(local);
        if (candidate.starts_with(word)) out.push_back(candidate);
      }
    }
  } else {
    bool lower = IsAllLower(word);
    for (const char* kw : kKeywords) {
      std::string_view k(kw);
      if (!StartsWithNoCase(k, word)) continue;
      out.push_back(lower && IsAllUpper(k) ? Lower(k) : std::string(k));
    }
    for (const auto& entry : ctx.prefixes) {
      std::string candidate = entry.first + ":";
      if (candidate.starts_with(word)) out.push_back(candidate);
    }
  }
  Finish(&out);
  return out;
}

std::string CommonPrefix(const std::vector<std::string>& words) {
  if (words.empty()) return std::string();
  std::string_view common = words[0];
  for (const std::string& w : words) {
    size_t i = 0;
    while (i < common.size() && i < w.size() && common[i] == w[i]) ++i;
    common = common.substr(0, i);
  }
  // Do not end in the middle of a UTF-8 sequence.
  size_t end = common.size();
  if (end < words[0].size()) {
    while (end > 0 && (static_cast<unsigned char>(words[0][end]) & 0xC0) == 0x80) {
      --end;
    }
  }
  return std::string(common.substr(0, end));
}

}  // namespace spoke::shell
