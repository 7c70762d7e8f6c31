// Everyone who stood for one party, through the Candidacy nodes (no string comparison).
//
// Answers: who stood for $partyId, on which ballots and when, and who was elected? Each
// candidacy is one (:Candidacy) node, (person)-[:STOOD_AS]->(candidacy)-[:ON_BALLOT]->(ballot)
// and -[:ON_BEHALF_OF]->(party) (docs/graph-model.md#candidacies), so this is a traversal from
// the party node: before candidacies, the party was an id string on STOOD_IN and every STOOD_IN
// of the graph had to be read and compared with it. The figures come from the STOOD_IN links
// (the evidence), the first document giving each, as in election-result.cypher.
//
// Parameters:
//   $partyId  an Organisation id, e.g. 'org:labour-party'
//
// Returns one row per candidacy, oldest ballot first (by interval), then by name: ballot {id,
// name, date}, candidate {id, name}, label, votes, elected, docs (the documents telling it).
//
// Example: $partyId = 'org:labour-party' returns Musa Ahmed Jiwa (Preston Town Centre ward,
// 2003-05-01, not elected), Mark Hendrick (Preston, 2005-05-05, elected) and Ian Lavery
// (Wansbeck, 2015-05-07, elected).
MATCH (:Organisation {id: $partyId})<-[:ON_BEHALF_OF]-(c:Candidacy)-[:ON_BALLOT]->(e:Election)
MATCH (p:Person)-[:STOOD_AS]->(c)
WITH e, p, COLLECT { MATCH (p)-[r:STOOD_IN]->(e) RETURN r ORDER BY r.doc, r.key } AS rs
RETURN {id: e.id, name: e.name, date: e.date} AS ballot, {id: p.id, name: p.name} AS candidate,
       [y IN rs WHERE y.label IS NOT NULL | y.label][0] AS label,
       [y IN rs WHERE y.votes IS NOT NULL | y.votes][0] AS votes,
       [y IN rs WHERE y.elected IS NOT NULL | y.elected][0] AS elected,
       [y IN rs | y.doc] AS docs
ORDER BY e.dateFrom, e.dateTo, e.id, p.name
