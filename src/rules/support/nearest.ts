/** Edit distance (insert, delete, substitute: each costs one). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** Folds the ways people write a provision ("soa 2003 s.66B(2)") towards a key ("SOA2003:66B(2)"). */
function foldKey(value: string): string {
  return value
    .toUpperCase()
    .replace(/\bSECTION\b|\bS\.|\bSS\.|[\s:.,_-]/g, "")
    .replace(/SEXUALOFFENCESACT/g, "SOA")
    .replace(/CRIMINALJUSTICEANDCOURTSACT/g, "CJCA")
    .replace(/PROTECTIONFROMHARASSMENTACT/g, "PHA");
}

/** The candidate closest to `value` (ties: the first listed), or undefined if there are none. */
export function nearest(value: string, candidates: ReadonlyArray<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  const folded = foldKey(value);
  for (const candidate of candidates) {
    const distance = editDistance(folded, foldKey(candidate));
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate;
}
