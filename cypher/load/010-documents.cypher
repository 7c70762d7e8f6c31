// Given $rows of documents ({id, props}), creates or updates one :Document node per id.
// A document is an :Entity too, so search and `entity(id)` find it; its id is `doc:<file stem>`.
UNWIND $rows AS row
MERGE (d:Entity {id: row.id})
SET d:Document, d += row.props, d.aliases = [], d.aliasText = '';
