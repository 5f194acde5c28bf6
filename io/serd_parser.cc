#include "io/serd_parser.h"

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "io/rdf_text.h"

namespace spoke::io {

namespace {

SerdSyntax ToSerdSyntax(RdfFormat format) {
  switch (format) {
    case RdfFormat::kNTriples:
      return SERD_NTRIPLES;
    case RdfFormat::kNQuads:
      return SERD_NQUADS;
    case RdfFormat::kTurtle:
      return SERD_TURTLE;
    case RdfFormat::kTriG:
      return SERD_TRIG;
  }
  return SERD_NQUADS;
}

std::string_view View(const SerdNode* node) {
  return std::string_view(reinterpret_cast<const char*>(node->buf),
                          node->n_bytes);
}

// serd decodes \uD800 and \U00110000 into byte sequences that are not
// UTF-8; only strings with a lead byte of 0xED or above can hold them.
bool BadCodePoints(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
  // Fast path: skip ASCII eight bytes at a time.
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) break;
  }
  for (; i < n; ++i) {
    if (static_cast<unsigned char>(p[i]) >= 0xED) return !ValidUtf8(s);
  }
  return false;
}

// Owns a node that serd allocated.
struct NodeHolder {
  SerdNode node;
  ~NodeHolder() { serd_node_free(&node); }
};

}  // namespace

SerdParser::SerdParser(const std::string& name, const ReadOptions& options,
                       const QuadSink& sink, ReadStats* stats)
    : name_(name), options_(options), sink_(sink), stats_(stats) {
  SerdNode base = SERD_NODE_NULL;
  if (!options.base_iri.empty()) {
    base = serd_node_from_string(
        SERD_URI, reinterpret_cast<const uint8_t*>(options.base_iri.c_str()));
    have_base_ = true;
  }
  env_ = serd_env_new(have_base_ ? &base : nullptr);
  NewReader();
}

void SerdParser::NewReader() {
  reader_ = serd_reader_new(ToSerdSyntax(options_.format), this, nullptr,
                            &OnBase, &OnPrefix, &OnStatement, nullptr);
  serd_reader_set_strict(reader_, true);
  serd_reader_set_error_sink(reader_, &OnError, this);
}

void SerdParser::ResetReader() {
  serd_reader_free(reader_);
  NewReader();
}

SerdParser::~SerdParser() {
  serd_reader_free(reader_);
  serd_env_free(env_);
}

bool SerdParser::ParseLine(const char* line) {
  hold_ = true;
  pending_used_ = 0;
  const SerdStatus st =
      serd_reader_read_string(reader_, reinterpret_cast<const uint8_t*>(line));
  // serd's N-Quads reader stops with SERD_FAILURE, reporting nothing, at
  // text it cannot start a statement with (even after a valid one).
  const bool serd_ok =
      st == SERD_SUCCESS ||
      (st == SERD_FAILURE && options_.format != RdfFormat::kNQuads);
  if (!serd_ok && failure_.fatal.ok() && !failure_.has_syntax) {
    failure_.has_syntax = true;
    failure_.message = "expected a statement";
  }
  if (!failure_.fatal.ok() || failure_.has_syntax) return false;
  return FlushPending();
}

bool SerdParser::FlushPending() {
  for (size_t i = 0; i < pending_used_; ++i) {
    Status s = sink_(pending_[i]);
    if (!s.ok()) {
      pending_used_ = 0;
      failure_.fatal = std::move(s);
      return false;
    }
    ++stats_->quads;
  }
  pending_used_ = 0;
  return true;
}

void SerdParser::HoldStatements(const uint64_t* statement_ends) {
  hold_ = true;
  statement_ends_ = statement_ends;
}

void SerdParser::StartStream(SerdSource read, SerdStreamErrorFunc error,
                             void* handle) {
  serd_reader_start_source_stream(
      reader_, read, error, handle,
      reinterpret_cast<const uint8_t*>(name_.c_str()), 1);
}

void SerdParser::EndStream() { serd_reader_end_stream(reader_); }

SerdStatus SerdParser::ReadChunk() {
  SerdStatus st = serd_reader_read_chunk(reader_);
  if (st > SERD_FAILURE && failure_.fatal.ok() && !failure_.has_syntax) {
    failure_.has_syntax = true;
    failure_.message = "invalid statement";
  }
  if (!failure_.fatal.ok() || failure_.has_syntax) {
    // Held quads of statements that ended before the broken one are good.
    if (failure_.fatal.ok() && statement_ends_ != nullptr &&
        *statement_ends_ != held_since_) {
      held_since_ = *statement_ends_;
      FlushPending();
    }
    pending_used_ = 0;  // the broken statement's quads
    return SERD_ERR_BAD_SYNTAX;
  }
  if (!FlushPending()) return SERD_ERR_INTERNAL;
  return st;
}

