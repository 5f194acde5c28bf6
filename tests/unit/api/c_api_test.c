/* The C API (spoke/spoke_c.h) from a C11 program: open, load text, prepared
 * queries with every kind of bound parameter, typed values, ASK, updates,
 * write batches, errors with positions, read-only handles. Exits non-zero
 * on the first failed check. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spoke/spoke_c.h"

static int failures = 0;

#define CHECK(cond)                                                  \
  do {                                                               \
    if (!(cond)) {                                                   \
      fprintf(stderr, "%s:%d: check failed: %s (last error: %s)\n",  \
              __FILE__, __LINE__, #cond, spoke_errmsg());            \
      failures++;                                                    \
    }                                                                \
  } while (0)

#define CHECK_OK(expr) CHECK((expr) == SPOKE_OK)

static const char kData[] =
    "@prefix ex: <http://example.org/> .\n"
    "ex:alice ex:knows ex:bob ; ex:age 42 ; ex:name \"Alice\"@en ;\n"
    "  ex:height \"1.75\"^^<http://www.w3.org/2001/XMLSchema#double> ;\n"
    "  ex:admin true .\n"
    "ex:bob ex:knows ex:carol ; ex:age 7 ; ex:admin false .\n"
    "ex:carol ex:name \"Carol\" .\n";

static int progress_calls = 0;
static void OnProgress(void* user, uint64_t done, uint64_t total,
                       uint64_t quads) {
  (void)done;
  (void)total;
  (void)quads;
  *(int*)user += 1;
}

/* Runs a one-column SELECT with ?x bound by `bind` and returns the number of
 * rows; the first value's lexical form goes to `first`. */
static int CountRows(spoke_stmt* st, char* first, size_t cap) {
  int rc, n = 0;
  CHECK_OK(spoke_execute(st, 0));
  while ((rc = spoke_step(st)) == SPOKE_ROW) {
    if (n == 0 && first != NULL) {
      snprintf(first, cap, "%s", spoke_column_string(st, 0));
    }
    n++;
  }
  CHECK(rc == SPOKE_DONE);
  return n;
}

