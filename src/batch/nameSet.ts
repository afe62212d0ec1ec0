/**
 * A set of strings kept as bytes in one growing buffer, with an open-addressing
 * table of where each one starts: ~30 bytes a folder name like "41ln1000000",
 * outside V8's heap, and no object per name. FolderNames keeps every folder
 * name a batch claims, one a case, for the whole batch: in a Set<string> that
 * was 5.7 MB of old space at 100,000 cases (a string and a table entry each),
 * live data that also raised the point at which V8 first collects the batch
 * thread's old space, and with it the batch's peak (bench/README.md, issue 18).
 *
 * A name is kept as UTF-8, or, if it holds a lone surrogate (which UTF-8
 * cannot say), as a 0xff byte (never in UTF-8) and its UTF-16 code units, so
 * every string is kept exactly.
 */
const EMPTY = -1;
/** Each entry starts with its length in bytes, in four bytes. */
const HEAD = 4;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UTF16_MARK = 0xff;

export class NameSet {
  private bytes = Buffer.alloc(1024);
  private used = 0;
  /** Per slot, where its entry starts in bytes, or EMPTY. Kept at most half full. */
  private slots = new Int32Array(16).fill(EMPTY);
  private count = 0;
  /** The name being looked up, encoded: one buffer for every call, so a lookup allocates nothing. */
  private scratch = Buffer.alloc(256);

  get size(): number {
    return this.count;
  }

  has(name: string): boolean {
    return this.slots[this.find(this.encode(name))] !== EMPTY;
  }

  /** Adds a name; says whether it was new. */
  add(name: string): boolean {
    const length = this.encode(name);
    const slot = this.find(length);
    if (this.slots[slot] !== EMPTY) return false;
    if (this.used + HEAD + length > this.bytes.length) this.bytes = grown(this.bytes, this.used, HEAD + length);
    const at = this.used;
    this.bytes.writeUInt32LE(length, at);
    this.scratch.copy(this.bytes, at + HEAD, 0, length);
    this.used += HEAD + length;
    this.slots[slot] = at;
    if (++this.count * 2 > this.slots.length) this.growSlots();
    return true;
  }

  /** Puts name's bytes in scratch; returns how many. */
  private encode(name: string): number {
    // 3 bytes of UTF-8 at most per code unit; a mark and 2 per code unit otherwise.
    if (this.scratch.length < 1 + 3 * name.length) this.scratch = Buffer.alloc(1 + 3 * name.length);
    if (!LONE_SURROGATE.test(name)) return this.scratch.write(name, 0, "utf8");
    this.scratch[0] = UTF16_MARK;
    return 1 + this.scratch.write(name, 1, "utf16le");
  }

  /** The slot holding the name encoded in scratch, or the empty slot where it would go. */
  private find(length: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(this.scratch, 0, length) & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot];
      if (at === EMPTY || (this.bytes.readUInt32LE(at) === length && this.scratch.compare(this.bytes, at + HEAD, at + HEAD + length, 0, length) === 0)) return slot;
    }
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (const at of this.slots) {
      if (at === EMPTY) continue;
      let slot = hash(this.bytes, at + HEAD, this.bytes.readUInt32LE(at)) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = at;
    }
    this.slots = slots;
  }
}

/** A copy of bytes[0, used) in a buffer with room for `more` after it (half as big again, at least). */
function grown(bytes: Buffer, used: number, more: number): Buffer<ArrayBuffer> {
  const copy = Buffer.alloc(Math.max(Math.ceil(bytes.length * 1.5), used + more));
  bytes.copy(copy, 0, 0, used);
  return copy;
}

/** FNV-1a over bytes[start, start + length). */
function hash(bytes: Uint8Array, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h;
}