Status SerdParser::MakeSyntaxError(uint64_t line, uint64_t col,
                                   const std::string& message) const {
  SourceSpan span;
  span.line = static_cast<uint32_t>(line);
  span.column = static_cast<uint32_t>(col);
  return Status::SyntaxError(name_ + ":" + std::to_string(line) + ":" +
                                 std::to_string(col) + ": " + message,
                             span);
}

SerdStatus SerdParser::OnBase(void* handle, const SerdNode* uri) {
  auto* self = static_cast<SerdParser*>(handle);
  // A relative @base resolves against the current one; with no base at all
  // it must be absolute.
  if (!self->have_base_ && !serd_uri_string_has_scheme(uri->buf)) {
    self->TermError("relative base IRI <" + std::string(View(uri)) +
                    "> with no base to resolve it against");
    return SERD_ERR_BAD_ARG;
  }
  if (serd_env_set_base_uri(self->env_, uri) != SERD_SUCCESS) {
    self->TermError("invalid base IRI <" + std::string(View(uri)) + ">");
    return SERD_ERR_BAD_ARG;
  }
  self->have_base_ = true;
  return SERD_SUCCESS;
}

SerdStatus SerdParser::OnPrefix(void* handle, const SerdNode* name,
                                const SerdNode* uri) {
  auto* self = static_cast<SerdParser*>(handle);
  if (!serd_uri_string_has_scheme(uri->buf) && !self->have_base_) {
    self->TermError("relative prefix IRI <" + std::string(View(uri)) +
                    "> with no base to resolve it against");
    return SERD_ERR_BAD_ARG;
  }
  if (serd_env_set_prefix(self->env_, name, uri) != SERD_SUCCESS) {
    self->TermError("invalid prefix IRI <" + std::string(View(uri)) + ">");
    return SERD_ERR_BAD_ARG;
  }
  return SERD_SUCCESS;
}

SerdStatus SerdParser::OnStatement(
    void* handle, SerdStatementFlags /*flags*/, const SerdNode* graph,
    const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
    const SerdNode* datatype, const SerdNode* lang) {
  auto* self = static_cast<SerdParser*>(handle);
  // serd reports some errors and reads on (with U+FFFD in place of the bad
  // character); nothing it reported an error on reaches the sink.
  if (self->failure_.has_syntax || !self->failure_.fatal.ok()) {
    return SERD_ERR_BAD_SYNTAX;
  }
  if ((++self->statements_ & 4095) == 0 && self->tick_) {
    Status s = self->tick_();
    if (!s.ok()) {
      self->failure_.fatal = std::move(s);
      return SERD_ERR_INTERNAL;
    }
  }
  Quad& q = self->quad_;
  if (!self->ToTerm(subject, &q.subject)) return SERD_ERR_BAD_ARG;
  std::string predicate_iri;
  if (!self->ToIri(predicate, &predicate_iri)) return SERD_ERR_BAD_ARG;
  q.predicate = Term::Iri(std::move(predicate_iri));
  if (!self->ToObject(object, datatype, lang, &q.object)) {
    return SERD_ERR_BAD_ARG;
  }
  if (graph == nullptr || graph->type == SERD_NOTHING) {
    q.graph = self->options_.default_graph;
  } else if (!self->ToTerm(graph, &q.graph)) {
    return SERD_ERR_BAD_ARG;
  }
  if (self->hold_) {
    // Quads of statements that have ended since are safe to hand out; a
    // statement of more than kMaxHeld quads is handed out in parts.
    constexpr size_t kMaxHeld = 1 << 16;
    if (self->statement_ends_ != nullptr &&
        (*self->statement_ends_ != self->held_since_ ||
         self->pending_used_ >= kMaxHeld)) {
      self->held_since_ = *self->statement_ends_;
      if (!self->FlushPending()) return SERD_ERR_INTERNAL;
    }
    if (self->pending_used_ == self->pending_.size()) {
      self->pending_.emplace_back();
    }
    std::swap(self->pending_[self->pending_used_++], q);
    return SERD_SUCCESS;
  }
  Status s = self->sink_(q);
  if (!s.ok()) {
    self->failure_.fatal = std::move(s);
    return SERD_ERR_INTERNAL;
  }
  ++self->stats_->quads;
  return SERD_SUCCESS;
}

