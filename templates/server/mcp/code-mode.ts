import { CLIENT_PRELUDE, parseClientRequest, replay } from "./client-bridge.js";
import { words } from "./discover.js";
import { describeError, errorDetails } from "./upstream-errors.js";
import { DEFAULT_LIMITS, Sandbox, type SandboxLimits, type SandboxResult } from "./sandbox.js";
import type { ListedTool } from "./tool-types.js";

export const SEARCH_DOCS = "search_docs";
export const EXECUTE = "execute";

const MAX_SCRIPT = 20_000;
const MAX_SECTION = 2_000;
const DEFAULT_SECTIONS = 4;

/** The two code-mode tools; like discover's, their list does not grow with the API. */
export function codeTools(limits: SandboxLimits = DEFAULT_LIMITS): ListedTool[] {
  return [
    {
      name: SEARCH_DOCS,
      description: "Search the docs (SKILL.md, a page per resource): client calls, parameters, sample responses.",
      inputSchema: { type: "object", properties: { query: { type: "string", minLength: 1 }, limit: { type: "integer", minimum: 1, maximum: 10 } }, required: ["query"], additionalProperties: false },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    {
      name: EXECUTE,
      description:
        "Run JavaScript (an async function body: await, return JSON) with the typed Twilio client `client`, called as in the docs, e.g. " +
        "`return (await client.conversations.v1.conversations.create({ friendlyName: \"x\" })).sid`. Results are data; page() has nextPage(). " +
        `console output is returned. No network, modules or files; ${limits.cpuMs} ms CPU, ${Math.round(limits.memoryBytes / 1048576)} MiB, ${limits.hostCalls} calls.`,
      inputSchema: { type: "object", properties: { code: { type: "string", minLength: 1, maxLength: MAX_SCRIPT } }, required: ["code"], additionalProperties: false },
      annotations: {},
    },
  ];
}

export interface DocPage {
  /** As the package names it: `SKILL.md`, `docs/users.md`. */
  file: string;
  text: string;
}

interface Section {
  file: string;
  heading: string;
  text: string;
  words: Set<string>;
  headingWords: Set<string>;
}

/** The docs split at their `##`/`###` headings, searched by word: a heading match counts double. */
export class DocsIndex {
  private readonly sections: Section[];

  constructor(pages: readonly DocPage[]) {
    this.sections = pages.flatMap((page) => splitSections(page));
  }

  search(query: string, limit = DEFAULT_SECTIONS): Array<{ file: string; heading: string; text: string }> {
    const wanted = [...new Set(words(query))];
    const scored = this.sections
      .map((section) => ({ section, score: wanted.reduce((sum, word) => sum + (section.headingWords.has(word) ? 2 : 0) + (section.words.has(word) ? 1 : 0), 0) }))
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score || a.section.text.length - b.section.text.length);
    return scored.slice(0, Math.min(Math.max(1, limit), 10)).map(({ section }) => ({ file: section.file, heading: section.heading, text: clip(section.text) }));
  }
}

function splitSections(page: DocPage): Section[] {
  const sections: Section[] = [];
  let heading = page.file;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join("\n").trim();
    if (text !== "") sections.push({ file: page.file, heading, text, words: new Set(words(text)), headingWords: new Set(words(heading)) });
  };
  for (const line of page.text.split("\n")) {
    const match = /^#{1,3}\s+(.*)$/.exec(line);
    if (match) {
      flush();
      heading = match[1]!;
      lines = [line];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

/**
 * At most MAX_SECTION characters, with what a script author needs first: the
 * heading and prose, then the code samples, then tables (long parameter
 * tables would otherwise push the sample past the cut).
 */
function clip(text: string): string {
  const prose: string[] = [];
  const code: string[] = [];
  const tables: string[] = [];
  let fence: string | undefined;
  for (const line of text.split("\n")) {
    const opening = /^(`{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      code.push(line);
      if (line.trim() === fence) fence = undefined;
    } else if (opening !== undefined) {
      fence = opening;
      code.push(line);
    } else {
      (line.startsWith("|") ? tables : prose).push(line);
    }
  }
  const ordered = [...prose, ...code, ...tables].join("\n").replace(/\n{3,}/g, "\n\n");
  return ordered.length <= MAX_SECTION ? ordered : `${ordered.slice(0, MAX_SECTION - 1)}…`;
}

/**
 * `execute`: the script runs in QuickJS; each client call comes out through the
 * bridge and is replayed on a real client made here, so credentials stay on
 * this side. `makeClient` builds that client for one run.
 */
export class CodeRunner {
  private readonly sandbox: Sandbox;

  constructor(private readonly makeClient: () => Promise<object>, limits: SandboxLimits = DEFAULT_LIMITS) {
    this.sandbox = new Sandbox(limits);
  }

  async execute(code: string, signal?: AbortSignal): Promise<SandboxResult> {
    const client = await this.makeClient();
    return this.sandbox.run(code, (request) => replay(client, parseClientRequest(request), signal).catch((error: unknown) => Promise.reject(new Error(clientErrorText(error)))), CLIENT_PRELUDE);
  }
}

/** What the script's catch sees: Twilio's code, message, link and field details, never a host stack. */
function clientErrorText(error: unknown): string {
  const problem = error as { name?: unknown; status?: unknown; code?: unknown; message?: unknown; moreInfo?: unknown; details?: unknown };
  if (problem.name === "RestException" && typeof problem.status === "number") {
    const fallback: { code?: number; message: string; moreInfo?: string } = { message: typeof problem.message === "string" ? problem.message : `HTTP ${problem.status}` };
    if (typeof problem.code === "number") fallback.code = problem.code;
    if (typeof problem.moreInfo === "string") fallback.moreInfo = problem.moreInfo;
    return describeError(errorDetails(problem.status, { details: problem.details }, fallback));
  }
  return error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
}
