#include "engine/parse/syntax_error.h"

#include <cstdio>
#include <set>
#include <vector>

#include "SpokeParser.h"

namespace spoke::engine {

using P = ::spoke::grammar::SpokeParser;

void SyntaxErrorStrategy::Record(antlr4::Token* token,
                                 antlr4::misc::IntervalSet expected) {
  if (!error_) error_ = Error{token, std::move(expected)};
}

void SyntaxErrorStrategy::reportError(antlr4::Parser* parser,
                                      const antlr4::RecognitionException& e) {
  antlr4::Token* t = e.getOffendingToken();
  Record(t != nullptr ? t : parser->getCurrentToken(), e.getExpectedTokens());
}

void SyntaxErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) {
  throw antlr4::ParseCancellationException();
}

void SyntaxErrorStrategy::reportUnwantedToken(antlr4::Parser* parser) {
  Record(parser->getCurrentToken(), parser->getExpectedTokens());
  throw antlr4::ParseCancellationException();
}

void SyntaxErrorStrategy::reportMissingToken(antlr4::Parser* parser) {
  Record(parser->getCurrentToken(), parser->getExpectedTokens());
  throw antlr4::ParseCancellationException();
}

namespace {

bool Has(const std::set<size_t>& s, size_t t) { return s.count(t) > 0; }

bool HasAny(const std::set<size_t>& s, std::initializer_list<size_t> ts) {
  for (size_t t : ts) {
    if (s.count(t)) return true;
  }
  return false;
}

void EraseAll(std::set<size_t>* s, std::initializer_list<size_t> ts) {
  for (size_t t : ts) s->erase(t);
}

const std::initializer_list<size_t> kVarTokens = {P::VAR1, P::VAR2};
const std::initializer_list<size_t> kIriTokens = {P::IRIREF, P::PNAME_LN,
                                                  P::PNAME_NS};
const std::initializer_list<size_t> kLiteralTokens = {
    P::STRING_LITERAL1,   P::STRING_LITERAL2,   P::STRING_LITERAL_LONG1,
    P::STRING_LITERAL_LONG2, P::INTEGER,        P::DECIMAL,
    P::DOUBLE,            P::INTEGER_POSITIVE,  P::DECIMAL_POSITIVE,
    P::DOUBLE_POSITIVE,   P::INTEGER_NEGATIVE,  P::DECIMAL_NEGATIVE,
    P::DOUBLE_NEGATIVE,   P::K_TRUE,            P::K_FALSE};
const std::initializer_list<size_t> kBlankTokens = {
    P::BLANK_NODE_LABEL, P::ANON, P::LBRACKET, P::NIL, P::LPAREN};
const std::initializer_list<size_t> kFunctionTokens = {
    P::K_STR,      P::K_LANG,      P::K_LANGMATCHES, P::K_DATATYPE,
    P::K_BOUND,    P::K_SAMETERM,  P::K_ISIRI,       P::K_ISURI,
    P::K_ISBLANK,  P::K_ISLITERAL, P::K_ISNUMERIC,   P::K_REGEX,
    P::K_CONTAINS, P::K_STRSTARTS, P::K_STRENDS,     P::K_STRLEN,
    P::K_UCASE,    P::K_LCASE,     P::K_IF,          P::K_COALESCE,
    P::BARE_NAME,  P::K_EXISTS,    P::K_COUNT,       P::K_SUM,
    P::K_MIN,      P::K_MAX,       P::K_AVG,         P::K_SAMPLE,
    P::K_GROUP_CONCAT};
const std::initializer_list<size_t> kOperatorTokens = {
    P::EQ,   P::NE,         P::LT,    P::GT,    P::LE,   P::GE,
    P::PLUS, P::MINUS_SIGN, P::STAR,  P::SLASH, P::OR,   P::AND,
    P::K_IN, P::K_NOT,      P::INTEGER_POSITIVE, P::DECIMAL_POSITIVE,
    P::DOUBLE_POSITIVE,     P::INTEGER_NEGATIVE, P::DECIMAL_NEGATIVE,
    P::DOUBLE_NEGATIVE};
// Keywords of SPARQL features outside the subset: never suggested.
const std::initializer_list<size_t> kUnsupportedTokens = {
    P::K_ADD,    P::K_CONSTRUCT, P::K_COPY,    P::K_CREATE, P::K_DESCRIBE,
    P::K_LOAD,   P::K_MOVE,      P::K_WITH,    P::K_SERVICE, P::K_BIND,
    P::K_VALUES, P::K_MINUS,     P::K_EXISTS,  P::K_UNDEF,  P::K_USING,
    P::BARE_NAME};
// Property path operators: Spoke does not support paths, so they are never
// suggested.
const std::initializer_list<size_t> kPathTokens = {
    P::PIPE, P::SLASH, P::CARET, P::QUESTION, P::STAR, P::PLUS, P::BANG};

std::string TokenName(size_t t, const antlr4::dfa::Vocabulary& v) {
  if (t == antlr4::Token::EOF) return "end of query";
  std::string literal = v.getLiteralName(t);
  std::string symbolic = v.getSymbolicName(t);
  if (symbolic.rfind("K_", 0) == 0) return symbolic.substr(2);
  if (!literal.empty()) return literal;
  return symbolic;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace

std::string ExpectedInWords(const antlr4::misc::IntervalSet& expected,
                            const antlr4::dfa::Vocabulary& vocabulary) {
  std::set<size_t> left;
  for (ssize_t t : expected.toList()) {
    left.insert(static_cast<size_t>(t));  // EOF is (size_t)-1
  }
  std::vector<std::string> parts;
  bool var = HasAny(left, kVarTokens), iri = HasAny(left, kIriTokens),
       lit = HasAny(left, kLiteralTokens);
  if (left.size() == 1 && Has(left, P::PNAME_NS)) return "a prefix such as 'ex:'";
  if (var && HasAny(left, kFunctionTokens)) {
    parts.push_back("an expression");
    EraseAll(&left, kVarTokens);
    EraseAll(&left, kIriTokens);
    EraseAll(&left, kLiteralTokens);
    EraseAll(&left, kFunctionTokens);
    EraseAll(&left, {P::LPAREN, P::NIL, P::BANG, P::PLUS, P::MINUS_SIGN,
                     P::K_NOT});
  } else if (!var && Has(left, P::LPAREN) && HasAny(left, kFunctionTokens)) {
    // FILTER / HAVING / ORDER BY constraints: (expr) or a call.
    parts.push_back("a bracketed expression or a function call");
    EraseAll(&left, kIriTokens);
    EraseAll(&left, kFunctionTokens);
    EraseAll(&left, {P::LPAREN, P::K_NOT});
  } else if (lit && !var && !iri &&
             !HasAny(left, {P::STRING_LITERAL1, P::STRING_LITERAL2,
                            P::DECIMAL, P::DOUBLE, P::K_TRUE})) {
    parts.push_back("an integer");
    EraseAll(&left, kLiteralTokens);
  } else if (var || iri || lit) {
    bool term = var && iri && lit;
    bool predicate = var && iri && Has(left, P::A);
    if (term) {
      parts.push_back("a term");
    } else if (predicate) {
      parts.push_back("a predicate");
    } else if (var && iri) {
      parts.push_back("a variable or IRI");
    } else if (var) {
      parts.push_back("a variable");
    } else if (iri) {
      parts.push_back("an IRI");
    } else {
      parts.push_back("a literal");
    }
    if (term || predicate) {
      EraseAll(&left, kBlankTokens);
      EraseAll(&left, {P::A});
    }
    if (iri) EraseAll(&left, kPathTokens);
    EraseAll(&left, kVarTokens);
    EraseAll(&left, kIriTokens);
    EraseAll(&left, kLiteralTokens);
  }
  if (HasAny(left, {P::EQ, P::LT, P::OR, P::AND, P::SLASH})) {
    parts.push_back("an operator");
    EraseAll(&left, kOperatorTokens);
  }
  std::set<size_t> supported = left;
  EraseAll(&supported, kUnsupportedTokens);
  if (!supported.empty()) left = std::move(supported);
  bool eof = Has(left, antlr4::Token::EOF);
  left.erase(antlr4::Token::EOF);
  for (size_t t : left) {
    if (t == P::ERROR_CHAR || t == P::WS || t == P::COMMENT) continue;
    parts.push_back(TokenName(t, vocabulary));
  }
  if (parts.size() > 10) {
    parts.resize(10);
    parts.push_back("...");
  }
  if (eof) parts.push_back("end of query");
  if (parts.empty()) return "something else";
  return Join(parts);
}

Status SyntaxErrorAt(antlr4::Token* token,
                     const antlr4::misc::IntervalSet& expected,
                     const antlr4::dfa::Vocabulary& vocabulary) {
  SourceSpan span;
  span.line = static_cast<uint32_t>(token->getLine());
  span.column = static_cast<uint32_t>(token->getCharPositionInLine()) + 1;
  std::string at =
      "syntax error at " + std::to_string(span.line) + ":" +
      std::to_string(span.column);
  if (token->getType() == antlr4::Token::EOF) {
    return Status::SyntaxError(
        at + " at end of query: expected " + ExpectedInWords(expected, vocabulary), span);
  }
  std::string text = token->getText();
  span.length = static_cast<uint32_t>(token->getStopIndex() -
                                      token->getStartIndex() + 1);
  if (token->getType() == P::ERROR_CHAR) {
    if (text == "\"" || text == "'") {
      return Status::SyntaxError(at + ": unterminated string", span);
    }
    if (text.size() == 1 && (static_cast<unsigned char>(text[0]) < 0x20 ||
                             text[0] == 0x7f)) {
      char code[8];
      std::snprintf(code, sizeof(code), "U+%04X",
                    static_cast<unsigned>(static_cast<unsigned char>(text[0])));
      return Status::SyntaxError(at + ": unexpected character " + code, span);
    }
    return Status::SyntaxError(at + ": unexpected character '" + text + "'",
                               span);
  }
  if (text.size() > 40) {
    size_t cut = 37;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
      --cut;  // do not split a UTF-8 sequence
    }
    text = text.substr(0, cut) + "...";
  }
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return Status::SyntaxError(
      at + " near '" + text + "': expected " + ExpectedInWords(expected, vocabulary),
      span);
}

}  // namespace spoke::engine
