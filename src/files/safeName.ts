/**
 * Makes a case reference or id safe as one file or folder name on any system:
 * no separators, no "..", no control, invisible or reserved characters, bounded length.
 */
export function safeFileName(value: string, fallback = "case"): string {
  const cleaned = trim(
    trim(
      value
        .normalize("NFKC")
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]|\p{Cf}|\p{Cs}/gu, "_")
        .replace(/\s+/g, "_"),
    )
      .slice(0, 80)
      // Cutting at 80 UTF-16 units can split a character in two: drop the lone half.
      .replace(/[\ud800-\udbff]$/, ""),
  );
  // Windows reserves these device names with any extension too (CON.txt, nul.yaml).
  if (cleaned === "" || /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(cleaned)) return fallback;
  return cleaned;
}

/** No leading dots, spaces or underscores (hidden files, "..") and no trailing dots or spaces (Windows drops them). */
function trim(name: string): string {
  return name.replace(/^[.\s_]+|[.\s]+$/g, "");
}
