// The C API (include/spoke/spoke_c.h) over the C++ API: errors, opening,
// statements and rows. Loading and writes are in c_api_write.cc. No
// exception crosses this boundary: every entry point that allocates
// catches std::bad_alloc and reports SPOKE_EINTERNAL.

#include <atomic>
#include <charconv>
#include <cmath>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "engine/api/c_api_internal.h"

using spoke::internal::CEmpty;
using spoke::internal::CFail;
using spoke::internal::COutOfMemory;

namespace {

struct ThreadError {
  int code = SPOKE_OK;
  std::string message;
  uint32_t line = 0;
  uint32_t column = 0;
};

ThreadError& LastError() {
  thread_local ThreadError error;
  return error;
}

}  // namespace

namespace spoke::internal {

int CFail(const spoke::Status& s) {
  ThreadError& e = LastError();
  e.code = static_cast<int>(s.code());
  e.message = s.message();
  auto span = s.span();
  e.line = span ? span->line : 0;
  e.column = span ? span->column : 0;
  return e.code;
}

int CFail(int code, const char* message) {
  ThreadError& e = LastError();
  e.code = code;
  e.message = message;
  e.line = e.column = 0;
  return code;
}

int COutOfMemory() { return CFail(SPOKE_EINTERNAL, "out of memory"); }

}  // namespace spoke::internal


namespace {


int Bind(spoke_stmt* stmt, const char* name, spoke::Term value) {
  if (stmt == nullptr || CEmpty(name)) {
    return CFail(SPOKE_EINVALID, "parameter name is missing");
  }
  spoke::Status s = stmt->query->Bind(name, std::move(value));
  return s.ok() ? SPOKE_OK : CFail(s);
}

// The current row's term at column i, or nullptr.
const spoke::Term* Value(spoke_stmt* stmt, int i) {
  if (stmt == nullptr || !stmt->on_row || i < 0) return nullptr;
  const std::vector<spoke::Term>& row = stmt->cursor->row();
  if (static_cast<size_t>(i) >= row.size()) return nullptr;
  return &row[static_cast<size_t>(i)];
}


}  // namespace

