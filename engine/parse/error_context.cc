#include "engine/parse/error_context.h"

#include <algorithm>

namespace spoke::engine {

std::string CaretContext(std::string_view text, SourceSpan span) {
  if (span.line == 0 || span.column == 0) return "";
  size_t begin = 0;
  for (uint32_t line = 1; line < span.line; ++line) {
    size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) return "";
    begin = nl + 1;
  }
  size_t end = text.find('\n', begin);
  std::string_view line =
      text.substr(begin, end == std::string_view::npos ? text.npos : end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

  std::string out(line);
  out.push_back('\n');
  // Walk code points up to the column; keep tabs so the caret lines up.
  uint32_t column = 1;
  for (size_t i = 0; i < line.size() && column < span.column; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    out.push_back(c == '\t' ? '\t' : ' ');
    ++column;
  }
  // Past the end of the line (e.g. at end of query): the caret follows it.
  out.push_back('^');
  if (span.length > 1) out.append(std::min<uint32_t>(span.length, 80) - 1, '~');
  return out;
}

Status WithQueryContext(const Status& s, std::string_view text) {
  std::optional<SourceSpan> span = s.span();
  if (!span) return s;
  std::string context = CaretContext(text, *span);
  if (context.empty()) return s;
  return s.WithContext(std::move(context));
}

}  // namespace spoke::engine
