// Who took part in an event, and in what role: the chair, the speakers, the hosts, the guests.
//
// Answers: who was on the platform at $eventId? One row per participant and role, platform
// roles first (chair, host, organiser, sponsor, speaker, then guest, attendee, pictured) and,
// within a role, in the order the document names them (by the offset of the last quote).
// Organisations (hosts, sponsors) are listed as well as people.
//
// Parameters:
//   $eventId  an Event id, e.g. 'event:eve-of-may-day-rally-2022'
//
// Returns: event {id, name, kind, date, dateInferred, place}, role, id, name, kind ('Person'
// or 'Organisation'), note, doc, quotes, starts.
//
// Example: $eventId = 'event:eve-of-may-day-rally-2022' (the Tribune & Arise eve of May Day
// rally, online, 2022-04-30) returns the chair Daisy Carter; the hosts Arise Festival and
// Tribune; the speakers Ian Lavery, Diane Abbott, Richard Burgon, Jess Barnard, Ronan
// Burtenshaw, Kate Hudson, Sarah Woolley and Holly Turner, in that order; and five
// international guests (Txema Guijarro, Varsha Gandikota, Nathalia Urban, Guillaume Long,
// Bhaskar Sunkara).
MATCH (e:Event {id: $eventId})<-[r:PARTICIPATED_IN]-(x:Entity)
WITH e, r, x,
     CASE r.role WHEN 'chair' THEN 0 WHEN 'host' THEN 1 WHEN 'organiser' THEN 2 WHEN 'sponsor' THEN 3
                 WHEN 'speaker' THEN 4 WHEN 'guest' THEN 5 WHEN 'attendee' THEN 6 ELSE 7 END AS roleOrder
RETURN e {.id, .name, .kind, .date, .dateInferred, .place} AS event,
       r.role AS role, x.id AS id, x.name AS name,
       CASE WHEN x:Person THEN 'Person' ELSE 'Organisation' END AS kind,
       r.note AS note, r.doc AS doc, r.quotes AS quotes, r.starts AS starts
ORDER BY roleOrder, r.doc, r.starts[-1], x.name
