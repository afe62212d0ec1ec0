import { FOLDINGS, foldText, type Folding } from "./nameFolding";
import { HANDLE_BOUNDARY, HANDLE_MARKS, TOKEN, lettersOf, partPattern, type NameMatch, type NamePart } from "./names";

/**
 * findNameParts for many parts over many texts, in time linear in their sizes.
 *
 * findNameParts runs every part's pattern over every text: with hundreds of
 * complainants and paragraphs, that is hundreds of thousands of scans of the
 * whole text. Here each text is folded once per folding and read once:
 * - a word pattern matches only over whole runs of letters (nothing but a
 *   non-letter may stand before or after it), so each run of letters, joined
 *   with the few runs after it, is looked up among the parts' letters (with a
 *   plural or possessive ending taken off), and a part's own pattern is tried
 *   only there, at that one place;
 * - a name run together, and a name inside a handle or an address, may sit
 *   inside other letters: those are found with one Aho-Corasick automaton over
 *   the text's letters and digits.
 * The answer is findNameParts' exactly: a property test holds it to that.
 */
export interface NameMatcher {
  /** The parts that occur in a text, as findNameParts(text, parts) gives them. */
  find(text: string): NameMatch[];
}

/** What one text showed of one part: found at all, only in lower case, inside a handle. */
interface Sighting {
  lowerCaseOnly: boolean;
  inHandle: boolean;
}

/** One folding's index of the parts. */
interface FoldingIndex {
  folding: Folding;
  /** Word parts by their letters ("oneill" for O'Neill): where to try their patterns. */
  byLetters: Map<string, number[]>;
  /** How many runs of letters the longest word part spans, plus one for a possessive "s". */
  longestChain: number;
  /** The most letters any word part has, plus an ending: a longer join cannot be a part. */
  mostLetters: number;
  automaton: Automaton;
  /** For each string in the automaton: the run-together parts it is, and the one-word parts a handle may hold. */
  runTogether: Map<number, number[]>;
  handleWords: Map<number, number[]>;
}

export function compileNameParts(parts: ReadonlyArray<NamePart>): NameMatcher {
  const indexes = FOLDINGS.map((folding) => indexParts(parts, folding));
  return {
    find(text) {
      const seen = new Map<number, Sighting>();
      for (const index of indexes) search(text, index, parts, seen);
      const matches: NameMatch[] = [];
      parts.forEach((part, i) => {
        const sighting = seen.get(i);
        if (sighting) matches.push({ kind: part.kind, onlyAsOrdinaryWord: part.ordinaryWord && sighting.lowerCaseOnly && !sighting.inHandle });
      });
      return matches;
    },
  };
}

function indexParts(parts: ReadonlyArray<NamePart>, folding: Folding): FoldingIndex {
  const byLetters = new Map<string, number[]>();
  const automaton = new Automaton();
  const runTogether = new Map<number, number[]>();
  const handleWords = new Map<number, number[]>();
  let longestChain = 1;
  let mostLetters = 0;
  const addTo = (map: Map<number, number[]>, id: number, part: number) => map.set(id, [...(map.get(id) ?? []), part]);
  parts.forEach((part, i) => {
    const words = part.words[folding];
    if (part.runTogether) {
      addTo(runTogether, automaton.add(words.join("")), i);
      return;
    }
    const letters = lettersOf(words.join(""));
    byLetters.set(letters, [...(byLetters.get(letters) ?? []), i]);
    mostLetters = Math.max(mostLetters, letters.length + 2);
    const runs = [...words.join(" ").matchAll(/\p{L}+|\p{N}/gu)].length;
    longestChain = Math.max(longestChain, runs + 1);
    if (words.length === 1 && lettersOf(words[0]).length >= 3) addTo(handleWords, automaton.add(lettersOf(words[0])), i);
  });
  automaton.build();
  return { folding, byLetters, longestChain, mostLetters, automaton, runTogether, handleWords };
}

/** Records that part `i` occurs in the original text between `start` and `end`. */
function record(seen: Map<number, Sighting>, i: number, occurrence: string, inHandle: boolean): void {
  const before = seen.get(i) ?? { lowerCaseOnly: true, inHandle: false };
  seen.set(i, { lowerCaseOnly: before.lowerCaseOnly && occurrence === occurrence.toLowerCase(), inHandle: before.inHandle || inHandle });
}

/** Nothing more a text can show about part `i` changes the answer. */
function settled(seen: Map<number, Sighting>, part: NamePart, i: number): boolean {
  const sighting = seen.get(i);
  return sighting !== undefined && (!part.ordinaryWord || !sighting.lowerCaseOnly || sighting.inHandle);
}

const LETTER = /\p{L}/u;

