// Parse(): the boundary between query text, the ANTLR runtime and the
// transformer. Everything that can go wrong in ANTLR (exceptions, invalid
// UTF-8, its shared prediction cache) is contained here.

#include "engine/parse/parser.h"

#include <exception>
#include <mutex>
#include <stdexcept>

#include "SpokeLexer.h"
#include "SpokeParser.h"
#include "antlr4-runtime.h"
#include "engine/parse/error_context.h"
#include "engine/parse/syntax_error.h"
#include "engine/parse/transformer.h"

namespace spoke::engine {
namespace {

// Deeper nesting of (), {} and [] than this is rejected before parsing: the
// parser recurses per level and must not exhaust the stack.
constexpr int kMaxNesting = 128;

// The ANTLR 4.9 runtime shares its DFA cache between all parsers of a
// grammar without locking (fixed only in later versions), so parses are
// serialised.
std::mutex& ParseMutex() {
  static std::mutex* mu = new std::mutex;
  return *mu;
}

// Returns the span of the first byte that is not valid UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF included), or nullopt.
std::optional<SourceSpan> FindInvalidUtf8(std::string_view s) {
  uint32_t line = 1, column = 1;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    uint32_t cp = 0, min = 0;
    if (c < 0x80) {
      n = 1;
    } else if ((c & 0xE0) == 0xC0) {
      n = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      n = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      n = 4, cp = c & 0x07, min = 0x10000;
    }
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      ok = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (ok && n > 1) {
      ok = cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    if (!ok) return SourceSpan{line, column, 1};
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += n;
  }
  return std::nullopt;
}

Status Located(Status s, std::string_view text) {
  return WithQueryContext(s, text);
}

// Operators and group elements chained at one bracket level build trees as
// deep as the chain (`1+1+...`, `OPTIONAL {} OPTIONAL {} ...`), and later
// stages walk those trees recursively; longer chains are rejected here.
constexpr int kMaxChain = 512;

bool IsChainedOperator(size_t type) {
  using L = grammar::SpokeLexer;
  switch (type) {
    case L::OR: case L::AND: case L::EQ: case L::NE: case L::LT: case L::GT:
    case L::LE: case L::GE: case L::PLUS: case L::MINUS_SIGN: case L::STAR:
    case L::SLASH: case L::BANG: case L::K_IN:
    // "1 +1" lexes as INTEGER INTEGER_POSITIVE: the sign is the operator.
    case L::INTEGER_POSITIVE: case L::DECIMAL_POSITIVE:
    case L::DOUBLE_POSITIVE: case L::INTEGER_NEGATIVE:
    case L::DECIMAL_NEGATIVE: case L::DOUBLE_NEGATIVE:
      return true;
    default:
      return false;
  }
}

bool IsGroupElement(size_t type) {
  using L = grammar::SpokeLexer;
  return type == L::K_OPTIONAL || type == L::K_UNION || type == L::K_GRAPH ||
         type == L::K_MINUS || type == L::LBRACE;
}

Status TooDeep(antlr4::Token* t, std::string_view what, int limit) {
  SourceSpan span{static_cast<uint32_t>(t->getLine()),
                  static_cast<uint32_t>(t->getCharPositionInLine()) + 1, 1};
  return Status::SyntaxError(std::string(what) + " at " +
                                 std::to_string(span.line) + ":" +
                                 std::to_string(span.column) + " (more than " +
                                 std::to_string(limit) + ")",
                             span);
}

// Checks the token stream before parsing: empty queries, too deep nesting
// and too long chains are rejected here.
Status CheckTokens(antlr4::CommonTokenStream* tokens) {
  const auto& all = tokens->getTokens();
  if (all.empty() || all[0]->getType() == antlr4::Token::EOF) {
    return Status::SyntaxError("empty query");
  }
  // Per bracket level: operators since the last separator, and group
  // elements since the level opened.
  int operators[kMaxNesting + 2] = {0};
  int elements[kMaxNesting + 2] = {0};
  int depth = 0;
  for (antlr4::Token* t : all) {
    size_t type = t->getType();
    if (IsGroupElement(type) && ++elements[depth] > kMaxChain) {
      return TooDeep(t, "too many group patterns in one group", kMaxChain);
    }
    if (IsChainedOperator(type) && ++operators[depth] > kMaxChain) {
      return TooDeep(t, "expression too long", kMaxChain);
    }
    switch (type) {
      case grammar::SpokeLexer::LPAREN:
      case grammar::SpokeLexer::LBRACE:
      case grammar::SpokeLexer::LBRACKET:
        if (++depth > kMaxNesting) {
          return TooDeep(t, "query nested too deeply", kMaxNesting);
        }
        operators[depth] = 0;
        elements[depth] = 0;
        break;
      case grammar::SpokeLexer::RPAREN:
      case grammar::SpokeLexer::RBRACE:
      case grammar::SpokeLexer::RBRACKET:
        if (depth > 0) --depth;
        break;
      case grammar::SpokeLexer::DOT:
      case grammar::SpokeLexer::COMMA:
      case grammar::SpokeLexer::SEMICOLON:
        operators[depth] = 0;
        break;
      default:
        break;
    }
  }
  return Status::OK();
}

Result<ast::Statement> ParseUnchecked(std::string_view text,
                                      const ParseOptions& opts) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::SyntaxError("empty query");
  }
  if (auto bad = FindInvalidUtf8(text)) {
    return Located(Status::SyntaxError("invalid UTF-8 in query at " +
                                           std::to_string(bad->line) + ":" +
                                           std::to_string(bad->column),
                                       *bad),
                   text);
  }

