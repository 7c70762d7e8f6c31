// Per pair: the entries in one canonical order (activity id, then via, then side), so a scoped
// derivation that appended entries gives exactly the lists a full one gives; then how many
// activities they shared, how strongly (sum of weights), and when. $scope null = every pair;
// else the pairs of $people (everyone linked to a scoped activity, see deriveCampaignedWith.ts).
MATCH (p:Person)-[c:CAMPAIGNED_WITH]-(:Person)
WHERE $scope IS NULL OR p.id IN $people
WITH DISTINCT c
CALL (c) {
  CALL (c) {
    UNWIND range(0, size(c.activities) - 1) AS i
    WITH i ORDER BY c.activities[i], c.via[i], c.sides[i]
    RETURN collect(i) AS order
  }
  WITH c, order
  SET c.activities = [i IN order | c.activities[i]], c.via = [i IN order | c.via[i]],
      c.sides = [i IN order | c.sides[i]], c.dates = [i IN order | c.dates[i]],
      c.weights = [i IN order | c.weights[i]], c.alleged = [i IN order | c.alleged[i]],
      c.withdrawn = [i IN order | c.withdrawn[i]]
  WITH c, [d IN c.dates WHERE d <> ''] AS dated
  SET c.sharedCount = size(c.activities),
      c.strength = reduce(s = 0.0, w IN c.weights | s + w),
      c.firstDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d < m THEN d ELSE m END) END,
      c.lastDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d > m THEN d ELSE m END) END
}
