// Candidates in the same ballot for different parties (or with no party) stood against each
// other; this is never "campaigned with". Driven by the lower-id candidate so each pair's
// elections are gathered in one subquery. `elections` and `dates` are parallel lists, one entry
// per election, '' for an undated one. $scope null = every candidate; else the $candidates of
// the scoped elections (and of the ballots of scoped groups).
MATCH (p1:Person)
WHERE EXISTS { (p1)-[:STOOD_IN]->(:Election) } AND ($scope IS NULL OR p1.id IN $candidates)
CALL (p1) {
  MATCH (p1)-[r1:STOOD_IN]->(e:Election)<-[r2:STOOD_IN]-(p2:Person)
  WHERE p1.id < p2.id AND (r1.party IS NULL OR r2.party IS NULL OR r1.party <> r2.party)
  WITH DISTINCT p1, p2, e ORDER BY e.date, e.id
  WITH p1, p2, collect(e.id) AS elections, collect(coalesce(e.date, '')) AS dates
  MERGE (p1)-[s:STOOD_AGAINST]->(p2)
  SET s.elections = elections, s.dates = dates
}
