#include "engine/exec/exec_context.h"

namespace spoke::engine {

bool ExecContext::CheckNow() {
  if (!status_.ok()) return false;
  if (limits_.cancel != nullptr &&
      limits_.cancel->load(std::memory_order_relaxed)) {
    Fail(Status::Cancelled("query cancelled"));
    return false;
  }
  if (limits_.deadline &&
      std::chrono::steady_clock::now() >= *limits_.deadline) {
    Fail(Status::TimedOut("query ran past its time limit"));
    return false;
  }
  return true;
}

bool ExecContext::Reserve(size_t bytes, const char* what) {
  used_bytes_ += bytes;
  if (used_bytes_ > peak_bytes_) peak_bytes_ = used_bytes_;
  if (limits_.memory_limit_bytes != 0 &&
      used_bytes_ > limits_.memory_limit_bytes) {
    Fail(Status::ResourceExhausted(
        std::string(what) + " needs more than the query memory limit of " +
        std::to_string(limits_.memory_limit_bytes) + " bytes"));
    return false;
  }
  return true;
}

}  // namespace spoke::engine
