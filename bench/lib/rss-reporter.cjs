// Preloaded into every Node process a benchmark starts (NODE_OPTIONS=--require):
// on exit, appends this process's peak resident set size, in KiB, to BENCH_RSS_FILE.
const { appendFileSync } = require("node:fs");
const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
