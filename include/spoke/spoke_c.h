/* spoke_c.h: the C API of Spoke, for programs written in C or in languages
 * that call C (Python ctypes, Go cgo, Rust, ...).
 *
 *   spoke_db* db;
 *   if (spoke_open("/tmp/db", NULL, &db) != SPOKE_OK) {
 *     fprintf(stderr, "%s\n", spoke_errmsg());
 *   }
 *   spoke_stmt* st;
 *   spoke_prepare(db, "SELECT ?o WHERE { ?s <http://ex/p> ?o }", &st);
 *   spoke_bind_iri(st, "s", "http://ex/a");
 *   spoke_execute(st, 0);
 *   int rc;
 *   while ((rc = spoke_step(st)) == SPOKE_ROW) {
 *     printf("%s\n", spoke_column_string(st, 0));
 *   }
 *   if (rc != SPOKE_DONE) fprintf(stderr, "%s\n", spoke_errmsg());
 *   spoke_finalize(st);
 *   spoke_close(db);
 *
 * Return codes: functions that can fail return an int: SPOKE_OK (0) on
 * success, otherwise one of the SPOKE_E* codes below (the same codes as the
 * C++ Status::Code). spoke_step also returns SPOKE_ROW or SPOKE_DONE.
 *
 * Errors: after a failed call, spoke_errmsg() returns its message and
 * spoke_errline()/spoke_errcolumn() the 1-based place in the query or file
 * (0 if unknown). The error is kept per calling thread (like errno), so one
 * spoke_db may be shared by many threads without mixing their errors.
 *
 * Strings: every `const char*` Spoke returns is owned by Spoke; never free
 * it. Each function says how long its string stays valid. Strings passed in
 * are copied; the caller keeps ownership. All strings are UTF-8 and
 * NUL-terminated.
 *
 * Thread safety: a spoke_db may be used by any number of threads at once
 * (queries see consistent snapshots; writes are serialised). A spoke_stmt
 * and a spoke_batch must be used by one thread at a time, except
 * spoke_cancel, which any thread may call. Every spoke_stmt must be
 * finalized before its spoke_db is closed.
 */

#ifndef SPOKE_SPOKE_C_H_
#define SPOKE_SPOKE_C_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SPOKE_C_EXPORT __attribute__((visibility("default")))
#else
#define SPOKE_C_EXPORT
#endif

/* Return codes. */
enum {
  SPOKE_OK = 0,
  SPOKE_ESYNTAX = 1,        /* a query or data file does not parse */
  SPOKE_ESEMANTIC = 2,      /* parses, but means nothing (unknown prefix) */
  SPOKE_ENOTSUPPORTED = 3,  /* valid SPARQL outside Spoke's subset */
  SPOKE_EINVALID = 4,       /* the caller passed something unusable */
  SPOKE_ENOTFOUND = 5,      /* a dataset, file, ... does not exist */
  SPOKE_EIO = 6,            /* the operating system or RocksDB failed */
  SPOKE_ECORRUPTION = 7,    /* stored data is damaged */
  SPOKE_EBUSY = 8,          /* locked for writing by another process */
  SPOKE_ECANCELLED = 9,     /* cancelled by spoke_cancel */
  SPOKE_ETIMEDOUT = 10,     /* ran past its time limit */
  SPOKE_ERESOURCE = 11,     /* a memory or size limit was reached */
  SPOKE_EINTERNAL = 12,     /* a bug in Spoke */
  SPOKE_ROW = 100,          /* spoke_step: a row is available */
  SPOKE_DONE = 101          /* spoke_step: no more rows */
};

/* Term kinds, as returned by spoke_column_kind. */
enum {
  SPOKE_TERM_NONE = 0, /* unbound */
  SPOKE_TERM_IRI = 1,
  SPOKE_TERM_BLANK = 2,
  SPOKE_TERM_LITERAL = 3
};

/* Statement kinds, as returned by spoke_stmt_kind after spoke_execute. */
enum {
  SPOKE_KIND_ROWS = 0,    /* SELECT */
  SPOKE_KIND_BOOLEAN = 1, /* ASK: spoke_ask_result */
  SPOKE_KIND_UPDATE = 2,  /* an update: spoke_update_counts */
  SPOKE_KIND_EXPLAIN = 3  /* EXPLAIN: one row, one column "plan" */
};

