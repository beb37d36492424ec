import { describe, expect, it } from 'vitest';
import { foldText, normaliseSerial } from '../../../db/linking/identifiers';

/** foldText as written before its ASCII fast path: every string goes through NFKD. */
const reference = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('folding text for keys and search', () => {
  it('drops accents, case, width and ligatures', () => {
    expect(foldText('Ñandú José')).toBe('nandu jose');
    expect(foldText('ＡＢＣ １２３')).toBe('abc 123');
    expect(foldText('ﬁnance ﬂow')).toBe('finance flow');
    expect(foldText("  O'Brien-Smith, Jr. ")).toBe('o brien smith jr');
  });

  it('gives plain ASCII (which skips normalising) exactly what normalising gives', () => {
    const tricky = [
      'Ñandú José',
      'ＡＢＣ',
      'ﬁ',
      'Straße',
      'İstanbul',
      'e\u0301',
      'Ⅻ',
      '½',
      '\u00a0x\u2003',
      '🙂 a',
    ];
    const ascii = Array.from({ length: 128 }, (_, i) => `a${String.fromCharCode(i)}B`);
    for (const text of [...tricky, ...ascii, '', ' \t\n', 'Dana  EXAMPLE-12', '#12 N. Main St.'])
      expect(foldText(text), JSON.stringify(text)).toBe(reference(text));
  });

  it('keys serials from plain ASCII (one pass) as folding does', () => {
    const compact = (text: string) => reference(text).replace(/ /g, '').toUpperCase();
    const texts = ['tst-0001 a', ' Testmark ', 'A.B/C_9', 'Ñandú-12', 'ＳＮ１２３', '\t--\n', 'ﬁ-42'];
    for (let i = 0; i < 128; i++) texts.push(`x${String.fromCharCode(i)}1y`);
    for (const text of texts)
      expect(normaliseSerial(text, `${text}123`), JSON.stringify(text)).toBe(
        `${compact(text) || 'UNKNOWN'}:${compact(`${text}123`)}`,
      );
  });
});
