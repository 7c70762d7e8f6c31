// Members or officers of the same campaign, alliance, slate or parliamentary group ($campaignKinds)
// campaigned together unless their periods are known not to overlap. Weight 0.5: shared
// membership is weaker evidence than a shared platform. One organisation at a time; $scope null =
// every organisation.
MATCH (o:Organisation)
WHERE o.kind IN $campaignKinds AND ($scope IS NULL OR o.id IN $scope)
WITH o ORDER BY o.id
CALL (o) {
  MATCH (o)<-[r:MEMBER_OF|HELD_POSITION]-(p:Person)
  WITH o, p, min(coalesce(r.start, '')) AS since, max(coalesce(r.end, '9999')) AS until
  WITH o, collect({p: p, since: since, until: until}) AS members
  WHERE size(members) >= 2 AND size(members) <= $maxPairwise
  UNWIND members AS x
  UNWIND members AS y
  WITH o, x, y
  WHERE x.p.id < y.p.id
    AND (x.since = '' OR x.since <= y.until)
    AND (y.since = '' OR y.since <= x.until)
  WITH o, x.p AS p1, y.p AS p2, CASE WHEN x.since > y.since THEN x.since ELSE y.since END AS date
  MERGE (p1)-[c:CAMPAIGNED_WITH]->(p2)
  ON CREATE SET c.activities = [], c.via = [], c.sides = [], c.dates = [], c.weights = [], c.alleged = [], c.withdrawn = []
  SET c.activities = c.activities + o.id, c.via = c.via + 'campaign', c.sides = c.sides + '',
      c.dates = c.dates + date, c.weights = c.weights + 0.5,
      c.alleged = c.alleged + false, c.withdrawn = c.withdrawn + false
}
