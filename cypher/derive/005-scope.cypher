// Scoped derivation only: widens $scope with the group of each scoped ballot (a slate's activity
// is its group), then returns the ids of everyone linked to a scoped activity or who shares one
// through a SHARED_ACTIVITY today ($people: their pairs are re-summarised, so a pair both of
// whose people were unlinked from a scoped activity is found too) and of the candidates of
// scoped elections ($candidates: their STOOD_AGAINST are recomputed). Each branch starts from an id index.
CALL () {
  OPTIONAL MATCH (e:Election)-[:PART_OF]->(g:Election) WHERE e.id IN $scope
  RETURN $scope + [x IN collect(DISTINCT g.id) WHERE NOT x IN $scope] AS scope
}
CALL (scope) {
  CALL (scope) {
    MATCH (a:Event) WHERE a.id IN scope MATCH (a)<-[:PARTICIPATED_IN]-(p:Person) RETURN p
    UNION MATCH (a:Statement) WHERE a.id IN scope MATCH (a)<-[:SIGNED|AUTHORED]-(p:Person) RETURN p
    UNION MATCH (g:Election) WHERE g.id IN scope MATCH (g)<-[:PART_OF*0..1]-(:Election)<-[:STOOD_IN]-(p:Person) RETURN p
    UNION MATCH (o:Organisation) WHERE o.id IN scope MATCH (o)<-[:MEMBER_OF|HELD_POSITION]-(p:Person) RETURN p
    UNION MATCH (p:Person) WHERE p.id IN scope RETURN p
    UNION MATCH (c:Entity) WHERE c.id IN scope MATCH (c)<-[:BACKED]-(p:Person) RETURN p
    UNION MATCH (p:Person)-[r:BACKED]-(:Person) WHERE r.election IN scope RETURN p
    UNION MATCH (p:Person)-[s:SHARED_ACTIVITY]-(:Person) WHERE s.activity IN scope RETURN p
  }
  RETURN collect(DISTINCT p.id) AS people
}
CALL (scope) {
  OPTIONAL MATCH (g:Election) WHERE g.id IN scope
  OPTIONAL MATCH (g)<-[:PART_OF*0..1]-(:Election)<-[:STOOD_IN]-(p:Person)
  RETURN collect(DISTINCT p.id) AS candidates
}
RETURN scope, people, candidates
