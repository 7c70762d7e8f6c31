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
// A partial date is an interval (docs/graph-model.md#dates), for the bounds and for each shared
// activity's date alike: the window runs from $from's first day to $to's last, and an activity
// is kept when its interval overlaps the window (its last day on or after the window's first,
// its first day on or before the window's last). So from '2021-01-01' to '2021-12-31' is the same
// window as from '2021' to '2021', and an activity dated '2022' is inside $from = '2022-03' (it
// may have been later). Undated activities are left out whenever a bound is given. Last days
// are written 'YYYY-12-31' and 'YYYY-MM-31': as strings they order after every real day of
// their year or month.
//
// Returns one row per co-campaigner, most shared activities first: id, name, sharedCount and
// strength within the window, and the activities (id, via, date, weight, alleged, withdrawn).
//
// Example: $personId = 'person:ian-lavery', $from = '2022', $to = '2022' returns Diane Abbott
// and Richard Burgon first (2 activities each: the Stop the War statement of 2022-02-18, signed
// and withdrawn, weight 0.5, and the eve-of-May-Day rally of 2022-04-30, weight 1.0, strength
// 1.5), then the other eve-of-May-Day speakers, the chair Daisy Carter and the other nine
// Stop the War signatories.
WITH CASE size($from) WHEN 4 THEN $from + '-01-01' WHEN 7 THEN $from + '-01' ELSE $from END AS firstDay,
     CASE size($to) WHEN 4 THEN $to + '-12-31' WHEN 7 THEN $to + '-31' ELSE $to END AS lastDay
MATCH (me:Person {id: $personId})-[c:CAMPAIGNED_WITH]-(other:Person)
WITH other, c, [i IN range(0, size(c.activities) - 1)
       WHERE (firstDay IS NULL OR (c.dates[i] <> '' AND firstDay <= CASE size(c.dates[i]) WHEN 4 THEN c.dates[i] + '-12-31' WHEN 7 THEN c.dates[i] + '-31' ELSE c.dates[i] END))
         AND (lastDay IS NULL OR (c.dates[i] <> '' AND CASE size(c.dates[i]) WHEN 4 THEN c.dates[i] + '-01-01' WHEN 7 THEN c.dates[i] + '-01' ELSE c.dates[i] END <= lastDay))] AS inWindow
WHERE size(inWindow) > 0
RETURN other.id AS id, other.name AS name,
       size(inWindow) AS sharedCount,
       reduce(s = 0.0, i IN inWindow | s + c.weights[i]) AS strength,
       [i IN inWindow | {activity: c.activities[i], via: c.via[i], side: c.sides[i], date: c.dates[i],
                         weight: c.weights[i], alleged: c.alleged[i], withdrawn: c.withdrawn[i]}] AS activities
ORDER BY sharedCount DESC, strength DESC, name
