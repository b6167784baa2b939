// Entry point of the bundle each runtime runs: the inputs are compiled in, the results printed.
import { helperResults, type HelperInputs } from "./check.ts";

declare const HELPER_INPUTS: HelperInputs;

console.log(JSON.stringify(await helperResults(HELPER_INPUTS)));
