// Co-campaigners of one person within a date window.
//
// Answers: with whom did $personId campaign between $from and $to, through which activities,
// and how strongly? Reads the derived SHARED_ACTIVITY relationships, one per pair of people and
// shared activity (see docs/graph-model.md#co-campaigning), and keeps those whose date falls in
// the window.
//
// Parameters:
//   $personId  a Person id, e.g. 'person:ian-lavery'
//   $from      a partial ISO date ('2022', '2022-02', '2022-02-18') or null for no lower bound
//   $to        a partial ISO date or null for no upper bound; a partial $to covers its whole
//              period ('2022' includes '2022-12-31')
// A partial date is an interval (docs/graph-model.md#dates), for the bounds and for each shared
// activity's date alike: the window runs from $from's first day to $to's last, and an activity
// is kept when its interval [dateFrom, dateTo] overlaps the window. So from '2021-01-01' to
// '2021-12-31' is the same window as from '2021' to '2021', and an activity dated '2022' is
// inside $from = '2022-03' (it may have been later). Undated activities are left out whenever a
// bound is given.
//
// Returns one row per co-campaigner, most shared activities first: id, name, sharedCount and
// strength within the window, and the activities (id, via, side, date, weight, alleged,
// withdrawn, reviewed), in activity id order.
//
// Example: $personId = 'person:ian-lavery', $from = '2022', $to = '2022' returns Diane Abbott
// first (3 activities, strength 2.0: the Stop the War statement of 2022-02-18, signed and
// withdrawn, weight 0.5; the eve-of-May-Day rally of 2022-04-30, weight 1.0; and their backing
// of Sam Tarry in 2022-07, co-backing, weight 0.5), then Richard Burgon (the statement and the
// rally, 1.5), then the other eve-of-May-Day speakers, the chair Daisy Carter, the other nine
// Stop the War signatories, Sam Tarry (backed, 1.0) and Grahame Morris (co-backer, 0.5).
WITH CASE WHEN $from IS NULL THEN null
          WHEN size($from) = 4 THEN date($from + '-01-01') WHEN size($from) = 7 THEN date($from + '-01') ELSE date($from) END AS firstDay,
     CASE WHEN $to IS NULL THEN null
          WHEN size($to) = 4 THEN date($to + '-12-31') WHEN size($to) = 7 THEN date($to + '-01') + duration('P1M') - duration('P1D') ELSE date($to) END AS lastDay
MATCH (me:Person {id: $personId})-[s:SHARED_ACTIVITY]-(other:Person)
WHERE (firstDay IS NULL OR s.dateTo >= firstDay) AND (lastDay IS NULL OR s.dateFrom <= lastDay)
WITH other, s ORDER BY s.activity, s.via, s.side
WITH other, collect(s) AS inWindow
RETURN other.id AS id, other.name AS name,
       size(inWindow) AS sharedCount,
       reduce(t = 0.0, s IN inWindow | t + s.weight) AS strength,
       [s IN inWindow | {activity: s.activity, via: s.via, side: s.side, date: coalesce(s.date, ''),
                         weight: s.weight, alleged: s.alleged, withdrawn: s.withdrawn, reviewed: s.reviewed}] AS activities
ORDER BY sharedCount DESC, strength DESC, name
