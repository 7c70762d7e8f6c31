// Given $doc and the $keys its extraction file holds now, deletes the links that file no longer
// holds, so re-importing an edited file leaves exactly its current facts.
MATCH ()-[r]->()
WHERE r.doc = $doc AND r.key IS NOT NULL AND NOT r.key IN $keys
DELETE r;

// Given $doc and the $entityIds it names now, forgets mentions it no longer makes.
MATCH (:Document {id: $doc})-[m:MENTIONS]->(n:Entity)
WHERE NOT n.id IN $entityIds
DELETE m;

// Deletes entities that no document mentions any more (no fact stays without a source).
MATCH (n:Entity)
WHERE NOT n:Document AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) }
DETACH DELETE n;
