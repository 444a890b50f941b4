// Resolution of what an expression says (DateParts) against the publication
// date P, by FACTS.md §5: what the text states is kept; what comes from P is
// never finer than P; a relative expression with P unknown is null, with a warning.
import {
  type PartialDate,
  addDays,
  addMonths,
  compareAt,
  dayNumber,
  dayRange,
  easterSunday,
  fromDayNumber,
  isoWeek,
  isoWeekRange,
  isoWeekString,
  isoWeekday,
  isValidDay,
  precisionOf,
  shiftIsoWeek,
  toIso,
} from "../core/calendar.js";
import type { DateParts, Direction } from "./types.js";

export interface Resolved {
  value: string | null;
  /** Why the value is null, when it is. */
  problem?: "unknown" | "noMonth" | "noDay" | "invalid";
}

const FULL = (d: PartialDate): d is Required<PartialDate> => d.day !== undefined && d.month !== undefined;

/** A calendar date in a year: fixed month/day, or days from Easter. */
function dayInYear(p: DateParts, year: number): Required<PartialDate> | null {
  if (p.easter !== undefined) {
    const e = easterSunday(year);
    return fromDayNumber(dayNumber(e.year, e.month, e.day) + p.easter);
  }
  if (p.month === undefined || p.day === undefined) return null;
  return isValidDay(year, p.month, p.day) ? { year, month: p.month, day: p.day } : null;
}

/** The date p names in a given year: a day, or a month when no day is said. */
function inYear(p: DateParts, year: number): PartialDate | null {
  if (p.day !== undefined || p.easter !== undefined) return dayInYear(p, year);
  if (p.month !== undefined) return { year, month: p.month };
  return { year };
}

/**
 * A date without a year: the latest one on or before P (compared at P's precision),
 * or the earliest on or after P for the future directions. A weekday stated with
 * it ("donderdag 11 maart") picks the neighbouring year when only that one fits.
 */
function yearless(p: DateParts, P: PartialDate): PartialDate | null {
  if (p.dir === "nearest") return nearest(yearless({ ...p, dir: "past" }, P), yearless({ ...p, dir: "future" }, P), P);
  const prec = precisionOf(P);
  const dir: Direction = p.dir ?? "past";
  const fits = (c: PartialDate) => {
    const cmp = compareAt(c, P, prec);
    return dir === "past" ? cmp <= 0 : dir === "pastStrict" ? cmp < 0 : dir === "future" ? cmp >= 0 : cmp > 0;
  };
  const step = dir.startsWith("past") ? -1 : 1;
  let chosen: PartialDate | null = null;
  for (let y = P.year, k = 0; k < 3 && chosen === null; y += step, k++) {
    const c = inYear(p, y);
    if (c !== null && fits(c)) chosen = c;
  }
  if (chosen === null) return null;
  if (p.weekday !== undefined && FULL(chosen) && isoWeekday(chosen) !== p.weekday) {
    for (const y of [chosen.year - step, chosen.year + step]) {
      const alt = inYear(p, y);
      if (alt !== null && FULL(alt) && isoWeekday(alt) === p.weekday && Math.abs(y - P.year) <= 1) return alt;
    }
  }
  return chosen;
}

/** Of two candidates, the one whose days lie closer to P (the earlier one on a tie). */
function nearest<T extends PartialDate>(a: T | null, b: T | null, P: PartialDate): T | null {
  if (a === null || b === null) return a ?? b;
  const [p0, p1] = dayRange(P);
  const distance = (d: PartialDate) => {
    const [d0, d1] = dayRange(d);
    return d1 < p0 ? p0 - d1 : d0 > p1 ? d0 - p1 : 0;
  };
  return distance(b) < distance(a) ? b : a;
}

