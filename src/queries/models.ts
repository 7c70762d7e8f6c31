/**
 * Shapes the query modules return and the resolvers map. Nodes arrive through toNative:
 * their properties plus `__labels`; relationships their properties plus `__type`.
 */
export interface EntityNode {
  id: string;
  name: string;
  aliases?: string[];
  misspellings?: string[];
  __labels: string[];
  [property: string]: unknown;
}

export interface RelProps {
  __type?: string;
  doc?: string;
  quotes?: string[];
  starts?: number[];
  ends?: number[];
  [property: string]: unknown;
}

export interface EvidenceModel {
  doc: string;
  quote: string;
  start: number;
  end: number;
  /** false when the fact (link or mention) comes from an unreviewed draft; absent on the rel means reviewed. */
  reviewed: boolean;
  /** The cited document, when the query read it with the link (relWithDocument); else loaded by id. */
  document?: EntityNode;
}

/** A page of rows plus whether more follow; `cursor` of each row is its keyset position. */
export interface Page<T> {
  rows: Array<T & { cursor: string }>;
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * What a resolver returns for a Relay PageInfo. hasPreviousPage and startCursor may be left
 * out by a connection built before they existed: PageInfo's resolvers then answer false and
 * the cursor of nothing (null). Build pageInfo with mappers' `pageInfo` to give them.
 */
export interface PageInfoModel {
  hasNextPage: boolean;
  endCursor: string | null;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
}

/** Given a relationship's (or a MENTIONS') properties, returns its evidence items. */
export function evidenceOf(rel: RelProps | null | undefined): EvidenceModel[] {
  if (!rel?.quotes || !rel.doc) return [];
  const doc = rel.doc;
  const document = rel.__document as EntityNode | null | undefined;
  const reviewed = rel.reviewed !== false;
  return rel.quotes.map((quote, i) => ({ doc, quote, start: rel.starts?.[i] ?? 0, end: rel.ends?.[i] ?? 0, reviewed, ...(document ? { document } : {}) }));
}

export interface LinkModel {
  rel: RelProps;
  from: EntityNode;
  to: EntityNode;
}