/* RDF formats for loading. */
enum {
  SPOKE_FORMAT_AUTO = 0, /* by file extension (files only) */
  SPOKE_FORMAT_NTRIPLES = 1,
  SPOKE_FORMAT_NQUADS = 2,
  SPOKE_FORMAT_TURTLE = 3,
  SPOKE_FORMAT_TRIG = 4
};

typedef struct spoke_db spoke_db;       /* an open database */
typedef struct spoke_stmt spoke_stmt;   /* a prepared query + its execution */
typedef struct spoke_batch spoke_batch; /* quad inserts and deletes */

/* ---- Errors ---- */

/* The message of the last failed Spoke call in this thread ("" if none).
 * Valid until the next Spoke call in this thread. */
SPOKE_C_EXPORT const char* spoke_errmsg(void);
/* The code of the last failed call in this thread (SPOKE_OK if none). */
SPOKE_C_EXPORT int spoke_errcode(void);
/* 1-based line / column of the last error in a query or file; 0 if none. */
SPOKE_C_EXPORT uint32_t spoke_errline(void);
SPOKE_C_EXPORT uint32_t spoke_errcolumn(void);
/* A static lowercase name of a return code, e.g. "syntax error". */
SPOKE_C_EXPORT const char* spoke_code_name(int code);
/* The library version, e.g. "0.1.0"; static. */
SPOKE_C_EXPORT const char* spoke_version(void);

/* ---- Opening and closing ---- */

typedef struct spoke_open_options {
  int create_if_missing; /* default 1 */
  int read_only;         /* default 0: writes then fail with SPOKE_EINVALID */
  int sync_writes;       /* default 1: fsync the log at every commit */
  size_t cache_bytes;    /* default 256 MiB of block cache */
} spoke_open_options;

/* Fills `options` with the defaults. */
SPOKE_C_EXPORT void spoke_open_options_init(spoke_open_options* options);

/* Opens (or creates) the database in directory `path`; `options` may be NULL
 * for the defaults. On success stores a new handle in *db, which the caller
 * owns and releases with spoke_close. On failure *db is NULL. Errors:
 * SPOKE_EIO, SPOKE_EBUSY, SPOKE_ECORRUPTION, SPOKE_EINVALID. */
SPOKE_C_EXPORT int spoke_open(const char* path,
                              const spoke_open_options* options,
                              spoke_db** db);
/* Closes the database. REQUIRES: all its statements finalized. NULL is a
 * no-op. */
SPOKE_C_EXPORT void spoke_close(spoke_db* db);

/* ---- Queries ---- */

/* Parses a query or update (NUL-terminated `text`). On success *stmt is a
 * new statement the caller owns (spoke_finalize). Errors: SPOKE_ESYNTAX,
 * SPOKE_ESEMANTIC, SPOKE_ENOTSUPPORTED with spoke_errline/column set. */
SPOKE_C_EXPORT int spoke_prepare(spoke_db* db, const char* text,
                                 spoke_stmt** stmt);
/* Releases a statement and its current result. NULL is a no-op. */
SPOKE_C_EXPORT void spoke_finalize(spoke_stmt* stmt);

/* Bind variable `name` (with or without '?') to a value for the following
 * executions; values are never spliced into query text. Binding a name
 * twice replaces the value. A name the query does not use makes
 * spoke_execute fail with SPOKE_EINVALID. Errors: SPOKE_EINVALID for a NULL
 * or empty argument. */
SPOKE_C_EXPORT int spoke_bind_iri(spoke_stmt* stmt, const char* name,
                                  const char* iri);
/* A literal: `lang` (may be NULL) makes a language-tagged literal,
 * otherwise `datatype` (an IRI; NULL = xsd:string) a typed literal. */
SPOKE_C_EXPORT int spoke_bind_literal(spoke_stmt* stmt, const char* name,
                                      const char* lexical, const char* lang,
                                      const char* datatype);
SPOKE_C_EXPORT int spoke_bind_int64(spoke_stmt* stmt, const char* name,
                                    int64_t value); /* xsd:integer */
/* xsd:double, written in the shortest form that reads back as the same
 * double ("1.75", "0.1", "1e+20", "INF", "NaN"). Patterns match RDF terms, not values: "1.75e0"^^xsd:double
 * in the data is a different term (compare values with a FILTER). */
