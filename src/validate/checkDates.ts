import type { CorpusContext } from '../extraction/corpusContext.js';
import { fieldOf } from '../extraction/entityProps.js';
import type { LoadedExtraction, Located } from '../extraction/loadExtraction.js';
import { areCompatibleDates, isDefinitelyAfter, parsePartialDate, type PartialDate } from '../extraction/partialDate.js';
import type { Entity, Link } from '../extraction/schema.js';
import type { ValidationIssue } from './validationIssue.js';

function dateField(item: object, field: string): PartialDate | null {
  const v = fieldOf(item, field);
  return typeof v === 'string' ? parsePartialDate(v) : null;
}

/** First declared value of a date field of an id, across all files. */
function declaredDate(ctx: CorpusContext, id: string, field: string): PartialDate | null {
  for (const d of ctx.declarations.get(id) ?? []) {
    const date = dateField(d.entity, field);
    if (date) return date;
  }
  return null;
}

/** An election's `date` agrees with the date its id ends with. */
function checkElection(x: LoadedExtraction, e: Located<Entity>): ValidationIssue[] {
  const date = dateField(e.value, 'date');
  const fromId = parsePartialDate(e.value.id.split('.').at(-1) ?? '');
  if (e.value.type !== 'Election' || !date || !fromId || areCompatibleDates(date, fromId)) return [];
  const message = `${e.value.id}: date ${date.value} does not match the id's date ${fromId.value}`;
  return [{ file: x.file, line: x.lineOf(e.path, 'date'), message, code: 'date-order' }];
}

/** start ≤ end; no person linked before birth, or to an event/statement/election dated before birth. */
function checkLink(ctx: CorpusContext, x: LoadedExtraction, l: Located<Link>): ValidationIssue[] {
  const issue = (field: string, message: string): ValidationIssue => ({ file: x.file, line: x.lineOf(l.path, field), message, code: 'date-order' });
  const issues: ValidationIssue[] = [];
  const start = dateField(l.value, 'start');
  const end = dateField(l.value, 'end');
  if (start && end && isDefinitelyAfter(start, end)) issues.push(issue('start', `start ${start.value} is after end ${end.value}`));
  for (const [personField, otherField] of [['from', 'to'], ['to', 'from']] as const) {
    const person = l.value[personField];
    const born = declaredDate(ctx, person, 'born');
    if (!born) continue;
    const otherDate = declaredDate(ctx, l.value[otherField], 'date');
    const dated: [string, PartialDate | null, string][] = [
      ['start', start, 'this link starts'], ['end', end, 'this link ends'], [otherField, otherDate, `${l.value[otherField]} is dated`],
    ];
    for (const [field, date, what] of dated) {
      if (date && isDefinitelyAfter(born, date)) issues.push(issue(field, `${person} was born ${born.value}, after ${what} ${date.value}`));
    }
  }
  return issues;
}

export function checkDates(ctx: CorpusContext): ValidationIssue[] {
  return ctx.selected.flatMap((x) => [
    ...x.entities.flatMap((e) => checkElection(x, e)),
    ...x.links.flatMap((l) => checkLink(ctx, x, l)),
  ]);
}
