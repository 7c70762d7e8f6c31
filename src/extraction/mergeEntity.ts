import type { Declaration } from './corpusContext.js';
import { flatProps, type ScalarProps } from './entityProps.js';
import { areCompatibleDates, parsePartialDate } from './partialDate.js';
import type { EntityType } from './schema.js';

/** Free text that may legitimately differ between files: first non-null wins, no conflict. */
const FREE_TEXT = new Set(['description', 'place', 'bornInferred', 'dateInferred']);
/** Date fields merged with their companions as one unit. */
const DATE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  born: ['born', 'bornPrecision', 'bornInferred'],
  date: ['date', 'datePrecision', 'dateInferred'],
};
const COMPANIONS = new Set(Object.values(DATE_GROUPS).flat().filter((k) => !(k in DATE_GROUPS)));
/** Draft metadata describes a declaration, not the entity: merged by draftProps, never a conflict. */
const DRAFT_FIELDS = new Set(['reviewed', 'confidence', 'proposedBy']);

/**
 * An entity is reviewed if any declaring file has it reviewed (absent `reviewed` means reviewed);
 * then it carries no draft props. Otherwise `reviewed: false`, the highest confidence and the first proposer.
 */
function draftProps(decls: readonly Declaration[]): ScalarProps {
  if (decls.some((d) => d.entity.reviewed !== false)) return {};
  const out: ScalarProps = { reviewed: false };
  const confidences = decls.flatMap((d) => (d.entity.confidence === undefined ? [] : [d.entity.confidence]));
  if (confidences.length > 0) out['confidence'] = Math.max(...confidences);
  const proposer = decls.find((d) => d.entity.proposedBy !== undefined)?.entity.proposedBy;
  if (proposer !== undefined) out['proposedBy'] = proposer;
  return out;
}

export interface MergeConflict {
  readonly field: string;
  /** The declaration whose value was kept, and one whose value disagrees with it. */
  readonly kept: Declaration;
  readonly other: Declaration;
}

export interface MergedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Aliases ∪ misspellings of every declaration, deduplicated, the name excluded. */
  readonly aliases: string[];
  readonly misspellings: string[];
  readonly props: ScalarProps;
  readonly conflicts: readonly MergeConflict[];
}

/** Exact spellings are kept apart (curly vs straight apostrophes matter to text search). */
function dedupe(values: Iterable<string>, exclude: string): string[] {
  return [...new Set(values)].filter((v) => v !== exclude);
}

function mergeDate(props: ScalarProps, source: Map<string, Declaration>, field: string, incoming: ScalarProps, decl: Declaration, conflicts: MergeConflict[]): void {
  const mine = typeof props[field] === 'string' ? parsePartialDate(props[field]) : null;
  const theirs = typeof incoming[field] === 'string' ? parsePartialDate(incoming[field]) : null;
  if (!theirs) return;
  const kept = source.get(field);
  if (mine && kept && !areCompatibleDates(mine, theirs)) return void conflicts.push({ field, kept, other: decl });
  if (mine && theirs.value.length <= mine.value.length) return;
  for (const key of DATE_GROUPS[field] ?? []) {
    const value = incoming[key];
    if (value === undefined) delete props[key];
    else props[key] = value;
  }
  source.set(field, decl);
}

/**
 * Merges the declarations of one id, in file order. Scalars: first non-null wins;
 * a later, more precise compatible date refines an earlier one ("2003" → "2003-05-01").
 */
export function mergeEntity(decls: readonly [Declaration, ...Declaration[]]): MergedEntity {
  const [first] = decls;
  const props: ScalarProps = {};
  const source = new Map<string, Declaration>();
  const conflicts: MergeConflict[] = [];
  for (const decl of decls) {
    const incoming = flatProps(decl.entity);
    if (decl !== first && decl.entity.name !== first.entity.name) conflicts.push({ field: 'name', kept: first, other: decl });
    for (const [key, value] of Object.entries(incoming)) {
      if (DRAFT_FIELDS.has(key)) continue;
      if (key in DATE_GROUPS) mergeDate(props, source, key, incoming, decl, conflicts);
      else if (COMPANIONS.has(key) || value === null) continue;
      else if (!(key in props)) (props[key] = value, source.set(key, decl));
      else if (props[key] !== value && !FREE_TEXT.has(key)) conflicts.push({ field: key, kept: source.get(key) ?? first, other: decl });
    }
  }
  if (first.entity.type === 'Election' && props['seats'] === undefined) props['seats'] = 1;
  Object.assign(props, draftProps(decls));
  const misspellings = dedupe(decls.flatMap((d) => d.entity.misspellings ?? []), first.entity.name);
  const aliases = dedupe(decls.flatMap((d) => [...(d.entity.aliases ?? []), ...(d.entity.misspellings ?? []), d.entity.name]), first.entity.name);
  return { id: first.entity.id, type: first.entity.type, name: first.entity.name, aliases, misspellings, props, conflicts };
}
