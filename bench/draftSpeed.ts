/**
 * Times the extractor on one generated 30,000-character document (issue 10 target: ≤ 5 s), with
 * the gazetteer built from the whole reviewed corpus as an ingest would use it. The document is
 * made up here (rally reports, a joint letter, ward results, backing sentences) from a seeded
 * generator, so every run drafts the same text. Prints one JSON line; asserts nothing.
 *   node scripts/run-ts.mjs bench/draftSpeed.ts [--chars 30000] [--runs 3]
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftExtraction, loadGazetteer } from '../src/draft/index.js';
import { Random } from './prng.js';

const arg = (flag: string, fallback: number): number => {
  const i = process.argv.indexOf(flag);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const CHARS = arg('--chars', 30_000);
const RUNS = arg('--runs', 3);

const FIRST = ['Ann', 'Peter', 'Marta', 'Hamid', 'Wei', 'Olu', 'Grace', 'Tom', 'Priya', 'Declan', 'Sunita', 'Rhys'];
const LAST = ['Lee', 'Okafor', 'Lindqvist', 'Nguyen', 'Rahimi', 'Hughes', 'Patel', 'Byrne', 'Evans', 'Kowalski'];
const ORGS = ['Riverside Tenants Union', 'North Coalition Against Cuts', 'Hillside Green Party', 'Dockers Campaign Group'];
const WARDS = ['Abbey', 'Castle', 'Eastgate', 'Millfield', 'Northway', 'Quayside'];
const PARTIES = ['Labour', 'Green Party', 'Liberal Democrats', 'Independent', 'Conservative'];

function person(r: Random): string {
  const n = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  return r.chance(0.2) ? `Cllr ${n}` : n;
}

function paragraph(r: Random, k: number): string {
  switch (k % 4) {
    case 0:
      return `On ${r.int(1, 28)} March 2024 the ${r.pick(ORGS)} held a rally outside the town hall. Speakers included ${person(r)}, ${person(r)} and ${person(r)}. The meeting was chaired by ${person(r)}, who thanked the stewards and asked people to come back next month.`;
    case 1:
      return `A letter to the council, signed by ${person(r)}, ${person(r)}, ${person(r)} and ${person(r)}, asked for the library closures to be halted. ${person(r)}, chair of the ${r.pick(ORGS)}, said the cuts would fall hardest on the poorest wards.`;
    case 2: {
      const lines = Array.from({ length: 3 }, () => `${person(r)} - ${r.pick(PARTIES)} - ${r.int(200, 3000).toLocaleString('en-GB')}`);
      return `${r.pick(WARDS)} ward\n\n${lines.join('\n')}`;
    }
    default:
      return `${person(r)} backed ${person(r)} for the mayoral nomination, and the ${r.pick(ORGS)} endorsed the campaign a week later.`;
  }
}

export function generateDocument(chars: number, seed = 20261203): string {
  const r = new Random(seed, 'draft-speed');
  const parts = ['Campaign diary: a spring of local organising', ''];
  for (let k = 0; parts.join('\n\n').length < chars; k++) parts.push(paragraph(r, k));
  return parts.join('\n\n').slice(0, chars);
}

const text = generateDocument(CHARS);
const gazetteer = loadGazetteer(path.resolve('extraction'));
const times: number[] = [];
let entities = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const result = draftExtraction({ document: 'bench_draft_speed', text, published: '2024-03' }, gazetteer);
  times.push(performance.now() - t0);
  entities = result.extraction.entities.length;
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ chars: text.length, runs: RUNS, ms: times.map((t) => Math.round(t)), medianMs: Math.round(sorted[Math.floor(RUNS / 2)]!), entities, targetMs: 5000 }));
