// Given $doc (a Document node id), returns the ids of the activities its facts touch, the scope
// to re-derive after loading it (see DeriveScope in src/import/deriveCampaignedWith.ts): the
// events, statements, elections and organisations it mentions (their kind or date may have
// changed) or links people to, and for each backing its election and what was backed (a person,
// or the organisation, event or statement its co-backers share, cypher/derive/035).
// Each branch seeks the document by id or a link type's doc index.
CALL () {
  MATCH (:Document {id: $doc})-[:MENTIONS]->(a:Event|Statement|Election|Organisation) RETURN a.id AS id
  UNION MATCH (:Person)-[r:PARTICIPATED_IN]->(a:Event) WHERE r.doc = $doc RETURN a.id AS id
  UNION MATCH (:Person)-[r:SIGNED]->(a:Statement) WHERE r.doc = $doc RETURN a.id AS id
  UNION MATCH (:Person)-[r:AUTHORED]->(a:Statement) WHERE r.doc = $doc RETURN a.id AS id
  UNION MATCH (:Person)-[r:STOOD_IN]->(a:Election) WHERE r.doc = $doc RETURN a.id AS id
  UNION MATCH (:Person)-[r:MEMBER_OF]->(a:Organisation) WHERE r.doc = $doc RETURN a.id AS id
  UNION MATCH (:Person)-[r:HELD_POSITION]->(a:Organisation) WHERE r.doc = $doc RETURN a.id AS id
  UNION MATCH (:Person)-[r:BACKED]->(c:Entity) WHERE r.doc = $doc RETURN c.id AS id
  UNION MATCH (:Person)-[r:BACKED]->(:Person) WHERE r.doc = $doc AND r.election IS NOT NULL RETURN r.election AS id
}
RETURN collect(id) AS ids
