import { FOLDINGS, foldsAlike, foldText, type Folding } from "./nameFolding";
import { HANDLE_BOUNDARY, HANDLE_MARKS, TOKEN, lettersOf, partPattern, type NameMatch, type NamePart } from "./names";

/**
 * findNameParts for many parts over many texts, in time linear in their sizes.
 *
 * findNameParts runs every part's pattern over every text: with hundreds of
 * complainants and paragraphs, that is hundreds of thousands of scans of the
 * whole text. Here each text is folded once per folding and read once:
 * - a word pattern matches only over whole runs of letters (nothing but a
 *   non-letter may stand before or after it), so each run of letters, joined
 *   with the few runs after it, is walked through a trie of the parts' letters
 *   (a plural or possessive ending allowed), and a part's own pattern is tried
 *   only where the trie ends on it;
 * - a name run together may sit inside other letters: those are found with an
 *   Aho-Corasick automaton over the text's letters and digits, and a one-word
 *   name inside a handle or an address with another over the handles only.
 * Both pass over a name once nothing more the text shows can change the answer.
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
  byLetters: LetterTrie;
  /** How many runs of letters the longest word part spans, plus one for a possessive "s". */
  longestChain: number;
  /** Names run together, searched for anywhere among letters and digits; each string's id, the parts it is. */
  runTogether: Automaton;
  runTogetherParts: Map<number, number[]>;
  /** One-word parts a handle or an address may hold, searched for inside handle-like words only. */
  handleWords: Automaton;
  handleWordParts: Map<number, number[]>;
}

