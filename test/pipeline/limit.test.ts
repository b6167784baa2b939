import { describe, expect, it } from "vitest";
import { Limiter } from "../../generator/write/limit.ts";

/** A task that records how many run beside it, and finishes when released. */
function tracker() {
  let running = 0;
  let most = 0;
  const task = async () => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setImmediate(resolve));
    running--;
  };
  return { task, most: () => most };
}

describe("the write limiter", () => {
  it("runs at most its limit at once, through run and through each, and every task exactly once", async () => {
    const viaRun = tracker();
    const limiter = new Limiter(3);
    await Promise.all(Array.from({ length: 20 }, () => limiter.run(viaRun.task)));
    expect(viaRun.most()).toBe(3);

    const viaEach = tracker();
    const seen: number[] = [];
    await new Limiter(4).each(Array.from({ length: 25 }, (_, index) => index), async (item) => {
      seen.push(item);
      await viaEach.task();
    });
    expect(viaEach.most()).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, index) => index));
  });

  it("frees a slot when a task fails", async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error("disk full")))).rejects.toThrow("disk full");
    await expect(limiter.run(async () => "next")).resolves.toBe("next");
  });
});
