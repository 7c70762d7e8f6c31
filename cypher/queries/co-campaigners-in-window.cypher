// Co-campaigners of one person within a date window.
//
// Answers: with whom did $personId campaign between $from and $to, through which activities,
// and how strongly? Reads the derived CAMPAIGNED_WITH relationships (see docs/graph-model.md)
// and keeps only the shared activities whose date falls in the window.
//
// Parameters:
//   $personId  a Person id, e.g. 'person:ian-lavery'
//   $from      a partial ISO date ('2022', '2022-02', '2022-02-18') or null for no lower bound
//   $to        a partial ISO date or null for no upper bound; a partial $to covers its whole
//              period ('2022' includes '2022-12-31')
// Dates are partial ISO strings and compare as strings: an activity dated '2022' is inside
// $from = '2022' but not inside $from = '2022-03' (it may have been earlier). Undated activities
// are left out whenever a bound is given.
//
// Returns one row per co-campaigner, most shared activities first: id, name, sharedCount and
// strength within the window, and the activities (id, via, date, weight, alleged, withdrawn).
//
// Example: $personId = 'person:ian-lavery', $from = '2022', $to = '2022' returns Diane Abbott
// and Richard Burgon first (2 activities each: the Stop the War statement of 2022-02-18, signed
// and withdrawn, weight 0.5, and the eve-of-May-Day rally of 2022-04-30, weight 1.0, strength
// 1.5), then the other eve-of-May-Day speakers, the chair Daisy Carter and the other nine
// Stop the War signatories.
MATCH (me:Person {id: $personId})-[c:CAMPAIGNED_WITH]-(other:Person)
WITH other, c, [i IN range(0, size(c.activities) - 1)
       WHERE ($from IS NULL OR (c.dates[i] <> '' AND c.dates[i] >= $from))
         AND ($to IS NULL OR (c.dates[i] <> '' AND (c.dates[i] <= $to OR c.dates[i] STARTS WITH $to)))] AS inWindow
WHERE size(inWindow) > 0
RETURN other.id AS id, other.name AS name,
       size(inWindow) AS sharedCount,
       reduce(s = 0.0, i IN inWindow | s + c.weights[i]) AS strength,
       [i IN inWindow | {activity: c.activities[i], via: c.via[i], side: c.sides[i], date: c.dates[i],
                         weight: c.weights[i], alleged: c.alleged[i], withdrawn: c.withdrawn[i]}] AS activities
ORDER BY sharedCount DESC, strength DESC, name
