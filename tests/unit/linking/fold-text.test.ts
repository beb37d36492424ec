import { describe, expect, it } from 'vitest';
import { foldText } from '../../../db/linking/identifiers';

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
});
