/** One seed per run, printed, so any failure can be replayed with FC_SEED=<seed>. */
export const SEED = Number(process.env["FC_SEED"] ?? Math.floor(Math.random() * 2 ** 31));

export function announceSeed(suite: string): void {
  console.log(`fast-check seed for ${suite}: ${SEED} (replay with FC_SEED=${SEED})`);
}
