// Batched form of derive/010-clear.cypher: deletes the derived relationships in transactions of
// $txRows, so clearing millions of them never holds one huge transaction.
MATCH ()-[r:CAMPAIGNED_WITH|STOOD_AGAINST]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF $txRows ROWS;
