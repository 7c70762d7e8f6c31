// Scoped derivation only: removes every SHARED_ACTIVITY of the activities in $scope (an index
// seek on SHARED_ACTIVITY.activity); the steps after add them back from the current links, and
// 050 re-summarises the pairs of $people, which 005 widened with everyone who had one of them.
MATCH ()-[s:SHARED_ACTIVITY]->()
WHERE s.activity IN $scope
CALL (s) { DELETE s }
