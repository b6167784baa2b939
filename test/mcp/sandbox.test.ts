import { describe, expect, it } from "vitest";
import { Sandbox, type SandboxLimits } from "../../templates/server/mcp/sandbox.ts";

const limits: SandboxLimits = { cpuMs: 300, wallMs: 2_000, memoryBytes: 8 * 1024 * 1024, stackBytes: 256 * 1024, outputBytes: 2_048, hostCalls: 3 };
const sandbox = new Sandbox(limits);
const echo = async (request: unknown) => ({ echoed: request });

describe("QuickJS sandbox", () => {
  it("returns the script's value and console output, and reaches the host only through its bridge", async () => {
    const result = await sandbox.run(`console.log("n", 1, { a: true }); return await __call({ x: 1 });`, echo);
    expect(result).toMatchObject({ ok: true, value: { echoed: { x: 1 } }, logs: ['n 1 {"a":true}'], hostCalls: 1 });
  });

  it.each([
    ["process", "return process.env"],
    ["require", "return require('fs')"],
    ["import()", "return await import('node:fs')"],
    ["fetch", "return await fetch('http://example.com/')"],
    ["globalThis.fetch", "return await globalThis.fetch('http://example.com/')"],
  ])("%s does not exist inside", async (_, script) => {
    const result = await sandbox.run(script, echo);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/not defined|not a function|could not load module/);
    expect(result.hostCalls).toBe(0);
  });

  it.each([
    ["an infinite loop", "while (true) {}", /CPU time/],
    ["an infinite loop after a host call", "await __call(1); for (;;) {}", /CPU time/],
    ["a memory bomb", "const a = []; for (;;) a.push({ n: a.length, s: 'x'.repeat(64) + a.length });", /memory|CPU time/],
    ["a promise that never settles", "await new Promise(() => {});", /wall clock/],
    ["unbounded recursion", "const f = () => f(); f();", /stack overflow/],
    ["too many host calls", "for (let i = 0; i < 10; i += 1) await __call(i);", /more than 3 calls/],
  ])("%s ends with a clear error in bounded time, and the next run works", async (_, script, message) => {
    const started = performance.now();
    const result = await sandbox.run(script, echo);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(message);
    expect(performance.now() - started).toBeLessThan(limits.wallMs + 5_000);
    expect((await sandbox.run("return 6 * 7", echo)).value).toBe(42);
  });

  it("caps console output and the returned value", async () => {
    const noisy = await sandbox.run(`for (let i = 0; i < 1000; i += 1) console.log("line " + i); return 1;`, echo);
    expect(noisy.ok).toBe(true);
    expect(noisy.truncated).toBe(true);
    expect(noisy.logs.reduce((sum, line) => sum + line.length, 0)).toBeLessThanOrEqual(limits.outputBytes);
    const big = await sandbox.run(`return "x".repeat(${limits.outputBytes * 2});`, echo);
    expect(big).toMatchObject({ ok: false, error: expect.stringMatching(/over 2048 bytes/) });
  });

  it("passes a host refusal to the script as an Error it can catch", async () => {
    const refusing = async () => Promise.reject(new Error("no such operation"));
    const result = await sandbox.run(`try { await __call(1); } catch (error) { return error.message; }`, refusing);
    expect(result.value).toBe("no such operation");
  });
});
