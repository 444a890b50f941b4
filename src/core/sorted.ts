// Look-ups in lists kept in text order (tokens, places, dates: anything with a start offset).

/** Index of the first item that starts at or after `offset` (the list's length if none); items sorted by start. */
export function firstStartingAt(sorted: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
