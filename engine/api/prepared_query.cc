// PreparedQuery and Cursor: thin handles over the engine's Prepared and
// ResultCursor; DatabaseImpl::Prepare.

#include <chrono>
#include <string>

#include "engine/api/api_internal.h"
#include "engine/api/database_impl.h"
#include "spoke/query.h"

namespace spoke {

PreparedQuery::PreparedQuery(std::shared_ptr<internal::PreparedImpl> impl)
    : impl_(std::move(impl)) {}
PreparedQuery::PreparedQuery(const PreparedQuery&) = default;
PreparedQuery& PreparedQuery::operator=(const PreparedQuery&) = default;
PreparedQuery::PreparedQuery(PreparedQuery&&) noexcept = default;
PreparedQuery& PreparedQuery::operator=(PreparedQuery&&) noexcept = default;
PreparedQuery::~PreparedQuery() = default;

const std::string& PreparedQuery::text() const {
  return impl_->prepared().text();
}

bool PreparedQuery::is_update() const { return impl_->prepared().is_update(); }

std::vector<std::string> PreparedQuery::columns() const {
  return impl_->prepared().columns();
}

Status PreparedQuery::Bind(std::string_view name, Term value) {
  if (!name.empty() && (name[0] == '?' || name[0] == '$')) name.remove_prefix(1);
  if (name.empty()) return Status::InvalidArgument("parameter name is empty");
  if (value.is_none()) {
    return Status::InvalidArgument("parameter ?" + std::string(name) +
                                   " has no value");
  }
  for (auto& [n, v] : bindings_) {
    if (n == name) {
      v = std::move(value);
      return Status::OK();
    }
  }
  bindings_.emplace_back(std::string(name), std::move(value));
  return Status::OK();
}

void PreparedQuery::ClearBindings() { bindings_.clear(); }

Result<Cursor> PreparedQuery::Execute(const ExecuteOptions& options) const {
  internal::DatabaseImpl* db = impl_->db();
  const engine::Prepared& prepared = impl_->prepared();
  if (prepared.is_update() && db->options().read_only) {
    return Status::InvalidArgument("database is open read-only");
  }
  engine::ExecOptions eo;
  eo.union_default_graph =
      db->options().union_default_graph && !options.strict_default_graph;
  eo.cancel = options.cancel;
  if (options.timeout_ms > 0) {
    eo.deadline = std::chrono::steady_clock::now() +
                  std::chrono::milliseconds(options.timeout_ms);
  }
  eo.memory_limit_bytes = options.memory_limit_bytes;
  for (const auto& [name, value] : bindings_) eo.parameters[name] = value;
  auto cursor = db->engine()->Execute(prepared, eo);
  if (!cursor.ok()) return cursor.status();
  return Cursor(std::make_unique<internal::CursorImpl>(std::move(*cursor)));
}

Cursor::Cursor(std::unique_ptr<internal::CursorImpl> impl)
    : impl_(std::move(impl)) {}
Cursor::Cursor(Cursor&&) noexcept = default;
Cursor& Cursor::operator=(Cursor&&) noexcept = default;
Cursor::~Cursor() = default;

Cursor::Kind Cursor::kind() const {
  return static_cast<Kind>(impl_->get()->kind());
}
const std::vector<std::string>& Cursor::columns() const {
  return impl_->get()->columns();
}
int Cursor::ColumnIndex(std::string_view name) const {
  if (!name.empty() && (name[0] == '?' || name[0] == '$')) name.remove_prefix(1);
  const auto& cols = columns();
  for (size_t i = 0; i < cols.size(); ++i) {
    if (cols[i] == name) return static_cast<int>(i);
  }
  return -1;
}
bool Cursor::Valid() const { return impl_->get()->Valid(); }
void Cursor::Next() { impl_->get()->Next(); }
const std::vector<Term>& Cursor::row() const { return impl_->get()->row(); }
const Term& Cursor::Get(size_t i) const { return row()[i]; }
const Term& Cursor::Get(std::string_view name) const {
  static const Term* none = new Term();
  int i = ColumnIndex(name);
  return i < 0 ? *none : row()[static_cast<size_t>(i)];
}
Status Cursor::status() const { return impl_->get()->status(); }
bool Cursor::boolean() const { return impl_->get()->boolean(); }
uint64_t Cursor::inserted() const { return impl_->get()->inserted(); }
uint64_t Cursor::deleted() const { return impl_->get()->deleted(); }
const std::string& Cursor::explain_text() const {
  return impl_->get()->explain_text();
}

}  // namespace spoke

namespace spoke::internal {

Result<PreparedQuery> DatabaseImpl::Prepare(std::string_view text,
                                            const PrepareOptions& options) {
  if (options.max_query_bytes != 0 && text.size() > options.max_query_bytes) {
    return Status::InvalidArgument(
        "query is " + std::to_string(text.size()) +
        " bytes, more than the limit of " +
        std::to_string(options.max_query_bytes) +
        " (PrepareOptions::max_query_bytes); load bulk data with Load instead "
        "of INSERT DATA");
  }
  engine::ParseOptions po;
  for (const auto& [prefix, iri] : options.prefixes) po.prefixes[prefix] = iri;
  po.base_iri = options.base_iri;
  auto prepared = engine_->Prepare(text, po);
  if (!prepared.ok()) return prepared.status();
  return PreparedQuery(
      std::make_shared<PreparedImpl>(this, std::move(*prepared)));
}

}  // namespace spoke::internal
