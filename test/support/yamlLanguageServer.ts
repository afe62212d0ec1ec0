import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

/**
 * The yaml-language-server, the one editors (VS Code's YAML extension, Neovim,
 * Helix, Zed...) run for YAML, driven over LSP on stdio as an editor drives it.
 * The tests ask it what a person writing a case sees: hovers, completions and
 * underlined problems.
 */

const packageRoot = join(__dirname, "..", "..");
const serverPath = join(packageRoot, "node_modules", "yaml-language-server", "bin", "yaml-language-server");

/** How long one answer may take before the test fails saying which, instead of hanging. */
const ANSWER_LIMIT_MS = 30_000;

export interface Position {
  line: number;
  character: number;
}
export interface Diagnostic {
  range: { start: Position; end: Position };
  severity?: number;
  message: string;
}
export interface Hover {
  contents: { kind: string; value: string } | string | Array<string | { language: string; value: string }>;
}
export interface CompletionItem {
  label: string;
  kind?: number;
  documentation?: string | { kind: string; value: string };
}

/** The settings an editor would send: this project's schema only, nothing from the network. */
const SETTINGS = {
  validate: true,
  hover: true,
  completion: true,
  schemaStore: { enable: false },
  kubernetesCRDStore: { enable: false },
  yamlVersion: "1.2",
};

export class YamlLanguageServer {
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiting = new Map<string, Array<(d: Diagnostic[]) => void>>();
  private stderr = "";
  /** Fails, saying so, once the server has exited: no answer can come after that. */
  private readonly exited: Promise<never>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
  ) {
    this.exited = new Promise<never>((_, reject) => {
      child.once("exit", (code, signal) => reject(new Error(`yaml-language-server exited (${code ?? signal})${this.printed()}`)));
    });
  }

  /** Starts the server and completes the LSP handshake, with this project's settings applied. */
  static async start(): Promise<YamlLanguageServer> {
    const child = spawn(process.execPath, [serverPath, "--stdio"], { cwd: packageRoot, stdio: ["pipe", "pipe", "pipe"] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new YamlLanguageServer(child, connection);
    child.stderr!.on("data", (chunk: Buffer) => (server.stderr += chunk.toString()));
    // The server pulls its settings (sections yaml, http, [yaml], editor) rather than being told them.
    connection.onRequest("workspace/configuration", (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === "yaml" ? SETTINGS : null)),
    );
    connection.onRequest("client/registerCapability", () => null);
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: Diagnostic[] }) => {
      server.diagnostics.set(params.uri, params.diagnostics);
      for (const resolve of server.waiting.get(params.uri) ?? []) resolve(params.diagnostics);
      server.waiting.delete(params.uri);
    });
    // The server says when it has applied the settings (an extension of LSP the YAML extension uses).
    const settingsApplied = new Promise<void>((resolve) => connection.onNotification("yaml/schema/store/initialized", () => resolve()));
    connection.listen();

    await server.bounded(
      connection.sendRequest("initialize", {
        processId: process.pid,
        rootUri: pathToFileURL(packageRoot).href,
        workspaceFolders: [{ uri: pathToFileURL(packageRoot).href, name: "ancillary" }],
        capabilities: {
          workspace: { configuration: true },
          textDocument: {
            hover: { contentFormat: ["markdown", "plaintext"] },
            completion: { completionItem: { documentationFormat: ["markdown", "plaintext"], snippetSupport: true } },
            publishDiagnostics: {},
          },
        },
      }),
      "initialize",
    );
    await connection.sendNotification("yaml/supportSchemaSelection");
    await connection.sendNotification("initialized", {});
    await server.bounded(settingsApplied, "applying the settings");
    return server;
  }

  /** Opens a document as an editor does (the text need not be on disk), and waits for its problems. */
  async open(path: string, text: string = readFileSync(path, "utf8")): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    const published = new Promise<Diagnostic[]>((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    return this.bounded(published, `the problems in ${path}`);
  }

  async hover(path: string, position: Position): Promise<Hover | null> {
    return this.bounded(this.connection.sendRequest("textDocument/hover", { textDocument: { uri: pathToFileURL(path).href }, position }), "hover");
  }

  async completion(path: string, position: Position): Promise<CompletionItem[]> {
    const result = await this.bounded(
      this.connection.sendRequest<{ items: CompletionItem[] } | CompletionItem[] | null>("textDocument/completion", {
        textDocument: { uri: pathToFileURL(path).href },
        position,
      }),
      "completion",
    );
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async stop(): Promise<void> {
    try {
      await this.bounded(this.connection.sendRequest("shutdown"), "shutdown");
      await this.connection.sendNotification("exit");
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }

  /** The promise, or a failure naming what the server did not answer, so a test never hangs. */
  private bounded<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`yaml-language-server gave no answer for ${what} within ${ANSWER_LIMIT_MS / 1000} s${this.printed()}`)), ANSWER_LIMIT_MS);
    });
    return Promise.race([promise, limit, this.exited]).finally(() => clearTimeout(timer));
  }

  private printed(): string {
    return this.stderr ? `; it printed:\n${this.stderr}` : "";
  }
}

/** The text of a hover, whatever form the server gave it in. */
export function hoverText(hover: Hover | null): { kind: string; value: string } {
  if (hover === null) return { kind: "none", value: "" };
  const contents = hover.contents;
  if (typeof contents === "string") return { kind: "plaintext", value: contents };
  if (Array.isArray(contents)) return { kind: "markedstring", value: contents.map((c) => (typeof c === "string" ? c : c.value)).join("\n") };
  return contents;
}

/** The zero-based line and column of the first occurrence of `text` in a document, as LSP counts them. */
export function positionOf(document: string, text: string, offsetInText = 0): Position {
  const index = document.indexOf(text);
  if (index < 0) throw new Error(`the document has no ${JSON.stringify(text)}`);
  const before = document.slice(0, index + offsetInText).split("\n");
  return { line: before.length - 1, character: before[before.length - 1].length };
}
