#include "bench/gen/nquads_writer.h"

#include <cerrno>
#include <charconv>
#include <cstring>

namespace spoke::bench {

namespace {
constexpr size_t kBufferBytes = 1 << 20;
constexpr std::string_view kXsdInteger =
    "http://www.w3.org/2001/XMLSchema#integer";
}  // namespace

NQuadsWriter::NQuadsWriter(std::FILE* out) : out_(out) {
  buf_.reserve(kBufferBytes + 4096);
}

NQuadsWriter::~NQuadsWriter() {
  if (!buf_.empty()) Finish().IgnoreError();
}

void NQuadsWriter::Iri(std::string_view iri) {
  buf_ += '<';
  buf_ += iri;
  buf_ += "> ";
}

void NQuadsWriter::Literal(std::string_view lex) {
  buf_ += '"';
  size_t start = 0;
  for (size_t i = 0; i < lex.size(); ++i) {
    const char c = lex[i];
    const char* esc = nullptr;
    switch (c) {
      case '"': esc = "\\\""; break;
      case '\\': esc = "\\\\"; break;
      case '\n': esc = "\\n"; break;
      case '\r': esc = "\\r"; break;
      default: continue;
    }
    buf_.append(lex.data() + start, i - start);
    buf_ += esc;
    start = i + 1;
  }
  buf_.append(lex.data() + start, lex.size() - start);
  buf_ += '"';
}

void NQuadsWriter::End(std::string_view g) {
  Iri(g);
  buf_ += ".\n";
  ++quads_;
  if (buf_.size() >= kBufferBytes) Drain();
}

void NQuadsWriter::IriObject(std::string_view s, std::string_view p,
                             std::string_view o, std::string_view g) {
  Iri(s);
  Iri(p);
  Iri(o);
  End(g);
}

void NQuadsWriter::StringObject(std::string_view s, std::string_view p,
                                std::string_view lex, std::string_view g) {
  Iri(s);
  Iri(p);
  Literal(lex);
  buf_ += ' ';
  End(g);
}

void NQuadsWriter::LangObject(std::string_view s, std::string_view p,
                              std::string_view lex, std::string_view lang,
                              std::string_view g) {
  Iri(s);
  Iri(p);
  Literal(lex);
  buf_ += '@';
  buf_ += lang;
  buf_ += ' ';
  End(g);
}

void NQuadsWriter::TypedObject(std::string_view s, std::string_view p,
                               std::string_view lex, std::string_view datatype,
                               std::string_view g) {
  Iri(s);
  Iri(p);
  Literal(lex);
  buf_ += "^^";
  Iri(datatype);
  End(g);
}

void NQuadsWriter::IntegerObject(std::string_view s, std::string_view p,
                                 int64_t value, std::string_view g) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof(digits), value);
  (void)ec;  // 24 chars always hold an int64
  TypedObject(s, p, std::string_view(digits, end - digits), kXsdInteger, g);
}

void NQuadsWriter::Drain() {
  if (!failed_ && !buf_.empty() &&
      std::fwrite(buf_.data(), 1, buf_.size(), out_) != buf_.size()) {
    failed_ = true;
  }
  bytes_ += buf_.size();
  buf_.clear();
}

Status NQuadsWriter::Finish() {
  Drain();
  if (!failed_ && std::fflush(out_) != 0) failed_ = true;
  if (failed_) {
    return Status::IOError(std::string("write failed: ") + std::strerror(errno));
  }
  return Status::OK();
}

}  // namespace spoke::bench
