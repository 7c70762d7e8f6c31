// Co-signatories and co-authors of a statement campaigned together (weight 1.0; a withdrawn
// signature weighs 0.5), one statement at a time in id order. $scope null = every statement.
MATCH (a:Statement)
WHERE $scope IS NULL OR a.id IN $scope
WITH a ORDER BY a.id
CALL (a) {
  MATCH (a)<-[r:SIGNED|AUTHORED]-(p:Person)
  WITH a, p, collect(r) AS rs
  WITH a, p, all(r IN rs WHERE coalesce(r.withdrawn, false)) AS withdrawn,
       all(r IN rs WHERE coalesce(r.alleged, false)) AS alleged
  WITH a, collect({p: p, weight: CASE WHEN withdrawn THEN 0.5 ELSE 1.0 END, alleged: alleged, withdrawn: withdrawn}) AS side
  WHERE size(side) >= 2 AND size(side) <= $maxPairwise
  UNWIND side AS x
  UNWIND side AS y
  WITH a, x, y
  WHERE x.p.id < y.p.id
  WITH a, x.p AS p1, y.p AS p2,
       CASE WHEN x.weight < y.weight THEN x.weight ELSE y.weight END AS weight,
       x.alleged OR y.alleged AS alleged, x.withdrawn OR y.withdrawn AS withdrawn
  MERGE (p1)-[c:CAMPAIGNED_WITH]->(p2)
  ON CREATE SET c.activities = [], c.via = [], c.sides = [], c.dates = [], c.weights = [], c.alleged = [], c.withdrawn = []
  SET c.activities = c.activities + a.id, c.via = c.via + 'statement', c.sides = c.sides + '',
      c.dates = c.dates + coalesce(a.date, ''), c.weights = c.weights + weight,
      c.alleged = c.alleged + alleged, c.withdrawn = c.withdrawn + withdrawn
}
