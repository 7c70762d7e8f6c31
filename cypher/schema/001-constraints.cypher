// Constraints and indexes. Every statement is idempotent (IF NOT EXISTS), so this file runs
// at every start. Every node carries :Entity plus its kind label; ids are unique across kinds.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT election_id IF NOT EXISTS FOR (n:Election) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX election_area_date IF NOT EXISTS FOR (n:Election) ON (n.area, n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
// A partial date X is stored with its first and last possible day, XFrom and XTo (native
// dates); windows compare those, so the indexes are on them.
CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE INDEX event_date_to IF NOT EXISTS FOR (n:Event) ON (n.dateTo);
CREATE INDEX statement_date_from IF NOT EXISTS FOR (n:Statement) ON (n.dateFrom);
CREATE INDEX statement_date_to IF NOT EXISTS FOR (n:Statement) ON (n.dateTo);
CREATE INDEX election_date_from IF NOT EXISTS FOR (n:Election) ON (n.dateFrom);
// Typo-tolerant, ranked search over names and aliases (aliasText is the aliases joined by " | "):
// one index over every entity, and one per kind, so a search for one kind reads only hits of
// that kind (a page of them, at any scale). `standard-folding` folds accents ("Sian" finds
// "Siân" and the reverse) and keeps a possessive ("People's") one token; src/queries/searchText.ts
// splits the query text the same way. IF NOT EXISTS keeps an index whose configuration has
// changed, so applySchema (src/import/fulltextIndexes.ts) first drops any of these that differ.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (n:Organisation) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX event_names IF NOT EXISTS FOR (n:Event) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX statement_names IF NOT EXISTS FOR (n:Statement) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX election_names IF NOT EXISTS FOR (n:Election) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX document_names IF NOT EXISTS FOR (n:Document) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Link keys make re-imports idempotent: one relationship per (document, link) key.
CREATE INDEX link_key_participated IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.key);
CREATE INDEX link_key_signed IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.key);
CREATE INDEX link_key_stood IF NOT EXISTS FOR ()-[r:STOOD_IN]-() ON (r.key);
CREATE INDEX link_key_member IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.key);
// The links a document supports, and the prune of an edited document, seek by `doc`: one
// index per evidenced link type (a relationship index serves one type), read by typed branches.
CREATE INDEX link_doc_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.doc);
CREATE INDEX link_doc_held_position IF NOT EXISTS FOR ()-[r:HELD_POSITION]-() ON (r.doc);
CREATE INDEX link_doc_studied_at IF NOT EXISTS FOR ()-[r:STUDIED_AT]-() ON (r.doc);
CREATE INDEX link_doc_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.doc);
CREATE INDEX link_doc_signed IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.doc);
CREATE INDEX link_doc_authored IF NOT EXISTS FOR ()-[r:AUTHORED]-() ON (r.doc);
CREATE INDEX link_doc_issued IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.doc);
CREATE INDEX link_doc_stood_in IF NOT EXISTS FOR ()-[r:STOOD_IN]-() ON (r.doc);
CREATE INDEX link_doc_backed IF NOT EXISTS FOR ()-[r:BACKED]-() ON (r.doc);
CREATE INDEX link_doc_interviewed IF NOT EXISTS FOR ()-[r:INTERVIEWED]-() ON (r.doc);
CREATE INDEX link_doc_wrote_for IF NOT EXISTS FOR ()-[r:WROTE_FOR]-() ON (r.doc);
CREATE INDEX link_doc_appointed IF NOT EXISTS FOR ()-[r:APPOINTED]-() ON (r.doc);
CREATE INDEX link_doc_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.doc);
CREATE INDEX link_doc_allied_with IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.doc);
CREATE INDEX link_doc_opposed IF NOT EXISTS FOR ()-[r:OPPOSED]-() ON (r.doc);
// No query filters MENTIONS on `doc` (mentions are read from their document node): an index
// there only slowed every import, so it goes.
DROP INDEX link_key_doc IF EXISTS;
// Derived co-campaigning (docs/graph-model.md#co-campaigning): a scoped derivation seeks the
// SHARED_ACTIVITY relationships of its activities by `activity`; analysts filter shared
// activities by window (`dateFrom`, `dateTo`) and rank pairs by `strength`.
CREATE INDEX shared_activity_activity IF NOT EXISTS FOR ()-[s:SHARED_ACTIVITY]-() ON (s.activity);
CREATE INDEX shared_activity_date_from IF NOT EXISTS FOR ()-[s:SHARED_ACTIVITY]-() ON (s.dateFrom);
CREATE INDEX shared_activity_date_to IF NOT EXISTS FOR ()-[s:SHARED_ACTIVITY]-() ON (s.dateTo);
CREATE INDEX campaigned_with_strength IF NOT EXISTS FOR ()-[c:CAMPAIGNED_WITH]-() ON (c.strength);