static void TestQueries(spoke_db* db) {
  spoke_stmt* st = NULL;
  char buf[128];
  int rc;

  /* IRI parameter, typed values. */
  CHECK_OK(spoke_prepare(db,
                         "PREFIX ex: <http://example.org/> "
                         "SELECT ?age ?name ?h ?admin WHERE { ?who ex:age ?age "
                         "OPTIONAL { ?who ex:name ?name } "
                         "OPTIONAL { ?who ex:height ?h } "
                         "OPTIONAL { ?who ex:admin ?admin } }",
                         &st));
  CHECK(spoke_column_count(st) == 4);
  CHECK_OK(spoke_bind_iri(st, "who", "http://example.org/alice"));
  CHECK_OK(spoke_execute(st, 1000));
  CHECK(spoke_stmt_kind(st) == SPOKE_KIND_ROWS);
  CHECK(strcmp(spoke_column_name(st, 1), "name") == 0);
  CHECK(spoke_column_index(st, "?admin") == 3);
  CHECK(spoke_column_index(st, "nope") == -1);
  CHECK(spoke_column_name(st, 9) == NULL);
  CHECK(spoke_step(st) == SPOKE_ROW);
  {
    int64_t age = 0;
    double h = 0;
    int admin = -1;
    CHECK_OK(spoke_column_int64(st, 0, &age));
    CHECK(age == 42);
    CHECK(spoke_column_kind(st, 0) == SPOKE_TERM_LITERAL);
    CHECK(strcmp(spoke_column_datatype(st, 0),
                 "http://www.w3.org/2001/XMLSchema#integer") == 0);
    CHECK(strcmp(spoke_column_string(st, 1), "Alice") == 0);
    CHECK(strcmp(spoke_column_lang(st, 1), "en") == 0);
    CHECK(strcmp(spoke_column_ntriples(st, 1), "\"Alice\"@en") == 0);
    CHECK(spoke_column_int64(st, 1, &age) == SPOKE_EINVALID);
    CHECK(age == 42);
    CHECK_OK(spoke_column_double(st, 2, &h));
    CHECK(h > 1.749 && h < 1.751);
    CHECK_OK(spoke_column_bool(st, 3, &admin));
    CHECK(admin == 1);
    CHECK(spoke_column_kind(st, 17) == SPOKE_TERM_NONE);
    CHECK(strcmp(spoke_column_string(st, -1), "") == 0);
  }
  CHECK(spoke_step(st) == SPOKE_DONE);
  CHECK(spoke_column_kind(st, 0) == SPOKE_TERM_NONE); /* no current row */

  /* Reuse with another binding: carol has no age; bob has no name. */
  CHECK_OK(spoke_bind_iri(st, "?who", "http://example.org/bob"));
  CHECK_OK(spoke_execute(st, 0));
  CHECK(spoke_step(st) == SPOKE_ROW);
  CHECK(spoke_column_kind(st, 1) == SPOKE_TERM_NONE);
  {
    int admin = -1;
    CHECK_OK(spoke_column_bool(st, 3, &admin));
    CHECK(admin == 0);
  }
  CHECK(spoke_step(st) == SPOKE_DONE);
  spoke_finalize(st);

  /* Literal parameters: plain, language-tagged, typed, int64, double,
   * bool. The value is never spliced: a quote in it is just a character. */
  CHECK_OK(spoke_prepare(db,
                         "SELECT ?s WHERE { ?s ?p ?x }", &st));
  CHECK_OK(spoke_bind_literal(st, "x", "Carol", NULL, NULL));
  CHECK(CountRows(st, buf, sizeof buf) == 1);
  CHECK(strcmp(buf, "http://example.org/carol") == 0);
  CHECK_OK(spoke_bind_literal(st, "x", "Alice", "EN", NULL));
  CHECK(CountRows(st, buf, sizeof buf) == 1);
  CHECK(strcmp(buf, "http://example.org/alice") == 0);
  CHECK_OK(spoke_bind_literal(st, "x", "Alice", NULL, NULL));
  CHECK(CountRows(st, NULL, 0) == 0);
  CHECK_OK(spoke_bind_literal(st, "x", "Carol\" } ", NULL, NULL));
  CHECK(CountRows(st, NULL, 0) == 0);
  CHECK_OK(spoke_bind_literal(st, "x", "7", NULL,
                              "http://www.w3.org/2001/XMLSchema#integer"));
  CHECK(CountRows(st, buf, sizeof buf) == 1);
  CHECK(strcmp(buf, "http://example.org/bob") == 0);
  CHECK_OK(spoke_bind_int64(st, "x", 42));
  CHECK(CountRows(st, buf, sizeof buf) == 1);
  CHECK(strcmp(buf, "http://example.org/alice") == 0);
  CHECK_OK(spoke_bind_double(st, "x", 1.75));
  CHECK(CountRows(st, buf, sizeof buf) == 1);
  CHECK_OK(spoke_bind_bool(st, "x", 0));
  CHECK(CountRows(st, buf, sizeof buf) == 1);
  CHECK(strcmp(buf, "http://example.org/bob") == 0);
  /* Bad parameters. */
  CHECK(spoke_bind_iri(st, "", "http://x") == SPOKE_EINVALID);
  CHECK(spoke_bind_iri(st, NULL, "http://x") == SPOKE_EINVALID);
  CHECK(spoke_bind_iri(st, "x", "") == SPOKE_EINVALID);
  CHECK(spoke_bind_literal(st, "x", NULL, NULL, NULL) == SPOKE_EINVALID);
  CHECK_OK(spoke_bind_iri(st, "unused", "http://x"));
  CHECK(spoke_execute(st, 0) == SPOKE_EINVALID);
  CHECK(strlen(spoke_errmsg()) > 0);
  CHECK(spoke_step(st) == SPOKE_EINVALID); /* not executed */
  spoke_clear_bindings(st);
  CHECK(CountRows(st, NULL, 0) == 9);
  spoke_finalize(st);

  /* ASK. */
  CHECK_OK(spoke_prepare(
      db, "ASK { ?a <http://example.org/knows> ?b . ?b <http://example.org/knows> ?c }",
      &st));
  CHECK_OK(spoke_execute(st, 0));
  CHECK(spoke_stmt_kind(st) == SPOKE_KIND_BOOLEAN);
  {
    int yes = -1;
    CHECK_OK(spoke_ask_result(st, &yes));
    CHECK(yes == 1);
    CHECK(spoke_update_counts(st, NULL, NULL) == SPOKE_EINVALID);
  }
  CHECK(spoke_column_count(st) == 0);
  spoke_finalize(st);

  /* Syntax error with position. */
  st = (spoke_stmt*)1;
  rc = spoke_prepare(db, "SELECT ?s WHERE { ?s <knows> }", &st);
  CHECK(rc == SPOKE_ESYNTAX);
  CHECK(spoke_errcode() == SPOKE_ESYNTAX);
  CHECK(st == NULL);
  CHECK(spoke_errline() == 1);
  CHECK(spoke_errcolumn() == 30);
  CHECK(strstr(spoke_errmsg(), "syntax error") != NULL);
  CHECK(strcmp(spoke_code_name(SPOKE_ESYNTAX), "syntax error") == 0);
  CHECK(spoke_prepare(db, "", &st) != SPOKE_OK);
  CHECK(spoke_prepare(db, NULL, &st) == SPOKE_EINVALID);
}

