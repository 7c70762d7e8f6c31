// Candidates for the same party in the same election (or election group) campaigned together
// (weight 1.0). The slate's activity id is the group's (or lone election's) id; its side is the
// party. Grouped by activity only, with the earliest ballot date: the ballots of one group may
// carry different dates ("2025-05" and "2025-05-01"). $scope null = every slate.
MATCH (p:Person)-[r:STOOD_IN]->(e:Election)
WHERE r.party IS NOT NULL
OPTIONAL MATCH (e)-[:PART_OF]->(g:Election)
WITH coalesce(g, e) AS scope, r.party AS party, p, min(e.date) AS date
WHERE $scope IS NULL OR scope.id IN $scope
WITH scope.id + '|' + party AS activity, min(date) AS date, collect(p) AS side
WHERE size(side) >= 2 AND size(side) <= $maxPairwise
WITH activity, date, side ORDER BY activity
CALL (activity, date, side) {
  UNWIND side AS p1
  UNWIND side AS p2
  WITH activity, date, p1, p2
  WHERE p1.id < p2.id
  MERGE (p1)-[c:CAMPAIGNED_WITH]->(p2)
  ON CREATE SET c.activities = [], c.via = [], c.sides = [], c.dates = [], c.weights = [], c.alleged = [], c.withdrawn = []
  SET c.activities = c.activities + split(activity, '|')[0], c.via = c.via + 'slate',
      c.sides = c.sides + coalesce(split(activity, '|')[1], ''), c.dates = c.dates + coalesce(date, ''),
      c.weights = c.weights + 1.0, c.alleged = c.alleged + false, c.withdrawn = c.withdrawn + false
}
