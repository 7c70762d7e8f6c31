import { describe, expect, it } from 'vitest';
import {
  areCompatibleDates, comparePartialDates, earliestDay, isDefinitelyAfter, latestDay, normaliseDateInput, parsePartialDate,
} from '../../src/extraction/partialDate.js';

const d = (s: string) => {
  const parsed = parsePartialDate(s);
  if (!parsed) throw new Error(`bad date ${s}`);
  return parsed;
};

describe('parsePartialDate', () => {
  it('reads year, month and day precision', () => {
    expect(d('2003')).toMatchObject({ precision: 'YEAR', year: 2003, month: null, day: null });
    expect(d('2021-05')).toMatchObject({ precision: 'MONTH', month: 5, day: null });
    expect(d('2022-04-30')).toMatchObject({ precision: 'DAY', day: 30 });
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2021-13', '2021-02-30', '2023-02-29', '03', '2021-5', '2021/05/01', '']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
  });

  it('normalises unquoted YAML years to strings', () => {
    expect(normaliseDateInput(2003)).toBe('2003');
    expect(normaliseDateInput('2003')).toBe('2003');
    expect(normaliseDateInput(20.5)).toBe(20.5);
  });
});

describe('ordering', () => {
  it('gives the first and last possible day', () => {
    expect(earliestDay(d('2021'))).toBe('2021-01-01');
    expect(latestDay(d('2024-02'))).toBe('2024-02-29');
    expect(latestDay(d('2021'))).toBe('2021-12-31');
  });

  it('compares by earliest day, coarser first on a tie', () => {
    const sorted = ['2003-05-01', '2003-05', '2002-12-31', '2003'].map(d).sort(comparePartialDates).map((x) => x.value);
    expect(sorted).toEqual(['2002-12-31', '2003', '2003-05', '2003-05-01']);
  });

  it('only calls a date after another when no reading overlaps', () => {
    expect(isDefinitelyAfter(d('2022'), d('2021-06'))).toBe(true);
    expect(isDefinitelyAfter(d('2003-06'), d('2003'))).toBe(false);
    expect(isDefinitelyAfter(d('2003'), d('2003-06'))).toBe(false);
    expect(isDefinitelyAfter(d('2003-07-01'), d('2003-06'))).toBe(true);
  });

  it('treats a refinement as compatible', () => {
    expect(areCompatibleDates(d('2003'), d('2003-05-01'))).toBe(true);
    expect(areCompatibleDates(d('2003-05'), d('2003-06-01'))).toBe(false);
  });
});