function search(text: string, index: FoldingIndex, parts: ReadonlyArray<NamePart>, seen: Map<number, Sighting>): void {
  const { text: folded, origin } = foldText(text, index.folding);
  const original = (start: number, end: number) => text.slice(origin[start], origin[end - 1] + 1);

  // Word parts: runs of letters (and each digit on its own, since a name may hold digits), joined with the
  // runs after them, looked up; the pattern tried at that place only.
  const runs = [...folded.matchAll(/\p{L}+|\p{N}/gu)].map((m) => ({ start: m.index, letters: m[0] }));
  for (let r = 0; r < runs.length; r++) {
    let joined = "";
    for (let k = r; k < runs.length && k < r + index.longestChain; k++) {
      joined += runs[k].letters;
      if (joined.length > index.mostLetters) break;
      for (const key of withoutEnding(joined)) {
        for (const i of index.byLetters.get(key) ?? []) {
          if (settled(seen, parts[i], i)) continue;
          const sticky = stickyPattern(parts[i], index.folding);
          sticky.lastIndex = runs[r].start;
          const match = sticky.exec(folded);
          if (match) record(seen, i, original(match.index, match.index + match[0].length), false);
        }
      }
    }
  }

  // Names run together, and one-word names inside handles and addresses.
  const handles = handleSpans(folded);
  index.automaton.search(folded, (id, start, end) => {
    for (const i of index.runTogether.get(id) ?? []) if (!settled(seen, parts[i], i)) record(seen, i, original(start, end), false);
    for (const i of index.handleWords.get(id) ?? []) {
      if (settled(seen, parts[i], i)) continue;
      const token = handles.find(start);
      if (token === undefined) continue;
      const part = parts[i];
      const before = start > token ? folded[start - 1] : undefined;
      if ((end - start >= 4 && !part.ordinaryWord) || before === undefined || HANDLE_BOUNDARY.test(before)) record(seen, i, original(start, end), true);
    }
  });
}

/** The letters with a plural or possessive ending taken off, as the patterns allow one ("Pelhams", "Pelham's"). */
function withoutEnding(joined: string): string[] {
  const keys = [joined];
  if (joined.endsWith("s")) keys.push(joined.slice(0, -1));
  if (joined.endsWith("es")) keys.push(joined.slice(0, -2));
  return keys;
}

const stickyPatterns = new WeakMap<NamePart, Map<Folding, RegExp>>();

function stickyPattern(part: NamePart, folding: Folding): RegExp {
  let byFolding = stickyPatterns.get(part);
  if (!byFolding) stickyPatterns.set(part, (byFolding = new Map()));
  let sticky = byFolding.get(folding);
  if (!sticky) {
    const pattern = partPattern(part, folding);
    sticky = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y");
    byFolding.set(folding, sticky);
  }
  return sticky;
}

/** The handle-like words of a folded text, so a position can be asked which one it is in (its start), in constant time per step. */
function handleSpans(folded: string): { find(at: number): number | undefined } {
  const startAt = new Int32Array(folded.length).fill(-1);
  for (const match of folded.matchAll(TOKEN)) {
    if (!HANDLE_MARKS.test(match[0])) continue;
    for (let at = match.index; at < match.index + match[0].length; at++) startAt[at] = match.index;
  }
  return { find: (at) => (startAt[at] >= 0 ? startAt[at] : undefined) };
}

/** Aho-Corasick over letters and digits: every place any of its strings occurs, in one pass. */
class Automaton {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** The string ending at each node (its id), or -1. */
  private readonly ends: number[] = [-1];
  /** The nearest node along the failure links where a string ends (0: none). */
  private readonly output: number[] = [0];
  private readonly depth: number[] = [0];
  private readonly ids = new Map<string, number>();

  /** Adds a string (of letters and digits) and returns its id; the same string gets the same id. */
  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    let node = 0;
    for (const character of word) {
      let child = this.next[node].get(character);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.ends.push(-1);
        this.output.push(0);
        this.depth.push(this.depth[node] + character.length);
        this.next[node].set(character, child);
      }
      node = child;
    }
    const id = this.ids.size;
    this.ids.set(word, id);
    this.ends[node] = id;
    return id;
  }

  build(): void {
    const queue = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [character, child] of this.next[node]) {
        let fallback = this.fail[node];
        while (fallback !== 0 && !this.next[fallback].has(character)) fallback = this.fail[fallback];
        const target = node === 0 ? 0 : (this.next[fallback].get(character) ?? 0);
        this.fail[child] = target;
        this.output[child] = this.ends[target] >= 0 ? target : this.output[target];
        queue.push(child);
      }
    }
  }

  /** Calls `found(id, start, end)` for every occurrence; anything but a letter or digit starts afresh. */
  search(text: string, found: (id: number, start: number, end: number) => void): void {
    if (this.next[0].size === 0) return;
    let node = 0;
    let offset = 0;
    for (const character of text) {
      offset += character.length;
      if (!LETTER.test(character) && !/\p{N}/u.test(character)) {
        node = 0;
        continue;
      }
      while (node !== 0 && !this.next[node].has(character)) node = this.fail[node];
      node = this.next[node].get(character) ?? 0;
      for (let at = this.ends[node] >= 0 ? node : this.output[node]; at !== 0; at = this.output[at]) found(this.ends[at], offset - this.depth[at], offset);
    }
  }
}