SPOKE_C_EXPORT int spoke_bind_double(spoke_stmt* stmt, const char* name,
                                     double value);
SPOKE_C_EXPORT int spoke_bind_bool(spoke_stmt* stmt, const char* name,
                                   int value); /* xsd:boolean */
/* Removes all bindings. */
SPOKE_C_EXPORT void spoke_clear_bindings(spoke_stmt* stmt);

/* Runs the statement on a fresh snapshot, replacing any previous result of
 * this statement. `timeout_ms` 0 = no limit. Then call spoke_step for rows
 * (SELECT), or read spoke_ask_result / spoke_update_counts. Errors:
 * SPOKE_EINVALID (unknown parameter, write on a read-only database), and
 * the errors of the update itself. */
SPOKE_C_EXPORT int spoke_execute(spoke_stmt* stmt, uint32_t timeout_ms);
/* Asks the running execution of `stmt` to stop; its next spoke_step returns
 * SPOKE_ECANCELLED. Safe to call from any thread while another thread
 * steps. The request is cleared by the next spoke_execute. */
SPOKE_C_EXPORT void spoke_cancel(spoke_stmt* stmt);
/* Advances to the next row: SPOKE_ROW, SPOKE_DONE, or an error code
 * (SPOKE_ETIMEDOUT, SPOKE_ECANCELLED, SPOKE_ERESOURCE, SPOKE_EIO, ...).
 * REQUIRES: spoke_execute succeeded (otherwise SPOKE_EINVALID). */
SPOKE_C_EXPORT int spoke_step(spoke_stmt* stmt);
/* SPOKE_KIND_* of the executed statement; -1 before spoke_execute. */
SPOKE_C_EXPORT int spoke_stmt_kind(spoke_stmt* stmt);

/* The number of result columns (0 for ASK and updates). */
SPOKE_C_EXPORT int spoke_column_count(spoke_stmt* stmt);
/* The name of column `i` without '?'; NULL if out of range. Valid until the
 * statement is executed again or finalized. */
SPOKE_C_EXPORT const char* spoke_column_name(spoke_stmt* stmt, int i);
/* The index of column `name` (with or without '?'), or -1. */
SPOKE_C_EXPORT int spoke_column_index(spoke_stmt* stmt, const char* name);

/* Values of the current row (after spoke_step returned SPOKE_ROW). An
 * out-of-range column, or no current row, reads as unbound. Returned
 * strings are valid until the next spoke_step, spoke_execute or
 * spoke_finalize on this statement. */
/* SPOKE_TERM_*. */
SPOKE_C_EXPORT int spoke_column_kind(spoke_stmt* stmt, int i);
/* The IRI, the blank node label (without "_:"), or the literal's lexical
 * form; "" if unbound. */
SPOKE_C_EXPORT const char* spoke_column_string(spoke_stmt* stmt, int i);
/* The language tag (lowercase) of a literal; "" if none. */
SPOKE_C_EXPORT const char* spoke_column_lang(spoke_stmt* stmt, int i);
/* The datatype IRI of a literal (xsd:string for simple literals,
 * rdf:langString for tagged ones); "" for other terms. */
SPOKE_C_EXPORT const char* spoke_column_datatype(spoke_stmt* stmt, int i);
/* The value in N-Triples syntax (<iri>, _:b, "lex"@en, "1"^^<...>); "" if
 * unbound. */
SPOKE_C_EXPORT const char* spoke_column_ntriples(spoke_stmt* stmt, int i);
/* Typed values: SPOKE_OK and *out set if the value is a valid literal of
 * the type (int64: xsd:integer and derived types; double: any numeric
 * type; bool: xsd:boolean), otherwise SPOKE_EINVALID and *out unchanged. */
SPOKE_C_EXPORT int spoke_column_int64(spoke_stmt* stmt, int i, int64_t* out);
SPOKE_C_EXPORT int spoke_column_double(spoke_stmt* stmt, int i, double* out);
SPOKE_C_EXPORT int spoke_column_bool(spoke_stmt* stmt, int i, int* out);

/* The answer of an executed ASK (1 or 0) in *out. SPOKE_EINVALID if the
 * statement is not an executed ASK. */
