// A full import retires documents whose files are gone. Given $docIds, the documents the
// corpus holds now, deletes the links every other document supported, then those documents
// (with their mentions); 050's orphan rule then removes entities no document names any more.
MATCH ()-[r]->()
WHERE r.doc IS NOT NULL AND r.key IS NOT NULL AND NOT r.doc IN $docIds
DELETE r;

MATCH (d:Document)
WHERE NOT d.id IN $docIds
DETACH DELETE d;
