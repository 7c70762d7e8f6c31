import type { DateValue, EntityKind } from '../generated/graphql.js';
import { evidenceOf, type EntityNode, type EvidenceModel, type RelProps } from '../queries/models.js';

const KIND_BY_LABEL: Record<string, EntityKind> = {
  Person: 'PERSON', Organisation: 'ORGANISATION', Event: 'EVENT', Statement: 'STATEMENT', Election: 'ELECTION', Document: 'DOCUMENT',
};
const TYPENAME_BY_KIND: Record<EntityKind, string> = {
  PERSON: 'Person', ORGANISATION: 'Organisation', EVENT: 'Event', STATEMENT: 'Statement', ELECTION: 'Election', DOCUMENT: 'Document',
};

/** Given a node, returns its EntityKind from its labels. */
export function entityKind(node: EntityNode): EntityKind {
  for (const label of node.__labels) {
    const kind = KIND_BY_LABEL[label];
    if (kind) return kind;
  }
  throw new Error(`node ${node.id} has no entity label`);
}

export const entityTypename = (node: EntityNode): string => TYPENAME_BY_KIND[entityKind(node)];

/**
 * Given properties and a date field name, returns the DateValue: the value, its precision
 * (`<field>Precision`), and the inferred reason (`<field>Inferred`); null when there is no date.
 */
export function dateValue(props: Record<string, unknown> | null | undefined, field: string): DateValue | null {
  const value = props?.[field];
  if (typeof value !== 'string' || value === '') return null;
  const reason = props?.[`${field}Inferred`];
  const precision = props?.[`${field}Precision`];
  return {
    value,
    precision: precision === 'DAY' || precision === 'MONTH' || precision === 'YEAR' ? precision : value.length === 10 ? 'DAY' : value.length === 7 ? 'MONTH' : 'YEAR',
    inferred: typeof reason === 'string' && reason.length > 0,
    inferredReason: typeof reason === 'string' ? reason : null,
  };
}

/** The qualifiers every link view exposes. */
export function qualifiers(rel: RelProps): { alleged: boolean; withdrawn: boolean; evidence: EvidenceModel[] } {
  return { alleged: rel.alleged === true, withdrawn: rel.withdrawn === true, evidence: evidenceOf(rel) };
}

export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
export const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
export const int = (v: unknown): number | null => (typeof v === 'number' ? Math.round(v) : null);

/** Given a page from the query layer and a row mapper, returns a Relay connection. */
export function connection<R extends { cursor: string }, N>(page: { rows: R[]; hasNextPage: boolean; totalCount: number }, node: (row: R) => N) {
  const edges = page.rows.map((row) => ({ cursor: row.cursor, node: node(row) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}

