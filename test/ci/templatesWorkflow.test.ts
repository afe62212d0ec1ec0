import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** The pull-request check (docs/templates.md, "The pull-request check"), read as GitHub reads it. */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  "continue-on-error"?: boolean;
}
const workflow = parse(readFileSync(join(__dirname, "..", "..", ".github", "workflows", "templates.yml"), "utf8")) as {
  on: { pull_request?: unknown; push?: { branches?: string[]; paths?: unknown } };
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const major = (action: string) => Number(/@v(\d+)/.exec(steps.find((s) => s.uses?.startsWith(`${action}@`))?.uses ?? "")?.[1]);

describe("the pull-request check of the templates", () => {
  it("runs on pull requests and on every push to main, so code scanning has a baseline", () => {
    expect(workflow.on.pull_request).toBeDefined();
    expect(workflow.on.push?.branches).toEqual(["main"]);
    expect(workflow.on.push?.paths).toBeUndefined();
  });

  it("never fails a clean check because code scanning refused the upload", () => {
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(upload?.["continue-on-error"]).toBe(true);
    // Every step that can fail the job does so only when the check itself found a problem.
    const failing = steps.filter((s) => s !== upload && /\bexit [1-9]/.test(s.run ?? ""));
    expect(failing.length).toBeGreaterThan(0);
    for (const step of failing) expect({ step: step.name, if: step.if }).toEqual({ step: step.name, if: expect.stringContaining("steps.check.outputs.code != '0'") });
  });

  it("says so when the upload was refused", () => {
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    const notice = steps.find((s) => s.if?.includes(`steps.${upload?.id}.outcome == 'failure'`));
    expect(notice?.run).toContain("::warning");
  });

  it("uses no deprecated major of an action: upload-sarif v4, checkout and setup-node v7", () => {
    expect(major("github/codeql-action/upload-sarif")).toBeGreaterThanOrEqual(4);
    expect(major("actions/checkout")).toBeGreaterThanOrEqual(7);
    expect(major("actions/setup-node")).toBeGreaterThanOrEqual(7);
  });
});
