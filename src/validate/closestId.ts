function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** A declared id within a few edits of `id` (same prefix), to suggest for a typo; else null. */
export function closestId(id: string, candidates: Iterable<string>): string | null {
  const prefix = id.split(/[:.]/)[0] ?? '';
  let best: { id: string; d: number } | null = null;
  for (const c of candidates) {
    if (!c.startsWith(prefix) || Math.abs(c.length - id.length) > 3) continue;
    const d = editDistance(id, c);
    if (d <= 3 && (best === null || d < best.d || (d === best.d && c < best.id))) best = { id: c, d };
  }
  return best?.id ?? null;
}
