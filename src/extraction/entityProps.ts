import { parsePartialDate } from './partialDate.js';
import type { Entity, Link } from './schema.js';

export type Scalar = string | number | boolean | null;
export type ScalarProps = Record<string, Scalar>;

/** Fields that are not flat properties of a node or relationship. */
const STRUCTURAL = new Set(['id', 'type', 'name', 'aliases', 'misspellings', 'evidence', 'from', 'to']);
/** Date fields: each gets a `<field>Precision` companion. */
export const DATE_FIELDS = new Set(['born', 'date', 'start', 'end', 'published']);

/** Flattens an entity or link to Neo4j-storable scalars, omitting undefined fields. */
export function flatProps(item: Entity | Link): ScalarProps {
  const out: ScalarProps = {};
  for (const [key, value] of Object.entries(item)) {
    if (STRUCTURAL.has(key) || value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && value !== null) continue;
    out[key] = value;
    if (DATE_FIELDS.has(key) && typeof value === 'string') {
      out[`${key}Precision`] = parsePartialDate(value)?.precision ?? null;
    }
  }
  return out;
}

/** Read any field of a validated item by name. */
export function fieldOf(item: object, key: string): unknown {
  return (item as Readonly<Record<string, unknown>>)[key];
}
