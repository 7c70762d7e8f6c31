// Per pair: how many activities they shared, how strongly (sum of weights), and when.
MATCH ()-[c:CAMPAIGNED_WITH]->()
WITH c, [d IN c.dates WHERE d <> ''] AS dated
SET c.sharedCount = size(c.activities),
    c.strength = reduce(s = 0.0, w IN c.weights | s + w),
    c.firstDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d < m THEN d ELSE m END) END,
    c.lastDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d > m THEN d ELSE m END) END;
