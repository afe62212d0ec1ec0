/**
 * Makes a case reference or id safe as one file or folder name on any system:
 * no separators, no "..", no control or reserved characters, bounded length.
 */
export function safeFileName(value: string, fallback = "case"): string {
  const cleaned = value
    .normalize("NFKC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, "_")
    .replace(/\s+/g, "_")
    .replace(/^[.\s_]+|[.\s]+$/g, "")
    .slice(0, 80);
  if (cleaned === "" || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned)) return fallback;
  return cleaned;
}
