/**
 * The SHA-2 round constants and initial values, derived rather than typed in: FIPS 180-4 defines
 * them as the leading bits of the fractional parts of square and cube roots of the first primes
 * (section 4.2.2, 4.2.3, 5.3.3, 5.3.4, 5.3.5), which integer roots over BigInt give exactly.
 */

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < count; candidate++) {
    if (primes.every((prime) => candidate % prime !== 0)) primes.push(candidate);
  }
  return primes;
}

/** floor(value ** (1 / degree)) by Newton's method, for non-negative BigInts. */
function integerRoot(value: bigint, degree: bigint): bigint {
  let estimate = BigInt(1) << BigInt(Math.ceil(value.toString(2).length / Number(degree)) + 1);
  for (;;) {
    const next = ((degree - BigInt(1)) * estimate + value / estimate ** (degree - BigInt(1))) / degree;
    if (next >= estimate) return estimate;
    estimate = next;
  }
}

/** The first `bits` bits after the binary point of the `degree`-th root of each prime. */
function rootFractions(primes: readonly number[], degree: number, bits: number): bigint[] {
  const scale = BigInt(bits * degree);
  const mask = (BigInt(1) << BigInt(bits)) - BigInt(1);
  return primes.map((prime) => integerRoot(BigInt(prime) << scale, BigInt(degree)) & mask);
}

export interface Sha2Constants {
  /** SHA-256 round constants, as Int32 so that reading them gives small integers, not doubles. */
  readonly k256: Int32Array;
  readonly h256: Int32Array;
  /** SHA-512 round constants as [high, low] 32-bit halves, interleaved. */
  readonly k512: Int32Array;
  readonly h512: Int32Array;
  readonly h384: Int32Array;
}

function splitHalves(values: readonly bigint[]): Int32Array {
  const halves = new Int32Array(values.length * 2);
  values.forEach((value, index) => {
    halves[index * 2] = Number(value >> BigInt(32));
    halves[index * 2 + 1] = Number(value & BigInt(0xffffffff));
  });
  return halves;
}

let cached: Sha2Constants | undefined;

/** Computed on first use (well under a millisecond), so importing the helpers costs nothing. */
export function sha2Constants(): Sha2Constants {
  if (cached !== undefined) return cached;
  const primes = firstPrimes(80);
  cached = {
    k256: Int32Array.from(rootFractions(primes.slice(0, 64), 3, 32), Number),
    h256: Int32Array.from(rootFractions(primes.slice(0, 8), 2, 32), Number),
    k512: splitHalves(rootFractions(primes, 3, 64)),
    h512: splitHalves(rootFractions(primes.slice(0, 8), 2, 64)),
    h384: splitHalves(rootFractions(primes.slice(8, 16), 2, 64)),
  };
  return cached;
}
