/**
 * The house style: page, fonts, spacing and the named Word styles every
 * document uses. Typography lives here so the block builders only say which
 * style a paragraph has, never how it looks.
 */
import {
  AlignmentType,
  LevelFormat,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from "../../vendor/docx";

/** Word measures in twentieths of a point (twips): 1 cm = 566.9 twips. */
export const PAGE = {
  /** A4, 210 mm x 297 mm. */
  width: 11906,
  height: 16838,
  /** 2.5 cm on every side. */
  margin: 1417,
  /** Footer sits 1.25 cm from the bottom edge, inside the bottom margin. */
  footerDistance: 708,
} as const;

/** Width available for text and tables between the side margins. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = "Arial";
/** Sizes are in half-points, as Word stores them. */
const BODY_SIZE = 24;
/** Table text is a point smaller than the body: a schedule of six columns then wraps its prose less. */
export const TABLE_POINTS = 11;
const FOOTER_SIZE = 20;
/** 1.5 line spacing: Word's "auto" line rule counts in 240ths of a line. */
const ONE_AND_A_HALF_LINES = 360;
const SINGLE_LINE = 240;
const SPACE_AFTER_PARAGRAPH = 120;

/** Style ids the block builders refer to. Headings and lists use Word's own ids. */
export const STYLE = {
  listNumber: "ListNumber",
  listBullet: "ListBullet",
  /** A bullet that is a point of the numbered paragraph above it: level 1 of the numbered list. */
  listNumberPoint: "ListNumberPoint",
  /** A bullet that is a point of the bullet above it: level 1 of the bullet list. */
  listBulletPoint: "ListBulletPoint",
  centred: "CentredLine",
  tableText: "TableText",
  signature: "SignatureLine",
  footer: "Footer",
} as const;

/** Numbering definitions: one list of decimal paragraphs, one of bullets. */
const NUMBERING = {
  numbered: "numbered-paragraphs",
  bullet: "bullet-points",
} as const;

function headingStyle(level: 1 | 2 | 3, size: number): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    // Word recognises its built-in headings by these names (navigation pane,
    // tagged PDF, table of contents); the outline level makes them structure.
    name: `heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { bold: true, size, color: "000000" },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      spacing: { before: level === 1 ? 360 : 240, after: SPACE_AFTER_PARAGRAPH },
    },
  };
}

function listStyle(id: string, name: string, reference: string, level: 0 | 1 = 0): IParagraphStyleOptions {
  return { id, name, basedOn: "Normal", quickFormat: true, paragraph: { numbering: { reference, level } } };
}

/** The styles part: document defaults, headings and the writer's own styles. */
export function houseStyles(language: string): IStylesOptions {
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  return {
    default: {
      document: {
        // Language on the defaults reaches every run, so spell check and
        // screen readers use it without a w:lang on each run.
        run: { font, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: { value: language } },
        paragraph: { spacing: { line: ONE_AND_A_HALF_LINES, after: SPACE_AFTER_PARAGRAPH } },
      },
    },
    paragraphStyles: [
      headingStyle(1, 28),
      headingStyle(2, 26),
      headingStyle(3, BODY_SIZE),
      // The numbering is attached to the list styles (as in Word's own "List
      // Number" and "List Bullet"), not to each paragraph: one list runs on
      // through the document, and numbering.xml is the same for every
      // document, so it is written once and reused.
      listStyle(STYLE.listNumber, "List Number", NUMBERING.numbered),
      listStyle(STYLE.listBullet, "List Bullet", NUMBERING.bullet),
      // A point of a list item is level 1 of that item's own list, so Word,
      // tagged PDF, screen readers and converters see it as belonging to the item.
      listStyle(STYLE.listNumberPoint, "List Number Point", NUMBERING.numbered, 1),
      listStyle(STYLE.listBulletPoint, "List Bullet Point", NUMBERING.bullet, 1),
      {
        id: STYLE.centred,
        name: "Centred Line",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        // The court and parties at the top belong with what follows them.
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.tableText,
        name: "Table Text",
        basedOn: "Normal",
        run: { size: TABLE_POINTS * 2, sizeComplexScript: TABLE_POINTS * 2 },
        paragraph: { spacing: { line: SINGLE_LINE, before: 60, after: 60 } },
      },
      {
        id: STYLE.signature,
        name: "Signature Line",
        basedOn: "Normal",
        // Lines are set apart; each paragraph keeps with the next (see signature.ts).
        paragraph: { keepLines: true, spacing: { before: 240, after: 0 } },
      },
      {
        id: STYLE.footer,
        name: "footer",
        basedOn: "Normal",
        run: { size: FOOTER_SIZE, sizeComplexScript: FOOTER_SIZE },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: SINGLE_LINE, after: 0 } },
      },
    ],
  };
}

/** A point of a list item: a bullet whose marker lines up with the item's text. */
function pointLevel(text: string) {
  return {
    level: 1,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 1080, hanging: 360 } }, run: { font: FONT } },
  };
}

/**
 * Real Word numbering: "1." paragraphs run on through the document; bullets;
 * each with a level for the points of an item. Every level here is in use, so
 * none is marked tentative (see untentative in packageParts.ts).
 */
export function houseNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERING.numbered,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: "%1.",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720, hanging: 720 } } },
          },
          pointLevel("\u2022"),
        ],
      },
      {
        reference: NUMBERING.bullet,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: "\u2022",
            alignment: AlignmentType.LEFT,
            style: {
              paragraph: { indent: { left: 720, hanging: 360 } },
              run: { font: FONT },
            },
          },
          pointLevel("\u2013"),
        ],
      },
    ],
  };
}
