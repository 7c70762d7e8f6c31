// A person's timeline: every evidenced link from the person and to them, dated, in date order;
// the same entries, in the same order and direction, as the API's Person.timeline.
//
// Answers: what did $personId do, and what was done to them, and when, according to the
// documents? One row per fact (a fact two documents state is one row with the evidence of
// both), for links of these types in either direction: HELD_POSITION, MEMBER_OF, STOOD_IN,
// PARTICIPATED_IN, SIGNED, AUTHORED, ISSUED, BACKED, STUDIED_AT, INTERVIEWED, APPOINTED,
// OPPOSED, WROTE_FOR. `direction` is OUTGOING when the person is the link's subject
// (Lavalette OPPOSED Galloway, on Lavalette's timeline) and INCOMING when they are its object
// (the same link on Galloway's timeline: he was opposed by Lavalette).
//
// Dates (docs/graph-model.md#dates): a row shows the link's start, else its object's date
// (the event, statement or election), else the link's end. It sorts by its interval: a link
// with a start or an end spans startFrom..endTo (a membership, position, study or column with
// no end is open-ended; another dated link with no end is its start's interval); a link with
// neither spans its object's dateFrom..dateTo (a link known only by its end sorts by its
// end). So "2010" comes before "2010-12". Undated rows
// come last (the API's timeline lists dated entries only; these are the rows it leaves out).
//
// Parameters:
//   $personId  a Person id, e.g. 'person:michael-lavalette'
//   $from      null, or the window's first day, e.g. '2022-01-01' (a whole partial date: the
//              first day of '2022' is '2022-01-01')
//   $to        null, or the window's last day, e.g. '2022-12-31'
// With a bound, only dated rows whose interval overlaps the window are kept (undated rows
// are outside it): Lavalette's SWP membership from 1981-01, with no end, is inside 2022.
//
// Returns: date, dateInferred (why the date is inferred, when it is), end, kind (position,
// membership, candidacy, event, statement, backing, study, interview, appointment,
// opposition, writing), type (the relationship type), direction, what (id), name, role
// (position or event role, the party label of a candidacy), detail (votes, share, rank,
// elected, order, withdrawn, alleged, place, current, note), doc, quotes and starts (of the
// first document stating it), and evidence: [{doc, quotes, starts}] from every document.
//
// Example: $personId = 'person:michael-lavalette' starts with his Labour membership (1979 to
// 1981-01), then the SWP (from 1981-01), the Socialist Alliance (2003), his election for the
// Town Centre ward (2003-05-01, 546 votes, elected) and his councillor position (2003-05-01 to
// 2011-05), and so on up to his 2025 council seat (Galloway's alleged BACKED, INCOMING, is
// dated 2003, the year of the election it was for); undated rows (the Social Work manifesto,
// the SWAN conferences) come last. $personId = 'person:george-galloway' gives BACKED,
// OUTGOING, 2003, Michael Lavalette, then OPPOSED, INCOMING, 2007, Michael Lavalette
// (Lavalette broke with him), then his undated Labour membership.
MATCH (p:Person {id: $personId})-[r:HELD_POSITION|MEMBER_OF|STOOD_IN|PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED|BACKED|STUDIED_AT|INTERVIEWED|APPOINTED|OPPOSED|WROTE_FOR]-(x:Entity)
WITH p, r, x,
     CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
     (r.startFrom IS NOT NULL OR r.endTo IS NOT NULL) AS own
WITH r, x, direction,
     CASE WHEN own THEN r.startFrom ELSE endNode(r).dateFrom END AS lo,
     CASE WHEN own THEN CASE WHEN r.endTo IS NOT NULL THEN r.endTo
                             WHEN type(r) IN ['MEMBER_OF', 'HELD_POSITION', 'STUDIED_AT', 'WROTE_FOR', 'ALLIED_WITH'] THEN null
                             ELSE r.startTo END
          ELSE endNode(r).dateTo END AS hi,
     (own OR endNode(r).dateFrom IS NOT NULL) AS dated
WHERE ($from IS NULL AND $to IS NULL)
   OR (dated AND ($from IS NULL OR coalesce(hi, date('9999-12-31')) >= date($from))
             AND ($to IS NULL OR coalesce(lo, date('0001-01-01')) <= date($to)))
WITH r, x, direction, lo, hi, dated
ORDER BY NOT dated, coalesce(lo, hi), coalesce(hi, date('9999-12-31')), type(r), direction, x.name, r.doc
WITH type(r) AS type, direction, x, r.role AS role, collect({r: r, lo: lo, hi: hi, dated: dated}) AS rows
WITH type, direction, x, role, rows, rows[0] AS first
WITH type, direction, x, role, rows, first, first.r AS r
RETURN CASE WHEN NOT first.dated THEN null WHEN r.start IS NOT NULL THEN r.start WHEN endNode(r).date IS NOT NULL THEN endNode(r).date ELSE r.end END AS date,
       CASE WHEN r.start IS NOT NULL THEN r.startInferred WHEN endNode(r).date IS NOT NULL THEN endNode(r).dateInferred ELSE r.endInferred END AS dateInferred,
       r.end AS end,
       CASE type
         WHEN 'HELD_POSITION' THEN 'position' WHEN 'MEMBER_OF' THEN 'membership' WHEN 'STOOD_IN' THEN 'candidacy'
         WHEN 'PARTICIPATED_IN' THEN 'event' WHEN 'BACKED' THEN 'backing' WHEN 'STUDIED_AT' THEN 'study'
         WHEN 'INTERVIEWED' THEN 'interview' WHEN 'APPOINTED' THEN 'appointment' WHEN 'OPPOSED' THEN 'opposition'
         WHEN 'WROTE_FOR' THEN 'writing' ELSE 'statement'
       END AS kind,
       type, direction, x.id AS what, x.name AS name,
       coalesce(role, r.label) AS role,
       {votes: r.votes, share: r.share, rank: r.rank, elected: r.elected, order: r.order,
        withdrawn: r.withdrawn, alleged: r.alleged, place: r.place, current: r.current, note: r.note} AS detail,
       r.doc AS doc, r.quotes AS quotes, r.starts AS starts,
       [y IN rows | {doc: y.r.doc, quotes: y.r.quotes, starts: y.r.starts}] AS evidence
ORDER BY NOT first.dated, coalesce(first.lo, first.hi), coalesce(first.hi, date('9999-12-31')), type, direction, name, first.r.doc
