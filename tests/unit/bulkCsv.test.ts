import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, BulkCsvWriter, EMPTY_LIST } from '../../src/import/bulkCsvFiles.js';
import { progressReporter } from '../../src/import/bulkProgress.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function written(): Record<string, string[]> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8').trimEnd().split('\n')]));
}

describe('bulk CSV files', () => {
  it('give rows with the same property names and types one file, headed by exactly those columns', () => {
    dir = mkdtempSync(join(tmpdir(), 'bulk-csv-'));
    const w = new BulkCsvWriter(dir);
    w.node('p1', ['Entity', 'Person'], { name: 'Ann "Red" Smith', born: null, bornFrom: new neo4j.types.Date(1960, 1, 1), aliases: ['A', 'B'] });
    w.node('p2', ['Entity', 'Person'], { name: 'Bo', bornFrom: new neo4j.types.Date(1961, 2, 3), aliases: [] });
    w.node('o1', ['Entity'], { name: 'Union', votes: 12, share: 0.5 });
    w.relationship('MEMBER_OF', 'p1', 'o1', { key: 'k1', reviewed: false, starts: [1, 2] });
    w.close();
    expect(written()).toEqual({
      'nodes-00001.csv': ['id:ID,:LABEL,aliases:string[],bornFrom:date,name:string', `"p1","Entity${ARRAY_DELIMITER}Person","A${ARRAY_DELIMITER}B",1960-01-01,"Ann ""Red"" Smith"`, `"p2","Entity${ARRAY_DELIMITER}Person","${EMPTY_LIST}",1961-02-03,"Bo"`],
      'nodes-00002.csv': ['id:ID,:LABEL,name:string,share:double,votes:long', '"o1","Entity","Union",0.5,12'],
      'rels-00003.csv': [':START_ID,:END_ID,:TYPE,key:string,reviewed:boolean,starts:long[]', `"p1","o1",MEMBER_OF,"k1",false,"1${ARRAY_DELIMITER}2"`],
    });
    expect(w.counts).toEqual({ nodes: 3, relationships: 1, files: 3 });
    expect([...w.emptyLists.values()]).toEqual([{ kind: 'node', labelOrType: 'Entity', property: 'aliases' }]);
  });

  it('refuse a list the format cannot tell apart from another', () => {
    dir = mkdtempSync(join(tmpdir(), 'bulk-csv-'));
    const w = new BulkCsvWriter(dir);
    expect(() => w.node('x', ['Entity'], { aliases: [''] })).toThrow(/cannot tell apart/);
    expect(() => w.node('y', ['Entity'], { aliases: [`a${ARRAY_DELIMITER}b`] })).toThrow(/cannot tell apart/);
    w.close();
  });
});

describe('bulk import progress', () => {
  it('says the stage, the share done and the time left, scaled from the time so far', () => {
    let t = 0;
    const lines: string[] = [];
    const report = progressReporter((m) => lines.push(m), () => t);
    report('(2/4) Relationship import 2026-12-03 11:28:49.769+0000');
    t = 10_000;
    report('.......... .......... .......... .......... ..........  25% ∆2ms [10s]');
    t = 11_000;
    report('.......... .......... .......... .......... ..........  30% ∆2ms [11s]');
    report('Relationship import COMPLETED in 4s 108ms');
    expect(lines).toEqual([
      'bulk import: stage 2/4 Relationship import',
      'bulk import: stage 2/4 Relationship import 25%, about 30 s left in this stage',
      'bulk import: Relationship import COMPLETED in 4s 108ms',
    ]);
  });
});