static void TestUpdatesAndBatches(spoke_db* db) {
  spoke_stmt* st = NULL;
  uint64_t ins = 99, del = 99, quads = 0;
  spoke_batch* b;
  spoke_term s = {SPOKE_TERM_IRI, "http://example.org/dave", NULL, NULL};
  spoke_term p = {SPOKE_TERM_IRI, "http://example.org/age", NULL, NULL};
  spoke_term o = {SPOKE_TERM_LITERAL, "30", NULL,
                  "http://www.w3.org/2001/XMLSchema#integer"};
  spoke_term g = {SPOKE_TERM_IRI, "http://example.org/g", NULL, NULL};
  spoke_term bad = {SPOKE_TERM_LITERAL, "x", NULL, NULL};
  spoke_term weird = {42, "x", NULL, NULL};

  CHECK_OK(spoke_prepare(db,
                         "INSERT DATA { <http://example.org/erin> "
                         "<http://example.org/age> 5 }",
                         &st));
  CHECK_OK(spoke_execute(st, 0));
  CHECK(spoke_stmt_kind(st) == SPOKE_KIND_UPDATE);
  CHECK_OK(spoke_update_counts(st, &ins, &del));
  CHECK(ins == 1 && del == 0);
  CHECK_OK(spoke_execute(st, 0)); /* idempotent */
  CHECK_OK(spoke_update_counts(st, &ins, NULL));
  CHECK(ins == 0);
  spoke_finalize(st);

  b = spoke_batch_new();
  CHECK(b != NULL);
  CHECK_OK(spoke_batch_insert(b, &s, &p, &o, &g));
  CHECK_OK(spoke_batch_insert(b, &s, &p, &o, NULL));
  CHECK(spoke_batch_insert(b, &bad, &p, &o, NULL) == SPOKE_EINVALID);
  CHECK(spoke_batch_insert(b, &s, &bad, &o, NULL) == SPOKE_EINVALID);
  CHECK(spoke_batch_insert(b, &s, &p, &weird, NULL) == SPOKE_EINVALID);
  CHECK(spoke_batch_insert(b, &s, &p, NULL, NULL) == SPOKE_EINVALID);
  CHECK(spoke_batch_insert(b, &s, &p, &o, &bad) == SPOKE_EINVALID);
  CHECK_OK(spoke_apply(db, b, &ins, &del));
  CHECK(ins == 2 && del == 0);
  CHECK_OK(spoke_apply(db, b, &ins, &del));
  CHECK(ins == 0 && del == 0);
  spoke_batch_free(b);

  b = spoke_batch_new();
  CHECK_OK(spoke_batch_delete(b, &s, &p, &o, &g));
  CHECK_OK(spoke_apply(db, b, &ins, &del));
  CHECK(ins == 0 && del == 1);
  spoke_batch_free(b);

  CHECK_OK(spoke_stats(db, &quads, NULL, NULL));
  CHECK(quads == 11); /* 9 loaded + erin + dave in the default graph */
  CHECK(spoke_apply(db, NULL, NULL, NULL) == SPOKE_EINVALID);
}

