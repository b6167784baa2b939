/**
 * At most `limit` tasks running at once; the rest wait their turn in order.
 * Writes use it: each holds an encoded copy of its file until it is done, so
 * thousands started together would all sit in memory at the same time.
 */
export class Limiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Runs `task` over every item, `limit` at a time, without a waiter per item (a batch can be thousands). */
  async each<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const item = items[next++]!;
        await this.run(() => task(item));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.limit, items.length) }, worker));
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
