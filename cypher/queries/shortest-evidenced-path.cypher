// The shortest evidenced path between two entities (usually two people).
//
// Answers: how is $fromId connected to $toId through what the documents actually say? Only the
// evidenced link types are followed (MEMBER_OF, HELD_POSITION, STUDIED_AT, PARTICIPATED_IN,
// SIGNED, AUTHORED, ISSUED, STOOD_IN, BACKED, INTERVIEWED, WROTE_FOR, APPOINTED, PART_OF,
// ALLIED_WITH, OPPOSED), in either direction, never MENTIONS (a document naming two things is
// not a connection) nor the derived CAMPAIGNED_WITH / STOOD_AGAINST. At most 12 hops.
// Where several paths are equally short, Neo4j returns one of them.
//
// Parameters:
//   $fromId  an entity id, e.g. 'person:michael-lavalette'
//   $toId    another entity id, e.g. 'person:ian-lavery'
//
// Returns one row (none when there is no such path): length, the ids along the path, and hops,
// one per relationship in path order: {type, from, to, forward, doc, quotes, role, start, end,
// alleged, withdrawn, note}, where from/to are the relationship's own ends (its direction) and
// `forward` says whether it points along the path.
//
// Example: $fromId = 'person:michael-lavalette', $toId = 'person:ian-lavery' returns a path of
// length 2 through org:labour-party: Lavalette MEMBER_OF Labour ("Lavalette originally joined
// his local Labour Party in North Ayrshire at the age of 16 in 1979", 1979 to 1981-01) and
// Lavery MEMBER_OF Labour (document 004).
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
WHERE a <> b
MATCH p = shortestPath((a)-[:MEMBER_OF|HELD_POSITION|STUDIED_AT|PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED|STOOD_IN|BACKED|INTERVIEWED|WROTE_FOR|APPOINTED|PART_OF|ALLIED_WITH|OPPOSED*..12]-(b))
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS length,
       [n IN ns | n.id] AS ids,
       [n IN ns | n.name] AS names,
       [i IN range(0, size(rs) - 1) | {
          type: type(rs[i]), from: startNode(rs[i]).id, to: endNode(rs[i]).id,
          forward: startNode(rs[i]) = ns[i],
          doc: rs[i].doc, quotes: rs[i].quotes,
          role: rs[i].role, start: rs[i].start, end: rs[i].end,
          alleged: rs[i].alleged, withdrawn: rs[i].withdrawn, note: rs[i].note
       }] AS hops
