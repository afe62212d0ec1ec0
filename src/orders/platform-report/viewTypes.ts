import type { CaseView } from "../../view/types";

/**
 * What platform-reports.docx.hbs receives (src/orders/platform-report/view.ts):
 * the case, and one report for each place online that holds intimate images.
 * It holds no complainant's name, and the template prints neither theirs nor
 * the defendant's.
 */
export interface PlatformReportView extends CaseView {
  reports: ReportView[];
  /** How many reports the document holds, and whether more than one. */
  count: number;
  severalReports: boolean;
  law: PlatformReportLawView;
}

/** One report: what the case knows of the content; the declarations are left to the person reporting. */
export interface ReportView {
  number: number;
  /** The service holding the content, or null where the case does not say (the report leaves a blank). */
  platform: string | null;
  /** Where on the service the content is, or null (a blank). */
  location: string | null;
  description: string;
  /** The convicted offences the item is tied to, or every convicted offence where it is tied to none. */
  offences: Array<{ title: string; citation: string; convictedOn: string | null }>;
}

export interface PlatformReportLawView {
  /** "Online Safety Act 2023". */
  act: string;
  /** "Online Safety Act 2023, s.20A": the report. */
  report: string;
  /** s.20A(2): what a report contains. */
  contents: string;
  /** s.20A(2)(f): requirements added by regulations. */
  regulations: string;
  /** s.10(3A): the duty to take the content down. */
  takedown: string;
  /** s.10(3B): when that duty does not apply. */
  exception: string;
  hours: number;
  /** "29 June 2026". */
  inForce: string;
  anonymityAct: string;
}
