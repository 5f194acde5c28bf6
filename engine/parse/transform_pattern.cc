// Transformer, part 3: group graph patterns and triples, including blank
// nodes (scoped per basic graph pattern) and the pattern forms outside
// Spoke's subset.

#include <string>

#include "engine/parse/transformer.h"

namespace spoke::engine {

using P = g::SpokeParser;

ast::GroupPattern Transformer::TransformGroup(P::GroupGraphPatternContext* c) {
  if (auto* sub = c->subSelect()) NotSupported("subqueries", sub, /*plural=*/true);
  ast::GroupPattern group;
  // True while the last non-FILTER element is a BGP: the next triples block
  // joins it (Join of two BGPs is their union), though it is a new scope for
  // blank node labels.
  bool extend_bgp = false;
  for (auto* child : c->groupGraphPatternSub()->children) {
    if (auto* block = dynamic_cast<P::TriplesBlockContext*>(child)) {
      current_bgp_ = ++bgp_counter_;
      if (!extend_bgp) {
        auto bgp = std::make_unique<ast::Pattern>();
        bgp->kind = ast::PatternKind::kBgp;
        bgp->span = SpanOf(block);
        group.elements.push_back(std::move(bgp));
        extend_bgp = true;
      }
      TransformTriplesBlock(block, &group.elements.back()->triples);
    } else if (auto* other =
                   dynamic_cast<P::GraphPatternNotTriplesContext*>(child)) {
      size_t before = group.elements.size();
      TransformElement(other, &group);
      if (group.elements.size() != before) extend_bgp = false;
    }
  }
  return group;
}

void Transformer::TransformElement(P::GraphPatternNotTriplesContext* ctx,
                                   ast::GroupPattern* group) {
  if (auto* f = ctx->filter()) {
    group->filters.push_back(
        TransformConstraintWith(f->constraint(), AggregateUse::kForbidden));
    return;
  }
  auto p = std::make_unique<ast::Pattern>();
  p->span = SpanOf(ctx);
  if (auto* opt = ctx->optionalGraphPattern()) {
    p->kind = ast::PatternKind::kOptional;
    p->group = std::make_unique<ast::GroupPattern>(
        TransformGroup(opt->groupGraphPattern()));
  } else if (auto* gu = ctx->groupOrUnionGraphPattern()) {
    auto groups = gu->groupGraphPattern();
    if (groups.size() == 1) {
      p->kind = ast::PatternKind::kGroup;
      p->group = std::make_unique<ast::GroupPattern>(TransformGroup(groups[0]));
    } else {
      p->kind = ast::PatternKind::kUnion;
      for (auto* alt : groups) {
        p->alternatives.push_back(
            std::make_unique<ast::GroupPattern>(TransformGroup(alt)));
      }
    }
  } else if (auto* graph = ctx->graphGraphPattern()) {
    p->kind = ast::PatternKind::kGraph;
    p->graph = TransformVarOrIri(graph->varOrIri());
    p->group = std::make_unique<ast::GroupPattern>(
        TransformGroup(graph->groupGraphPattern()));
  } else if (ctx->minusGraphPattern()) {
    NotSupported("MINUS", ctx);
  } else if (ctx->serviceGraphPattern()) {
    NotSupported("SERVICE", ctx);
  } else if (ctx->bind()) {
    NotSupported("BIND", ctx);
  } else {
    NotSupported("VALUES", ctx);
  }
  group->elements.push_back(std::move(p));
}

void Transformer::TransformTriplesBlock(P::TriplesBlockContext* ctx,
                                        std::vector<ast::TriplePattern>* out) {
  for (auto* t : ctx->triplesSameSubject()) TransformTriplesSameSubject(t, out);
}

void Transformer::TransformTriplesSameSubject(
    P::TriplesSameSubjectContext* ctx, std::vector<ast::TriplePattern>* out) {
  ast::PatternTerm subject = ctx->varOrTerm()
                                 ? TransformVarOrTerm(ctx->varOrTerm())
                                 : TransformTriplesNode(ctx->triplesNode(), out);
  if (auto* props = ctx->propertyListNotEmpty()) {
    TransformPropertyList(props, subject, out);
  }
}

void Transformer::TransformPropertyList(P::PropertyListNotEmptyContext* ctx,
                                        const ast::PatternTerm& subject,
                                        std::vector<ast::TriplePattern>* out) {
  auto verbs = ctx->verb();
  auto objects = ctx->objectList();
  for (size_t i = 0; i < verbs.size(); ++i) {
    ast::PatternTerm predicate = TransformVerb(verbs[i]);
    for (auto* node : objects[i]->graphNode()) {
      ast::PatternTerm object = TransformGraphNode(node, out);
      out->push_back({subject, predicate, std::move(object)});
    }
  }
}

ast::PatternTerm Transformer::TransformVerb(P::VerbContext* ctx) {
  if (auto* v = ctx->var()) {
    return ast::PatternTerm::Variable(Var(v), false, SpanOf(v));
  }
  // Only a path that is a single IRI or `a` is a plain predicate.
  P::PathContext* path = ctx->path();
  P::PathEltContext* elt = nullptr;
  if (path->pathSequence().size() == 1 &&
      path->pathSequence(0)->pathEltOrInverse().size() == 1 &&
      path->pathSequence(0)->pathEltOrInverse(0)->CARET() == nullptr) {
    elt = path->pathSequence(0)->pathEltOrInverse(0)->pathElt();
  }
  if (elt == nullptr || elt->pathMod() != nullptr ||
      (elt->pathPrimary()->iri() == nullptr &&
       elt->pathPrimary()->A() == nullptr)) {
    NotSupported("property paths", path, /*plural=*/true);
  }
  if (auto* iri = elt->pathPrimary()->iri()) {
    return ast::PatternTerm::Constant(TransformIri(iri), SpanOf(iri));
  }
  return ast::PatternTerm::Constant(Term::Iri(std::string(kRdfType)),
                                    SpanOf(elt));
}

ast::PatternTerm Transformer::TransformGraphNode(
    P::GraphNodeContext* ctx, std::vector<ast::TriplePattern>* out) {
  if (auto* t = ctx->varOrTerm()) return TransformVarOrTerm(t);
  return TransformTriplesNode(ctx->triplesNode(), out);
}

ast::PatternTerm Transformer::TransformTriplesNode(
    P::TriplesNodeContext* ctx, std::vector<ast::TriplePattern>* out) {
  if (ctx->collection()) NotSupported("RDF collections", ctx, /*plural=*/true);
  auto* list = ctx->blankNodePropertyList();
  ast::PatternTerm node = BlankNode(list->getStart());
  TransformPropertyList(list->propertyListNotEmpty(), node, out);
  return node;
}

ast::PatternTerm Transformer::TransformVarOrTerm(P::VarOrTermContext* ctx) {
  if (auto* v = ctx->var()) {
    return ast::PatternTerm::Variable(Var(v), false, SpanOf(v));
  }
  P::GraphTermContext* t = ctx->graphTerm();
  SourceSpan span = SpanOf(t);
  if (auto* iri = t->iri()) {
    return ast::PatternTerm::Constant(TransformIri(iri), span);
  }
  if (auto* lit = t->rdfLiteral()) {
    return ast::PatternTerm::Constant(TransformLiteral(lit), span);
  }
  if (auto* num = t->numericLiteral()) {
    return ast::PatternTerm::Constant(TransformNumeric(num->getStart()), span);
  }
  if (auto* b = t->booleanLiteral()) {
    return ast::PatternTerm::Constant(TransformBoolean(b), span);
  }
  if (auto* b = t->blankNode()) return BlankNode(b->getStart());
  // NIL: the empty list, rdf:nil.
  return ast::PatternTerm::Constant(
      Term::Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"), span);
}

ast::PatternTerm Transformer::TransformVarOrIri(P::VarOrIriContext* ctx) {
  if (auto* v = ctx->var()) {
    return ast::PatternTerm::Variable(Var(v), false, SpanOf(v));
  }
  return ast::PatternTerm::Constant(TransformIri(ctx->iri()), SpanOf(ctx));
}

ast::PatternTerm Transformer::BlankNode(antlr4::Token* t) {
  SourceSpan span = SpanOf(t);
  bool labelled = t->getType() == P::BLANK_NODE_LABEL;
  std::string label = labelled ? t->getText().substr(2)
                               : "#" + std::to_string(++anon_counter_);
  if (in_data_) {
    // Update data: a blank node is a term; '#'-labels are renamed later.
    return ast::PatternTerm::Constant(Term::Blank(std::move(label)), span);
  }
  if (labelled) {
    auto [it, inserted] = blank_label_bgp_.emplace(label, current_bgp_);
    if (!inserted && it->second != current_bgp_) {
      Fail(Status::Code::kSemanticError,
           "blank node _:" + label +
               " is used in two different basic graph patterns",
           span);
    }
    return ast::PatternTerm::Variable("_:" + label, true, span);
  }
  return ast::PatternTerm::Variable("_:anon" + label, true, span);
}

}  // namespace spoke::engine
