// Given $doc and the $keys its extraction file holds now, deletes the links that file no longer
// holds, so re-importing an edited file leaves exactly its current facts.
// One typed branch per evidenced link type (LINK_TYPES), each an index seek on `doc`: an
// untyped MATCH ()-[r]->() read every relationship of the graph once per imported document.
CALL () {
  MATCH ()-[r:MEMBER_OF]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:HELD_POSITION]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:STUDIED_AT]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:SIGNED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:AUTHORED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:ISSUED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:STOOD_IN]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:BACKED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:INTERVIEWED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:WROTE_FOR]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:APPOINTED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:ALLIED_WITH]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:OPPOSED]->() WHERE r.doc = $doc RETURN r
}
WITH r WHERE r.key IS NOT NULL AND NOT r.key IN $keys
DELETE r;

// Given $doc and the $entityIds it names now, forgets mentions it no longer makes.
MATCH (:Document {id: $doc})-[m:MENTIONS]->(n:Entity)
WHERE NOT n.id IN $entityIds
DELETE m;

// Deletes entities that no document mentions any more (no fact stays without a source).
MATCH (n:Entity)
WHERE NOT n:Document AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) }
DETACH DELETE n;
