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

/** The candidates in order of closeness to `value` (ties: in the order listed). */
export function byCloseness(value: string, candidates: ReadonlyArray<string>): string[] {
  const keys = candidates.map(foldKey);
  // What was written may be a paragraph; only its first stretch can resemble a key, and comparing the rest would cost its length times every key's.
  const longest = Math.max(0, ...keys.map((key) => key.length));
  const folded = foldKey(value).slice(0, 2 * longest);
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(folded, keys[index]) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ candidate }) => candidate);
}
