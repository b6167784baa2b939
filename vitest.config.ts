import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two cores: more workers only contend.
    maxWorkers: 2,
    // test/serve/faults.test.ts forces collections to prove time limits survive them.
    execArgv: ["--expose-gc"],
    reporters: ["default", "./test/helpers/closing-line-reporter.ts"],
    // Every temporary folder of a run lives in one, removed at the end.
    globalSetup: ["./test/helpers/temporary-root.ts"],
  },
});
