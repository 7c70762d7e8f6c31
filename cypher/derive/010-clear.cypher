// The derived relationships are recomputed from the evidenced links at every import, so the
// derivation is idempotent and never drifts from its sources.
MATCH ()-[r:CAMPAIGNED_WITH|STOOD_AGAINST]->()
DELETE r;
