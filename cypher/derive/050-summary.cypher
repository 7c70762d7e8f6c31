// Per pair of people with a SHARED_ACTIVITY (lower id first): one CAMPAIGNED_WITH summary for
// ranking, with scalar properties only: sharedCount, strength (sum of weights), firstDate and
// lastDate (the partial dates whose intervals start first and end last; firstFrom/lastTo their
// ends as native dates), platforms (events where both were on the platform), and how many of
// the shared activities are alleged, withdrawn or unreviewed. The summary is deleted and
// written again, so a pair left with no shared activity loses it. $scope null = every pair;
// else the pairs of $people (everyone linked to a scoped activity or who had a SHARED_ACTIVITY
// of one, see 005-scope).
MATCH (p:Person)-[:SHARED_ACTIVITY|CAMPAIGNED_WITH]-(q:Person)
WHERE $scope IS NULL OR p.id IN $people
WITH DISTINCT CASE WHEN p.id < q.id THEN p ELSE q END AS a, CASE WHEN p.id < q.id THEN q ELSE p END AS b
CALL (a, b) {
  CALL (a, b) {
    MATCH (a)-[old:CAMPAIGNED_WITH]->(b)
    DELETE old
  }
  MATCH (a)-[s:SHARED_ACTIVITY]->(b)
  WITH a, b, collect(s) AS ss
  WITH a, b, ss,
       reduce(m = null, s IN ss | CASE WHEN s.dateFrom IS NOT NULL AND (m IS NULL OR s.dateFrom < m.dateFrom OR (s.dateFrom = m.dateFrom AND s.dateTo < m.dateTo)) THEN s ELSE m END) AS first,
       reduce(m = null, s IN ss | CASE WHEN s.dateTo IS NOT NULL AND (m IS NULL OR s.dateTo > m.dateTo OR (s.dateTo = m.dateTo AND s.dateFrom > m.dateFrom)) THEN s ELSE m END) AS last
  CREATE (a)-[:CAMPAIGNED_WITH {
    sharedCount: size(ss),
    strength: reduce(t = 0.0, s IN ss | t + s.weight),
    firstDate: first.date, firstFrom: first.dateFrom, lastDate: last.date, lastTo: last.dateTo,
    platforms: size([s IN ss WHERE s.via = 'event' AND s.weight = 1.0]),
    allegedCount: size([s IN ss WHERE s.alleged]),
    withdrawnCount: size([s IN ss WHERE s.withdrawn]),
    unreviewedCount: size([s IN ss WHERE NOT s.reviewed])
  }]->(b)
}
