// Full derivation only: the derived relationships are recomputed from the evidenced links, so
// the derivation is idempotent and never drifts from its sources. Run in batches of $txRows
// when the runner adds IN TRANSACTIONS (see src/import/deriveCampaignedWith.ts).
MATCH ()-[r:SHARED_ACTIVITY|CAMPAIGNED_WITH|STOOD_AGAINST]->()
CALL (r) { DELETE r }
