// Full derivation only: every Candidacy (docs/graph-model.md#candidacies) is removed with its
// relationships and 009 builds them again from the STOOD_IN links. Run in batches of $txRows
// when the runner adds IN TRANSACTIONS.
MATCH (c:Candidacy)
CALL (c) { DETACH DELETE c }
