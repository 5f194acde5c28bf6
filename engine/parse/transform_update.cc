// Transformer, part 5: update requests (INSERT DATA, DELETE DATA,
// CLEAR GRAPH, DROP GRAPH) and the update forms outside Spoke's subset.

#include <cctype>
#include <string>

#include "engine/parse/transformer.h"

namespace spoke::engine {

using P = g::SpokeParser;

void Transformer::TransformUpdate(P::UpdateContext* ctx, ast::Update* out) {
  for (auto* child : ctx->children) {
    if (auto* prologue = dynamic_cast<P::PrologueContext*>(child)) {
      TransformPrologue(prologue);
    } else if (auto* op = dynamic_cast<P::Update1Context*>(child)) {
      out->ops.push_back(TransformUpdate1(op));
    }
  }
}

ast::UpdateOp Transformer::TransformUpdate1(P::Update1Context* ctx) {
  ast::UpdateOp op;
  op.span = SpanOf(ctx);
  if (auto* ins = ctx->insertData()) {
    op.kind = ast::UpdateKind::kInsertData;
    TransformQuadData(ins->quadData(), /*insert=*/true, &op);
    return op;
  }
  if (auto* del = ctx->deleteData()) {
    op.kind = ast::UpdateKind::kDeleteData;
    TransformQuadData(del->quadData(), /*insert=*/false, &op);
    return op;
  }
  P::GraphRefAllContext* ref = nullptr;
  if (auto* clear = ctx->clearOp()) {
    op.kind = ast::UpdateKind::kClearGraph;
    op.silent = clear->K_SILENT() != nullptr;
    ref = clear->graphRefAll();
  } else if (auto* drop = ctx->dropOp()) {
    op.kind = ast::UpdateKind::kDropGraph;
    op.silent = drop->K_SILENT() != nullptr;
    ref = drop->graphRefAll();
  } else {
    P::UnsupportedUpdateContext* u = ctx->unsupportedUpdate();
    std::string kw = u->getStart()->getText();
    for (char& c : kw) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    // The token after the keyword tells DELETE WHERE from DELETE { } WHERE
    // (accessors like u->K_WHERE() would also see the skipped tokens).
    size_t first = u->getStart()->getType();
    size_t next = 0;
    if ((first == P::K_INSERT || first == P::K_DELETE) &&
        u->children.size() > 1) {
      if (auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(u->children[1])) {
        next = t->getSymbol()->getType();
      }
    }
    if (next == P::K_WHERE) NotSupported(kw + " WHERE", u);
    if (next == P::LBRACE) NotSupported(kw + " { ... } WHERE", u);
    NotSupported(kw, u);
  }
  if (ref->iri() == nullptr) {
    std::string what = op.kind == ast::UpdateKind::kClearGraph ? "CLEAR " : "DROP ";
    for (char c : ref->getStart()->getText()) {
      what.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    NotSupported(what, ref);
  }
  op.graph = TransformIri(ref->iri());
  return op;
}

void Transformer::TransformQuadData(P::QuadDataContext* ctx, bool insert,
                                    ast::UpdateOp* op) {
  in_data_ = true;
  uint32_t first_anon = anon_counter_ + 1;
  for (auto* child : ctx->quads()->children) {
    if (auto* block = dynamic_cast<P::TriplesBlockContext*>(child)) {
      AppendDataTriples(block, Term(), insert, op);
    } else if (auto* g = dynamic_cast<P::QuadsNotTriplesContext*>(child)) {
      if (g->varOrIri()->var()) {
        Fail(Status::Code::kSemanticError,
             std::string("variables are not allowed in ") +
                 (insert ? "INSERT DATA" : "DELETE DATA"),
             g->varOrIri());
      }
      Term graph = TransformIri(g->varOrIri()->iri());
      if (auto* block = g->triplesBlock()) {
        AppendDataTriples(block, graph, insert, op);
      }
    }
  }
  in_data_ = false;
  if (anon_counter_ < first_anon) return;
  // `[]` nodes got labels "#N", which no written label can have. Rename them
  // to "anonN" (with as many 'x' appended to the stem as it takes to differ
  // from every written label), so that they stay valid N-Triples labels.
  std::string stem = "anon";
  auto clashes = [&](const Term& t) {
    return t.is_blank() && t.value()[0] != '#' &&
           t.value().compare(0, stem.size(), stem) == 0;
  };
  for (bool again = true; again;) {
    again = false;
    for (const Quad& q : op->quads) {
      if (clashes(q.subject) || clashes(q.object)) {
        stem.push_back('x');
        again = true;
        break;
      }
    }
  }
  auto rename = [&](Term* t) {
    if (t->is_blank() && t->value()[0] == '#') {
      *t = Term::Blank(stem + t->value().substr(1));
    }
  };
  for (Quad& q : op->quads) {
    rename(&q.subject);
    rename(&q.object);
  }
}

void Transformer::AppendDataTriples(P::TriplesBlockContext* ctx,
                                    const Term& graph, bool insert,
                                    ast::UpdateOp* op) {
  std::vector<ast::TriplePattern> triples;
  TransformTriplesBlock(ctx, &triples);
  for (const ast::TriplePattern& t : triples) {
    Quad q;
    q.subject = DataTerm(t.subject, insert);
    q.predicate = DataTerm(t.predicate, insert);
    q.object = DataTerm(t.object, insert);
    q.graph = graph;
    if (q.subject.is_literal()) {
      Fail(Status::Code::kSemanticError, "a literal cannot be a subject",
           t.subject.span);
    }
    op->quads.push_back(std::move(q));
  }
}

Term Transformer::DataTerm(const ast::PatternTerm& t, bool insert) {
  const char* form = insert ? "INSERT DATA" : "DELETE DATA";
  if (t.is_var()) {
    Fail(Status::Code::kSemanticError,
         std::string("variables are not allowed in ") + form, t.span);
  }
  if (!insert && t.term.is_blank()) {
    Fail(Status::Code::kSemanticError,
         "blank nodes are not allowed in DELETE DATA", t.span);
  }
  return t.term;
}

}  // namespace spoke::engine
