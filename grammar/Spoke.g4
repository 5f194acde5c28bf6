// Spoke's query language: a strict subset of SPARQL 1.1 plus an EXPLAIN
// prefix. Rules follow the shape of the SPARQL 1.1 grammar (§19.8) so that
// the language is LL(1) where SPARQL's is, which keeps prediction cheap.
//
// The grammar deliberately parses more than Spoke runs: CONSTRUCT, DESCRIBE,
// property paths, subqueries, SERVICE, BIND, VALUES, MINUS, EXISTS, RDF
// collections, other built-in functions and other update forms are
// recognised here so that engine/parse can reject them with a
// "... is not supported" error at the right place instead of a syntax error.
//
// Keywords are case-insensitive (fragment letters); `a` is case-sensitive.

grammar Spoke;

// ---------------------------------------------------------------------------
// Statements

statement
  : explain? prologue body EOF
  ;

explain
  : K_EXPLAIN K_ANALYZE?
  ;

body
  : selectQuery valuesClause?
  | askQuery valuesClause?
  | unsupportedQuery
  | update
  ;

prologue
  : ( baseDecl | prefixDecl )*
  ;

baseDecl
  : K_BASE IRIREF
  ;

prefixDecl
  : K_PREFIX PNAME_NS IRIREF
  ;

// ---------------------------------------------------------------------------
// Queries

selectQuery
  : selectClause datasetClause* whereClause solutionModifier
  ;

subSelect
  : selectClause whereClause solutionModifier valuesClause?
  ;

selectClause
  : K_SELECT ( K_DISTINCT | K_REDUCED )? ( selectItem+ | '*' )
  ;

selectItem
  : var
  | '(' expression K_AS var ')'
  ;

askQuery
  : K_ASK datasetClause* whereClause solutionModifier
  ;

// Recognised only to be rejected; the rest of the input is not checked.
unsupportedQuery
  : ( K_CONSTRUCT | K_DESCRIBE ) .*?
  ;

datasetClause
  : K_FROM K_NAMED? iri
  ;

whereClause
  : K_WHERE? groupGraphPattern
  ;

solutionModifier
  : groupClause? havingClause? orderClause? limitOffsetClauses?
  ;

groupClause
  : K_GROUP K_BY groupCondition+
  ;

groupCondition
  : builtInCall
  | functionCall
  | '(' expression ( K_AS var )? ')'
  | var
  ;

havingClause
  : K_HAVING constraint+
  ;

orderClause
  : K_ORDER K_BY orderCondition+
  ;

orderCondition
  : ( K_ASC | K_DESC ) brackettedExpression
  | constraint
  | var
  ;

limitOffsetClauses
  : limitClause offsetClause?
  | offsetClause limitClause?
  ;

limitClause
  : K_LIMIT countValue
  ;

offsetClause
  : K_OFFSET countValue
  ;

// A negative count parses so that it can be reported as such.
countValue
  : INTEGER
  | INTEGER_NEGATIVE
  ;

valuesClause
  : inlineData
  ;

// ---------------------------------------------------------------------------
// Updates

update
  : update1 ( ';' prologue update1 )* ( ';' prologue )?
  ;

update1
  : insertData
  | deleteData
  | clearOp
  | dropOp
  | unsupportedUpdate
  ;

insertData
  : K_INSERT K_DATA quadData
  ;

deleteData
  : K_DELETE K_DATA quadData
  ;

clearOp
  : K_CLEAR K_SILENT? graphRefAll
  ;

dropOp
  : K_DROP K_SILENT? graphRefAll
  ;

graphRefAll
  : K_GRAPH iri
  | K_DEFAULT
  | K_NAMED
  | K_ALL
  ;

// Recognised only to be rejected; the rest of the input is not checked.
unsupportedUpdate
  : ( K_LOAD | K_CREATE | K_ADD | K_MOVE | K_COPY | K_WITH ) .*?
  | ( K_INSERT | K_DELETE ) ( K_WHERE | '{' ) .*?
  ;

quadData
  : '{' quads '}'
  ;

quads
  : triplesBlock? ( quadsNotTriples '.'? triplesBlock? )*
  ;

quadsNotTriples
  : K_GRAPH varOrIri '{' triplesBlock? '}'
  ;

