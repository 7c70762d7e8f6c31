/**
 * Given a relationship variable, returns a Cypher map of the relationship: its properties, its
 * type (`__type`, as toNative gives a relationship) and the document its evidence cites
 * (`__document`, without its text; one index seek). Evidence read this way names its document
 * without a second query: evidenceOf passes `__document` on, and Evidence.document uses it.
 */
export const relWithDocument = (r: string): string =>
  `${r} {.*, __type: type(${r}), __document: COLLECT { MATCH (cited:Document {id: ${r}.doc}) RETURN cited {.*, text: null, __labels: labels(cited)} }[0]}`;
