// Everyone who signed a statement or letter, in the order the document lists them, and who
// withdrew.
//
// Answers: who signed $statementId, in what order, who withdrew the signature, and what the
// document says about each. Signatures of the same signer from several documents are one row.
//
// Parameters:
//   $statementId  a Statement id, e.g. 'statement:stop-the-war-ukraine-2022'
//
// Returns one row per signer (Person or Organisation), in list order (unnumbered signers last,
// by name): order, id, name, kind ('Person' or 'Organisation'), withdrawn (true when a
// document says the signature was withdrawn), alleged, and evidence: [{doc, quotes}].
//
// Example: $statementId = 'statement:stop-the-war-ukraine-2022' (18 February 2022) returns
// 11 rows, all withdrawn ("All withdrew their signatues after Labour Party pressure."):
// 1 Diane Abbott, 2 John McDonnell, 3 Richard Burgon, 4 Ian Lavery, 5 Beth Winter,
// 6 Zarah Sultana, 7 Bell Ribeiro-Addy, 8 Apsana Begum, 9 Mick Whitley, 10 Tahir Ali,
// 11 Ian Mearns.
MATCH (s:Statement {id: $statementId})<-[r:SIGNED]-(signer:Entity)
WITH signer, collect(r) AS rs
WITH signer, rs, [x IN rs WHERE x.order IS NOT NULL | x.order] AS orders
RETURN CASE WHEN size(orders) = 0 THEN null ELSE reduce(m = orders[0], o IN orders | CASE WHEN o < m THEN o ELSE m END) END AS order,
       signer.id AS id, signer.name AS name,
       CASE WHEN signer:Person THEN 'Person' ELSE 'Organisation' END AS kind,
       any(x IN rs WHERE coalesce(x.withdrawn, false)) AS withdrawn,
       all(x IN rs WHERE coalesce(x.alleged, false)) AS alleged,
       [x IN rs | {doc: x.doc, quotes: x.quotes}] AS evidence
ORDER BY order, name
