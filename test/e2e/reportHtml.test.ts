/**
 * Opens the page `ancillary report --html` writes in headless Chromium, as a
 * reader would: no console error, no request beyond the file itself, each
 * chart an image named by its caption with a table of the same figures, and a
 * screenshot (kept under the system's temporary folder; the path is printed).
 * Skipped, saying so, when no Chromium is installed (.ci/run installs Debian's
 * `chromium`; ANCILLARY_CHROMIUM names another).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runCli } from "../support/cli";

function findChromium(): string | undefined {
  const named = process.env.ANCILLARY_CHROMIUM;
  if (named) return existsSync(named) ? named : undefined;
  for (const command of ["chromium", "chromium-browser", "google-chrome"]) {
    const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
    if (found.status === 0 && found.stdout.trim() !== "") return found.stdout.trim();
  }
  return undefined;
}

const chromium = findChromium();
if (!chromium) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: the report page in headless Chromium: no Chromium is installed (apt-get install -y --no-install-recommends chromium, or set ANCILLARY_CHROMIUM)");
}
const describeWithChromium = chromium ? describe : describe.skip;

describeWithChromium("the report page in headless Chromium", () => {
  jest.setTimeout(120_000);
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-report-html-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("opens with no console error and no request beyond the file, each chart named with a table beside it", async () => {
    const page = join(scratch, "report.html");
    expect(runCli(["report", "examples/report", "--html", page]).code).toBe(0);
    const { chromium: browserType } = await import("playwright-core");
    const browser = await browserType.launch({ executablePath: chromium, args: ["--no-sandbox"] });
    try {
      const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems: string[] = [];
      tab.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
      });
      tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      tab.on("request", (request) => {
        if (request.url() !== pathToFileURL(page).href) problems.push(`request: ${request.url()}`);
      });
      await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });

      const charts = tab.getByRole("img");
      expect(await charts.count()).toBe(4);
      for (const name of ["What became of the deprivation applications", "Why items holding intimate images were left out", "By court", "By month of the hearing"]) {
        await expect(tab.getByRole("img", { name: new RegExp(name) }).count()).resolves.toBe(1);
      }
      expect(await tab.getByRole("table").count()).toBe(5);
      await expect(tab.getByRole("table", { name: "By court: the figures" }).getByRole("row").count()).resolves.toBe(6);
      await expect(tab.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Deprivation orders across 20 cases");

      const shot = join(tmpdir(), "ancillary-report-page.png");
      await tab.screenshot({ path: shot, fullPage: true });
      const png = readFileSync(shot);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      // eslint-disable-next-line no-console
      console.log(`screenshot of the report page: ${shot}`);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