  std::unique_lock<std::mutex> lock(ParseMutex());
  antlr4::ANTLRInputStream input(text.data(), text.size());
  grammar::SpokeLexer lexer(&input);
  lexer.removeErrorListeners();  // ERROR_CHAR makes lexing total
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  if (Status s = CheckTokens(&tokens); !s.ok()) return Located(s, text);

  grammar::SpokeParser parser(&tokens);
  parser.removeErrorListeners();
  // Stage 1: SLL prediction, bail out at the first error. Almost every
  // valid query parses here, at the lowest prediction cost.
  grammar::SpokeParser::StatementContext* tree = nullptr;
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    tree = parser.statement();
  } catch (const antlr4::ParseCancellationException&) {
    tree = nullptr;
  }
  if (tree == nullptr) {
    // Stage 2: full LL prediction; a failure here is a real syntax error.
    tokens.seek(0);
    parser.reset();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()
        ->setPredictionMode(antlr4::atn::PredictionMode::LL);
    auto strategy = std::make_shared<SyntaxErrorStrategy>();
    parser.setErrorHandler(strategy);
    try {
      tree = parser.statement();
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
    if (tree == nullptr || strategy->error()) {
      if (!strategy->error()) {
        return Status::Internal("parser stopped without reporting an error");
      }
      return Located(SyntaxErrorAt(strategy->error()->token,
                                   strategy->error()->expected,
                                   parser.getVocabulary()),
                     text);
    }
  }
  // The tree is owned by `parser`, which lives until we return; the
  // transformer does not touch the shared prediction state.
  lock.unlock();
  Transformer transformer(opts);
  Result<ast::Statement> result = transformer.Transform(tree);
  if (!result.ok()) return Located(result.status(), text);
  return result;
}

}  // namespace

Result<ast::Statement> Parse(std::string_view text, const ParseOptions& opts) {
  try {
    return ParseUnchecked(text, opts);
  } catch (const std::range_error&) {
    // The runtime's UTF-8 decoder; FindInvalidUtf8 should have caught it.
    return Status::SyntaxError("invalid UTF-8 in query");
  } catch (const std::bad_alloc&) {
    return Status::ResourceExhausted("out of memory while parsing the query");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("parser failed: ") + e.what());
  } catch (...) {
    return Status::Internal("parser failed with an unknown exception");
  }
}

}  // namespace spoke::engine