/** A weekday near P: the latest on or before P, or by the direction. */
function weekdayNear(weekday: number, P: Required<PartialDate>, dir: Direction): Required<PartialDate> {
  if (dir === "nearest") return nearest(weekdayNear(weekday, P, "past"), weekdayNear(weekday, P, "future"), P)!;
  const diff = weekday - isoWeekday(P); // −6 … 6
  let delta: number;
  switch (dir) {
    case "past": delta = diff <= 0 ? diff : diff - 7; break;
    case "pastStrict": delta = diff < 0 ? diff : diff - 7; break;
    case "future": delta = diff >= 0 ? diff : diff + 7; break;
    case "futureStrict": delta = diff > 0 ? diff : diff + 7; break;
  }
  return addDays(P, delta);
}

function shifted(d: PartialDate, shift: number | undefined): PartialDate {
  return shift && FULL(d) ? addDays(d, shift) : d;
}

/** An ISO week: of the stated year, else the latest such week on or before P (or the next one, for the future). */
function resolveWeek(p: DateParts, week: number, P: PartialDate | null): Resolved {
  const exists = (y: number) => week <= isoWeek({ year: y, month: 12, day: 28 })[1];
  if (p.year !== undefined) return exists(p.year) ? { value: isoWeekString(p.year, week) } : { value: null, problem: "invalid" };
  if (P === null) return { value: null, problem: "unknown" };
  let year = P.year;
  if (FULL(P)) {
    const [py, pw] = isoWeek(P);
    year = py;
    const dir = p.dir ?? "past";
    if (dir.startsWith("past") && (week > pw || (dir === "pastStrict" && week === pw))) year--;
    if (dir.startsWith("future") && (week < pw || (dir === "futureStrict" && week === pw))) year++;
  }
  return exists(year) ? { value: isoWeekString(year, week) } : { value: null, problem: "invalid" };
}

export function resolveParts(p: DateParts, P: PartialDate | null): Resolved {
  if (p.isoWeek !== undefined) return resolveWeek(p, p.isoWeek, P);
  // absolute: a year is stated
  if (p.year !== undefined && p.rel === undefined) {
    const d = inYear(p, p.year);
    return d ? { value: toIso(shifted(d, p.shift)) } : { value: null, problem: "invalid" };
  }
  if (p.rel !== undefined) {
    if (P === null) return { value: null, problem: "unknown" };
    const { unit, n } = p.rel;
    switch (unit) {
      case "year": {
        const d = inYear(p, P.year + n);
        return d ? { value: toIso(shifted(d, p.shift)) } : { value: null, problem: "invalid" };
      }
      case "month": {
        if (P.month === undefined) return { value: null, problem: "noMonth" };
        const [y, m] = addMonths(P.year, P.month, n);
        return { value: toIso({ year: y, month: m }) };
      }
      case "week":
      case "weekend": {
        if (!FULL(P)) return { value: null, problem: "noDay" };
        const [wy, w] = isoWeek(P);
        const [sy, sw] = shiftIsoWeek(wy, w, n);
        if (p.weekday === undefined) return { value: isoWeekString(sy, sw) };
        const [monday] = isoWeekRange(sy, sw);
        return { value: toIso(shifted(fromDayNumber(monday + p.weekday - 1), p.shift)) };
      }
      case "day": {
        if (!FULL(P)) return { value: toIso(P) };
        return { value: toIso(shifted(addDays(P, n), p.shift)) };
      }
    }
  }
  if (p.month !== undefined || p.easter !== undefined) {
    if (P === null) return { value: null, problem: "unknown" };
    const d = yearless(p, P);
    return d ? { value: toIso(shifted(d, p.shift)) } : { value: null, problem: "invalid" };
  }
  if (p.weekday !== undefined) {
    if (P === null) return { value: null, problem: "unknown" };
    if (!FULL(P)) return { value: toIso(P) };
    return { value: toIso(shifted(weekdayNear(p.weekday, P, p.dir ?? "past"), p.shift)) };
  }
  return { value: null, problem: "invalid" };
}

/** Does resolving p need P at all? */
export function isRelative(p: DateParts): boolean {
  return p.year === undefined || p.rel !== undefined;
}
