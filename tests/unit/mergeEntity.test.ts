import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/extraction/corpusContext.js';
import { parseExtraction } from '../../src/extraction/loadExtraction.js';
import { mergeEntity } from '../../src/extraction/mergeEntity.js';

function declare(file: string, fields: string): Declaration {
  const x = parseExtraction(file, `document: d\nentities:\n  - id: event:rally\n    type: Event\n    name: Rally\n    kind: rally\n${fields}    evidence: ["Rally"]\n`);
  const [first] = x.entities;
  if (!first || x.issues.length > 0) throw new Error(JSON.stringify(x.issues));
  return { entity: first.value, source: x, path: first.path };
}

describe('mergeEntity', () => {
  it('lets a more precise compatible date refine an earlier one, with its own companions', () => {
    const merged = mergeEntity([
      declare('a.yaml', '    date: "2019"\n    dateInferred: the year of the strike\n    place: Millbrook\n'),
      declare('b.yaml', '    date: "2019-05-03"\n    place: Millbrook Green\n    aliases: [Harbour Rally]\n'),
    ]);
    expect(merged.props).toEqual({ kind: 'rally', date: '2019-05-03', datePrecision: 'DAY', place: 'Millbrook' });
    expect(merged.aliases).toEqual(['Harbour Rally']);
    expect(merged.conflicts).toEqual([]);
  });

  it('reports an incompatible date, keeps the first, and accepts a coarser compatible one', () => {
    const a = declare('a.yaml', '    date: "2019-05"\n');
    const b = declare('b.yaml', '    date: "2019-06-01"\n');
    const c = declare('c.yaml', '    date: "2019"\n');
    const merged = mergeEntity([a, b, c]);
    expect(merged.props['date']).toBe('2019-05');
    expect(merged.conflicts.map((k) => [k.field, k.kept.source.file, k.other.source.file])).toEqual([['date', 'a.yaml', 'b.yaml']]);
  });

  it('treats an entity as reviewed when any declaring file has it reviewed, and keeps draft props out of conflicts', () => {
    const draft = declare('a.yaml', '    reviewed: false\n    confidence: 0.6\n    proposedBy: rule:a\n');
    const draft2 = declare('b.yaml', '    reviewed: false\n    confidence: 0.9\n    proposedBy: rule:b\n');
    const reviewed = declare('c.yaml', '');
    const both = mergeEntity([draft, draft2]);
    expect(both.props).toEqual({ kind: 'rally', reviewed: false, confidence: 0.9, proposedBy: 'rule:a' });
    expect(both.conflicts).toEqual([]);
    const mixed = mergeEntity([draft, reviewed]);
    expect(mixed.props).toEqual({ kind: 'rally' });
    expect(mixed.conflicts).toEqual([]);
  });
});