export function compileNameParts(parts: ReadonlyArray<NamePart>): NameMatcher {
  const indexes = FOLDINGS.map((folding) => indexParts(parts, folding));
  // A name in Latin letters is the same words under every folding; then a text with no look-alike letter
  // folds to the same text too, and a second search would find exactly what the first did.
  const namesFoldAlike = parts.every((part) => FOLDINGS.every((folding) => sameWords(part.words[folding], part.words[FOLDINGS[0]])));
  return {
    find(text) {
      const seen = new Map<number, Sighting>();
      const searched = namesFoldAlike && foldsAlike(text) ? indexes.slice(0, 1) : indexes;
      for (const index of searched) search(text, index, parts, seen);
      const matches: NameMatch[] = [];
      parts.forEach((part, i) => {
        const sighting = seen.get(i);
        if (sighting) matches.push({ kind: part.kind, onlyAsOrdinaryWord: part.ordinaryWord && sighting.lowerCaseOnly && !sighting.inHandle });
      });
      return matches;
    },
  };
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

function indexParts(parts: ReadonlyArray<NamePart>, folding: Folding): FoldingIndex {
  const byLetters = new LetterTrie();
  const runTogether = new Automaton();
  const runTogetherParts = new Map<number, number[]>();
  const handleWords = new Automaton();
  const handleWordParts = new Map<number, number[]>();
  let longestChain = 1;
  const addTo = (map: Map<number, number[]>, id: number, part: number) => map.set(id, [...(map.get(id) ?? []), part]);
  parts.forEach((part, i) => {
    const words = part.words[folding];
    if (part.runTogether) {
      addTo(runTogetherParts, runTogether.add(words.join("")), i);
      return;
    }
    byLetters.add(lettersOf(words.join("")), i);
    const runs = [...words.join(" ").matchAll(/\p{L}+|\p{N}/gu)].length;
    longestChain = Math.max(longestChain, runs + 1);
    if (words.length === 1 && lettersOf(words[0]).length >= 3) addTo(handleWordParts, handleWords.add(lettersOf(words[0])), i);
  });
  runTogether.build();
  handleWords.build();
  return { folding, byLetters, longestChain, runTogether, runTogetherParts, handleWords, handleWordParts };
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
const DIGIT = /\p{N}/u;

function search(text: string, index: FoldingIndex, parts: ReadonlyArray<NamePart>, seen: Map<number, Sighting>): void {
  const { text: folded, origin } = foldText(text, index.folding);
  const original = (start: number, end: number) => text.slice(origin[start], origin[end - 1] + 1);

  // Word parts: runs of letters (and each digit on its own, since a name may hold digits), joined with the
  // runs after them, looked up; the pattern tried at that place only. The join is walked through a trie of
  // the parts' letters, so the walk stops where no part can begin this way: its cost is bounded by the
  // longest part, however many parts there are or however long they are.
  const runs = [...folded.matchAll(/\p{L}+|\p{N}/gu)];
  const letters = runs.map((run) => run[0]);
  let start = 0;
  const tryHere = (i: number) => {
    if (settled(seen, parts[i], i)) return;
    const sticky = stickyPattern(parts[i], index.folding);
    sticky.lastIndex = start;
    const match = sticky.exec(folded);
    if (match) record(seen, i, original(match.index, match.index + match[0].length), false);
  };
  for (let r = 0; r < runs.length; r++) {
    start = runs[r].index;
    index.byLetters.walk(letters, r, Math.min(runs.length, r + index.longestChain), tryHere);
  }

  // Names run together, and one-word names inside handles and addresses.
  // Once every part a string stands for is settled, the automaton passes over it: a text made of one name
  // over and over costs a pass, not a pass for every name it holds.
  const allSettled = (byId: Map<number, number[]>) => (id: number) => (byId.get(id) ?? []).every((i) => settled(seen, parts[i], i));
  index.runTogether.search(folded, 0, folded.length, allSettled(index.runTogetherParts), (id, from, to) => {
    for (const i of index.runTogetherParts.get(id) ?? []) if (!settled(seen, parts[i], i)) record(seen, i, original(from, to), false);
  });
  for (const handle of handleSpans(folded)) {
    index.handleWords.search(folded, handle.start, handle.end, allSettled(index.handleWordParts), (id, from, to) => {
      for (const i of index.handleWordParts.get(id) ?? []) {
        if (settled(seen, parts[i], i)) continue;
        const part = parts[i];
        const before = from > handle.start ? folded[from - 1] : undefined;
        if ((to - from >= 4 && !part.ordinaryWord) || before === undefined || HANDLE_BOUNDARY.test(before)) record(seen, i, original(from, to), true);
      }
    });
  }
}

/**
 * Word parts by their letters, as a trie. `walk` reads runs of letters one after another and reports the
 * parts whose letters equal the runs read so far, joined, at the end of each run, as findNameParts' patterns
 * allow: exactly, or with a plural or possessive ending taken off ("Pelhams", "Pelham's", "Joneses").
 */
class LetterTrie {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly parts: number[][] = [[]];

  add(letters: string, part: number): void {
    let node = 0;
    for (const character of letters) {
      let child = this.next[node].get(character);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.parts.push([]);
        this.next[node].set(character, child);
      }
      node = child;
    }
    this.parts[node].push(part);
  }

  /** Reads runs[from] to runs[to - 1]. */
  walk(runs: ReadonlyArray<string>, from: number, to: number, found: (part: number) => void): void {
    const report = (node: number) => {
      if (node >= 0) for (const part of this.parts[node]) found(part);
    };
    // The node reached (-1 once the walk has left the trie); the node before the last character read, and
    // before the one before it; those two characters.
    let node = 0;
    let before1 = -1;
    let before2 = -1;
    let last1 = "";
    let last2 = "";
    for (let r = from; r < to; r++) {
      for (const character of runs[r]) {
        before2 = before1;
        before1 = node;
        last2 = last1;
        last1 = character;
        node = node < 0 ? -1 : (this.next[node].get(character) ?? -1);
        // Past the trie by more than an ending's two letters: no longer join can be a part.
        if (node < 0 && before2 < 0) return;
      }
      // At the end of a run: the letters read, or them less "s" or "es".
      report(node);
      if (last1 === "s") report(before1);
      if (last1 === "s" && last2 === "e") report(before2);
      if (node < 0 && before1 < 0) return;
    }
  }
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

/** The handle-like words of a folded text (those holding `@`, digits or the like), where they start and end. */
function handleSpans(folded: string): Array<{ start: number; end: number }> {
  return [...folded.matchAll(TOKEN)].filter((match) => HANDLE_MARKS.test(match[0])).map((match) => ({ start: match.index, end: match.index + match[0].length }));
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

  /** For each search: the nodes found done, and the node to jump to past them (path-compressed, as in union-find). */
  private generation = 0;
  private readonly skippedIn: number[] = [];
  private readonly skipTo: number[] = [];

  /**
   * Calls `found(id, start, end)` for every occurrence in text[from, to) of a string not yet `done`; anything
   * but a letter or digit starts afresh. A string found done is passed over for the rest of the search.
   */
  search(text: string, from: number, to: number, done: (id: number) => boolean, found: (id: number, start: number, end: number) => void): void {
    if (this.next[0].size === 0) return;
    const generation = ++this.generation;
    // The first node at or after `at` along the output links whose string is not done (0: none).
    const live = (at: number): number => {
      const passed: number[] = [];
      while (at !== 0) {
        if (this.skippedIn[at] === generation) {
          passed.push(at);
          at = this.skipTo[at];
        } else if (done(this.ends[at])) {
          this.skippedIn[at] = generation;
          passed.push(at);
          at = this.output[at];
        } else break;
      }
      for (const node of passed) this.skipTo[node] = at;
      return at;
    };
    let node = 0;
    for (let offset = from; offset < to; ) {
      const character = String.fromCodePoint(text.codePointAt(offset)!);
      offset += character.length;
      if (!LETTER.test(character) && !DIGIT.test(character)) {
        node = 0;
        continue;
      }
      while (node !== 0 && !this.next[node].has(character)) node = this.fail[node];
      node = this.next[node].get(character) ?? 0;
      for (let at = live(this.ends[node] >= 0 ? node : this.output[node]); at !== 0; at = live(this.output[at])) {
        found(this.ends[at], offset - this.depth[at], offset);
      }
    }
  }
}
