// Transformer, part 1: prologue, IRIs, literals, variables, and the
// machinery shared by all parts (errors, spans).

#include <cstdint>
#include <string>

#include "engine/parse/iri_resolver.h"
#include "engine/parse/transformer.h"
#include "storage/utf8.h"

namespace spoke::engine {

using P = g::SpokeParser;

Transformer::Transformer(const ParseOptions& opts)
    : prefixes_(opts.prefixes), base_(opts.base_iri) {}

SourceSpan Transformer::SpanOf(antlr4::Token* t) {
  SourceSpan span;
  if (t == nullptr) return span;
  span.line = static_cast<uint32_t>(t->getLine());
  span.column = static_cast<uint32_t>(t->getCharPositionInLine()) + 1;
  if (t->getType() != antlr4::Token::EOF &&
      t->getStopIndex() >= t->getStartIndex()) {
    span.length = static_cast<uint32_t>(t->getStopIndex() - t->getStartIndex() + 1);
  }
  return span;
}

void Transformer::Fail(Status::Code code, std::string message,
                       SourceSpan span) {
  message += " at " + std::to_string(span.line) + ":" +
             std::to_string(span.column);
  switch (code) {
    case Status::Code::kSyntaxError:
      throw TransformError{Status::SyntaxError(std::move(message), span)};
    case Status::Code::kNotSupported:
      throw TransformError{Status::NotSupported(std::move(message), span)};
    default:
      throw TransformError{Status::SemanticError(std::move(message), span)};
  }
}

void Transformer::TransformPrologue(P::PrologueContext* ctx) {
  for (auto* child : ctx->children) {
    if (auto* base = dynamic_cast<P::BaseDeclContext*>(child)) {
      std::string iri = UnescapeIriRef(base->IRIREF()->getSymbol());
      if (!IsAbsoluteIri(iri) && base_.empty()) {
        Fail(Status::Code::kSemanticError,
             "BASE <" + iri + "> is not an absolute IRI", base);
      }
      base_ = base_.empty() ? iri : engine::ResolveIri(base_, iri);
    } else if (auto* prefix = dynamic_cast<P::PrefixDeclContext*>(child)) {
      std::string name = prefix->PNAME_NS()->getText();
      name.pop_back();  // the ':'
      prefixes_[name] =
          ResolveIri(UnescapeIriRef(prefix->IRIREF()->getSymbol()));
    }
  }
}

std::string Transformer::ResolveIri(std::string_view iri) const {
  if (base_.empty() || IsAbsoluteIri(iri)) return std::string(iri);
  return engine::ResolveIri(base_, iri);
}

Term Transformer::TransformIri(P::IriContext* ctx) {
  antlr4::Token* tok = ctx->getStart();
  if (tok->getType() == P::IRIREF) {
    return Term::Iri(ResolveIri(UnescapeIriRef(tok)));
  }
  std::string text = tok->getText();
  size_t colon = text.find(':');
  std::string_view prefix(text.data(), colon);
  auto it = prefixes_.find(prefix);
  if (it == prefixes_.end()) {
    Fail(Status::Code::kSemanticError,
         "unknown prefix '" + std::string(prefix) + ":'", tok);
  }
  std::string iri = it->second;
  // The local part: drop the backslash of \-escapes (PN_LOCAL_ESC); %XX
  // stays as written, as SPARQL says.
  for (size_t i = colon + 1; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) ++i;
    iri.push_back(text[i]);
  }
  return Term::Iri(std::move(iri));
}

namespace {

// Decodes \uXXXX / \UXXXXXXXX at text[i] (the backslash); returns the code
// point or -1 if it is not a valid Unicode scalar value. Advances i past it.
int64_t DecodeUchar(const std::string& text, size_t* i) {
  size_t digits = text[*i + 1] == 'u' ? 4 : 8;
  uint32_t cp = 0;
  for (size_t k = 0; k < digits; ++k) {
    char c = text[*i + 2 + k];
    cp = cp * 16 + static_cast<uint32_t>(
                       c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  *i += 2 + digits;
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  return cp;
}

}  // namespace

std::string Transformer::UnescapeIriRef(antlr4::Token* t) {
  std::string text = t->getText();
  std::string out;
  // Strip the angle brackets; the lexer guarantees only \u escapes inside.
  for (size_t i = 1; i + 1 < text.size();) {
    if (text[i] == '\\') {
      int64_t cp = DecodeUchar(text, &i);
      if (cp < 0) Fail(Status::Code::kSyntaxError, "invalid \\u escape", t);
      AppendUtf8(static_cast<uint32_t>(cp), &out);
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

std::string Transformer::UnescapeString(antlr4::Token* t) {
  std::string text = t->getText();
  size_t quote = (t->getType() == P::STRING_LITERAL_LONG1 ||
                  t->getType() == P::STRING_LITERAL_LONG2)
                     ? 3
                     : 1;
  std::string out;
  size_t end = text.size() - quote;
  for (size_t i = quote; i < end;) {
    if (text[i] != '\\') {
      out.push_back(text[i++]);
      continue;
    }
    char c = text[i + 1];
    if (c == 'u' || c == 'U') {
      int64_t cp = DecodeUchar(text, &i);
      if (cp < 0) Fail(Status::Code::kSyntaxError, "invalid \\u escape", t);
      AppendUtf8(static_cast<uint32_t>(cp), &out);
      continue;
    }
    switch (c) {
      case 't': out.push_back('\t'); break;
      case 'b': out.push_back('\b'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 'f': out.push_back('\f'); break;
      default: out.push_back(c); break;  // \\ \" \'
    }
    i += 2;
  }
  return out;
}

Term Transformer::TransformLiteral(P::RdfLiteralContext* ctx) {
  // stringLiteral ( LANGTAG | '^^' iri )?
  std::string lexical = UnescapeString(ctx->getStart());
  if (ctx->children.size() == 2) {
    std::string lang = ctx->children[1]->getText();
    return Term::LangLiteral(std::move(lexical), std::string_view(lang).substr(1));
  }
  if (ctx->children.size() == 3) {
    return Term::TypedLiteral(
        std::move(lexical),
        TransformIri(static_cast<P::IriContext*>(ctx->children[2])).value());
  }
  return Term::Literal(std::move(lexical));
}

Term Transformer::TransformNumeric(antlr4::Token* t) {
  std::string_view datatype;
  switch (t->getType()) {
    case P::INTEGER:
    case P::INTEGER_POSITIVE:
    case P::INTEGER_NEGATIVE:
      datatype = kXsdInteger;
      break;
    case P::DECIMAL:
    case P::DECIMAL_POSITIVE:
    case P::DECIMAL_NEGATIVE:
      datatype = kXsdDecimal;
      break;
    default:
      datatype = kXsdDouble;
      break;
  }
  return Term::TypedLiteral(t->getText(), datatype);
}

Term Transformer::TransformBoolean(P::BooleanLiteralContext* ctx) {
  bool value = ctx->getStart()->getType() == P::K_TRUE;
  return Term::TypedLiteral(value ? "true" : "false", kXsdBoolean);
}

std::string Transformer::Var(P::VarContext* ctx) {
  return ctx->getStart()->getText().substr(1);
}

}  // namespace spoke::engine
