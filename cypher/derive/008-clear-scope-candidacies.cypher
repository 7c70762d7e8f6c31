// Scoped derivation only: removes the candidacies 009 rebuilds, those on a ballot in $scope or
// on a ballot of a group in $scope (005 has added the group of every scoped ballot), and any
// candidacy that lost its person or ballot (the prune deletes an entity no document mentions
// with its relationships, so such a candidacy can no longer be found from its ballot). A scan
// of the Candidacy label: one node per person and ballot, far fewer than the links.
MATCH (c:Candidacy)
WHERE NOT EXISTS { (:Person)-[:STOOD_AS]->(c)-[:ON_BALLOT]->(:Election) }
   OR EXISTS {
     MATCH (c)-[:ON_BALLOT]->(e:Election)
     WHERE e.id IN $scope OR EXISTS { (e)-[:PART_OF]->(g:Election) WHERE g.id IN $scope }
   }
CALL (c) { DETACH DELETE c }
