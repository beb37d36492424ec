// The date formats of real person lists, chosen per column, and two-digit years.
import { describe, expect, it } from 'vitest';
import { dateReader, parseDate } from '../../../db/import/dates';

const TODAY = '2026-06-15';

describe('date formats of real person lists', () => {
  it('reads YYYYMMDD, and calls month 00 or day 93 impossible', () => {
    expect(parseDate('19560909', ['YYYYMMDD'])).toEqual({ ok: true, value: '1956-09-09' });
    expect(parseDate('19371233', ['YYYYMMDD'])).toMatchObject({ ok: false, impossible: true });
    expect(parseDate('19620093', ['YYYYMMDD'])).toEqual({
      ok: false,
      impossible: true,
      message: 'impossible date "19620093": month 0 (read as YYYYMMDD)',
    });
    expect(parseDate('1956909', ['YYYYMMDD'])).toMatchObject({ ok: false });
    expect(parseDate('1956909', ['YYYYMMDD'])).not.toHaveProperty('impossible');
  });

  it('reads DD/MM/YY and MM/DD/YY with the documented pivot for ordinary dates (69–99 → 19xx)', () => {
    expect(parseDate('05/03/21', ['DD/MM/YY'])).toEqual({ ok: true, value: '2021-03-05' });
    expect(parseDate('05/03/21', ['MM/DD/YY'])).toEqual({ ok: true, value: '2021-05-03' });
    expect(parseDate('31/12/68', ['DD/MM/YY'])).toEqual({ ok: true, value: '2068-12-31' });
    expect(parseDate('01/01/69', ['DD/MM/YY'])).toEqual({ ok: true, value: '1969-01-01' });
    expect(parseDate('29/02/01', ['DD/MM/YY'])).toMatchObject({ ok: false, impossible: true });
    expect(parseDate('29/02/00', ['DD/MM/YY'])).toEqual({ ok: true, value: '2000-02-29' });
  });

  it('never puts a two-digit date of birth in the future', () => {
    const birth = { birth: true, today: TODAY };
    expect(parseDate('14/06/26', ['DD/MM/YY'], birth)).toEqual({ ok: true, value: '2026-06-14' });
    expect(parseDate('16/06/26', ['DD/MM/YY'], birth)).toEqual({ ok: true, value: '1926-06-16' });
    expect(parseDate('03/04/50', ['MM/DD/YY'], birth)).toEqual({ ok: true, value: '1950-03-04' });
    expect(parseDate('03/04/05', ['MM/DD/YY'], birth)).toEqual({ ok: true, value: '2005-03-04' });
    expect(dateReader(['DD/MM/YY'], birth)('01/01/30')).toEqual({ ok: true, value: '1930-01-01' });
  });

  it('reads Excel serial day numbers, with Excel’s 1900 leap-day quirk', () => {
    expect(parseDate('45292', ['excel-serial'])).toEqual({ ok: true, value: '2024-01-01' });
    expect(parseDate('1', ['excel-serial'])).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseDate('59', ['excel-serial'])).toEqual({ ok: true, value: '1900-02-28' });
    expect(parseDate('61', ['excel-serial'])).toEqual({ ok: true, value: '1900-03-01' });
    expect(parseDate('32874.75', ['excel-serial'])).toEqual({ ok: true, value: '1990-01-01' });
    expect(parseDate('60', ['excel-serial'])).toMatchObject({ ok: false, impossible: true });
    expect(parseDate('0', ['excel-serial'])).toMatchObject({ ok: false, impossible: true });
    expect(parseDate('1990-01-01', ['excel-serial'])).not.toHaveProperty('impossible');
  });
});
