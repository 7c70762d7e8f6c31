// Members or officers of the same campaign, alliance, slate or parliamentary group ($campaignKinds)
// campaigned together unless their periods are known not to overlap (by interval: a member's
// period runs from its earliest start's first day to its latest end's last day, open at an end
// that any of its links leaves unknown). Weight 0.5: shared membership is weaker evidence than a shared platform.
// Dated by the later of the two starts. One organisation at a time; $scope null = every one.
MATCH (o:Organisation)
WHERE o.kind IN $campaignKinds AND ($scope IS NULL OR o.id IN $scope)
WITH o ORDER BY o.id
CALL (o) {
  MATCH (o)<-[r:MEMBER_OF|HELD_POSITION]-(p:Person)
  WITH o, p, r ORDER BY r.startFrom, r.start
  WITH o, p, CASE WHEN any(x IN collect(r) WHERE x.start IS NULL) THEN null ELSE collect(r)[0] END AS first,
       CASE WHEN any(x IN collect(r) WHERE x.end IS NULL) THEN null ELSE max(r.endTo) END AS until,
       any(x IN collect(r) WHERE coalesce(x.reviewed, true)) AS reviewed
  WITH o, collect({p: p, start: first.start, since: first.startFrom, sinceTo: first.startTo, until: until, reviewed: reviewed}) AS members
  WHERE size(members) >= 2 AND size(members) <= $maxPairwise
  UNWIND members AS x
  UNWIND members AS y
  WITH o, x, y
  WHERE x.p.id < y.p.id
    AND (x.since IS NULL OR y.until IS NULL OR x.since <= y.until)
    AND (y.since IS NULL OR x.until IS NULL OR y.since <= x.until)
  WITH o, x.p AS p1, y.p AS p2, x.reviewed AND y.reviewed AS reviewed,
       CASE WHEN y.since IS NULL OR (x.since IS NOT NULL AND x.since >= y.since) THEN x ELSE y END AS later
  CREATE (p1)-[:SHARED_ACTIVITY {
    activity: o.id, via: 'campaign', side: '', date: later.start, dateFrom: later.since, dateTo: later.sinceTo,
    weight: 0.5, alleged: false, withdrawn: false, reviewed: reviewed
  }]->(p2)
}
