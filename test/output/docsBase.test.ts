import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docsBaseUrl, repositoryWebUrl } from "../../src/output/docsBase";
import { packageRoot } from "../../src/paths";

const sha = "0123456789abcdef0123456789abcdef01234567";
const actions = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "example/ancillary", GITHUB_SHA: sha, GITHUB_WORKSPACE: packageRoot };

describe("where the documentation's help links point", () => {
  it("is the commit being checked, when GitHub Actions runs ancillary from its own checkout", () => {
    expect(docsBaseUrl(actions, packageRoot, undefined)).toBe(`https://github.com/example/ancillary/blob/${sha}/`);
  });

  it("follows a link to the checkout", () => {
    const area = mkdtempSync(join(tmpdir(), "ancillary-docs-"));
    try {
      symlinkSync(packageRoot, join(area, "checkout"));
      expect(docsBaseUrl({ ...actions, GITHUB_WORKSPACE: join(area, "checkout") }, packageRoot, undefined)).toBe(`https://github.com/example/ancillary/blob/${sha}/`);
    } finally {
      rmSync(area, { recursive: true, force: true });
    }
  });

  it("is not another repository's, when Actions checks out something else that runs an installed ancillary", () => {
    expect(docsBaseUrl({ ...actions, GITHUB_WORKSPACE: tmpdir() }, packageRoot, undefined)).toBeUndefined();
    expect(docsBaseUrl({ ...actions, GITHUB_SHA: "not-a-commit" }, packageRoot, undefined)).toBeUndefined();
  });

  it("is the package's repository otherwise, at its default branch, and nothing without one", () => {
    expect(docsBaseUrl({}, packageRoot, { type: "git", url: "git+https://github.com/example/ancillary.git" })).toBe("https://github.com/example/ancillary/blob/HEAD/");
    expect(docsBaseUrl({}, packageRoot, undefined)).toBeUndefined();
  });

  it("reads the forms package.json gives a repository in", () => {
    expect(repositoryWebUrl("github:example/ancillary")).toBe("https://github.com/example/ancillary");
    expect(repositoryWebUrl("example/ancillary")).toBe("https://github.com/example/ancillary");
    expect(repositoryWebUrl({ url: "https://gitlab.example.org/courts/ancillary" })).toBe("https://gitlab.example.org/courts/ancillary");
    expect(repositoryWebUrl("git@github.com:example/ancillary.git")).toBeUndefined();
    expect(repositoryWebUrl(42)).toBeUndefined();
  });
});
