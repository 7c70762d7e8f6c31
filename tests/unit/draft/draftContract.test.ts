import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DraftInputError, buildGazetteer, draftExtraction } from '../../../src/draft/index.js';
import { validateDraft } from '../../../src/draft/validateDraft.js';

const empty = buildGazetteer([]);

describe('draftExtraction contract', () => {
  it('returns a draft whose YAML is the extraction object, marked as a draft, and validates', () => {
    const input = { document: 'test_contract', text: 'Ann Lee spoke at the rally in Millbrook.\n', published: '2024-05' };
    const draft = draftExtraction(input, empty);
    expect(draft.extraction.document).toBe('test_contract');
    expect(draft.yaml.startsWith('# DRAFT extraction of corpus/test_contract.txt')).toBe(true);
    expect(parse(draft.yaml)).toEqual(JSON.parse(JSON.stringify(draft.extraction)));
    expect(validateDraft(draft.yaml, input)).toEqual([]);
  });

  it('refuses empty text, lone surrogates and NUL bytes with a DraftInputError', () => {
    for (const text of ['', '  \n', 'Ann \uD800 Lee', 'Ann \uDC00', 'a\0b']) {
      expect(() => draftExtraction({ document: 'd', text }, empty)).toThrow(DraftInputError);
    }
    expect(() => draftExtraction({ document: 'd', text: 'Ann 😀 Lee' }, empty)).not.toThrow();
  });
});
