/**
 * docProps/core.xml as the docx library writes it, made reproducible.
 *
 * The library stamps dcterms:created and dcterms:modified with the current
 * time and has no option to set them, so the part is rewritten: both take the
 * document's own date. It also has no dc:language, which tagged-PDF export and
 * document inspectors read, so that is added.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g;
const CLOSING_TAG = "</cp:coreProperties>";

/** `YYYY-MM-DD` as the W3CDTF timestamp of that day's start, in UTC. */
export function documentTimestamp(date: string): string {
  const stamp = `${date}T00:00:00Z`;
  const time = new Date(stamp).getTime();
  // Date accepts 2024-02-30 (as 1 March), so a real date must survive a round trip.
  if (!ISO_DATE.test(date) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Document date must be a real YYYY-MM-DD date, not ${JSON.stringify(date)}`);
  }
  return stamp;
}

export function reproducibleCoreXml(coreXml: string, date: string, language: string): string {
  const stamp = documentTimestamp(date);
  const stamped = coreXml.replace(TIMESTAMP, (_, openTag: string) => openTag + stamp);
  const languageElement = `<dc:language>${escapeXml(language)}</dc:language>`;
  return stamped.replace(CLOSING_TAG, languageElement + CLOSING_TAG);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