// ---------------------------------------------------------------------------
// Graph patterns

groupGraphPattern
  : '{' ( subSelect | groupGraphPatternSub ) '}'
  ;

groupGraphPatternSub
  : triplesBlock? ( graphPatternNotTriples '.'? triplesBlock? )*
  ;

// A loop, not the spec's right recursion, so that a long block of triples
// does not recurse once per triple (deep recursion could exhaust the stack).
// Deciding between another triple and the final '.' takes two tokens.
triplesBlock
  : triplesSameSubject ( '.' triplesSameSubject )* '.'?
  ;

graphPatternNotTriples
  : groupOrUnionGraphPattern
  | optionalGraphPattern
  | minusGraphPattern
  | graphGraphPattern
  | serviceGraphPattern
  | filter
  | bind
  | inlineData
  ;

optionalGraphPattern
  : K_OPTIONAL groupGraphPattern
  ;

graphGraphPattern
  : K_GRAPH varOrIri groupGraphPattern
  ;

serviceGraphPattern
  : K_SERVICE K_SILENT? varOrIri groupGraphPattern
  ;

bind
  : K_BIND '(' expression K_AS var ')'
  ;

inlineData
  : K_VALUES ( var | NIL | '(' var* ')' ) '{' dataBlockRow* '}'
  ;

dataBlockRow
  : NIL
  | '(' dataBlockValue* ')'
  | dataBlockValue
  ;

dataBlockValue
  : iri
  | rdfLiteral
  | numericLiteral
  | booleanLiteral
  | K_UNDEF
  ;

minusGraphPattern
  : K_MINUS groupGraphPattern
  ;

groupOrUnionGraphPattern
  : groupGraphPattern ( K_UNION groupGraphPattern )*
  ;

filter
  : K_FILTER constraint
  ;

constraint
  : brackettedExpression
  | builtInCall
  | functionCall
  ;

functionCall
  : iri argList
  ;

argList
  : NIL
  | '(' K_DISTINCT? expression ( ',' expression )* ')'
  ;

expressionList
  : NIL
  | '(' expression ( ',' expression )* ')'
  ;

// ---------------------------------------------------------------------------
// Triples

triplesSameSubject
  : varOrTerm propertyListNotEmpty
  | triplesNode propertyListNotEmpty?
  ;

propertyListNotEmpty
  : verb objectList ( ';' ( verb objectList )? )*
  ;

// The predicate: a variable, or a property path of which Spoke supports only
// a single IRI or `a` (one pathStep without '^' or modifier). Paths are kept
// flat — steps joined by '/' or '|', without SPARQL's precedence — because
// they are parsed only to be rejected, and a flat rule keeps the parse tree
// of every ordinary predicate three nodes deep.
verb
  : var
  | pathStep ( ( '/' | '|' ) pathStep )*
  ;

objectList
  : graphNode ( ',' graphNode )*
  ;

pathStep
  : '^'? ( iri | A | '!' pathNegatedPropertySet
         | '(' pathStep ( ( '/' | '|' ) pathStep )* ')' ) pathMod?
  ;

pathMod
  : '?'
  | '*'
  | '+'
  ;

pathNegatedPropertySet
  : pathOneInPropertySet
  | '(' ( pathOneInPropertySet ( '|' pathOneInPropertySet )* )? ')'
  ;

pathOneInPropertySet
  : iri
  | A
  | '^' ( iri | A )
  ;

triplesNode
  : collection
  | blankNodePropertyList
  ;

blankNodePropertyList
  : '[' propertyListNotEmpty ']'
  ;

collection
  : '(' graphNode+ ')'
  ;

graphNode
  : varOrTerm
  | triplesNode
  ;

varOrTerm
  : var
  | graphTerm
  ;

varOrIri
  : var
  | iri
  ;

var
  : VAR1
  | VAR2
  ;

graphTerm
  : iri
  | rdfLiteral
  | numericLiteral
  | booleanLiteral
  | blankNode
  | NIL
  ;

// ---------------------------------------------------------------------------
// Expressions

expression
  : conditionalOrExpression
  ;

conditionalOrExpression
  : conditionalAndExpression ( '||' conditionalAndExpression )*
  ;

conditionalAndExpression
  : relationalExpression ( '&&' relationalExpression )*
  ;

