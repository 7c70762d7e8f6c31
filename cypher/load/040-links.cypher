// Given $rows of links of one type ({key, from, to, props}), creates or updates one relationship
// per key. __LINK_TYPE__ is replaced by the importer with a type from LINK_TYPES (an allow-list);
// everything else is a parameter. `props` holds the qualifiers and the evidence:
// doc, quotes[], starts[], ends[].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__LINK_TYPE__ {key: row.key}]->(b)
SET r = row.props, r.key = row.key;
