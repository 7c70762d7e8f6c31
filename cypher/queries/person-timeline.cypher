// A person's timeline: positions, memberships, candidacies, events and statements, dated and
// in date order.
//
// Answers: what did $personId do, and when, according to the documents? One row per evidenced
// link from the person of these kinds:
//   position    HELD_POSITION   dated by the link's start (end = the link's end)
//   membership  MEMBER_OF       dated by the link's start (end = the link's end)
//   candidacy   STOOD_IN        dated by the election's date
//   event       PARTICIPATED_IN dated by the event's date (or the link's start)
//   statement   SIGNED, AUTHORED, ISSUED   dated by the statement's date (or the link's start)
// Dates are partial ISO strings ('2003', '2010-12', '2022-04-30') and sort as strings, so a
// year sorts before the months of that year. Undated items come last, by kind and name.
//
// Parameters:
//   $personId  a Person id, e.g. 'person:michael-lavalette'
//
// Returns: date, dateInferred (why the date is inferred, when it is), end, kind, type (the
// relationship type), what (id), name, role (position or event role, the party label of a
// candidacy), detail (votes, share, rank, elected, order, withdrawn, alleged, place, current,
// note), doc and quotes.
//
// Example: $personId = 'person:michael-lavalette' starts with his Labour membership (1979 to
// 1981-01), then the SWP (from 1981-01), the Socialist Alliance (2003), his election for the
// Town Centre ward (2003-05-01, 546 votes, elected) and his councillor position (2003-05-01 to
// 2011-05), the 2005 general election (2,318 votes, fourth) and so on up to his 2025 council
// seat (Preston Central East, elected 2025-05-01); undated items (the Social Work manifesto, the
// SWAN conferences, his Liverpool Hope University post) come last.
MATCH (p:Person {id: $personId})-[r:HELD_POSITION|MEMBER_OF|STOOD_IN|PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED]->(x:Entity)
WITH p, r, x,
     CASE type(r)
       WHEN 'HELD_POSITION' THEN 'position'
       WHEN 'MEMBER_OF' THEN 'membership'
       WHEN 'STOOD_IN' THEN 'candidacy'
       WHEN 'PARTICIPATED_IN' THEN 'event'
       ELSE 'statement'
     END AS kind
WITH r, x, kind,
     CASE WHEN kind IN ['position', 'membership'] THEN r.start ELSE coalesce(x.date, r.start) END AS date,
     CASE WHEN kind IN ['position', 'membership'] THEN r.startInferred
          WHEN x.date IS NOT NULL THEN x.dateInferred ELSE r.startInferred END AS dateInferred
RETURN date, dateInferred, r.end AS end, kind, type(r) AS type, x.id AS what, x.name AS name,
       coalesce(r.role, r.label) AS role,
       {votes: r.votes, share: r.share, rank: r.rank, elected: r.elected, order: r.order,
        withdrawn: r.withdrawn, alleged: r.alleged, place: r.place, current: r.current, note: r.note} AS detail,
       r.doc AS doc, r.quotes AS quotes
ORDER BY date IS NULL, date, kind, name
