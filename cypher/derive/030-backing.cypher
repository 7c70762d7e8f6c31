// A backer and the person backed campaigned together. The shared activity is the election the
// backing was for, when the link names one, else the person backed. Alleged or withdrawn backing
// weighs 0.5. $scope null = every backing; else the backings whose activity id is in $scope.
MATCH (b:Person)-[r:BACKED]->(c:Person)
WHERE b <> c
OPTIONAL MATCH (e:Election {id: r.election})
WITH CASE WHEN b.id < c.id THEN b ELSE c END AS p1, CASE WHEN b.id < c.id THEN c ELSE b END AS p2,
     coalesce(e.id, c.id) AS activity, coalesce(e.date, r.start) AS date,
     coalesce(r.alleged, false) AS alleged, coalesce(r.withdrawn, false) AS withdrawn
WHERE $scope IS NULL OR activity IN $scope
WITH p1, p2, activity, min(date) AS date, all(x IN collect(alleged) WHERE x) AS alleged, all(x IN collect(withdrawn) WHERE x) AS withdrawn
CALL (p1, p2, activity, date, alleged, withdrawn) {
  MERGE (p1)-[c:CAMPAIGNED_WITH]->(p2)
  ON CREATE SET c.activities = [], c.via = [], c.sides = [], c.dates = [], c.weights = [], c.alleged = [], c.withdrawn = []
  SET c.activities = c.activities + activity, c.via = c.via + 'backing', c.sides = c.sides + '',
      c.dates = c.dates + coalesce(date, ''), c.weights = c.weights + CASE WHEN alleged OR withdrawn THEN 0.5 ELSE 1.0 END,
      c.alleged = c.alleged + alleged, c.withdrawn = c.withdrawn + withdrawn
}