relationalExpression
  : additiveExpression
    ( op=( '=' | '!=' | '<' | '>' | '<=' | '>=' ) additiveExpression
    | K_NOT? K_IN expressionList
    )?
  ;

// As in SPARQL, "?a -1" is ?a plus the literal -1: a signed number directly
// after an operand continues the sum.
additiveExpression
  : multiplicativeExpression additiveTail*
  ;

additiveTail
  : op=( '+' | '-' ) multiplicativeExpression
  | signedNumber multiplicativeTail*
  ;

signedNumber
  : numericLiteralPositive
  | numericLiteralNegative
  ;

multiplicativeExpression
  : unaryExpression multiplicativeTail*
  ;

multiplicativeTail
  : op=( '*' | '/' ) unaryExpression
  ;

unaryExpression
  : op=( '!' | '+' | '-' )? primaryExpression
  ;

primaryExpression
  : brackettedExpression
  | builtInCall
  | iriOrFunction
  | rdfLiteral
  | numericLiteral
  | booleanLiteral
  | var
  ;

brackettedExpression
  : '(' expression ')'
  ;

// Built-in functions share one call shape; engine/parse checks each one's
// arity and rejects the SPARQL functions outside the subset (lexed as
// BARE_NAME) by name.
builtInCall
  : aggregate
  | name=( K_STR | K_LANG | K_LANGMATCHES | K_DATATYPE | K_BOUND | K_SAMETERM | K_ISIRI
         | K_ISURI | K_ISBLANK | K_ISLITERAL | K_ISNUMERIC | K_REGEX | K_CONTAINS
         | K_STRSTARTS | K_STRENDS | K_STRLEN | K_UCASE | K_LCASE | K_IF | K_COALESCE
         | BARE_NAME ) expressionList
  | K_EXISTS groupGraphPattern
  | K_NOT K_EXISTS groupGraphPattern
  ;

aggregate
  : K_COUNT '(' K_DISTINCT? ( '*' | expression ) ')'
  | name=( K_SUM | K_MIN | K_MAX | K_AVG | K_SAMPLE ) '(' K_DISTINCT? expression ')'
  | K_GROUP_CONCAT '(' K_DISTINCT? expression ( ';' K_SEPARATOR '=' stringLiteral )? ')'
  ;

iriOrFunction
  : iri argList?
  ;

rdfLiteral
  : stringLiteral ( LANGTAG | '^^' iri )?
  ;

numericLiteral
  : numericLiteralUnsigned
  | numericLiteralPositive
  | numericLiteralNegative
  ;

numericLiteralUnsigned
  : INTEGER
  | DECIMAL
  | DOUBLE
  ;

numericLiteralPositive
  : INTEGER_POSITIVE
  | DECIMAL_POSITIVE
  | DOUBLE_POSITIVE
  ;

numericLiteralNegative
  : INTEGER_NEGATIVE
  | DECIMAL_NEGATIVE
  | DOUBLE_NEGATIVE
  ;

booleanLiteral
  : K_TRUE
  | K_FALSE
  ;

stringLiteral
  : STRING_LITERAL1
  | STRING_LITERAL2
  | STRING_LITERAL_LONG1
  | STRING_LITERAL_LONG2
  ;

iri
  : IRIREF
  | PNAME_LN
  | PNAME_NS
  ;

blankNode
  : BLANK_NODE_LABEL
  | ANON
  ;

// ---------------------------------------------------------------------------
// Lexer: keywords (case-insensitive). Listed before BARE_NAME so that a
// keyword wins over a bare name of the same length.

A : 'a' ;

