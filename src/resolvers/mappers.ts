import {
  ACTIVITY_ROLES, DOCUMENT_KINDS, ELECTION_KINDS, EVENT_KINDS, LINK_TYPES, ORGANISATION_KINDS, PARTICIPATION_ROLES,
  STATEMENT_KINDS, type LinkType,
} from '../extraction/vocabulary.js';
import type { DateValue, EntityKind } from '../generated/graphql.js';
import { evidenceOf, type EntityNode, type EvidenceModel, type PageInfoModel, type RelProps } from '../queries/models.js';
import { encodeCursor, type PageArgs } from '../queries/pageArgs.js';

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

/**
 * Relay PageInfo for a page of edges fetched after `after`. Pages only go forward, so a page
 * has a previous page exactly when it starts after a cursor: the row that cursor names.
 */
export function pageInfo(edges: ReadonlyArray<{ cursor: string }>, hasNextPage: boolean, after: string | null | undefined): Required<PageInfoModel> {
  return { hasNextPage, hasPreviousPage: after !== null && after !== undefined, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}

/** Given a page from the query layer, the page arguments and a row mapper, returns a Relay connection. */
export function connection<R extends { cursor: string }, N>(page: { rows: R[]; hasNextPage: boolean; totalCount: number }, args: PageArgs, node: (row: R) => N) {
  const edges = page.rows.map((row) => ({ cursor: row.cursor, node: node(row) }));
  return { edges, pageInfo: pageInfo(edges, page.hasNextPage, args.after), totalCount: page.totalCount };
}

type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
/** The GraphQL enum value of a vocabulary value, as a type: `campaign-drive` → `CAMPAIGN_DRIVE`. */
export type EnumOf<V extends string> = Uppercase<Snake<V>>;

/** The GraphQL enum value of a vocabulary value: `campaign-drive` → CAMPAIGN_DRIVE. */
export const enumValue = <V extends string>(value: V): EnumOf<V> => value.toUpperCase().replaceAll('-', '_') as EnumOf<V>;
/** The stored vocabulary value of a GraphQL enum value: CAMPAIGN_DRIVE → `campaign-drive`. */
export const vocabularyValue = (value: string): string => value.toLowerCase().replaceAll('_', '-');

/**
 * The one mapper from the graph's lower-case vocabulary strings to GraphQL enum values. Given
 * a vocabulary and the value to answer for anything outside it (OTHER where the vocabulary is
 * open, else null), returns the mapping function.
 */
function vocabularyEnum<const V extends string, F extends EnumOf<V> | null>(vocabulary: readonly V[], fallback: F): (value: unknown) => EnumOf<V> | F {
  const byValue = new Map<unknown, EnumOf<V>>(vocabulary.map((v) => [v, enumValue(v)]));
  return (value) => byValue.get(value) ?? fallback;
}

export const organisationKindEnum = vocabularyEnum(ORGANISATION_KINDS, 'OTHER');
export const eventKindEnum = vocabularyEnum(EVENT_KINDS, 'OTHER');
export const statementKindEnum = vocabularyEnum(STATEMENT_KINDS, null);
export const electionKindEnum = vocabularyEnum(ELECTION_KINDS, null);
export const documentKindEnum = vocabularyEnum(DOCUMENT_KINDS, null);
export const activityRoleEnum = vocabularyEnum(ACTIVITY_ROLES, 'OTHER');
const participation = vocabularyEnum(PARTICIPATION_ROLES, null);
const linkTypes = vocabularyEnum(LINK_TYPES, null);

/** A participation role: a closed vocabulary the validator enforces, so another value is a bug. */
export function participationRoleEnum(value: unknown): EnumOf<(typeof PARTICIPATION_ROLES)[number]> {
  const role = participation(value);
  if (role === null) throw new Error(`participation role ${String(value)} is not in the vocabulary`);
  return role;
}

/** A link type: every evidenced link has one of LINK_TYPES, so another value is a bug. */
export function linkTypeEnum(value: unknown): LinkType {
  const type = linkTypes(value);
  if (type === null) throw new Error(`link type ${String(value)} is not in the vocabulary`);
  return type;
}

export { encodeCursor };
