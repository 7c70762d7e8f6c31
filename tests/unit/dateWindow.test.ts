import { describe, expect, it } from 'vitest';
import { withDateEnds } from '../../src/import/dateEnds.js';
import { dateWindow } from '../../src/queries/dateWindow.js';

describe('dateWindow', () => {
  it('reads partial bounds as intervals: a year opens on 1 January and closes on 31 December', () => {
    expect(dateWindow('2021', '2021')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(dateWindow('2021-01-01', '2021-12-31')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(dateWindow('2024-02', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
  it('leaves a missing bound open', () => {
    expect(dateWindow(null, '2022-04')).toEqual({ from: null, to: '2022-04-30' });
    expect(dateWindow('2022', undefined)).toEqual({ from: '2022-01-01', to: null });
  });
  it('refuses a window that ends before it starts, and malformed bounds', () => {
    expect(() => dateWindow('2022', '2021-12-31')).toThrow(/after/);
    expect(() => dateWindow('2022-13', null)).toThrow(/partial ISO date/);
  });
});

describe('withDateEnds', () => {
  it('adds the first and last day of every partial date property as native dates', () => {
    const out = withDateEnds({ date: '2021-05', start: '2010', end: '2022-04-30', name: 'x' });
    expect(String(out.dateFrom)).toBe('2021-05-01');
    expect(String(out.dateTo)).toBe('2021-05-31');
    expect(String(out.startFrom)).toBe('2010-01-01');
    expect(String(out.startTo)).toBe('2010-12-31');
    expect(String(out.endFrom)).toBe('2022-04-30');
    expect(String(out.endTo)).toBe('2022-04-30');
    expect(out.nameFrom).toBeUndefined();
  });
});
