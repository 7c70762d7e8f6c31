// Batched form of the event branch of derive/020-shared-activities.cypher, with the same
// weights, hustings rule and $maxPairwise limit. One event at a time (in id order, several per
// transaction), so the pairs of an activity are never all held in memory together with those of
// every other activity. Each shared activity is appended to the pair's lists; since events are
// visited in id order, then slates, then statements ('event:' < election ids < 'statement:'),
// the lists end up in the same order as the atomic derivation's ORDER BY activity.
MATCH (a:Event)
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
} IN TRANSACTIONS OF $activitiesPerTx ROWS;
