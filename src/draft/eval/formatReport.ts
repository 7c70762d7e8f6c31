import type { Counts } from './scoreDocument.js';
import type { EvalResult } from './runEval.js';

export const precision = (c: Counts): number | null => (c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number | null => (c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn));
export function f1(c: Counts): number | null {
  const p = precision(c);
  const r = recall(c);
  return p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
}
const fmt = (n: number | null): string => (n === null ? '–' : n.toFixed(2));

/** Targets from issue 10, reported next to the figures (never asserted). */
export const TARGETS: Readonly<Record<string, string>> = {
  'entity Person': 'P ≥ 0.95, R ≥ 0.90',
  'entity Organisation': 'P ≥ 0.85, R ≥ 0.75',
  'link STOOD_IN': 'P, R ≥ 0.95, exact votes',
  'link PARTICIPATED_IN': 'P ≥ 0.85, R ≥ 0.80',
  'link SIGNED': 'P ≥ 0.85, R ≥ 0.80',
};

export function qualityRows(r: EvalResult): { kind: string; type: string; counts: Counts; target: string }[] {
  const rows = [
    ...Object.entries(r.entities).map(([type, counts]) => ({ kind: 'entity', type, counts })),
    ...Object.entries(r.links).map(([type, counts]) => ({ kind: 'link', type, counts })),
  ];
  return rows
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.type.localeCompare(b.type))
    .map((row) => ({ ...row, target: TARGETS[`${row.kind} ${row.type}`] ?? '' }));
}

/** The markdown table (also printed by the CLI and copied into the README). */
export function qualityTable(r: EvalResult): string {
  const head = '| kind | type | drafted | reviewed | matched | precision | recall | F1 | target |\n|---|---|---:|---:|---:|---:|---:|---:|---|';
  const body = qualityRows(r).map(({ kind, type, counts: c, target }) =>
    `| ${kind} | ${type} | ${c.tp + c.fp} | ${c.tp + c.fn} | ${c.tp} | ${fmt(precision(c))} | ${fmt(recall(c))} | ${fmt(f1(c))} | ${target} |`);
  const l = r.linking;
  const linking = `| linking | to existing entities | ${l.linked} | | ${l.correct} | ${fmt(l.linked === 0 ? null : l.correct / l.linked)} | | | ≥ 0.95 correct, no merges (merges: ${l.merges.length}) |`;
  const votes = `| votes | STOOD_IN exact votes | ${r.exactVotes.matched} | | ${r.exactVotes.exact} | ${fmt(r.exactVotes.matched === 0 ? null : r.exactVotes.exact / r.exactVotes.matched)} | | | exact |`;
  return [head, ...body, linking, votes].join('\n');
}
