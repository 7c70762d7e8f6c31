// Batched form of derive/060-stood-against.cypher, driven by the lower-id candidate so that each
// pair's elections are all gathered within one transaction.
MATCH (p1:Person)
WHERE EXISTS { (p1)-[:STOOD_IN]->(:Election) }
CALL (p1) {
  MATCH (p1)-[r1:STOOD_IN]->(e:Election)<-[r2:STOOD_IN]-(p2:Person)
  WHERE p1.id < p2.id AND (r1.party IS NULL OR r2.party IS NULL OR r1.party <> r2.party)
  WITH DISTINCT p1, p2, e ORDER BY e.date, e.id
  WITH p1, p2, collect(e.id) AS elections, collect(coalesce(e.date, '')) AS dates
  MERGE (p1)-[s:STOOD_AGAINST]->(p2)
  SET s.elections = elections, s.dates = dates
} IN TRANSACTIONS OF $activitiesPerTx ROWS;
