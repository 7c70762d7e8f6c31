// Who campaigned with whom: one CAMPAIGNED_WITH relationship per pair of people (from the lower
// id to the higher), listing the activities where both took part on the same side:
//   event      platform roles (speaker, chair, host, organiser, sponsor) weigh 1.0; guest,
//              attendee and pictured weigh 0.5. At a hustings only organisers, hosts and chairs
//              count, since candidates there are opponents.
//   statement  co-signatories and co-authors weigh 1.0; a withdrawn signature weighs 0.5.
//   slate      candidates for the same party or slate in the same election (or election group).
//   backing    a person who backed another (an alleged backing weighs 0.5).
//   campaign   members or officers of the same campaign, alliance, slate or parliamentary group,
//              unless their periods are known not to overlap (0.5).
// Activities with more than $maxPairwise people are not expanded pairwise (hubs stay queryable
// by traversal), so one huge letter cannot create a quadratic number of relationships.
CALL {
  MATCH (a:Event)<-[r:PARTICIPATED_IN]-(p:Person)
  WHERE a.kind <> 'hustings' OR r.role IN ['organiser', 'host', 'chair']
  WITH a, p, collect(r) AS rs
  WITH a, p,
       reduce(w = 0.0, r IN rs | CASE WHEN r.role IN $platformRoles THEN 1.0 WHEN w > 0.5 THEN w ELSE 0.5 END) AS weight,
       all(r IN rs WHERE coalesce(r.alleged, false)) AS alleged,
       all(r IN rs WHERE coalesce(r.withdrawn, false)) AS withdrawn
  RETURN a.id AS activity, 'event' AS via, a.date AS date, p, weight, alleged, withdrawn
  UNION ALL
  MATCH (a:Statement)<-[r:SIGNED|AUTHORED]-(p:Person)
  WITH a, p, collect(r) AS rs
  WITH a, p, all(r IN rs WHERE coalesce(r.withdrawn, false)) AS withdrawn,
       all(r IN rs WHERE coalesce(r.alleged, false)) AS alleged
  RETURN a.id AS activity, 'statement' AS via, a.date AS date, p,
         CASE WHEN withdrawn THEN 0.5 ELSE 1.0 END AS weight, alleged, withdrawn
  UNION ALL
  MATCH (p:Person)-[r:STOOD_IN]->(e:Election)
  WHERE r.party IS NOT NULL
  OPTIONAL MATCH (e)-[:PART_OF]->(g:Election)
  WITH coalesce(g, e) AS scope, r.party AS party, p, min(e.date) AS date
  RETURN scope.id + '|' + party AS activity, 'slate' AS via, date, p, 1.0 AS weight, false AS alleged, false AS withdrawn
}
// Grouped by activity only: the candidates of one slate may carry different ballot dates (one
// ballot of a group dated "2025-05", another "2025-05-01"), and grouping by date would split them.
WITH activity, via, min(date) AS date, collect({p: p, weight: weight, alleged: alleged, withdrawn: withdrawn}) AS side
WHERE size(side) >= 2 AND size(side) <= $maxPairwise
UNWIND side AS x
UNWIND side AS y
WITH activity, via, date, x, y
WHERE x.p.id < y.p.id
WITH x.p AS p1, y.p AS p2, activity, via, date,
     CASE WHEN x.weight < y.weight THEN x.weight ELSE y.weight END AS weight,
     x.alleged OR y.alleged AS alleged, x.withdrawn OR y.withdrawn AS withdrawn
ORDER BY activity
WITH p1, p2, collect({activity: activity, via: via, date: date, weight: weight, alleged: alleged, withdrawn: withdrawn}) AS shared
MERGE (p1)-[c:CAMPAIGNED_WITH]->(p2)
SET c.activities = [s IN shared | split(s.activity, '|')[0]],
    c.via = [s IN shared | s.via],
    c.sides = [s IN shared | coalesce(split(s.activity, '|')[1], '')],
    c.dates = [s IN shared | coalesce(s.date, '')],
    c.weights = [s IN shared | s.weight],
    c.alleged = [s IN shared | s.alleged],
    c.withdrawn = [s IN shared | s.withdrawn];
