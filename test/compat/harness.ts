/** What a probe file calls; the run test implements it once per client. */
export interface Harness {
  /** Makes a call (recording a synchronous throw), awaits its result if it is a promise, then lets its callbacks run. */
  call(label: string, run: () => unknown): Promise<void>;
  /** twilio-node's `(error, result)` callback, recording that it fired. */
  callback(label: string): (error: Error | null, result?: unknown) => void;
  /** An `each` item callback: records the item and stops after it with `done()`. */
  item(label: string): (item: unknown, done: (error?: Error) => void) => void;
  /** An `each` completion callback. */
  done(label: string): () => void;
  /** The instance a call resolves, or undefined when it fails. */
  instance<T>(run: () => Promise<T>): Promise<T | undefined>;
  json(label: string, value: unknown): void;
  read(name: string, value: unknown): void;
  /** A URL for `getPage`. */
  readonly pageUrl: string;
}
