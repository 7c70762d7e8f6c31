// Scoped derivation only: STOOD_AGAINST between two $candidates of the scoped elections are
// removed; 060 recomputes every pair led by one of them from the current STOOD_IN links.
MATCH (p:Person)-[s:STOOD_AGAINST]->(q:Person)
WHERE p.id IN $candidates AND q.id IN $candidates
CALL (s) { DELETE s }
