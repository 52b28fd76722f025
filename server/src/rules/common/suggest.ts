/** Edit distance (insertions, deletions, substitutions), for did-you-mean quick fixes. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The candidate `value` was most likely meant to be: equal ignoring case, or within a small edit distance
 * (at most 2, and less than a third of the length so short words are not "corrected" into other words).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === value) return undefined;
    const d = c.toLowerCase() === value.toLowerCase() ? 0.5 : editDistance(value, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.min(2, Math.floor(value.length / 3));
  return bestDistance <= Math.max(limit, 0.5) ? best : undefined;
}
