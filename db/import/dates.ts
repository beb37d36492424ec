// Reads dates written in the formats an import specification allows and writes
// them as YYYY-MM-DD. An impossible date (2021-02-30) is a problem, not a guess.
import type { DateFormat } from './spec';

const PATTERNS: Record<
  DateFormat,
  { re: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }
> = {
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: ['y', 'm', 'd'] },
  'YYYY/MM/DD': { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: ['y', 'm', 'd'] },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  'DD.MM.YYYY': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysIn(year: number, month: number): number {
  return month === 2 && leap(year) ? 29 : DAYS[month - 1]!;
}

export type DateResult = { ok: true; value: string } | { ok: false; message: string };

/** A log repeats the same few thousand dates: read each once (bounded, so memory stays flat). */
const CACHE_SIZE = 20_000;

/**
 * parseDate for one specification's formats, as an import reads every row with them:
 * its cache is keyed by the text alone, so a lookup builds no key string.
 */
export function dateReader(formats: readonly DateFormat[]): (raw: string) => DateResult {
  const own = [...formats];
  const seen = new Map<string, DateResult>();
  return (raw) => {
    const hit = seen.get(raw);
    if (hit) return hit;
    const result = parseDate(raw, own);
    if (seen.size >= CACHE_SIZE) seen.clear();
    seen.set(raw, result);
    return result;
  };
}

/** Tries each format in order; the first whose shape fits decides (so the order matters). */
export function parseDate(raw: string, formats: readonly DateFormat[]): DateResult {
  const text = raw.trim();
  // Excel writes dates as ISO timestamps once read through exceljs.
  const iso = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/.exec(text);
  const candidate = iso ? iso[1]! : text;
  for (const f of iso ? (['YYYY-MM-DD'] as const) : formats) {
    const m = PATTERNS[f].re.exec(candidate);
    if (!m) continue;
    const parts: Record<'y' | 'm' | 'd', number> = { y: 0, m: 0, d: 0 };
    PATTERNS[f].order.forEach((p, i) => (parts[p] = Number(m[i + 1])));
    if (parts.m < 1 || parts.m > 12)
      return { ok: false, message: `impossible date "${text}": month ${parts.m} (read as ${f})` };
    if (parts.d < 1 || parts.d > daysIn(parts.y, parts.m))
      return {
        ok: false,
        message: `impossible date "${text}": ${parts.y}-${pad(parts.m)} has no day ${parts.d} (read as ${f})`,
      };
    return { ok: true, value: `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}` };
  }
  return { ok: false, message: `"${text.slice(0, 40)}" is not a date in the format ${formats.join(' or ')}` };
}
