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
// Typo-tolerant, ranked search over names and aliases (aliasText is the aliases joined by " | ").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
// Link keys make re-imports idempotent: one relationship per (document, link) key.
CREATE INDEX link_key_participated IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.key);
CREATE INDEX link_key_signed IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.key);
CREATE INDEX link_key_stood IF NOT EXISTS FOR ()-[r:STOOD_IN]-() ON (r.key);
CREATE INDEX link_key_member IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.key);
CREATE INDEX link_key_doc IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.doc);
