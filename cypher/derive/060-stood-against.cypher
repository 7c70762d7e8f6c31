// Candidates in the same ballot for different parties (or with no party) stood against each
// other. This is never "campaigned with".
MATCH (p1:Person)-[r1:STOOD_IN]->(e:Election)<-[r2:STOOD_IN]-(p2:Person)
WHERE p1.id < p2.id AND (r1.party IS NULL OR r2.party IS NULL OR r1.party <> r2.party)
// `elections` and `dates` are parallel lists: one entry per election, '' for an undated one
// (DISTINCT on the dates would drop the second of two elections held on the same day).
WITH DISTINCT p1, p2, e ORDER BY e.date, e.id
WITH p1, p2, collect(e.id) AS elections, collect(coalesce(e.date, '')) AS dates
MERGE (p1)-[s:STOOD_AGAINST]->(p2)
SET s.elections = elections, s.dates = dates;
