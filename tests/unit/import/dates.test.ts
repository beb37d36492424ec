import { describe, expect, it } from 'vitest';
import { dateReader, parseDate } from '../../../db/import/dates';

describe('reading dates with the formats of a specification', () => {
  it('reads each allowed format into YYYY-MM-DD, first fitting format first', () => {
    expect(parseDate('2021-3-2', ['YYYY-MM-DD'])).toEqual({ ok: true, value: '2021-03-02' });
    expect(parseDate('03/05/2021', ['MM/DD/YYYY', 'DD/MM/YYYY'])).toEqual({ ok: true, value: '2021-03-05' });
    expect(parseDate('03/05/2021', ['DD/MM/YYYY', 'MM/DD/YYYY'])).toEqual({ ok: true, value: '2021-05-03' });
    expect(parseDate('24.12.2020', ['DD.MM.YYYY'])).toEqual({ ok: true, value: '2020-12-24' });
    expect(parseDate('2020-02-29T00:00:00.000Z', ['MM/DD/YYYY'])).toEqual({ ok: true, value: '2020-02-29' });
  });

  it('refuses impossible days and months, leap years included', () => {
    expect(parseDate('2021-02-29', ['YYYY-MM-DD'])).toEqual({
      ok: false,
      impossible: true,
      message: 'impossible date "2021-02-29": 2021-02 has no day 29 (read as YYYY-MM-DD)',
    });
    expect(parseDate('2000-02-29', ['YYYY-MM-DD']).ok).toBe(true);
    expect(parseDate('1900-02-29', ['YYYY-MM-DD']).ok).toBe(false);
    expect(parseDate('2021-04-31', ['YYYY-MM-DD']).ok).toBe(false);
    expect(parseDate('13/01/2021', ['MM/DD/YYYY'])).toEqual({
      ok: false,
      impossible: true,
      message: 'impossible date "13/01/2021": month 13 (read as MM/DD/YYYY)',
    });
    expect(parseDate('next week', ['YYYY-MM-DD', 'MM/DD/YYYY'])).toEqual({
      ok: false,
      message: '"next week" is not a date in the format YYYY-MM-DD or MM/DD/YYYY',
    });
  });

  it('reads the same through a reader bound to the formats as through parseDate', () => {
    const formats = ['DD/MM/YYYY', 'MM/DD/YYYY'] as const;
    const read = dateReader(formats);
    for (const text of ['03/05/2021', '13/01/2021', '31/02/2021', '2021-01-01', 'soon', '03/05/2021'])
      expect(read(text)).toEqual(parseDate(text, formats));
  });
});