SerdStatus SerdParser::OnError(void* handle, const SerdError* error) {
  auto* self = static_cast<SerdParser*>(handle);
  if (self->failure_.has_syntax || !self->failure_.fatal.ok()) {
    return SERD_SUCCESS;  // keep the first report, which is the cause
  }
  char buf[512];
  va_list args;
  va_copy(args, *error->args);
  const int n = std::vsnprintf(buf, sizeof(buf), error->fmt, args);
  va_end(args);
  std::string msg(buf, n < 0 ? 0 : std::min<size_t>(n, sizeof(buf) - 1));
  // serd prints the end of its input (NUL, or EOF as 0xFF) as a raw byte.
  for (const char* raw : {"`\0'", "`\xFF'"}) {
    const std::string_view needle(raw, 3);
    for (size_t at; (at = msg.find(needle)) != std::string::npos;) {
      msg.replace(at, 3, "end of input");
    }
  }
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == '.')) {
    msg.pop_back();
  }
  self->failure_.has_syntax = true;
  self->failure_.message = msg.empty() ? "invalid statement" : msg;
  self->failure_.serd_line = error->line;
  self->failure_.serd_col = error->col;
  return SERD_SUCCESS;
}

void SerdParser::TermError(std::string message, std::string needle) {
  if (failure_.has_syntax || !failure_.fatal.ok()) return;
  failure_.has_syntax = true;
  failure_.from_term = true;
  failure_.message = std::move(message);
  failure_.needle = std::move(needle);
}

bool SerdParser::ToIri(const SerdNode* node, std::string* iri) {
  if (node->type == SERD_URI) {
    if (serd_uri_string_has_scheme(node->buf)) {
      if (BadCodePoints(View(node))) {
        TermError("IRI holds an invalid code point");
        return false;
      }
      iri->assign(View(node));
      return true;
    }
    if (!have_base_) {
      TermError("relative IRI <" + std::string(View(node)) +
                "> with no base IRI to resolve it against");
      return false;
    }
  } else if (node->type != SERD_CURIE) {
    TermError("expected an IRI");
    return false;
  }
  NodeHolder expanded{serd_env_expand_node(env_, node)};
  if (expanded.node.buf == nullptr) {
    const std::string_view curie = View(node);
    const std::string prefix(curie.substr(0, curie.find(':') + 1));
    TermError("undefined prefix '" + prefix + "'", prefix);
    return false;
  }
  if (!serd_uri_string_has_scheme(expanded.node.buf)) {
    TermError("relative IRI <" + std::string(View(&expanded.node)) +
              "> with no base IRI to resolve it against");
    return false;
  }
  if (BadCodePoints(View(&expanded.node))) {
    TermError("IRI holds an invalid code point");
    return false;
  }
  iri->assign(View(&expanded.node));
  return true;
}

bool SerdParser::ToTerm(const SerdNode* node, Term* term) {
  if (node->type == SERD_BLANK) {
    std::string label = options_.blank_prefix;
    label.append(View(node));
    *term = Term::Blank(std::move(label));
    return true;
  }
  std::string iri;
  if (!ToIri(node, &iri)) return false;
  *term = Term::Iri(std::move(iri));
  return true;
}

bool SerdParser::ToObject(const SerdNode* node, const SerdNode* datatype,
                          const SerdNode* lang, Term* term) {
  if (node->type != SERD_LITERAL) return ToTerm(node, term);
  if (BadCodePoints(View(node))) {
    TermError("literal holds an invalid code point");
    return false;
  }
  std::string lexical(View(node));
  if (lang != nullptr && lang->buf != nullptr) {
    if (!ValidLanguageTag(View(lang))) {
      TermError("bad language tag '" + std::string(View(lang)) + "'",
                "@" + std::string(View(lang)));
      return false;
    }
    *term = Term::LangLiteral(std::move(lexical), View(lang));
    return true;
  }
  if (datatype != nullptr && datatype->buf != nullptr) {
    std::string dt;
    if (!ToIri(datatype, &dt)) return false;
    *term = Term::TypedLiteral(std::move(lexical), dt);
    return true;
  }
  *term = Term::Literal(std::move(lexical));
  return true;
}

}  // namespace spoke::io
