import { formatWarning, type SourcePlace, type Warning } from "./diagnostics.ts";

/**
 * State of one generator run. Nothing in the generator keeps module-level state:
 * everything a run accumulates lives here, so two runs in one process never leak
 * into each other.
 */
export class RunContext {
  readonly warnings: Warning[] = [];
  readonly startedAt = performance.now();
  private readonly progressSink: (line: string) => void;

  constructor(options: { progress?: (line: string) => void } = {}) {
    this.progressSink = options.progress ?? (() => {});
  }

  warn(place: SourcePlace, message: string): void {
    this.warnings.push({ place, message });
  }

  progress(line: string): void {
    this.progressSink(line);
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  formattedWarnings(): string[] {
    return this.warnings.map(formatWarning);
  }
}
