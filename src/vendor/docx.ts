/**
 * The docx package, as the writers import it: in the build, the parts of it
 * named here and what they use, bundled from its ES module build into one file
 * (see yaml.ts here). docx's CommonJS build is one 1 MB file that a draft
 * loads and, with the code cache, deserialises whole; the writers use half of it.
 */
export {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LeaderType,
  LevelFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  XmlComponent,
} from "docx";
export type { File, IContext, INumberingOptions, IParagraphStyleOptions, IStylesOptions, IXmlableObject } from "docx";
