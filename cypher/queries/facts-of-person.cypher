// The facts the documents state about one person, each counted once however many tell it.
//
// Answers: what do the documents say about $personId, fact by fact, and how many documents
// tell each? The graph keeps one relationship per document and link (the evidence), so
// count(r) counts evidence, not facts: a fact two documents tell is two relationships
// (docs/graph-model.md#counting-facts-not-evidence). Here the relationships that tell the same
// fact are grouped into one row: the same type between the same two nodes in the same
// direction, with the same role ('' when the type has none). Dates and figures are not part
// of a fact's identity (two documents may date one candidacy to the year and to the day).
// Only evidenced links are read, never MENTIONS or the derived types.
//
// Parameters:
//   $personId  a Person id, e.g. 'person:michael-lavalette'
//
// Returns one row per fact, ordered by relation, then the other node's id, role and direction:
// relation (the link type), outgoing (true when the person is the subject), other {id, name},
// role, documents (the distinct documents that state it, in id order) and evidence (how many
// relationships tell it; more than size(documents) when one document states it twice).
//
// Example: $personId = 'person:michael-lavalette' returns 36 facts told by 37 relationships;
// the one fact told twice is his 2024 candidacy in Preston (STOOD_IN
// parl.preston.2024-07-04, documents doc:001_7390ba2169d19db4 and doc:003_602ecd93bfef7ec0),
// and George Galloway's alleged backing is an incoming fact (outgoing false).
MATCH (p:Person {id: $personId})-[r:MEMBER_OF|HELD_POSITION|STUDIED_AT|PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED|STOOD_IN|BACKED|INTERVIEWED|WROTE_FOR|APPOINTED|PART_OF|ALLIED_WITH|OPPOSED]-(other)
WITH type(r) AS relation, startNode(r) = p AS outgoing, other, coalesce(r.role, '') AS role, r
ORDER BY r.doc
WITH relation, outgoing, other, role, collect(r.doc) AS docs
RETURN relation, outgoing, {id: other.id, name: other.name} AS other, role,
       reduce(d = [], x IN docs | CASE WHEN x IN d THEN d ELSE d + x END) AS documents,
       size(docs) AS evidence
ORDER BY relation, other.id, role, outgoing
