/**
 * At most `limit` tasks running at once; the rest wait their turn in order.
 * Writes use it: each holds an encoded copy of its file until it is done, so
 * thousands started together would all sit in memory at the same time.
 */
export class Limiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

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
