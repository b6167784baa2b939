import { assertSafeOutputPath, type OutputFiles } from "../write/output.ts";

/** Collects emitted files; two emitters claiming one path is a bug, not a race. */
export class OutputSink {
  readonly files: OutputFiles = new Map();

  add(path: string, content: string): void {
    assertSafeOutputPath(path);
    if (this.files.has(path)) throw new Error(`two emitters wrote ${path}`);
    this.files.set(path, content);
  }

  addJson(path: string, value: unknown): void {
    this.add(path, `${JSON.stringify(value, null, 2)}\n`);
  }
}

/** Where each output lives; see CONTRACTS.md's output layout. */
export const outputPaths = {
  api: (apiId: string, file: string) => `${apiId}/${file}`,
  capability: (capabilityId: string, file: string) => `capabilities/${capabilityId}/${file}`,
  /** An API's standalone server; a capability's server package is its own folder. */
  apiServer: (apiId: string, file: string) => `servers/${apiId}/${file}`,
};
