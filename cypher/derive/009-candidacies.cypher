// The foreign keys of STOOD_IN and BACKED made relationships (docs/graph-model.md#candidacies):
// one Candidacy per person and ballot they STOOD_IN, however many documents tell it, with
// (person)-[:STOOD_AS]->(candidacy)-[:ON_BALLOT]->(ballot), -[:ON_BEHALF_OF]->(party) for each
// party an Organisation the links name (`STOOD_IN.party`, one in this corpus), and
// (backer)-[:BACKED_CANDIDACY {alleged, withdrawn}]->(candidacy) for each backer whose BACKED
// of the candidate names this ballot or its group (`BACKED.election`); alleged (withdrawn) when
// every such link is. Its id is 'candidacy:<ballot id>:<person id>'. $scope null = every
// ballot; else the ballots in $scope and the ballots of the groups in $scope (008 removed them).
MATCH (p:Person)-[r:STOOD_IN]->(e:Election)
WHERE $scope IS NULL OR e.id IN $scope OR EXISTS { (e)-[:PART_OF]->(g:Election) WHERE g.id IN $scope }
WITH p, e, [x IN collect(DISTINCT r.party) WHERE x IS NOT NULL] AS parties
CALL (p, e, parties) {
  CREATE (p)-[:STOOD_AS]->(c:Candidacy {id: 'candidacy:' + e.id + ':' + p.id})-[:ON_BALLOT]->(e)
  WITH c, p, e, parties
  CALL (c, parties) {
    MATCH (o:Organisation) WHERE o.id IN parties
    CREATE (c)-[:ON_BEHALF_OF]->(o)
  }
  CALL (c, p, e) {
    MATCH (b)-[k:BACKED]->(p)
    WHERE k.election = e.id OR EXISTS { (e)-[:PART_OF]->(g:Election) WHERE g.id = k.election }
    WITH b, all(x IN collect(k) WHERE coalesce(x.alleged, false)) AS alleged,
         all(x IN collect(k) WHERE coalesce(x.withdrawn, false)) AS withdrawn
    CREATE (b)-[:BACKED_CANDIDACY {alleged: alleged, withdrawn: withdrawn}]->(c)
  }
}
