import type { Harness } from "./harness.ts";
import { sortKeys, type SpecStub } from "./stub.ts";

/** What one probe line did: how it settled, which callbacks fired, and the requests it sent. */
export interface Step {
  label: string;
  events: string[];
}

/** A harness that records each probe line as a step, so two clients' runs can be compared step by step. */
export class RecordingHarness implements Harness {
  readonly steps: Step[] = [];
  /** Callbacks handed out (but `each` items, which fire only for non-empty pages), and those that fired. */
  readonly expected = new Set<string>();
  readonly fired = new Set<string>();
  readonly pageUrl: string;
  private current: Step | undefined;

  constructor(
    private readonly stub: SpecStub,
    baseUrl: string,
  ) {
    this.pageUrl = `${baseUrl}/v1/CompatProbe?PageSize=1`;
  }

  async call(label: string, run: () => unknown): Promise<void> {
    await this.step(label, async (events) => {
      let result: unknown;
      try {
        result = run();
      } catch (error) {
        events.push(`threw ${describe(error)}`);
      }
      if (isThenable(result)) await result.then(() => events.push("resolved"), (error: unknown) => events.push(`rejected ${describe(error)}`));
    });
  }

  callback(label: string): (error: Error | null, result?: unknown) => void {
    this.expected.add(label);
    return (error) => {
      this.fired.add(label);
      this.note(`${label} called back ${error === null ? "ok" : `with ${describe(error)}`}`);
    };
  }

  item(label: string): (item: unknown, done: (error?: Error) => void) => void {
    return (_item, done) => {
      this.fired.add(label);
      this.note(`${label} item`);
      done();
    };
  }

  done(label: string): () => void {
    this.expected.add(label);
    return () => {
      this.fired.add(label);
      this.note(`${label} done`);
    };
  }

  async instance<T>(run: () => Promise<T>): Promise<T | undefined> {
    let instance: T | undefined;
    await this.step("instance", async (events) => {
      try {
        instance = await run();
      } catch (error) {
        events.push(`failed ${describe(error)}`);
      }
    });
    return instance;
  }

  json(label: string, value: unknown): void {
    this.steps.push({ label, events: [JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null))))] });
  }

  read(name: string, value: unknown): void {
    void name;
    void value;
  }

  private async step(label: string, run: (events: string[]) => Promise<void>): Promise<void> {
    const step: Step = { label, events: [] };
    this.steps.push(step);
    this.current = step;
    const start = this.stub.seen.length;
    await run(step.events);
    await this.stub.idle();
    step.events.push(...this.stub.seen.slice(start).map((request) => `sent ${JSON.stringify(request)}`));
    this.current = undefined;
  }

  /** Callbacks fire while their step is current; one that fires later is recorded on its own. */
  private note(event: string): void {
    if (this.current) this.current.events.push(event);
    else this.steps.push({ label: "late", events: [event] });
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