int main(void) {
  char dir[256];
  spoke_db* db = NULL;
  spoke_open_options oo;
  spoke_load_options lo;
  spoke_load_result lr;
  uint64_t dropped = 0, datasets = 0;
  char cmd[300];

  snprintf(dir, sizeof dir, "/tmp/spoke_c_api_test_%ld", (long)getpid());
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) return 2;

  CHECK(strlen(spoke_version()) > 0);
  CHECK(spoke_open(NULL, NULL, &db) == SPOKE_EINVALID);
  spoke_open_options_init(&oo);
  CHECK(oo.create_if_missing == 1 && oo.read_only == 0);
  oo.create_if_missing = 0;
  CHECK(spoke_open(dir, &oo, &db) != SPOKE_OK);
  CHECK(db == NULL);
  CHECK_OK(spoke_open(dir, NULL, &db));
  if (db == NULL) return 1;

  spoke_load_options_init(&lo);
  lo.dataset = "people";
  CHECK(spoke_load_text(db, kData, sizeof kData - 1, &lo, &lr) ==
        SPOKE_EINVALID); /* no format */
  lo.format = SPOKE_FORMAT_TURTLE;
  lo.progress = OnProgress;
  lo.progress_user = &progress_calls;
  CHECK_OK(spoke_load_text(db, kData, sizeof kData - 1, &lo, &lr));
  CHECK(lr.quads_new == 9);
  /* Loading the same dataset again without replace fails, and loads
   * nothing. */
  CHECK(spoke_load_text(db, kData, sizeof kData - 1, &lo, &lr) ==
        SPOKE_EINVALID);
  /* A broken file: error with a line number. */
  lo.dataset = "broken";
  CHECK(spoke_load_text(db, "<a> <b> .\n", 10, &lo, NULL) == SPOKE_ESYNTAX);
  CHECK(spoke_errline() == 1);
  CHECK(spoke_load_file(db, "/nonexistent/file.ttl", NULL, NULL) != SPOKE_OK);

  TestQueries(db);
  TestUpdatesAndBatches(db);

  CHECK_OK(spoke_stats(db, NULL, NULL, &datasets));
  CHECK(datasets == 1);
  CHECK(spoke_drop_dataset(db, "nope", NULL) == SPOKE_ENOTFOUND);
  CHECK_OK(spoke_drop_dataset(db, "people", &dropped));
  CHECK(dropped == 9);
  spoke_close(db);

  /* Read-only: queries work, writes fail. */
  spoke_open_options_init(&oo);
  oo.read_only = 1;
  CHECK_OK(spoke_open(dir, &oo, &db));
  if (db != NULL) {
    spoke_batch* b = spoke_batch_new();
    spoke_term t = {SPOKE_TERM_IRI, "http://example.org/x", NULL, NULL};
    CHECK_OK(spoke_batch_insert(b, &t, &t, &t, NULL));
    CHECK(spoke_apply(db, b, NULL, NULL) == SPOKE_EINVALID);
    spoke_batch_free(b);
    spoke_close(db);
  }

  if (system(cmd) != 0) failures++;
  if (failures > 0) {
    fprintf(stderr, "%d checks failed\n", failures);
    return 1;
  }
  printf("c_api_test: all checks passed (progress callbacks: %d)\n",
         progress_calls);
  return 0;
}
