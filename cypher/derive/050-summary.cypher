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
    RETURN collect(i) AS sorted
  }
  WITH c, sorted
  SET c.activities = [i IN sorted | c.activities[i]], c.via = [i IN sorted | c.via[i]],
      c.sides = [i IN sorted | c.sides[i]], c.dates = [i IN sorted | c.dates[i]],
      c.weights = [i IN sorted | c.weights[i]], c.alleged = [i IN sorted | c.alleged[i]],
      c.withdrawn = [i IN sorted | c.withdrawn[i]]
  WITH c, [d IN c.dates WHERE d <> ''] AS dated
  SET c.sharedCount = size(c.activities),
      c.strength = reduce(s = 0.0, w IN c.weights | s + w),
      c.firstDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d < m THEN d ELSE m END) END,
      c.lastDate = CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d > m THEN d ELSE m END) END
}
