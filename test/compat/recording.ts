import type { Harness } from "./harness.ts";
import type { SpecStub } from "./stub.ts";

/** A harness that records what fired, in order, so two clients' runs can be compared. */
export class RecordingHarness implements Harness {
  readonly events: string[] = [];
  /** Callbacks handed out (but `each` items, which fire only for non-empty pages), and those that fired. */
  readonly expected = new Set<string>();
  readonly fired = new Set<string>();
  readonly pageUrl: string;

  constructor(
    private readonly stub: SpecStub,
    baseUrl: string,
  ) {
    this.pageUrl = `${baseUrl}/v1/CompatProbe?PageSize=1`;
  }

  async call(label: string, result: unknown): Promise<void> {
    if (isThenable(result)) {
      await result.then(
        () => this.events.push(`${label} resolved`),
        (error: unknown) => this.events.push(`${label} rejected ${describe(error)}`),
      );
    }
    await this.stub.idle();
  }

  callback(label: string): (error: Error | null, result?: unknown) => void {
    this.expected.add(label);
    return (error) => {
      this.fired.add(label);
      this.events.push(`${label} called back ${error === null ? "ok" : `with ${describe(error)}`}`);
    };
  }

  item(label: string): (item: unknown, done: (error?: Error) => void) => void {
    return (_item, done) => {
      this.fired.add(label);
      this.events.push(`${label} item`);
      done();
    };
  }

  done(label: string): () => void {
    this.expected.add(label);
    return () => {
      this.fired.add(label);
      this.events.push(`${label} done`);
    };
  }

  async instance<T>(promise: Promise<T>): Promise<T | undefined> {
    try {
      return await promise;
    } catch (error) {
      this.events.push(`instance failed ${describe(error)}`);
      return undefined;
    } finally {
      await this.stub.idle();
    }
  }

  json(label: string, value: unknown): void {
    this.events.push(`${label} ${JSON.stringify(value)}`);
  }

  read(name: string, value: unknown): void {
    void name;
    void value;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
