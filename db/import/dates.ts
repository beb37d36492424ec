// Reads dates written in the formats an import specification allows and writes them as
// YYYY-MM-DD. An impossible date (2021-02-30, month 00) is reported as impossible, not
// guessed at; the row mapper drops that cell with a warning.
import type { DateFormat } from './spec';

type Part = 'y' | 'm' | 'd';
interface Pattern {
  re: RegExp;
  order: [Part, Part, Part];
  /** The year is written with two digits. */
  shortYear?: boolean;
}

const PATTERNS: Record<Exclude<DateFormat, 'excel-serial'>, Pattern> = {
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: ['y', 'm', 'd'] },
  'YYYY/MM/DD': { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: ['y', 'm', 'd'] },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  'DD.MM.YYYY': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
  YYYYMMDD: { re: /^(\d{4})(\d{2})(\d{2})$/, order: ['y', 'm', 'd'] },
  'DD/MM/YY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/, order: ['d', 'm', 'y'], shortYear: true },
  'MM/DD/YY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/, order: ['m', 'd', 'y'], shortYear: true },
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysIn(year: number, month: number): number {
  return month === 2 && leap(year) ? 29 : DAYS[month - 1]!;
}

export type DateResult =
  | { ok: true; value: string }
  /** impossible: the text has the format's shape but names no real day (month 00, day 93). */
  | { ok: false; message: string; impossible?: boolean };

export interface DateOptions {
  /** A date of birth: a two-digit year is the latest year that does not put it in the future. */
  birth?: boolean;
  /** Today as YYYY-MM-DD (tests fix it; defaults to the clock). */
  today?: string;
}

/** Pivot for two-digit years that are not birth dates (as POSIX strptime %y): 69–99 → 19xx. */
const SHORT_YEAR_PIVOT = 69;
/** The last day Excel's serial numbers reach: 9999-12-31. */
const MAX_EXCEL_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The full year of a two-digit one, as documented in docs/import-spec.md. */
function fullYear(yy: number, m: number, d: number, options: DateOptions): number {
  if (!options.birth) return yy < SHORT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
  const recent = `${2000 + yy}-${pad(m)}-${pad(d)}`;
  return recent <= (options.today ?? todayIso()) ? 2000 + yy : 1900 + yy;
}

/**
 * A spreadsheet day number as a date. Excel counts 1900-01-01 as day 1 and wrongly keeps a
 * 29 February 1900 (day 60), so days after it count from 1899-12-30.
 */
function excelSerial(text: string): DateResult | null {
  if (!/^\d{1,7}(\.\d+)?$/.test(text)) return null;
  const serial = Math.floor(Number(text));
  if (serial < 1 || serial > MAX_EXCEL_SERIAL || serial === 60)
    return {
      ok: false,
      impossible: true,
      message: `impossible date "${text}": no day ${serial} in Excel's calendar`,
    };
  const epoch = Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  return { ok: true, value: new Date(epoch + serial * DAY_MS).toISOString().slice(0, 10) };
}

/** A log repeats the same few thousand dates: read each once (bounded, so memory stays flat). */
const CACHE_SIZE = 20_000;

/**
 * parseDate for one column's formats, as an import reads every row with them: its cache
 * is keyed by the text alone, so a lookup builds no key string.
 */
export function dateReader(
  formats: readonly DateFormat[],
  options: DateOptions = {},
): (raw: string) => DateResult {
  const own = [...formats];
  const fixed = { ...options, today: options.today ?? todayIso() };
  const seen = new Map<string, DateResult>();
  return (raw) => {
    const hit = seen.get(raw);
    if (hit) return hit;
    const result = parseDate(raw, own, fixed);
    if (seen.size >= CACHE_SIZE) seen.clear();
    seen.set(raw, result);
    return result;
  };
}

/** Tries each format in order; the first whose shape fits decides (so the order matters). */
export function parseDate(
  raw: string,
  formats: readonly DateFormat[],
  options: DateOptions = {},
): DateResult {
  const text = raw.trim();
  // Excel writes dates as ISO timestamps once read through exceljs.
  const iso = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/.exec(text);
  const candidate = iso ? iso[1]! : text;
  for (const f of iso ? (['YYYY-MM-DD'] as const) : formats) {
    if (f === 'excel-serial') {
      const serial = excelSerial(candidate);
      if (serial) return serial;
      continue;
    }
    const m = PATTERNS[f].re.exec(candidate);
    if (m) return checked(text, f, PATTERNS[f], m, options);
  }
  return { ok: false, message: `"${text.slice(0, 40)}" is not a date in the format ${formats.join(' or ')}` };
}

function checked(
  text: string,
  f: DateFormat,
  p: Pattern,
  m: RegExpExecArray,
  options: DateOptions,
): DateResult {
  const parts: Record<Part, number> = { y: 0, m: 0, d: 0 };
  p.order.forEach((part, i) => (parts[part] = Number(m[i + 1])));
  if (parts.m < 1 || parts.m > 12)
    return {
      ok: false,
      impossible: true,
      message: `impossible date "${text}": month ${parts.m} (read as ${f})`,
    };
  if (p.shortYear) parts.y = fullYear(parts.y, parts.m, parts.d, options);
  if (parts.d < 1 || parts.d > daysIn(parts.y, parts.m))
    return {
      ok: false,
      impossible: true,
      message: `impossible date "${text}": ${parts.y}-${pad(parts.m)} has no day ${parts.d} (read as ${f})`,
    };
  return { ok: true, value: `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}` };
}
