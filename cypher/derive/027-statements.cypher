// Co-signatories and co-authors of a statement campaigned together (weight 1.0; a withdrawn
// signature weighs 0.5), one SHARED_ACTIVITY per pair and statement, one statement at a time in
// id order. Alleged/withdrawn/reviewed as in 020-events. $scope null = every statement.
MATCH (a:Statement)
WHERE $scope IS NULL OR a.id IN $scope
WITH a ORDER BY a.id
CALL (a) {
  MATCH (a)<-[r:SIGNED|AUTHORED]-(p:Person)
  WITH a, p, collect(r) AS rs
  WITH a, p, all(r IN rs WHERE coalesce(r.withdrawn, false)) AS withdrawn,
       all(r IN rs WHERE coalesce(r.alleged, false)) AS alleged,
       any(r IN rs WHERE coalesce(r.reviewed, true)) AS reviewed
  WITH a, collect({p: p, weight: CASE WHEN withdrawn THEN 0.5 ELSE 1.0 END, alleged: alleged, withdrawn: withdrawn, reviewed: reviewed}) AS side
  WHERE size(side) >= 2 AND size(side) <= $maxPairwise
  UNWIND side AS x
  UNWIND side AS y
  WITH a, x, y
  WHERE x.p.id < y.p.id
  WITH a, x.p AS p1, y.p AS p2, x, y
  CREATE (p1)-[:SHARED_ACTIVITY {
    activity: a.id, via: 'statement', side: '', date: a.date, dateFrom: a.dateFrom, dateTo: a.dateTo,
    weight: CASE WHEN x.weight < y.weight THEN x.weight ELSE y.weight END,
    alleged: x.alleged OR y.alleged, withdrawn: x.withdrawn OR y.withdrawn, reviewed: x.reviewed AND y.reviewed
  }]->(p2)
}
