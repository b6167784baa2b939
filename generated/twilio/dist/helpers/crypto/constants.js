function firstPrimes(count) {
  const primes = [];
  for (let candidate = 2; primes.length < count; candidate++) {
    if (primes.every((prime) => candidate % prime !== 0)) primes.push(candidate);
  }
  return primes;
}
function integerRoot(value, degree) {
  let estimate = BigInt(1) << BigInt(Math.ceil(value.toString(2).length / Number(degree)) + 1);
  for (; ; ) {
    const next = ((degree - BigInt(1)) * estimate + value / estimate ** (degree - BigInt(1))) / degree;
    if (next >= estimate) return estimate;
    estimate = next;
  }
}
function rootFractions(primes, degree, bits) {
  const scale = BigInt(bits * degree);
  const mask = (BigInt(1) << BigInt(bits)) - BigInt(1);
  return primes.map((prime) => integerRoot(BigInt(prime) << scale, BigInt(degree)) & mask);
}
function splitHalves(values) {
  const halves = new Int32Array(values.length * 2);
  values.forEach((value, index) => {
    halves[index * 2] = Number(value >> BigInt(32));
    halves[index * 2 + 1] = Number(value & BigInt(4294967295));
  });
  return halves;
}
let cached;
function sha2Constants() {
  if (cached !== void 0) return cached;
  const primes = firstPrimes(80);
  cached = {
    k256: Int32Array.from(rootFractions(primes.slice(0, 64), 3, 32), Number),
    h256: Int32Array.from(rootFractions(primes.slice(0, 8), 2, 32), Number),
    k512: splitHalves(rootFractions(primes, 3, 64)),
    h512: splitHalves(rootFractions(primes.slice(0, 8), 2, 64)),
    h384: splitHalves(rootFractions(primes.slice(8, 16), 2, 64))
  };
  return cached;
}
export {
  sha2Constants
};
