import type { PropertyItem } from "../../case/types";

/**
 * What an item of property is, judged by its kind and description:
 * - `physical`: a thing an order can name (a phone, a drive, a print);
 * - `information`: the files, images, data or messages themselves;
 * - `online`: an account, cloud storage, or a copy posted online (always so
 *   for the kinds `cloud-account` and `online-copy`).
 * A description that names a physical medium is physical whatever else it
 * mentions ("a phone holding the images", "a USB stick of image files").
 */
export type ItemNature = "physical" | "information" | "online";

export interface NatureJudgement {
  nature: ItemNature;
  /** Which field decided it, so a finding can point there. */
  by: "kind" | "description";
}

/** Online places named after a word that is otherwise a medium ("Google Drive"): removed before media are looked for. */
const SERVICE_NAMES_WORDS = "google\\s+drive|google\\s+photos|one\\s*drive|icloud\\s+drive|amazon\\s+photos|microsoft\\s+onedrive";

const MEDIUM_WORDS = [
  "(?:mobile\\s+)?(?:tele)?phones?", "smartphones?", "handsets?", "mobiles?", "iphones?", "ipads?", "macbooks?", "imacs?",
  "laptops?", "notebooks?", "computers?", "pcs?", "desktops?", "tablets?", "chromebooks?", "kindles?",
  "cameras?", "webcams?", "camcorders?", "dashcams?", "go\\s*pros?", "recorders?", "smart\\s*watch(?:es)?", "apple\\s+watch(?:es)?", "smart\\s+glasses",
  "drives?", "hard\\s*(?:disk|drive)s?", "hdds?", "ssds?", "usbs?", "sticks?", "pen\\s*drives?", "thumb\\s*drives?", "flash\\s*drives?",
  "memory\\s+cards?", "sd\\s*cards?", "micro\\s*sd(?:\\s*cards?)?", "sim(?:\\s+cards?)?", "cards?", "dis[ck]s?", "dvds?", "cds?", "nas",
  "consoles?", "devices?", "routers?", "servers?\\s+(?:box|unit|tower)",
  "prints?", "printed", "printouts?", "print-?outs?", "photocop(?:y|ies)", "envelopes?", "albums?", "bundles?", "sheets?", "papers?",
  "books?", "magazines?", "folders?\\s+of\\s+prints", "posters?",
].join("|");

const ONLINE_WORDS = [
  "accounts?", "cloud", "icloud", "online", "profiles?", "posts?", "posted", "social\\s+media", "websites?", "web\\s*pages?", "web\\s*sites?",
  "channels?", "urls?", "links?", "dropbox", "mega", "instagram", "facebook", "snapchat", "tiktok", "whatsapp", "telegram", "twitter",
  "onlyfans", "reddit", "discord", "mailbox(?:es)?", "email\\s+accounts?", "inbox(?:es)?", "online\\s+storage",
].join("|");

const INFORMATION_WORDS = [
  "files?", "data", "digital(?:ly)?", "messages?", "chats?", "texts?", "videos?", "footage", "recordings?", "backups?", "back-?ups?",
  "folders?", "content", "uploads?", "downloads?", "jpe?gs?", "pngs?", "heics?", "mp4s?", "movs?",
  "images?", "photos?", "photographs?", "pictures?", "films?", "stills?", "cop(?:y|ies)", "screenshots?", "selfies?",
].join("|");

/** Words that are digital whatever the kind: printed material described only in these terms is information. */
const DIGITAL_ONLY_WORDS = "files?|data|digital(?:ly)?|videos?|footage|backups?|back-?ups?|uploads?|downloads?|jpe?gs?|pngs?|heics?|mp4s?|movs?|screenshots?";

/** Words that put information inside a medium named after it: "images stored on the laptop". */
const LOCATED_IN_WORDS = "from|on|in|off|within|inside|onto|stored|held|kept|saved|extracted|copied|taken|recovered|found";

/** The patterns the judgement uses, each matching its words as whole words. */
interface Patterns {
  serviceNames: RegExp;
  medium: RegExp;
  online: RegExp;
  information: RegExp;
  digitalOnly: RegExp;
  locatedIn: RegExp;
}

/** The patterns, with `letterOrDigit` (a character class's contents) as what may not touch a word, and `flags`. */
function patternsFor(letterOrDigit: string, flags: string): Patterns {
  const word = (alternatives: string, extraFlags = "") => new RegExp(`(?<![${letterOrDigit}])(?:${alternatives})(?![${letterOrDigit}])`, flags + extraFlags);
  return {
    serviceNames: word(SERVICE_NAMES_WORDS, "g"),
    medium: word(MEDIUM_WORDS),
    online: word(ONLINE_WORDS),
    information: word(INFORMATION_WORDS),
    digitalOnly: word(DIGITAL_ONLY_WORDS),
    locatedIn: word(LOCATED_IN_WORDS),
  };
}

/**
 * What the judgement means: words in any script, with letters and digits of any
 * script as their edges, case folded as Unicode folds it. V8 takes milliseconds
 * to compile these on first use (most of a single draft's time spent judging
 * items), so they are built only when a description needs them.
 */
let unicodePatterns: Patterns | undefined;
const unicode = (): Patterns => (unicodePatterns ??= patternsFor("\\p{L}\\p{N}", "iu"));

/**
 * The same patterns for a description written wholly in ASCII, the usual case,
 * where they match exactly what the Unicode ones match: the only ASCII letters
 * and digits are A-Z, a-z and 0-9, and Unicode's case folding of an ASCII
 * character is ASCII's (its other forms, like the long s, are not ASCII). A
 * property test holds the two to the same judgements.
 */
const ASCII_PATTERNS = patternsFor("A-Za-z0-9", "i");
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Where a pattern first matches, or Infinity. */
function firstAt(text: string, pattern: RegExp): number {
  const at = text.search(pattern);
  return at < 0 ? Infinity : at;
}

export function judgeItemNature(item: Pick<PropertyItem, "kind" | "description">): NatureJudgement {
  return judgeItemNatureWith(item, ASCII_ONLY.test(item.description) ? ASCII_PATTERNS : unicode());
}

/** The judgement with the given patterns (exported for the test that holds both forms to the same answers). */
export function judgeItemNatureWith(item: Pick<PropertyItem, "kind" | "description">, patterns: Patterns): NatureJudgement {
  if (item.kind === "cloud-account" || item.kind === "online-copy") return { nature: "online", by: "kind" };
  const text = item.description.replace(patterns.serviceNames, " cloud ");
  const online = firstAt(text, patterns.online);
  // Printed material is made of images: only digital words make it information.
  const information = firstAt(text, item.kind === "printed-material" ? patterns.digitalOnly : patterns.information);
  const first = Math.min(online, information);
  const medium = firstAt(text, patterns.medium);
  // The thing named first is what the item is, unless the medium is only where the information was found.
  if (medium < Infinity && (medium < first || !patterns.locatedIn.test(text.slice(first, medium)))) return { nature: "physical", by: "description" };
  if (online < Infinity && online <= information) return { nature: "online", by: "description" };
  if (information < Infinity) return { nature: "information", by: "description" };
  return { nature: "physical", by: "kind" };
}

/** Both forms of the patterns, for that test. */
export function itemNaturePatterns(): { ascii: Patterns; unicode: Patterns } {
  return { ascii: ASCII_PATTERNS, unicode: unicode() };
}
