// Scoped derivation only: removes the entries of the activities in $scope from the pairs of
// $people (everyone now linked to a scoped activity; the steps after add them back from the
// current links) and deletes a pair left with no entry. A pair whose two people have both been
// unlinked from a scoped activity is not found here: removals of that kind need a full derivation.
MATCH (p:Person)-[c:CAMPAIGNED_WITH]-(:Person)
WHERE p.id IN $people
WITH DISTINCT c
CALL (c) {
  WITH c, [i IN range(0, size(c.activities) - 1) WHERE NOT c.activities[i] IN $scope] AS keep
  SET c.activities = [i IN keep | c.activities[i]], c.via = [i IN keep | c.via[i]],
      c.sides = [i IN keep | c.sides[i]], c.dates = [i IN keep | c.dates[i]],
      c.weights = [i IN keep | c.weights[i]], c.alleged = [i IN keep | c.alleged[i]],
      c.withdrawn = [i IN keep | c.withdrawn[i]]
  WITH c WHERE size(c.activities) = 0
  DELETE c
}
