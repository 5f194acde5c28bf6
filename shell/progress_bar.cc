#include "shell/progress_bar.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cinttypes>
#include <cmath>
#include <string>

namespace spoke::shell {

namespace {

std::string Bytes(double b) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  int u = 0;
  while (b >= 1000 && u < 4) {
    b /= 1000;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof(buf), u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
  return buf;
}

std::string Rate(double per_s) {
  char buf[32];
  if (per_s >= 1e6) {
    std::snprintf(buf, sizeof(buf), "%.1fM", per_s / 1e6);
  } else if (per_s >= 1e3) {
    std::snprintf(buf, sizeof(buf), "%.0fk", per_s / 1e3);
  } else {
    std::snprintf(buf, sizeof(buf), "%.0f", per_s);
  }
  return buf;
}

std::string Duration(double s) {
  int64_t t = static_cast<int64_t>(std::llround(s));
  char buf[32];
  if (t >= 3600) {
    std::snprintf(buf, sizeof(buf), "%" PRId64 ":%02" PRId64 ":%02" PRId64,
                  t / 3600, t / 60 % 60, t % 60);
  } else {
    std::snprintf(buf, sizeof(buf), "%" PRId64 ":%02" PRId64, t / 60, t % 60);
  }
  return buf;
}

}  // namespace

std::string RenderProgress(const LoadProgress& p, double elapsed_s,
                           size_t width) {
  std::string tail;
  double rate = elapsed_s > 0 ? static_cast<double>(p.quads) / elapsed_s : 0;
  bool known = p.bytes_total > 0 && p.bytes_done <= p.bytes_total;
  if (known) {
    tail = Bytes(static_cast<double>(p.bytes_done)) + " / " +
           Bytes(static_cast<double>(p.bytes_total));
  } else {
    tail = Bytes(static_cast<double>(p.bytes_done));
  }
  tail += "  " + Rate(rate) + " quads/s";
  if (known && p.bytes_done > 0 && elapsed_s > 0) {
    double left = elapsed_s * static_cast<double>(p.bytes_total - p.bytes_done) /
                  static_cast<double>(p.bytes_done);
    tail += "  " + Duration(left) + " left";
  } else {
    tail += "  " + Duration(elapsed_s);
  }
  std::string line;
  if (known) {
    double frac = static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total);
    char pct[8];
    std::snprintf(pct, sizeof(pct), "%3d%% ", static_cast<int>(frac * 100));
    line = pct;
    // The bar takes what is left after the text, between 10 and 40 columns.
    size_t fixed = line.size() + 2 + 1 + tail.size();
    if (width > fixed + 10) {
      size_t bar = std::min<size_t>(40, width - fixed);
      size_t full = static_cast<size_t>(frac * static_cast<double>(bar));
      line += "[" + std::string(full, '#') + std::string(bar - full, ' ') + "] ";
    }
  } else {
    line = "loading ";
  }
  line += tail;
  if (line.size() > width) line.resize(width);
  return line;
}

ProgressBar::ProgressBar(std::FILE* out, bool enabled)
    : out_(out),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void ProgressBar::Update(const LoadProgress& p) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 0.5 || now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  size_t width = 80;
  winsize ws{};
  if (ioctl(fileno(out_), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) width = ws.ws_col;
  std::string line = RenderProgress(p, elapsed, width - 1);
  std::fprintf(out_, "\r\033[K%s", line.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (!drawn_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
}

namespace {
std::string Thousands(uint64_t v) {
  std::string s = std::to_string(v);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(i, ",");
  return s;
}
}  // namespace

std::string FormatLoadSummary(const LoadSummary& summary) {
  std::string out = "loaded " + Thousands(summary.quads_read) + " quads (" +
                    Thousands(summary.quads_new) + " new, " +
                    Thousands(summary.duplicates) + " duplicate";
  if (summary.invalid_skipped > 0) {
    out += ", " + Thousands(summary.invalid_skipped) + " invalid skipped";
  }
  char tail[96];
  double rate = summary.seconds > 0 ? summary.quads_read / summary.seconds : 0;
  std::snprintf(tail, sizeof tail, " in %.2f s (%s quads/s)", summary.seconds,
                Thousands(static_cast<uint64_t>(rate)).c_str());
  out += ") into dataset '" + summary.dataset + "'" + tail;
  return out;
}

}  // namespace spoke::shell
