// Candidates in the same ballot for different parties (or with no party) stood against each
// other. This is never "campaigned with".
MATCH (p1:Person)-[r1:STOOD_IN]->(e:Election)<-[r2:STOOD_IN]-(p2:Person)
WHERE p1.id < p2.id AND (r1.party IS NULL OR r2.party IS NULL OR r1.party <> r2.party)
WITH p1, p2, e ORDER BY e.date
WITH p1, p2, collect(DISTINCT e.id) AS elections, collect(DISTINCT e.date) AS dates
MERGE (p1)-[s:STOOD_AGAINST]->(p2)
SET s.elections = elections, s.dates = dates;
