#include "tests/queries/result_compare.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "tests/queries/expected_term.h"

namespace spoke::querytest {

namespace {

// A blank-node bijection being built up.
struct Bijection {
  std::unordered_map<std::string, std::string> exp_to_act;
  std::unordered_map<std::string, std::string> act_to_exp;
};

bool HasBlank(const Rows& rows) {
  for (const auto& row : rows) {
    for (const Term& t : row) {
      if (t.is_blank()) return true;
    }
  }
  return false;
}

// The row with every blank node label erased: rows that can match under
// some bijection have equal keys.
std::vector<Term> Key(const std::vector<Term>& row) {
  std::vector<Term> key = row;
  for (Term& t : key) {
    if (t.is_blank()) t = Term::Blank("");
  }
  return key;
}

// Tries to match `e` to `a` extending `bij`; records new pairs in `added`.
bool MatchRow(const std::vector<Term>& e, const std::vector<Term>& a,
              Bijection* bij, std::vector<std::string>* added) {
  for (size_t i = 0; i < e.size(); ++i) {
    if (!e[i].is_blank() || !a[i].is_blank()) {
      if (e[i] != a[i]) return false;
      continue;
    }
    auto fe = bij->exp_to_act.find(e[i].value());
    auto fa = bij->act_to_exp.find(a[i].value());
    if (fe != bij->exp_to_act.end() || fa != bij->act_to_exp.end()) {
      if (fe == bij->exp_to_act.end() || fe->second != a[i].value()) {
        return false;
      }
      continue;
    }
    bij->exp_to_act[e[i].value()] = a[i].value();
    bij->act_to_exp[a[i].value()] = e[i].value();
    added->push_back(e[i].value());
  }
  return true;
}

void Undo(const std::vector<std::string>& added, Bijection* bij) {
  for (const std::string& label : added) {
    auto it = bij->exp_to_act.find(label);
    bij->act_to_exp.erase(it->second);
    bij->exp_to_act.erase(it);
  }
}

// Backtracking search for a row matching with one bijection. Gives up (false)
// after `*budget` steps.
class BlankMatcher {
 public:
  BlankMatcher(const Rows& expected, const Rows& actual)
      : expected_(expected), actual_(actual), used_(actual.size(), false) {}

  // 1: matched, 0: no matching, -1: gave up.
  int Run() {
    int r = Match(0);
    return r;
  }

 private:
  int Match(size_t i) {
    if (i == expected_.size()) return 1;
    for (size_t j = 0; j < actual_.size(); ++j) {
      if (used_[j]) continue;
      if (++steps_ > kMaxSteps) return -1;
      std::vector<std::string> added;
      if (MatchRow(expected_[i], actual_[j], &bij_, &added)) {
        used_[j] = true;
        int r = Match(i + 1);
        if (r != 0) return r;
        used_[j] = false;
      }
      Undo(added, &bij_);
    }
    return 0;
  }

  static constexpr size_t kMaxSteps = 2'000'000;
  const Rows& expected_;
  const Rows& actual_;
  std::vector<bool> used_;
  Bijection bij_;
  size_t steps_ = 0;
};

std::string Listing(const char* title, const Rows& rows,
                    const engine::PrefixMap& prefixes, size_t limit = 50) {
  std::string out = std::string(title) + " (" + std::to_string(rows.size()) +
                    "):\n";
  for (size_t i = 0; i < rows.size() && i < limit; ++i) {
    out += "  " + FormatExpectedRow(rows[i], prefixes) + "\n";
  }
  if (rows.size() > limit) out += "  ...\n";
  return out;
}

}  // namespace

Comparison CompareRows(const Rows& expected, const Rows& actual, bool ordered,
                       const engine::PrefixMap& prefixes) {
  Comparison c;
  const bool blanks = HasBlank(expected) || HasBlank(actual);
  if (ordered) {
    Bijection bij;
    for (size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
      std::vector<std::string> added;
      if (!MatchRow(expected[i], actual[i], &bij, &added)) {
        c.explanation = "first difference at row " + std::to_string(i + 1) +
                        ":\n  expected: " +
                        FormatExpectedRow(expected[i], prefixes) +
                        "\n  actual:   " +
                        FormatExpectedRow(actual[i], prefixes) + "\n";
        c.explanation += Listing("expected rows", expected, prefixes);
        c.explanation += Listing("actual rows", actual, prefixes);
        return c;
      }
    }
    if (expected.size() != actual.size()) {
      c.explanation = "expected " + std::to_string(expected.size()) +
                      " rows, got " + std::to_string(actual.size()) + "\n";
      c.explanation += Listing("expected rows", expected, prefixes);
      c.explanation += Listing("actual rows", actual, prefixes);
      return c;
    }
    c.equal = true;
    return c;
  }

  // Multiset comparison of the blank-erased keys.
  std::map<std::vector<Term>, long> count;
  for (const auto& row : expected) ++count[Key(row)];
  for (const auto& row : actual) --count[Key(row)];
  Rows missing, unexpected;
  for (const auto& [key, n] : count) {
    for (long k = 0; k < n; ++k) missing.push_back(key);
    for (long k = 0; k < -n; ++k) unexpected.push_back(key);
  }
  if (!missing.empty() || !unexpected.empty()) {
    c.explanation = "expected " + std::to_string(expected.size()) +
                    " rows, got " + std::to_string(actual.size()) + "\n";
    if (!missing.empty()) {
      c.explanation += Listing("missing rows", missing, prefixes);
    }
    if (!unexpected.empty()) {
      c.explanation += Listing("unexpected rows", unexpected, prefixes);
    }
    if (blanks) c.explanation += "(blank node labels shown as _:)\n";
    return c;
  }
  if (!blanks) {
    c.equal = true;
    return c;
  }
  int r = BlankMatcher(expected, actual).Run();
  if (r == 1) {
    c.equal = true;
  } else if (r == 0) {
    c.explanation = "rows agree except for blank node identity: no one-to-one "
                    "mapping of blank nodes matches\n" +
                    Listing("expected rows", expected, prefixes) +
                    Listing("actual rows", actual, prefixes);
  } else {
    c.explanation = "too many blank nodes to compare: search gave up\n";
  }
  return c;
}

}  // namespace spoke::querytest