K_ADD : A_ D D ;
K_ALL : A_ L L ;
K_ANALYZE : A_ N A_ L Y Z E ;
K_AS : A_ S ;
K_ASC : A_ S C ;
K_ASK : A_ S K ;
K_AVG : A_ V G ;
K_BASE : B A_ S E ;
K_BIND : B I N D ;
K_BOUND : B O U N D ;
K_BY : B Y ;
K_CLEAR : C L E A_ R ;
K_COALESCE : C O A_ L E S C E ;
K_CONSTRUCT : C O N S T R U C T ;
K_CONTAINS : C O N T A_ I N S ;
K_COPY : C O P Y ;
K_COUNT : C O U N T ;
K_CREATE : C R E A_ T E ;
K_DATA : D A_ T A_ ;
K_DATATYPE : D A_ T A_ T Y P E ;
K_DEFAULT : D E F A_ U L T ;
K_DELETE : D E L E T E ;
K_DESC : D E S C ;
K_DESCRIBE : D E S C R I B E ;
K_DISTINCT : D I S T I N C T ;
K_DROP : D R O P ;
K_EXISTS : E X I S T S ;
K_EXPLAIN : E X P L A_ I N ;
K_FALSE : F A_ L S E ;
K_FILTER : F I L T E R ;
K_FROM : F R O M ;
K_GRAPH : G R A_ P H ;
K_GROUP : G R O U P ;
K_GROUP_CONCAT : G R O U P '_' C O N C A_ T ;
K_HAVING : H A_ V I N G ;
K_IF : I F ;
K_IN : I N ;
K_INSERT : I N S E R T ;
K_ISBLANK : I S B L A_ N K ;
K_ISIRI : I S I R I ;
K_ISLITERAL : I S L I T E R A_ L ;
K_ISNUMERIC : I S N U M E R I C ;
K_ISURI : I S U R I ;
K_LANG : L A_ N G ;
K_LANGMATCHES : L A_ N G M A_ T C H E S ;
K_LCASE : L C A_ S E ;
K_LIMIT : L I M I T ;
K_LOAD : L O A_ D ;
K_MAX : M A_ X ;
K_MIN : M I N ;
K_MINUS : M I N U S ;
K_MOVE : M O V E ;
K_NAMED : N A_ M E D ;
K_NOT : N O T ;
K_OFFSET : O F F S E T ;
K_OPTIONAL : O P T I O N A_ L ;
K_ORDER : O R D E R ;
K_PREFIX : P R E F I X ;
K_REDUCED : R E D U C E D ;
K_REGEX : R E G E X ;
K_SAMETERM : S A_ M E T E R M ;
K_SAMPLE : S A_ M P L E ;
K_SELECT : S E L E C T ;
K_SEPARATOR : S E P A_ R A_ T O R ;
K_SERVICE : S E R V I C E ;
K_SILENT : S I L E N T ;
K_STR : S T R ;
K_STRENDS : S T R E N D S ;
K_STRLEN : S T R L E N ;
K_STRSTARTS : S T R S T A_ R T S ;
K_SUM : S U M ;
K_TRUE : T R U E ;
K_UCASE : U C A_ S E ;
K_UNDEF : U N D E F ;
K_UNION : U N I O N ;
K_USING : U S I N G ;
K_VALUES : V A_ L U E S ;
K_WHERE : W H E R E ;
K_WITH : W I T H ;

// Any other bare word: SPARQL built-ins outside the subset (STRAFTER, NOW,
// ...) and typos. Never valid on its own; engine/parse names it.
BARE_NAME : [a-zA-Z_] [a-zA-Z_0-9]* ;

// ---------------------------------------------------------------------------
// Lexer: terms (SPARQL 1.1 §19.8 productions [139]-[173])

