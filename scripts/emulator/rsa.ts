import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** An RSA private key as a JWK with the CRT members (`p`, `q`, `dp`, `dq`, `qi`) that Node's crypto requires. */
export interface RsaPrivateJwk {
  kty: 'RSA';
  kid?: string;
  alg?: string;
  n: string;
  e: string;
  d: string;
  p: string;
  q: string;
  dp: string;
  dq: string;
  qi: string;
}

const toBig = (b64url: string): bigint => {
  const hex = Buffer.from(b64url, 'base64url').toString('hex');
  return hex ? BigInt(`0x${hex}`) : 0n;
};

const toB64 = (v: bigint): string => {
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Buffer.from(hex, 'hex').toString('base64url');
};

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('not invertible');
  return ((oldS % m) + m) % m;
}

/**
 * Recovers p and q from (n, e, d): d·e − 1 = 2^t·r is a multiple of φ(n), so for most g a square root of 1 other
 * than ±1 turns up in the sequence g^r, g^2r, … and gcd(root − 1, n) is a factor (the standard method, e.g. NIST
 * SP 800-56B appendix C). Each base fails with probability at most 1/2, so 98 bases leave no practical chance of a
 * miss; deterministic bases keep the result reproducible.
 */
export function completeRsaKey(key: { n: string; e: string; d: string; kid?: string; alg?: string }): RsaPrivateJwk {
  const n = toBig(key.n);
  const e = toBig(key.e);
  const d = toBig(key.d);
  const k = d * e - 1n;
  let r = k;
  let t = 0;
  while ((r & 1n) === 0n) {
    r >>= 1n;
    t += 1;
  }
  for (let g = 2n; g < 100n; g++) {
    let y = modPow(g, r, n);
    if (y === 1n || y === n - 1n) continue;
    for (let i = 1; i <= t; i++) {
      const x = (y * y) % n;
      if (x === 1n) {
        const p = gcd(y - 1n, n);
        if (p === 1n || p === n) break;
        const q = n / p;
        return {
          kty: 'RSA', kid: key.kid, alg: key.alg, n: key.n, e: key.e, d: key.d,
          p: toB64(p), q: toB64(q), dp: toB64(d % (p - 1n)), dq: toB64(d % (q - 1n)), qi: toB64(modInverse(q, p)),
        };
      }
      if (x === n - 1n) break;
      y = x;
    }
  }
  throw new Error('could not factor the RSA modulus from n, e, d');
}

/**
 * The private key moto signs its tokens with (kid `dummy`), read from the installed moto package: MOTO_JWKS_PRIVATE
 * may point at the file; otherwise the Python that has moto is asked where the package lives.
 */
export function loadMotoSigningKey(): RsaPrivateJwk {
  let file = process.env.MOTO_JWKS_PRIVATE;
  if (!file) {
    const python = process.env.MOTO_PYTHON ?? 'python3';
    const dir = execFileSync(python, ['-c', 'import os, moto.cognitoidp as m; print(os.path.dirname(m.__file__))'], { encoding: 'utf8' }).trim();
    file = `${dir}/resources/jwks-private.json.gz`;
  }
  const raw = readFileSync(file);
  const json = JSON.parse((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as { n: string; e: string; d: string; kid?: string; alg?: string };
  return completeRsaKey(json);
}
