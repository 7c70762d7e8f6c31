// Given $rows of mentions ({doc, entity, quotes, starts, ends}), records that a document names an
// entity, with the quotes (and their character offsets) that show it. `reviewed: false` is stored
// only on a mention from an unreviewed draft (absent means reviewed, as on links), so reviewed
// files give the same graph as before drafts existed.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (n:Entity {id: row.entity})
MERGE (d)-[m:MENTIONS]->(n)
SET m.doc = row.doc, m.quotes = row.quotes, m.starts = row.starts, m.ends = row.ends,
    m.reviewed = CASE WHEN row.reviewed THEN null ELSE false END;