IRIREF : '<' ( ~[<>"{}|^`\\\u0000-\u0020] | UCHAR )* '>' ;
PNAME_NS : PN_PREFIX? ':' ;
PNAME_LN : PNAME_NS PN_LOCAL ;
BLANK_NODE_LABEL : '_:' ( PN_CHARS_U | [0-9] ) ( ( PN_CHARS | '.' )* PN_CHARS )? ;
VAR1 : '?' VARNAME ;
VAR2 : '$' VARNAME ;
LANGTAG : '@' [a-zA-Z]+ ( '-' [a-zA-Z0-9]+ )* ;
INTEGER : [0-9]+ ;
DECIMAL : [0-9]* '.' [0-9]+ ;
DOUBLE : [0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT ;
INTEGER_POSITIVE : '+' INTEGER ;
DECIMAL_POSITIVE : '+' DECIMAL ;
DOUBLE_POSITIVE : '+' DOUBLE ;
INTEGER_NEGATIVE : '-' INTEGER ;
DECIMAL_NEGATIVE : '-' DECIMAL ;
DOUBLE_NEGATIVE : '-' DOUBLE ;
STRING_LITERAL1 : '\'' ( ~['\\\n\r] | ECHAR | UCHAR )* '\'' ;
STRING_LITERAL2 : '"' ( ~["\\\n\r] | ECHAR | UCHAR )* '"' ;
STRING_LITERAL_LONG1 : '\'\'\'' ( ( '\'' | '\'\'' )? ( ~['\\] | ECHAR | UCHAR ) )* '\'\'\'' ;
STRING_LITERAL_LONG2 : '"""' ( ( '"' | '""' )? ( ~["\\] | ECHAR | UCHAR ) )* '"""' ;
NIL : '(' WS_CHAR* ')' ;
ANON : '[' WS_CHAR* ']' ;

WS : WS_CHAR+ -> skip ;
COMMENT : '#' ~[\r\n]* -> skip ;

// Punctuation and operators
LBRACE : '{' ;
RBRACE : '}' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
DOT : '.' ;
COMMA : ',' ;
SEMICOLON : ';' ;
STAR : '*' ;
PLUS : '+' ;
MINUS_SIGN : '-' ;
SLASH : '/' ;
PIPE : '|' ;
CARET : '^' ;
CARET2 : '^^' ;
QUESTION : '?' ;
BANG : '!' ;
EQ : '=' ;
NE : '!=' ;
LT : '<' ;
GT : '>' ;
LE : '<=' ;
GE : '>=' ;
OR : '||' ;
AND : '&&' ;

// Anything else is one bad character; the parser reports it as such instead
// of the lexer silently dropping it.
ERROR_CHAR : . ;

fragment EXPONENT : [eE] [+-]? [0-9]+ ;
fragment ECHAR : '\\' [tbnrf\\"'] ;
fragment UCHAR : '\\u' HEX HEX HEX HEX | '\\U' HEX HEX HEX HEX HEX HEX HEX HEX ;
fragment WS_CHAR : [ \t\r\n] ;
fragment PN_CHARS_BASE
  : [A-Z] | [a-z] | [\u00C0-\u00D6] | [\u00D8-\u00F6] | [\u00F8-\u02FF]
  | [\u0370-\u037D] | [\u037F-\u1FFF] | [\u200C-\u200D] | [\u2070-\u218F]
  | [\u2C00-\u2FEF] | [\u3001-\uD7FF] | [\uF900-\uFDCF] | [\uFDF0-\uFFFD]
  | [\u{10000}-\u{EFFFF}]
  ;
fragment PN_CHARS_U : PN_CHARS_BASE | '_' ;
fragment VARNAME
  : ( PN_CHARS_U | [0-9] ) ( PN_CHARS_U | [0-9] | '\u00B7' | [\u0300-\u036F] | [\u203F-\u2040] )*
  ;
fragment PN_CHARS
  : PN_CHARS_U | '-' | [0-9] | '\u00B7' | [\u0300-\u036F] | [\u203F-\u2040]
  ;
fragment PN_PREFIX : PN_CHARS_BASE ( ( PN_CHARS | '.' )* PN_CHARS )? ;
fragment PN_LOCAL
  : ( PN_CHARS_U | ':' | [0-9] | PLX ) ( ( PN_CHARS | '.' | ':' | PLX )* ( PN_CHARS | ':' | PLX ) )?
  ;
fragment PLX : PERCENT | PN_LOCAL_ESC ;
fragment PERCENT : '%' HEX HEX ;
fragment HEX : [0-9A-Fa-f] ;
fragment PN_LOCAL_ESC
  : '\\' ( '_' | '~' | '.' | '-' | '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '=' | '/' | '?' | '#' | '@' | '%' )
  ;

fragment A_ : [aA] ;
fragment B : [bB] ;
fragment C : [cC] ;
fragment D : [dD] ;
fragment E : [eE] ;
fragment F : [fF] ;
fragment G : [gG] ;
fragment H : [hH] ;
fragment I : [iI] ;
fragment K : [kK] ;
fragment L : [lL] ;
fragment M : [mM] ;
fragment N : [nN] ;
fragment O : [oO] ;
fragment P : [pP] ;
fragment R : [rR] ;
fragment S : [sS] ;
fragment T : [tT] ;
fragment U : [uU] ;
fragment V : [vV] ;
fragment W : [wW] ;
fragment X : [xX] ;
fragment Y : [yY] ;
fragment Z : [zZ] ;
