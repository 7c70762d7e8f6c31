// Who campaigned with whom through an event: one CAMPAIGNED_WITH relationship per pair of
// people (from the lower id to the higher), whose parallel lists get one entry per shared
// activity. Platform roles ($platformRoles: speaker, chair, host, organiser, sponsor) weigh 1.0;
// guest, attendee and pictured 0.5; a pair gets the lower of its two weights. At a hustings only
// organisers, hosts and chairs count, since candidates there are opponents. Activities with more
// than $maxPairwise people are not expanded pairwise (hubs stay queryable by traversal).
// One event per subquery row, in id order ($scope null = every event), so the batched runner can
// commit every $activitiesPerTx events.
MATCH (a:Event)
WHERE $scope IS NULL OR a.id IN $scope
WITH a ORDER BY a.id
CALL (a) {
  MATCH (a)<-[r:PARTICIPATED_IN]-(p:Person)
  WHERE a.kind <> 'hustings' OR r.role IN ['organiser', 'host', 'chair']
  WITH a, p, collect(r) AS rs
  WITH a, p,
       reduce(w = 0.0, r IN rs | CASE WHEN r.role IN $platformRoles THEN 1.0 WHEN w > 0.5 THEN w ELSE 0.5 END) AS weight,
       all(r IN rs WHERE coalesce(r.alleged, false)) AS alleged,
       all(r IN rs WHERE coalesce(r.withdrawn, false)) AS withdrawn
  WITH a, collect({p: p, weight: weight, alleged: alleged, withdrawn: withdrawn}) AS side
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
  SET c.activities = c.activities + a.id, c.via = c.via + 'event', c.sides = c.sides + '',
      c.dates = c.dates + coalesce(a.date, ''), c.weights = c.weights + weight,
      c.alleged = c.alleged + alleged, c.withdrawn = c.withdrawn + withdrawn
}
