// The full result of one election (one ballot, or an election group).
//
// Answers: who stood in $electionId, with what label, votes, share and change, who was elected,
// and what were the majority, turnout and swing, and who backed whom? Reads the Candidacy
// nodes (docs/graph-model.md#candidacies): one per person and ballot however many documents
// tell it, with its party (ON_BEHALF_OF) and backers (BACKED_CANDIDACY) as relationships; each
// figure is taken from the first of its STOOD_IN links (the evidence) that gives it.
//
// Parameters:
//   $electionId  an Election id, e.g. 'parl.preston.2005-05-05' or
//                'local.preston.town-centre.2003-05-01'
//
// Returns one row (none for an unknown id): the election (id, name, kind, body, area, date,
// dateInferred, seats, majority, majorityPct, turnout, turnoutPct, turnoutChange, swing,
// result), its group (PART_OF) and ballots (the elections PART_OF it), and candidacies: those
// of the election itself and, for a group, of its ballots, ordered by ballot, then votes
// (highest first), then rank, then name: [{ballot, id, name, label, party (the party's id),
// votes, share, shareChange, rank, elected, docs, backers: [{id, alleged}]}].
//
// Example: $electionId = 'parl.preston.2005-05-05' returns Mark Hendrick (Labour Co-op,
// 17,210, 50.5%, -6.5, elected), Fiona Bryce (Conservative, 7,803, 22.9%, -0.1), William
// Parkinson (Liberal Democrat, 5,701, 16.7%, +3.5), Michael Lavalette (Respect, 2,318, 6.8%,
// +6.8) and Ellen Boardman (UKIP, 1,049, 3.1%, +3.1); majority 9,407 (21.6%), turnout 34,081
// (53.8%, +4.6), swing -3.2, result "Labour Co-op hold". For
// 'local.preston.town-centre.2003-05-01', Lavalette's candidacy (Socialist Alliance, elected)
// has one backer, George Galloway, alleged.
MATCH (e:Election {id: $electionId})
OPTIONAL MATCH (e)-[:PART_OF]->(g:Election)
OPTIONAL MATCH (p:Person)-[:STOOD_AS]->(c:Candidacy)-[:ON_BALLOT]->(x:Election)
WHERE x = e OR (x)-[:PART_OF]->(e)
WITH e, g, x, p, c, COLLECT { MATCH (p)-[r:STOOD_IN]->(x) RETURN r ORDER BY r.doc, r.key } AS rs
WITH e, g, x, p, c, rs,
     [y IN rs WHERE y.votes IS NOT NULL | y.votes][0] AS votes,
     [y IN rs WHERE y.rank IS NOT NULL | y.rank][0] AS rank
ORDER BY x.id, coalesce(votes, -1) DESC, coalesce(rank, 1000000), p.name
WITH e, g, collect(CASE WHEN c IS NULL THEN null ELSE {
       ballot: x.id, id: p.id, name: p.name,
       label: [y IN rs WHERE y.label IS NOT NULL | y.label][0],
       party: COLLECT { MATCH (c)-[:ON_BEHALF_OF]->(o:Organisation) RETURN o.id ORDER BY o.id }[0],
       votes: votes,
       share: [y IN rs WHERE y.share IS NOT NULL | y.share][0],
       shareChange: [y IN rs WHERE y.shareChange IS NOT NULL | y.shareChange][0],
       rank: rank,
       elected: [y IN rs WHERE y.elected IS NOT NULL | y.elected][0],
       docs: [y IN rs | y.doc],
       backers: COLLECT { MATCH (b)-[k:BACKED_CANDIDACY]->(c) RETURN {id: b.id, alleged: k.alleged} AS backer ORDER BY backer.id }
     } END) AS candidacies
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.body AS body, e.area AS area,
       e.date AS date, e.dateInferred AS dateInferred, e.seats AS seats,
       e.majority AS majority, e.majorityPct AS majorityPct,
       e.turnout AS turnout, e.turnoutPct AS turnoutPct, e.turnoutChange AS turnoutChange,
       e.swing AS swing, e.result AS result,
       g.id AS partOf,
       [(b:Election)-[:PART_OF]->(e) | b.id] AS ballots,
       candidacies