SPOKE_C_EXPORT int spoke_ask_result(spoke_stmt* stmt, int* out);
/* Quads inserted / deleted (changes only) by an executed update; either
 * pointer may be NULL. SPOKE_EINVALID if not an executed update. */
SPOKE_C_EXPORT int spoke_update_counts(spoke_stmt* stmt, uint64_t* inserted,
                                       uint64_t* deleted);

/* ---- Loading ---- */

typedef struct spoke_load_options {
  const char* dataset;   /* NULL/"": derived from the file name */
  int format;            /* SPOKE_FORMAT_*; AUTO only for files */
  int replace;           /* replace an existing dataset atomically */
  const char* graph_iri; /* graph for plain triples; NULL = per dataset */
  const char* base_iri;  /* NULL = the file's location */
  /* Called from the loading thread with bytes done / total (0 = unknown)
   * and quads so far; may be NULL. */
  void (*progress)(void* user, uint64_t bytes_done, uint64_t bytes_total,
                   uint64_t quads);
  void* progress_user;
} spoke_load_options;

typedef struct spoke_load_result {
  uint64_t quads_read;
  uint64_t quads_new;
  uint64_t duplicates;
  double seconds;
} spoke_load_result;

/* Fills `options` with the defaults (all zero / NULL). */
SPOKE_C_EXPORT void spoke_load_options_init(spoke_load_options* options);
/* Loads one RDF file atomically. `options` may be NULL; `result` may be
 * NULL. Errors name FILE:LINE:COLUMN; SPOKE_EINVALID if the dataset exists
 * and replace is 0. */
SPOKE_C_EXPORT int spoke_load_file(spoke_db* db, const char* path,
                                   const spoke_load_options* options,
                                   spoke_load_result* result);
/* Loads `len` bytes of RDF text atomically. REQUIRES: options->format is
 * not SPOKE_FORMAT_AUTO and options->dataset is set. */
SPOKE_C_EXPORT int spoke_load_text(spoke_db* db, const char* text, size_t len,
                                   const spoke_load_options* options,
                                   spoke_load_result* result);
/* Removes a dataset atomically; *quads (may be NULL) = quads removed.
 * SPOKE_ENOTFOUND if there is no such dataset. */
SPOKE_C_EXPORT int spoke_drop_dataset(spoke_db* db, const char* name,
                                      uint64_t* quads);

/* ---- Statistics ---- */

/* Totals; any pointer may be NULL. */
SPOKE_C_EXPORT int spoke_stats(spoke_db* db, uint64_t* quads,
                               uint64_t* triples, uint64_t* datasets);

/* ---- Write batches ---- */

/* A term passed in: kind SPOKE_TERM_*; value = IRI, blank label or lexical
 * form; lang / datatype as in spoke_bind_literal (NULL = none). A graph of
 * kind SPOKE_TERM_NONE is the unnamed default graph. */
typedef struct spoke_term {
  int kind;
  const char* value;
  const char* lang;
  const char* datatype;
} spoke_term;

/* A new empty batch, owned by the caller (spoke_batch_free); NULL only if
 * out of memory. */
SPOKE_C_EXPORT spoke_batch* spoke_batch_new(void);
SPOKE_C_EXPORT void spoke_batch_free(spoke_batch* batch);
/* Add a quad insert / delete; the strings are copied. `g` may be NULL (the
 * default graph). SPOKE_EINVALID for a malformed term. */
SPOKE_C_EXPORT int spoke_batch_insert(spoke_batch* batch, const spoke_term* s,
                                      const spoke_term* p, const spoke_term* o,
                                      const spoke_term* g);
SPOKE_C_EXPORT int spoke_batch_delete(spoke_batch* batch, const spoke_term* s,
                                      const spoke_term* p, const spoke_term* o,
                                      const spoke_term* g);
/* Applies the batch atomically; the number of quads that changed in
 * *inserted / *deleted (either may be NULL). The batch is unchanged and
 * may be reused. */
SPOKE_C_EXPORT int spoke_apply(spoke_db* db, const spoke_batch* batch,
                               uint64_t* inserted, uint64_t* deleted);

#ifdef __cplusplus
}
#endif

#endif /* SPOKE_SPOKE_C_H_ */
