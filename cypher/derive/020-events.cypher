// Who campaigned with whom through an event: one SHARED_ACTIVITY relationship per pair of people
// (from the lower id to the higher) and event, with scalar properties (docs/graph-model.md).
// Platform roles ($platformRoles: speaker, chair, host, organiser, sponsor) weigh 1.0; guest,
// attendee and pictured 0.5; a pair gets the lower of its two weights. At a hustings only
// organisers, hosts and chairs count, since candidates there are opponents. A person's part is
// alleged (withdrawn) when every link stating it is, and reviewed when any link stating it is
// (links of drafts store reviewed:false; absent = reviewed). Activities with more than
// $maxPairwise people are not expanded pairwise (hubs stay queryable by traversal).
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
       all(r IN rs WHERE coalesce(r.withdrawn, false)) AS withdrawn,
       any(r IN rs WHERE coalesce(r.reviewed, true)) AS reviewed
  WITH a, collect({p: p, weight: weight, alleged: alleged, withdrawn: withdrawn, reviewed: reviewed}) AS side
  WHERE size(side) >= 2 AND size(side) <= $maxPairwise
  UNWIND side AS x
  UNWIND side AS y
  WITH a, x, y
  WHERE x.p.id < y.p.id
  WITH a, x.p AS p1, y.p AS p2, x, y
  CREATE (p1)-[:SHARED_ACTIVITY {
    activity: a.id, via: 'event', side: '', date: a.date, dateFrom: a.dateFrom, dateTo: a.dateTo,
    weight: CASE WHEN x.weight < y.weight THEN x.weight ELSE y.weight END,
    alleged: x.alleged OR y.alleged, withdrawn: x.withdrawn OR y.withdrawn, reviewed: x.reviewed AND y.reviewed
  }]->(p2)
}
