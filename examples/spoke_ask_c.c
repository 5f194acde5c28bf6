/* spoke-ask-c: the C API through pkg-config. Loads the story into DB_DIR if
 * a file is given, then prints, for each name read from stdin, what kind of
 * thing carries that English label, and the ASK of whether anyone claimed
 * the attack. Usage: spoke-ask-c DB_DIR [STORY.trig] < names */

#include <stdio.h>
#include <string.h>

#include "spoke/spoke_c.h"

static int Fail(const char* what) {
  fprintf(stderr, "spoke-ask-c: %s: %s\n", what, spoke_errmsg());
  return 1;
}

int main(int argc, char** argv) {
  spoke_db* db;
  spoke_stmt* lookup;
  spoke_stmt* ask;
  char line[512];
  int claimed = 0, rc;

  if (argc < 2) {
    fprintf(stderr, "usage: spoke-ask-c DB_DIR [STORY.trig] < names\n");
    return 2;
  }
  if (spoke_open(argv[1], NULL, &db) != SPOKE_OK) return Fail("open");
  if (argc > 2) {
    spoke_load_options lo;
    spoke_load_result lr;
    spoke_load_options_init(&lo);
    lo.dataset = "story";
    lo.replace = 1;
    if (spoke_load_file(db, argv[2], &lo, &lr) != SPOKE_OK) return Fail("load");
    printf("loaded %llu facts\n", (unsigned long long)lr.quads_new);
  }
  if (spoke_prepare(db,
                    "SELECT ?thing ?pos WHERE { ?thing "
                    "<http://www.w3.org/2000/01/rdf-schema#label> ?label "
                    "OPTIONAL { ?thing <https://spoke.example/vocab#position> ?pos } }",
                    &lookup) != SPOKE_OK) {
    return Fail("prepare");
  }
  if (spoke_prepare(db,
                    "ASK { ?e <https://spoke.example/vocab#responsibilityClaimed> true }",
                    &ask) != SPOKE_OK ||
      spoke_execute(ask, 0) != SPOKE_OK || spoke_ask_result(ask, &claimed) != SPOKE_OK) {
    return Fail("ask");
  }
  printf("anyone claimed the attack: %s\n", claimed ? "yes" : "no");

  while (fgets(line, sizeof line, stdin) != NULL) {
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '\0') continue;
    printf("? %s\n", line);
    if (spoke_bind_literal(lookup, "label", line, "en", NULL) != SPOKE_OK ||
        spoke_execute(lookup, 2000) != SPOKE_OK) {
      return Fail("lookup");
    }
    while ((rc = spoke_step(lookup)) == SPOKE_ROW) {
      int64_t pos;
      printf("  %s", spoke_column_string(lookup, 0));
      if (spoke_column_int64(lookup, 1, &pos) == SPOKE_OK) {
        printf(" (sentence at position %lld)", (long long)pos);
      }
      printf("\n");
    }
    if (rc != SPOKE_DONE) return Fail("step");
  }
  spoke_finalize(ask);
  spoke_finalize(lookup);
  spoke_close(db);
  return 0;
}
