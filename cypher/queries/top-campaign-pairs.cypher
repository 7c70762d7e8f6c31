// Who shared the most platforms with whom: the strongest CAMPAIGNED_WITH pairs.
//
// Answers: which pairs of people campaigned together most often? Ranks the derived
// CAMPAIGNED_WITH relationships by sharedCount (number of shared activities), then strength
// (sum of the activity weights), then names. `platforms` counts the shared events where both
// were on the platform (speaker, chair, host, organiser or sponsor: weight 1.0).
//
// Parameters:
//   $limit  how many pairs to return (an integer, e.g. 5)
//   $via    null for every kind of activity, or one of 'event', 'statement', 'slate',
//           'backing', 'campaign' to count only that kind
//
// Returns: person1 {id, name}, person2 {id, name} (person1.id < person2.id), sharedCount,
// strength, platforms, firstDate, lastDate, and the counted activities' ids.
//
// Example: $limit = 3, $via = null returns Ian Lavery and Richard Burgon (11 shared activities,
// strength 8.5, 5 platforms, 2015 to 2022-04-30), Ian Lavery and John McDonnell (10, 8.5) and
// John McDonnell and Richard Burgon (8, 7.0).
MATCH (a:Person)-[c:CAMPAIGNED_WITH]->(b:Person)
WITH a, b, c, [i IN range(0, size(c.activities) - 1) WHERE $via IS NULL OR c.via[i] = $via] AS counted
WHERE size(counted) > 0
WITH a, b, c, counted,
     size(counted) AS sharedCount,
     reduce(s = 0.0, i IN counted | s + c.weights[i]) AS strength,
     size([i IN counted WHERE c.via[i] = 'event' AND c.weights[i] = 1.0]) AS platforms,
     [i IN counted WHERE c.dates[i] <> '' | c.dates[i]] AS dated
RETURN {id: a.id, name: a.name} AS person1, {id: b.id, name: b.name} AS person2,
       sharedCount, strength, platforms,
       CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d < m THEN d ELSE m END) END AS firstDate,
       CASE WHEN size(dated) = 0 THEN null ELSE reduce(m = dated[0], d IN dated | CASE WHEN d > m THEN d ELSE m END) END AS lastDate,
       [i IN counted | c.activities[i]] AS activities
ORDER BY sharedCount DESC, strength DESC, a.name, b.name
LIMIT toInteger($limit)
