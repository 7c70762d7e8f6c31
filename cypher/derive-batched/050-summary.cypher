// Batched form of derive/050-summary.cypher, in transactions of $txRows pairs.
MATCH ()-[c:CAMPAIGNED_WITH]->()
CALL (c) {
  WITH c, [d IN c.dates WHERE d <> ''] AS dated
  SET c.sharedCount = size(c.activities),
      c.strength = reduce(s = 0.0, w IN c.weights | s + w),
      c.firstDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d < m THEN d ELSE m END) END,
      c.lastDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d > m THEN d ELSE m END) END
} IN TRANSACTIONS OF $txRows ROWS;