extern "C" {

const char* spoke_errmsg(void) { return LastError().message.c_str(); }
int spoke_errcode(void) { return LastError().code; }
uint32_t spoke_errline(void) { return LastError().line; }
uint32_t spoke_errcolumn(void) { return LastError().column; }

const char* spoke_code_name(int code) {
  switch (code) {
    case SPOKE_ROW:
      return "row";
    case SPOKE_DONE:
      return "done";
    default:
      break;
  }
  if (code < SPOKE_OK || code > SPOKE_EINTERNAL) return "unknown code";
  return spoke::Status::CodeName(static_cast<spoke::Status::Code>(code));
}

const char* spoke_version(void) { return spoke::Database::Version(); }

void spoke_open_options_init(spoke_open_options* options) {
  if (options == nullptr) return;
  spoke::Options defaults;
  options->create_if_missing = defaults.create_if_missing ? 1 : 0;
  options->read_only = defaults.read_only ? 1 : 0;
  options->sync_writes = defaults.sync_writes ? 1 : 0;
  options->cache_bytes = defaults.cache_bytes;
}

int spoke_open(const char* path, const spoke_open_options* options,
               spoke_db** db) {
  if (db == nullptr) return CFail(SPOKE_EINVALID, "db out-parameter is null");
  *db = nullptr;
  if (CEmpty(path)) return CFail(SPOKE_EINVALID, "path is empty");
  try {
    spoke::Options o;
    if (options != nullptr) {
      o.create_if_missing = options->create_if_missing != 0;
      o.read_only = options->read_only != 0;
      o.sync_writes = options->sync_writes != 0;
      o.cache_bytes = options->cache_bytes;
    }
    auto opened = spoke::Database::Open(o, path);
    if (!opened.ok()) return CFail(opened.status());
    *db = new spoke_db{std::move(*opened)};
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}

void spoke_close(spoke_db* db) { delete db; }

int spoke_prepare(spoke_db* db, const char* text, spoke_stmt** stmt) {
  if (stmt == nullptr) return CFail(SPOKE_EINVALID, "stmt out-parameter is null");
  *stmt = nullptr;
  if (db == nullptr) return CFail(SPOKE_EINVALID, "db is null");
  if (text == nullptr) return CFail(SPOKE_EINVALID, "query text is null");
  try {
    auto prepared = db->db->Prepare(text);
    if (!prepared.ok()) return CFail(prepared.status());
    auto* s = new spoke_stmt;
    s->db = db;
    s->query.emplace(std::move(*prepared));
    *stmt = s;
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}

void spoke_finalize(spoke_stmt* stmt) { delete stmt; }

int spoke_bind_iri(spoke_stmt* stmt, const char* name, const char* iri) {
  if (CEmpty(iri)) return CFail(SPOKE_EINVALID, "IRI is empty");
  return Bind(stmt, name, spoke::Term::Iri(iri));
}

int spoke_bind_literal(spoke_stmt* stmt, const char* name,
                       const char* lexical, const char* lang,
                       const char* datatype) {
  if (lexical == nullptr) return CFail(SPOKE_EINVALID, "lexical form is null");
  if (!CEmpty(lang)) {
    return Bind(stmt, name, spoke::Term::LangLiteral(lexical, lang));
  }
  if (!CEmpty(datatype)) {
    return Bind(stmt, name, spoke::Term::TypedLiteral(lexical, datatype));
  }
  return Bind(stmt, name, spoke::Term::Literal(lexical));
}

int spoke_bind_int64(spoke_stmt* stmt, const char* name, int64_t value) {
  return Bind(stmt, name,
              spoke::Term::TypedLiteral(std::to_string(value),
                                        spoke::kXsdInteger));
}

int spoke_bind_double(spoke_stmt* stmt, const char* name, double value) {
  std::string lexical;
  if (std::isnan(value)) {
    lexical = "NaN";
  } else if (std::isinf(value)) {
    lexical = value > 0 ? "INF" : "-INF";
  } else {
    // The shortest form that reads back as the same double.
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, value);
    lexical.assign(buf, r.ptr);
  }
  return Bind(stmt, name, spoke::Term::TypedLiteral(lexical, spoke::kXsdDouble));
}

int spoke_bind_bool(spoke_stmt* stmt, const char* name, int value) {
  return Bind(stmt, name,
              spoke::Term::TypedLiteral(value ? "true" : "false",
                                        spoke::kXsdBoolean));
}

void spoke_clear_bindings(spoke_stmt* stmt) {
  if (stmt != nullptr) stmt->query->ClearBindings();
}

int spoke_execute(spoke_stmt* stmt, uint32_t timeout_ms) {
  if (stmt == nullptr) return CFail(SPOKE_EINVALID, "stmt is null");
  stmt->cursor.reset();
  stmt->on_row = false;
  stmt->first_step = true;
  stmt->cancel.store(false);
  try {
    spoke::ExecuteOptions eo;
    eo.timeout_ms = timeout_ms;
    eo.cancel = &stmt->cancel;
    auto cursor = stmt->query->Execute(eo);
    if (!cursor.ok()) return CFail(cursor.status());
    spoke::Status s = cursor->status();
    if (!s.ok()) return CFail(s);
    stmt->cursor.emplace(std::move(*cursor));
    return SPOKE_OK;
  } catch (const std::bad_alloc&) {
    return COutOfMemory();
  }
}

void spoke_cancel(spoke_stmt* stmt) {
  if (stmt != nullptr) stmt->cancel.store(true);
}

int spoke_step(spoke_stmt* stmt) {
  if (stmt == nullptr || !stmt->cursor) {
    return CFail(SPOKE_EINVALID, "statement is not executed");
  }
  spoke::Cursor& cur = *stmt->cursor;
  try {
    if (stmt->first_step) {
      stmt->first_step = false;
    } else if (cur.Valid()) {
      cur.Next();
    }
    stmt->on_row = cur.Valid();
    if (stmt->on_row) return SPOKE_ROW;
    spoke::Status s = cur.status();
    return s.ok() ? SPOKE_DONE : CFail(s);
  } catch (const std::bad_alloc&) {
    stmt->on_row = false;
    return COutOfMemory();
  }
}

int spoke_stmt_kind(spoke_stmt* stmt) {
  if (stmt == nullptr || !stmt->cursor) return -1;
  return static_cast<int>(stmt->cursor->kind());
}

int spoke_column_count(spoke_stmt* stmt) {
  if (stmt == nullptr) return 0;
  if (stmt->cursor) return static_cast<int>(stmt->cursor->columns().size());
  return static_cast<int>(stmt->query->columns().size());
}

const char* spoke_column_name(spoke_stmt* stmt, int i) {
  if (stmt == nullptr || !stmt->cursor || i < 0) return nullptr;
  const auto& cols = stmt->cursor->columns();
  if (static_cast<size_t>(i) >= cols.size()) return nullptr;
  return cols[static_cast<size_t>(i)].c_str();
}

int spoke_column_index(spoke_stmt* stmt, const char* name) {
  if (stmt == nullptr || !stmt->cursor || name == nullptr) return -1;
  return stmt->cursor->ColumnIndex(name);
}

int spoke_column_kind(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  return t ? static_cast<int>(t->kind()) : SPOKE_TERM_NONE;
}

const char* spoke_column_string(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  return t ? t->value().c_str() : "";
}

const char* spoke_column_lang(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  return t ? t->language().c_str() : "";
}

const char* spoke_column_datatype(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  if (t == nullptr || !t->is_literal()) return "";
  try {
    stmt->scratch.assign(t->datatype());
  } catch (const std::bad_alloc&) {
    return "";
  }
  return stmt->scratch.c_str();
}

const char* spoke_column_ntriples(spoke_stmt* stmt, int i) {
  const spoke::Term* t = Value(stmt, i);
  if (t == nullptr || t->is_none()) return "";
  try {
    stmt->scratch = t->ToNTriples();
  } catch (const std::bad_alloc&) {
    return "";
  }
  return stmt->scratch.c_str();
}

int spoke_column_int64(spoke_stmt* stmt, int i, int64_t* out) {
  const spoke::Term* t = Value(stmt, i);
  std::optional<int64_t> v = t ? t->AsInteger() : std::nullopt;
  if (!v || out == nullptr) return CFail(SPOKE_EINVALID, "not an integer");
  *out = *v;
  return SPOKE_OK;
}

int spoke_column_double(spoke_stmt* stmt, int i, double* out) {
  const spoke::Term* t = Value(stmt, i);
  std::optional<double> v = t ? t->AsDouble() : std::nullopt;
  if (!v || out == nullptr) return CFail(SPOKE_EINVALID, "not a number");
  *out = *v;
  return SPOKE_OK;
}

int spoke_column_bool(spoke_stmt* stmt, int i, int* out) {
  const spoke::Term* t = Value(stmt, i);
  std::optional<bool> v = t ? t->AsBoolean() : std::nullopt;
  if (!v || out == nullptr) return CFail(SPOKE_EINVALID, "not a boolean");
  *out = *v ? 1 : 0;
  return SPOKE_OK;
}

int spoke_ask_result(spoke_stmt* stmt, int* out) {
  if (stmt == nullptr || !stmt->cursor || out == nullptr ||
      stmt->cursor->kind() != spoke::Cursor::Kind::kBoolean) {
    return CFail(SPOKE_EINVALID, "not an executed ASK");
  }
  *out = stmt->cursor->boolean() ? 1 : 0;
  return SPOKE_OK;
}

int spoke_update_counts(spoke_stmt* stmt, uint64_t* inserted,
                        uint64_t* deleted) {
  if (stmt == nullptr || !stmt->cursor ||
      stmt->cursor->kind() != spoke::Cursor::Kind::kUpdate) {
    return CFail(SPOKE_EINVALID, "not an executed update");
  }
  if (inserted != nullptr) *inserted = stmt->cursor->inserted();
  if (deleted != nullptr) *deleted = stmt->cursor->deleted();
  return SPOKE_OK;
}


}  // extern "C"
