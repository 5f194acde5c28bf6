// Transformer, part 3: group graph patterns and triples, including blank
// nodes (scoped per basic graph pattern) and the pattern forms outside
// Spoke's subset.

#include <string>

#include "engine/parse/transformer.h"
#include "engine/parse/tree_access.h"

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
    size_t rule = RuleOf(child);
    if (rule == P::RuleTriplesBlock) {
      auto* block = static_cast<P::TriplesBlockContext*>(child);
      current_bgp_ = ++bgp_counter_;
      if (!extend_bgp) {
        auto bgp = std::make_unique<ast::Pattern>();
        bgp->kind = ast::PatternKind::kBgp;
        bgp->span = SpanOf(block);
        group.elements.push_back(std::move(bgp));
        extend_bgp = true;
      }
      TransformTriplesBlock(block, &group.elements.back()->triples);
    } else if (rule == P::RuleGraphPatternNotTriples) {
      size_t before = group.elements.size();
      TransformElement(static_cast<P::GraphPatternNotTriplesContext*>(child),
                       &group);
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
  for (auto* child : ctx->children) {
    if (RuleOf(child) == P::RuleTriplesSameSubject) {
      TransformTriplesSameSubject(
          static_cast<P::TriplesSameSubjectContext*>(child), out);
    }
  }
}

void Transformer::TransformTriplesSameSubject(
    P::TriplesSameSubjectContext* ctx, std::vector<ast::TriplePattern>* out) {
  // varOrTerm propertyListNotEmpty | triplesNode propertyListNotEmpty?
  ast::PatternTerm subject =
      RuleOf(ctx->children[0]) == P::RuleVarOrTerm
          ? TransformVarOrTerm(ChildAs<P::VarOrTermContext>(ctx, 0))
          : TransformTriplesNode(ChildAs<P::TriplesNodeContext>(ctx, 0), out);
  if (ctx->children.size() > 1) {
    TransformPropertyList(ChildAs<P::PropertyListNotEmptyContext>(ctx, 1),
                          subject, out);
  }
}

void Transformer::TransformPropertyList(P::PropertyListNotEmptyContext* ctx,
                                        const ast::PatternTerm& subject,
                                        std::vector<ast::TriplePattern>* out) {
  // verb objectList ( ';' ( verb objectList )? )*
  ast::PatternTerm predicate;
  for (auto* child : ctx->children) {
    size_t rule = RuleOf(child);
    if (rule == P::RuleVerb) {
      predicate = TransformVerb(static_cast<P::VerbContext*>(child));
    } else if (rule == P::RuleObjectList) {
      for (auto* node : static_cast<P::ObjectListContext*>(child)->children) {
        if (RuleOf(node) != P::RuleGraphNode) continue;  // ','
        ast::PatternTerm object =
            TransformGraphNode(static_cast<P::GraphNodeContext*>(node), out);
        out->push_back({subject, predicate, std::move(object)});
      }
    }
  }
}

ast::PatternTerm Transformer::TransformVerb(P::VerbContext* ctx) {
  antlr4::tree::ParseTree* first = ctx->children[0];
  if (RuleOf(first) == P::RuleVar) {
    auto* v = static_cast<P::VarContext*>(first);
    return ast::PatternTerm::Variable(Var(v), false, SpanOf(v));
  }
  // Only a path that is a single IRI or `a` is a plain predicate: one
  // pathStep with one child.
  auto* step = static_cast<P::PathStepContext*>(first);
  if (ctx->children.size() != 1 || step->children.size() != 1) {
    NotSupported("property paths", ctx, /*plural=*/true);
  }
  antlr4::tree::ParseTree* primary = step->children[0];
  if (RuleOf(primary) == P::RuleIri) {
    auto* iri = static_cast<P::IriContext*>(primary);
    return ast::PatternTerm::Constant(TransformIri(iri), SpanOf(iri));
  }
  if (TokenOf(primary) != P::A) {
    NotSupported("property paths", ctx, /*plural=*/true);
  }
  return ast::PatternTerm::Constant(Term::Iri(std::string(kRdfType)),
                                    SpanOf(step));
}

ast::PatternTerm Transformer::TransformGraphNode(
    P::GraphNodeContext* ctx, std::vector<ast::TriplePattern>* out) {
  if (RuleOf(ctx->children[0]) == P::RuleVarOrTerm) {
    return TransformVarOrTerm(ChildAs<P::VarOrTermContext>(ctx, 0));
  }
  return TransformTriplesNode(ChildAs<P::TriplesNodeContext>(ctx, 0), out);
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
  antlr4::tree::ParseTree* first = ctx->children[0];
  if (RuleOf(first) == P::RuleVar) {
    auto* v = static_cast<P::VarContext*>(first);
    return ast::PatternTerm::Variable(Var(v), false, SpanOf(v));
  }
  auto* t = static_cast<P::GraphTermContext*>(first);
  SourceSpan span = SpanOf(t);
  antlr4::tree::ParseTree* term = t->children[0];
  switch (RuleOf(term)) {
    case P::RuleIri:
      return ast::PatternTerm::Constant(
          TransformIri(static_cast<P::IriContext*>(term)), span);
    case P::RuleRdfLiteral:
      return ast::PatternTerm::Constant(
          TransformLiteral(static_cast<P::RdfLiteralContext*>(term)), span);
    case P::RuleNumericLiteral:
      return ast::PatternTerm::Constant(TransformNumeric(t->getStart()), span);
    case P::RuleBooleanLiteral:
      return ast::PatternTerm::Constant(
          TransformBoolean(static_cast<P::BooleanLiteralContext*>(term)),
          span);
    case P::RuleBlankNode:
      return BlankNode(t->getStart());
    default:
      // NIL: the empty list, rdf:nil.
      return ast::PatternTerm::Constant(
          Term::Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"), span);
  }
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
