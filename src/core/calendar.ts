// Calendar arithmetic on dates of reduced precision (FACTS.md §5): a year, a
// month or a day. All UTC, so results never depend on the machine's time zone.

export interface PartialDate {
  year: number;
  month?: number; // 1–12
  day?: number; // 1–31
}

export type Precision = "year" | "month" | "day";

export function precisionOf(d: PartialDate): Precision {
  return d.day !== undefined ? "day" : d.month !== undefined ? "month" : "year";
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function toIso(d: PartialDate): string {
  if (d.month === undefined) return pad(d.year, 4);
  if (d.day === undefined) return `${pad(d.year, 4)}-${pad(d.month)}`;
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null when malformed or not a real date. */
export function parseIso(s: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (!isValidDay(year, month, day)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a full date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): Required<PartialDate> {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first and last day (day numbers, inclusive) a partial date covers. */
export function dayRange(d: PartialDate): [number, number] {
  if (d.month === undefined) return [dayNumber(d.year, 1, 1), dayNumber(d.year, 12, 31)];
  if (d.day === undefined) return [dayNumber(d.year, d.month, 1), dayNumber(d.year, d.month, daysInMonth(d.year, d.month))];
  const n = dayNumber(d.year, d.month, d.day);
  return [n, n];
}

export function addDays(d: Required<PartialDate>, days: number): Required<PartialDate> {
  return fromDayNumber(dayNumber(d.year, d.month, d.day) + days);
}

/** ISO 8601 week of a full date: [weekYear, week]. */
export function isoWeek(d: Required<PartialDate>): [number, number] {
  const n = dayNumber(d.year, d.month, d.day);
  const weekday = ((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1; // Mon=1 … Sun=7
  const thursday = fromDayNumber(n - weekday + 4);
  const week = Math.floor((dayNumber(thursday.year, thursday.month, thursday.day) - dayNumber(thursday.year, 1, 1)) / 7) + 1;
  return [thursday.year, week];
}

export function isoWeekString(weekYear: number, week: number): string {
  return `${pad(weekYear, 4)}-W${pad(week)}`;
}

/** Day numbers of the Monday and Sunday of an ISO week. */
export function isoWeekRange(weekYear: number, week: number): [number, number] {
  const jan4 = dayNumber(weekYear, 1, 4);
  const jan4Weekday = ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7) + 1;
  const monday = jan4 - (jan4Weekday - 1) + (week - 1) * 7;
  return [monday, monday + 6];
}

/** Shift an ISO week by n weeks, returning [weekYear, week]. */
export function shiftIsoWeek(weekYear: number, week: number, n: number): [number, number] {
  const [monday] = isoWeekRange(weekYear, week);
  return isoWeek(fromDayNumber(monday + n * 7));
}

/** Day range of any ISO value this project emits (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www); null if unparseable. */
export function isoValueRange(value: string): [number, number] | null {
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (w) return isoWeekRange(Number(w[1]), Number(w[2]));
  const iv = value.split("/");
  if (iv.length === 2) {
    const a = isoValueRange(iv[0]!);
    const b = isoValueRange(iv[1]!);
    return a && b ? [a[0], b[1]] : null;
  }
  const d = parseIso(value);
  return d ? dayRange(d) : null;
}

/** ISO weekday of a full date: Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Required<PartialDate>): number {
  return ((new Date(dayNumber(d.year, d.month, d.day) * 86_400_000).getUTCDay() + 6) % 7) + 1;
}

/** Shift a month by n months, returning [year, month]. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const k = year * 12 + (month - 1) + n;
  return [Math.floor(k / 12), (((k % 12) + 12) % 12) + 1];
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
export function easterSunday(year: number): Required<PartialDate> {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Compares two dates at a precision: negative when a is before b, 0 when they fall in the same unit, positive after. */
export function compareAt(a: PartialDate, b: PartialDate, p: Precision): number {
  if (a.year !== b.year || p === "year") return a.year - b.year;
  const am = a.month ?? 1, bm = b.month ?? 1;
  if (am !== bm || p === "month") return am - bm;
  return (a.day ?? 1) - (b.day ?? 1);
}
