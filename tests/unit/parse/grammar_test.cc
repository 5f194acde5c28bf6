// The grammar itself: every corpus statement parses with exact ambiguity
// detection on and no ambiguity is reported (an ambiguous decision makes LL
// prediction slow), and parses in the fast SLL stage alone.

#include <string>
#include <vector>

#include "SpokeLexer.h"
#include "SpokeParser.h"
#include "antlr4-runtime.h"
#include "gtest/gtest.h"
#include "tests/unit/parse/corpus.h"

namespace spoke::engine {
namespace {

// Records syntax errors and exact ambiguity reports, like ANTLR's
// DiagnosticErrorListener(exactOnly=true), but as test data.
class AmbiguityListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token*, size_t line,
                   size_t column, const std::string& msg,
                   std::exception_ptr) override {
    problems.push_back("syntax error at " + std::to_string(line) + ":" +
                       std::to_string(column) + ": " + msg);
  }
  void reportAmbiguity(antlr4::Parser* parser, const antlr4::dfa::DFA& dfa,
                       size_t start, size_t stop, bool exact,
                       const antlrcpp::BitSet& alts,
                       antlr4::atn::ATNConfigSet*) override {
    if (!exact) return;
    size_t decision = dfa.decision;
    size_t rule = dfa.atnStartState->ruleIndex;
    problems.push_back(
        "ambiguity in rule " + parser->getRuleNames()[rule] + " (decision " +
        std::to_string(decision) + ", alternatives " +
        antlrcpp::BitSet(alts).toString() +
        ") over '" +
        parser->getTokenStream()->getText(antlr4::misc::Interval(start, stop)) +
        "'");
  }

  std::vector<std::string> problems;
};

enum class Mode { kExactAmbiguity, kSllOnly };

std::vector<std::string> ParseWith(const std::string& text, Mode mode) {
  antlr4::ANTLRInputStream input(text);
  grammar::SpokeLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  grammar::SpokeParser parser(&tokens);
  parser.removeErrorListeners();
  AmbiguityListener listener;
  parser.addErrorListener(&listener);
  auto* sim = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
  if (mode == Mode::kExactAmbiguity) {
    sim->setPredictionMode(antlr4::atn::PredictionMode::LL_EXACT_AMBIG_DETECTION);
  } else {
    sim->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  }
  try {
    parser.statement();
  } catch (const antlr4::ParseCancellationException&) {
    listener.problems.push_back("SLL parse failed");
  }
  return listener.problems;
}

std::vector<std::string> AllCorpora() {
  std::vector<std::string> all = testing::ValidCorpus();
  const auto& more = testing::UnsupportedCorpus();
  all.insert(all.end(), more.begin(), more.end());
  return all;
}

TEST(GrammarTest, CorpusIsLargeEnough) {
  EXPECT_GE(testing::ValidCorpus().size(), 80u);
}

TEST(GrammarTest, NoAmbiguityOnCorpus) {
  for (const std::string& q : AllCorpora()) {
    std::vector<std::string> problems = ParseWith(q, Mode::kExactAmbiguity);
    for (const std::string& p : problems) ADD_FAILURE() << p << "\n  in: " << q;
  }
}

TEST(GrammarTest, AmbiguityDetectorWorks) {
  // A statement that does not parse must be reported, so that the
  // listener is known to be wired in.
  EXPECT_FALSE(ParseWith("SELECT ?s WHERE { ?s }", Mode::kExactAmbiguity)
                   .empty());
}

TEST(GrammarTest, CorpusParsesInSllStage) {
  for (const std::string& q : AllCorpora()) {
    std::vector<std::string> problems = ParseWith(q, Mode::kSllOnly);
    for (const std::string& p : problems) ADD_FAILURE() << p << "\n  in: " << q;
  }
}

}  // namespace
}  // namespace spoke::engine
