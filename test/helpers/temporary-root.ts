import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * One folder per test run for every temporary directory the tests make, removed
 * when the run ends: a run makes hundreds of them (an `--all` output alone is
 * ~60 MB), and left in the system's temporary folder they fill the disk after a
 * few runs. Set KEEP_TEST_TMP=1 to keep it for a look after the run.
 */
export const TEMPORARY_ROOT_VARIABLE = "TWILIO_CODEGEN_TEST_TMP";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "twilio-codegen-test-run-"));
  process.env[TEMPORARY_ROOT_VARIABLE] = root;
  return () => {
    if (process.env["KEEP_TEST_TMP"] === "1") {
      console.log(`test files kept in ${root}`);
      return;
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
