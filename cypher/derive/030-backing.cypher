// A backer and the person backed campaigned together. The shared activity is the election the
// backing was for, when the link names one, else the person backed; it is dated by the
// election, else by the backing's start (the earliest, by interval, when several links back).
// Alleged or withdrawn backing weighs 0.5. $scope null = every backing; else the backings whose
// activity id is in $scope.
MATCH (b:Person)-[r:BACKED]->(c:Person)
WHERE b <> c
OPTIONAL MATCH (e:Election {id: r.election})
WITH CASE WHEN b.id < c.id THEN b ELSE c END AS p1, CASE WHEN b.id < c.id THEN c ELSE b END AS p2,
     coalesce(e.id, c.id) AS activity, r, e
WHERE $scope IS NULL OR activity IN $scope
WITH p1, p2, activity, r,
     CASE WHEN e IS NULL THEN {date: r.start, from: r.startFrom, to: r.startTo} ELSE {date: e.date, from: e.dateFrom, to: e.dateTo} END AS d
ORDER BY d.from, d.date
WITH p1, p2, activity, [x IN collect(d) WHERE x.date IS NOT NULL][0] AS d,
     all(x IN collect(r) WHERE coalesce(x.alleged, false)) AS alleged,
     all(x IN collect(r) WHERE coalesce(x.withdrawn, false)) AS withdrawn,
     any(x IN collect(r) WHERE coalesce(x.reviewed, true)) AS reviewed
CALL (p1, p2, activity, d, alleged, withdrawn, reviewed) {
  CREATE (p1)-[:SHARED_ACTIVITY {
    activity: activity, via: 'backing', side: '', date: d.date, dateFrom: d.from, dateTo: d.to,
    weight: CASE WHEN alleged OR withdrawn THEN 0.5 ELSE 1.0 END,
    alleged: alleged, withdrawn: withdrawn, reviewed: reviewed
  }]->(p2)
}
