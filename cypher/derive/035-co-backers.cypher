// People who BACKED the same person, organisation, event, statement or election at the same time
// were on the same side of it (issue 9 §3): one SHARED_ACTIVITY via 'co-backing' per pair, the
// activity being what they backed. "At the same time": each backer's backing runs from the first
// day of its earliest start to the last day of its latest start (by interval), and two backers
// count unless both are dated and those periods do not overlap. Weight 0.5, as for shared
// membership: backing the same thing is weaker evidence than a shared platform, and the two may
// never have met. Dated by the later of the two starts. A backer's part is alleged (withdrawn)
// when all their links are, reviewed when any is. $scope null = every backed entity.
MATCH (t:Entity)
WHERE ($scope IS NULL OR t.id IN $scope) AND EXISTS { (t)<-[:BACKED]-(:Person) }
WITH t ORDER BY t.id
CALL (t) {
  MATCH (t)<-[r:BACKED]-(p:Person)
  WHERE p <> t
  WITH t, p, r ORDER BY r.startFrom, r.start
  WITH t, p, [x IN collect(r) WHERE x.start IS NOT NULL][0] AS first, max(r.startTo) AS until,
       all(x IN collect(r) WHERE coalesce(x.alleged, false)) AS alleged,
       all(x IN collect(r) WHERE coalesce(x.withdrawn, false)) AS withdrawn,
       any(x IN collect(r) WHERE coalesce(x.reviewed, true)) AS reviewed
  WITH t, collect({p: p, start: first.start, since: first.startFrom, sinceTo: first.startTo, until: until,
                   alleged: alleged, withdrawn: withdrawn, reviewed: reviewed}) AS backers
  WHERE size(backers) >= 2 AND size(backers) <= $maxPairwise
  UNWIND backers AS x
  UNWIND backers AS y
  WITH t, x, y
  WHERE x.p.id < y.p.id
    AND (x.since IS NULL OR y.since IS NULL OR (x.since <= y.until AND y.since <= x.until))
  WITH t, x.p AS p1, y.p AS p2, x, y,
       CASE WHEN y.since IS NULL OR (x.since IS NOT NULL AND x.since >= y.since) THEN x ELSE y END AS later
  CREATE (p1)-[:SHARED_ACTIVITY {
    activity: t.id, via: 'co-backing', side: '', date: later.start, dateFrom: later.since, dateTo: later.sinceTo,
    weight: 0.5, alleged: x.alleged OR y.alleged, withdrawn: x.withdrawn OR y.withdrawn, reviewed: x.reviewed AND y.reviewed
  }]->(p2)
}
