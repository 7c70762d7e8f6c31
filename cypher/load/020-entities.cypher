// Given $rows of entities ({id, type, name, aliases, misspellings, aliasText, props}), creates or
// updates one node per id with :Entity and its kind label. The label is chosen from a closed
// list inside the query, so no label text ever comes from input. Properties are replaced, not
// appended, because every row already holds the entity merged across all documents.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props,
    n.id = row.id, n.name = row.name, n.aliases = row.aliases,
    n.misspellings = row.misspellings, n.aliasText = row.aliasText
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organisation' THEN [1] ELSE [] END | SET n:Organisation)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN row.type = 'Statement' THEN [1] ELSE [] END | SET n:Statement)
FOREACH (_ IN CASE WHEN row.type = 'Election' THEN [1] ELSE [] END | SET n:Election);
