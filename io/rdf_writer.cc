#include "io/rdf_writer.h"

#include "io/rdf_text.h"

namespace spoke::io {

namespace {

constexpr size_t kFlushSize = 64 * 1024;
constexpr char kHex[] = "0123456789ABCDEF";

bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool ValidPrefix(std::string_view p) {
  if (p.empty()) return true;
  if (!IsAlpha(p[0])) return false;
  for (char c : p) {
    if (!IsAlpha(c) && !IsDigit(c) && c != '_' && c != '-') return false;
  }
  return true;
}

// A local name every Turtle reader takes: [A-Za-z_][A-Za-z0-9_-]*, or empty.
bool SafeLocalName(std::string_view local) {
  if (local.empty()) return true;
  if (!IsAlpha(local[0]) && local[0] != '_') return false;
  for (char c : local) {
    if (!IsAlpha(c) && !IsDigit(c) && c != '_' && c != '-') return false;
  }
  return true;
}

Status Invalid(std::string what, const Term& term) {
  return Status::InvalidArgument("cannot write " + what + " " +
                                 term.ToNTriples());
}

}  // namespace

std::string SafeBlankLabel(std::string_view label) {
  std::string out;
  out.reserve(label.size() + 2);
  for (unsigned char c : label) {
    if (IsAlpha(static_cast<char>(c)) || IsDigit(static_cast<char>(c))) {
      out += static_cast<char>(c);
    } else {
      out += '_';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  // "_z" and "_e" never come from an escape (hex digits are uppercase).
  if (out.empty()) return "_e";
  if (out.size() >= 2 && (out[0] == 'b' || out[0] == 'B') && IsDigit(out[1])) {
    out.insert(0, "_z");
  }
  return out;
}

RdfWriter::RdfWriter(WriteOptions options, Output output)
    : options_(std::move(options)), output_(std::move(output)) {}

Status RdfWriter::Start() {
  started_ = true;
  if (options_.format != RdfFormat::kTurtle &&
      options_.format != RdfFormat::kTriG) {
    return Status::OK();
  }
  for (const auto& [prefix, ns] : options_.prefixes) {
    if (!ValidPrefix(prefix)) {
      return Status::InvalidArgument("invalid prefix name '" + prefix + "'");
    }
    if (!ValidAbsoluteIri(ns)) {
      return Status::InvalidArgument("invalid prefix IRI <" + ns + ">");
    }
    buf_ += "@prefix " + prefix + ": <" + ns + "> .\n";
  }
  if (!options_.prefixes.empty()) buf_ += '\n';
  return Status::OK();
}

Status RdfWriter::Check(const Quad& q) const {
  if (!q.subject.is_iri() && !q.subject.is_blank()) {
    return Invalid("subject", q.subject);
  }
  if (!q.predicate.is_iri()) return Invalid("predicate", q.predicate);
  if (q.object.is_none()) return Status::InvalidArgument("quad has no object");
  if (q.graph.is_literal()) return Invalid("graph", q.graph);
  if (!q.graph.is_none() && !FormatHasGraphs(options_.format) &&
      !options_.drop_graphs) {
    return Status::InvalidArgument(
        "quad in graph " + q.graph.ToNTriples() + " cannot be written as " +
        std::string(FormatName(options_.format)) +
        ", which has no graphs (drop the graphs explicitly, or use nquads "
        "or trig)");
  }
  for (const Term* t : {&q.subject, &q.predicate, &q.object, &q.graph}) {
    if (t->is_iri() && !ValidAbsoluteIri(t->value())) return Invalid("IRI", *t);
    if (t->is_literal()) {
      if (!ValidUtf8(t->value())) return Invalid("literal", *t);
      if (!t->language().empty() && !ValidLanguageTag(t->language())) {
        return Invalid("language tag of", *t);
      }
      if (t->language().empty() && !t->is_simple_literal() &&
          !ValidAbsoluteIri(t->datatype())) {
        return Invalid("datatype of", *t);
      }
    }
  }
  return Status::OK();
}

void RdfWriter::AppendIri(std::string_view iri, bool allow_prefix) {
  if (allow_prefix) {
    for (const auto& [prefix, ns] : options_.prefixes) {
      if (iri.size() >= ns.size() && iri.substr(0, ns.size()) == ns &&
          SafeLocalName(iri.substr(ns.size()))) {
        buf_ += prefix;
        buf_ += ':';
        buf_ += iri.substr(ns.size());
        return;
      }
    }
  }
  buf_ += '<';
  buf_ += iri;
  buf_ += '>';
}

void RdfWriter::AppendTerm(const Term& t) {
  const bool turtle = options_.format == RdfFormat::kTurtle ||
                      options_.format == RdfFormat::kTriG;
  switch (t.kind()) {
    case TermKind::kIri:
      AppendIri(t.value(), turtle);
      break;
    case TermKind::kBlank:
      buf_ += "_:";
      buf_ += SafeBlankLabel(t.value());
      break;
    case TermKind::kLiteral:
      buf_ += '"';
      buf_ += EscapeNTriplesString(t.value());
      buf_ += '"';
      if (!t.language().empty()) {
        buf_ += '@';
        buf_ += t.language();
      } else if (!t.is_simple_literal()) {
        buf_ += "^^";
        AppendIri(t.datatype(), turtle);
      }
      break;
    case TermKind::kNone:
      break;
  }
}

void RdfWriter::CloseStatement() {
  if (in_statement_) buf_ += " .\n";
  in_statement_ = false;
}

Status RdfWriter::Write(const Quad& q) {
  if (!status_.ok()) return status_;
  if (!started_) {
    status_ = Start();
    if (!status_.ok()) return status_;
  }
  status_ = Check(q);
  if (!status_.ok()) return status_;
  const bool graphs = FormatHasGraphs(options_.format);
  switch (options_.format) {
    case RdfFormat::kNTriples:
    case RdfFormat::kNQuads:
      AppendTerm(q.subject);
      buf_ += ' ';
      AppendTerm(q.predicate);
      buf_ += ' ';
      AppendTerm(q.object);
      if (graphs && !q.graph.is_none()) {
        buf_ += ' ';
        AppendTerm(q.graph);
      }
      buf_ += " .\n";
      break;
    case RdfFormat::kTurtle:
    case RdfFormat::kTriG: {
      if (graphs && q.graph != graph_) {
        CloseStatement();
        if (in_block_) buf_ += "}\n\n";
        in_block_ = !q.graph.is_none();
        graph_ = q.graph;
        if (in_block_) {
          AppendTerm(q.graph);
          buf_ += " {\n";
        }
      }
      const char* indent = in_block_ ? "  " : "";
      if (in_statement_ && q.subject == subject_) {
        if (q.predicate == predicate_) {
          buf_ += " ,\n";
          buf_ += indent;
          buf_ += "        ";
        } else {
          buf_ += " ;\n";
          buf_ += indent;
          buf_ += "    ";
          if (q.predicate.value() == kRdfType) {
            buf_ += 'a';
          } else {
            AppendTerm(q.predicate);
          }
          buf_ += ' ';
          predicate_ = q.predicate;
        }
      } else {
        CloseStatement();
        buf_ += indent;
        AppendTerm(q.subject);
        buf_ += ' ';
        if (q.predicate.value() == kRdfType) {
          buf_ += 'a';
        } else {
          AppendTerm(q.predicate);
        }
        buf_ += ' ';
        subject_ = q.subject;
        predicate_ = q.predicate;
        in_statement_ = true;
      }
      AppendTerm(q.object);
      break;
    }
  }
  ++quads_;
  return Flush(false);
}

Status RdfWriter::Finish() {
  if (!status_.ok()) return status_;
  if (!started_) {
    status_ = Start();
    if (!status_.ok()) return status_;
  }
  CloseStatement();
  if (in_block_) buf_ += "}\n";
  in_block_ = false;
  return Flush(true);
}

Status RdfWriter::Flush(bool force) {
  if (buf_.empty() || (!force && buf_.size() < kFlushSize)) {
    return Status::OK();
  }
  status_ = output_(buf_);
  buf_.clear();
  return status_;
}

Result<std::string> WriteRdfString(const std::vector<Quad>& quads,
                                   const WriteOptions& options) {
  std::string out;
  RdfWriter writer(options, [&out](std::string_view text) {
    out.append(text);
    return Status::OK();
  });
  for (const Quad& q : quads) SPOKE_RETURN_IF_ERROR(writer.Write(q));
  SPOKE_RETURN_IF_ERROR(writer.Finish());
  return out;
}

RdfWriter::Output StreamOutput(std::ostream* out, std::string name) {
  return [out, name = std::move(name)](std::string_view text) {
    out->write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!*out) return Status::IOError(name + ": cannot write");
    return Status::OK();
  };
}

}  // namespace spoke::io
