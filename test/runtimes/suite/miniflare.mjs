// Runs the bundled Worker in workerd through Miniflare (Node 22+), prints its report.
// Arguments: the miniflare package's directory, the bundled worker, the upstream's URL.
const [miniflareDirectory, script, baseUrl] = process.argv.slice(2);
const { Miniflare } = await import(`${miniflareDirectory}/dist/src/index.js`);
const { readFile } = await import("node:fs/promises");
const miniflare = new Miniflare({ modules: true, script: await readFile(script, "utf8"), compatibilityDate: "2025-01-01", bindings: { BASE_URL: baseUrl } });
try {
  const response = await miniflare.dispatchFetch("http://worker.local/");
  console.log(await response.text());
} finally {
  await miniflare.dispose();
}
