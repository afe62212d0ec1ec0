import { realpathSync } from "node:fs";
import { packageRoot } from "../paths";

/**
 * The web address ancillary's documentation pages are under (ending "/"), for
 * the help links SARIF gives each rule, which must be absolute; undefined when
 * none is known, and the rules then have no link (their help text names the
 * page instead).
 *
 * - Run by GitHub Actions from a checkout of ancillary itself (the workflow that
 *   checks the templates): the pages at the commit being checked.
 * - Otherwise the package's `repository` (package.json), at its default branch.
 */
export function docsBaseUrl(env: NodeJS.ProcessEnv, root: string = packageRoot, repository: unknown = packageRepository()): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace } = env;
  if (server && repo && sha && workspace && /^https:\/\/[^/\s]+$/.test(server) && /^[\w.-]+\/[\w.-]+$/.test(repo) && /^[0-9a-f]{40}$/.test(sha) && samePlace(workspace, root)) {
    return `${server}/${repo}/blob/${sha}/`;
  }
  const web = repositoryWebUrl(repository);
  return web && `${web}/blob/HEAD/`;
}

/** "git+https://github.com/o/r.git", { url: ... } or "github:o/r" as the repository's https address. */
export function repositoryWebUrl(repository: unknown): string | undefined {
  const raw = typeof repository === "string" ? repository : typeof repository === "object" && repository !== null ? (repository as { url?: unknown }).url : undefined;
  if (typeof raw !== "string") return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  const url = /^(?:git\+)?(https:\/\/[^/\s]+\/[^\s?#]+?)(?:\.git)?\/?$/.exec(raw);
  return url?.[1];
}

function packageRepository(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../../package.json") as { repository?: unknown }).repository;
}

function samePlace(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
