import { describe, expect, it } from 'vitest';
import { parseExtraction } from '../../src/extraction/loadExtraction.js';
import { parseDocuments } from '../../src/extraction/loadDocuments.js';

const person = (extra: string) => `document: d1
entities:
  - id: person:a-b
    type: Person
    name: A B
${extra}    evidence: ["A B"]
`;

describe('parseExtraction', () => {
  it('reports YAML syntax errors with their line', () => {
    const x = parseExtraction('x/d1.yaml', 'document: d1\nentities:\n  - id: [unclosed\n    type: Person\n');
    expect(x.issues.length).toBeGreaterThan(0);
    expect(x.issues[0]).toMatchObject({ file: 'x/d1.yaml', code: 'yaml-syntax' });
    expect(x.issues[0]?.line).toBeGreaterThanOrEqual(3);
    expect(x.entities).toEqual([]);
  });

  it('accepts draft metadata and refuses a confidence outside [0, 1]', () => {
    const ok = parseExtraction('d1.yaml', person('    reviewed: false\n    confidence: 0.8\n    proposedBy: rule:test\n'));
    expect(ok.issues).toEqual([]);
    expect(ok.entities[0]?.value).toMatchObject({ reviewed: false, confidence: 0.8, proposedBy: 'rule:test' });
    const bad = parseExtraction('d1.yaml', person('    confidence: 1.5\n'));
    expect(bad.issues.map((i) => [i.line, i.code, i.message])).toEqual([[6, 'schema', 'entities[0].confidence: confidence must be between 0 and 1']]);
  });

  it('accepts an unquoted year and stores it as a string', () => {
    const x = parseExtraction('d1.yaml', person('    born: 1970\n'));
    expect(x.issues).toEqual([]);
    expect(x.entities[0]?.value).toMatchObject({ born: '1970' });
  });

  it('points an unknown field at its own line and keeps the valid items', () => {
    const text = person('    colour: red\n') + '  - id: org:c\n    type: Organisation\n    name: C\n    kind: party\n    evidence: ["C"]\n';
    const x = parseExtraction('d1.yaml', text);
    expect(x.issues).toEqual([expect.objectContaining({ line: 6, code: 'schema', message: 'entities[0]: unknown field "colour"' })]);
    expect(x.entities.map((e) => e.value.id)).toEqual(['org:c']);
    expect(x.lineOf(x.entities[0]?.path ?? [])).toBe(8);
  });

  it('rejects a malformed date and an id of the wrong form', () => {
    const x = parseExtraction('d1.yaml', person('    born: "1970-13"\n').replace('person:a-b', 'person:A_B'));
    expect(x.issues.map((i) => [i.line, i.message.split(':')[0]])).toEqual([[3, 'entities[0].id'], [6, 'entities[0].born']]);
  });

  it('reads an empty links key as no links, and an unknown link type as a schema error', () => {
    const ok = parseExtraction('d1.yaml', person('') + 'links:\n');
    expect(ok.issues).toEqual([]);
    const bad = parseExtraction('d1.yaml', person('') + 'links:\n  - type: KNOWS\n    from: person:a-b\n    to: person:a-b\n    evidence: ["A B"]\n');
    expect(bad.issues).toEqual([expect.objectContaining({ line: 8, code: 'schema' })]);
    expect(bad.issues[0]?.message).toContain('MEMBER_OF');
  });

  it('uses the file stem as the document id', () => {
    expect(parseExtraction('extraction/000_abc.yaml', person('')).stem).toBe('000_abc');
  });
});

describe('parseDocuments', () => {
  it('accepts a bare list or a documents key, and flags a repeated id', () => {
    const entry = (id: string) => `- id: ${id}\n  title: T\n  publisher: P\n  kind: opinion\n  published: 2020\n`;
    const list = parseDocuments('documents.yaml', entry('a') + entry('b') + entry('a'));
    expect([...list.documents.keys()]).toEqual(['a', 'b']);
    expect(list.documents.get('a')?.value.published).toBe('2020');
    expect(list.issues).toEqual([expect.objectContaining({ line: 11, code: 'document-metadata' })]);
    const wrapped = parseDocuments('documents.yaml', `documents:\n${entry('c').replace(/^/gm, '  ')}`);
    expect(wrapped.issues).toEqual([]);
    expect([...wrapped.documents.keys()]).toEqual(['c']);
  });
});

describe('plain YAML', () => {
  it('refuses anchors, aliases and tags, at their lines', () => {
    const x = parseExtraction('d1.yaml', 'document: d1\nentities: []\nlinks: &l []\nignore: *l\n');
    expect(x.issues.map((i) => [i.line, i.code])).toEqual([[3, 'yaml-syntax'], [4, 'yaml-syntax']]);
    const tagged = parseExtraction('d1.yaml', 'document: !!str d1\n');
    expect(tagged.issues).toEqual([expect.objectContaining({ line: 1, code: 'yaml-syntax' })]);
  });
});
