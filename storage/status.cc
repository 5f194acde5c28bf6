#include "spoke/status.h"

namespace spoke {

namespace {
const std::string& EmptyString() {
  static const std::string* empty = new std::string();
  return *empty;
}
}  // namespace

Status::Status(Code code, std::string msg, SourceSpan span)
    : state_(std::make_unique<State>()) {
  state_->code = code;
  state_->message = std::move(msg);
  if (span.line != 0) state_->span = span;
}

Status::Status(const Status& other)
    : state_(other.state_ ? std::make_unique<State>(*other.state_) : nullptr) {}

Status& Status::operator=(const Status& other) {
  if (this != &other) {
    state_ = other.state_ ? std::make_unique<State>(*other.state_) : nullptr;
  }
  return *this;
}

const std::string& Status::message() const {
  return state_ ? state_->message : EmptyString();
}

std::optional<SourceSpan> Status::span() const {
  return state_ ? state_->span : std::nullopt;
}

const std::string& Status::context() const {
  return state_ ? state_->context : EmptyString();
}

Status Status::WithContext(std::string context) const {
  Status s(*this);
  if (s.state_) s.state_->context = std::move(context);
  return s;
}

Status Status::WithPrefix(std::string_view prefix) const {
  Status s(*this);
  if (s.state_) s.state_->message.insert(0, prefix);
  return s;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  if (state_->context.empty()) return state_->message;
  return state_->message + "\n" + state_->context;
}

const char* Status::CodeName(Code code) {
  switch (code) {
    case Code::kOk: return "ok";
    case Code::kSyntaxError: return "syntax error";
    case Code::kSemanticError: return "semantic error";
    case Code::kNotSupported: return "not supported";
    case Code::kInvalidArgument: return "invalid argument";
    case Code::kNotFound: return "not found";
    case Code::kIOError: return "io error";
    case Code::kCorruption: return "corruption";
    case Code::kBusy: return "busy";
    case Code::kCancelled: return "cancelled";
    case Code::kTimedOut: return "timed out";
    case Code::kResourceExhausted: return "resource exhausted";
    case Code::kInternal: return "internal error";
  }
  return "unknown";
}

}  // namespace spoke
