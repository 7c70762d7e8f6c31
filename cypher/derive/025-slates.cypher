// Candidates for the same party in the same election (or election group) campaigned together
// (weight 1.0). The slate's activity is the group's (or lone election's) id; its side is the
// party's id. Dated by the earliest ballot (by interval): the ballots of one group may carry
// different dates ("2025-05" and "2025-05-01"). A candidacy is reviewed when any link stating it
// is. $scope null = every slate.
MATCH (p:Person)-[r:STOOD_IN]->(e:Election)
WHERE r.party IS NOT NULL
OPTIONAL MATCH (e)-[:PART_OF]->(g:Election)
WITH coalesce(g, e) AS scope, r.party AS party, p, e, r
WHERE $scope IS NULL OR scope.id IN $scope
WITH scope, party, p, e, r ORDER BY e.dateFrom, e.date
WITH scope, party, p, collect(e)[0] AS e, any(x IN collect(r) WHERE coalesce(x.reviewed, true)) AS reviewed
WITH scope, party, p, e, reviewed ORDER BY e.dateFrom, e.date
WITH scope.id AS activity, party, collect(e)[0] AS first, collect({p: p, reviewed: reviewed}) AS side
WHERE size(side) >= 2 AND size(side) <= $maxPairwise
WITH activity, party, first, side ORDER BY activity, party
CALL (activity, party, first, side) {
  UNWIND side AS x
  UNWIND side AS y
  WITH activity, party, first, x, y
  WHERE x.p.id < y.p.id
  WITH activity, party, first, x.p AS p1, y.p AS p2, x.reviewed AND y.reviewed AS reviewed
  CREATE (p1)-[:SHARED_ACTIVITY {
    activity: activity, via: 'slate', side: party, date: first.date, dateFrom: first.dateFrom, dateTo: first.dateTo,
    weight: 1.0, alleged: false, withdrawn: false, reviewed: reviewed
  }]->(p2)
}
