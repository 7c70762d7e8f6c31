// Who shared the most platforms with whom: the strongest CAMPAIGNED_WITH pairs.
//
// Answers: which pairs of people campaigned together most often? Ranks pairs by sharedCount
// (number of shared activities), then strength (sum of the activity weights), then names.
// `platforms` counts the shared events where both were on the platform (speaker, chair, host,
// organiser or sponsor: weight 1.0). With no $via the figures are read from each pair's
// CAMPAIGNED_WITH summary (sharedCount, strength, platforms, firstDate, lastDate: one
// relationship per pair, no aggregation); with a $via they are computed from the pair's
// SHARED_ACTIVITY relationships of that kind (one per pair and shared activity, see
// docs/graph-model.md#co-campaigning), so one kind can be counted alone. Either way the
// activities are read for the returned pairs only. Each branch starts from the parameter, so
// the branch not asked for reads nothing.
//
// Parameters:
//   $limit  how many pairs to return (an integer, e.g. 5)
//   $via    null for every kind of activity, or one of 'event', 'statement', 'slate',
//           'backing', 'campaign' to count only that kind
//
// Returns: person1 {id, name}, person2 {id, name} (person1.id < person2.id), sharedCount,
// strength, platforms, firstDate, lastDate (the dates whose intervals start first and end last),
// and the counted activities' ids, in id order.
//
// Example: $limit = 3, $via = null returns Ian Lavery and Richard Burgon (11 shared activities,
// strength 8.5, 5 platforms, 2015 to 2022-04-30), Ian Lavery and John McDonnell (10, 8.5) and
// John McDonnell and Richard Burgon (8, 7.0).
CALL () {
  WITH $via AS via WHERE via IS NULL
  MATCH (a:Person)-[c:CAMPAIGNED_WITH]->(b:Person)
  RETURN a, b, c.sharedCount AS sharedCount, c.strength AS strength, c.platforms AS platforms,
         c.firstDate AS firstDate, c.lastDate AS lastDate
  UNION ALL
  WITH $via AS via WHERE via IS NOT NULL
  MATCH (a:Person)-[s:SHARED_ACTIVITY {via: via}]->(b:Person)
  WITH a, b, collect(s) AS counted
  WITH a, b, counted, [s IN counted WHERE s.dateFrom IS NOT NULL] AS dated
  RETURN a, b, size(counted) AS sharedCount,
         reduce(t = 0.0, s IN counted | t + s.weight) AS strength,
         size([s IN counted WHERE s.via = 'event' AND s.weight = 1.0]) AS platforms,
         reduce(m = null, s IN dated | CASE WHEN m IS NULL OR s.dateFrom < m.dateFrom OR (s.dateFrom = m.dateFrom AND s.dateTo < m.dateTo) THEN s ELSE m END).date AS firstDate,
         reduce(m = null, s IN dated | CASE WHEN m IS NULL OR s.dateTo > m.dateTo OR (s.dateTo = m.dateTo AND s.dateFrom > m.dateFrom) THEN s ELSE m END).date AS lastDate
}
WITH a, b, sharedCount, strength, platforms, firstDate, lastDate
ORDER BY sharedCount DESC, strength DESC, a.name, b.name
LIMIT toInteger($limit)
RETURN {id: a.id, name: a.name} AS person1, {id: b.id, name: b.name} AS person2,
       sharedCount, strength, platforms, firstDate, lastDate,
       COLLECT {
         MATCH (a)-[s:SHARED_ACTIVITY]->(b) WHERE $via IS NULL OR s.via = $via
         WITH s ORDER BY s.activity, s.via, s.side
         RETURN s.activity
       } AS activities
ORDER BY sharedCount DESC, strength DESC, person1.name, person2.name
