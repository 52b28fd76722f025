import assert from 'node:assert/strict';
import { generateKeyPairSync, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { describe, it } from 'node:test';
import { completeRsaKey } from '../../../scripts/emulator/rsa';

describe('emulator signing key', () => {
  it('recovers p, q and the CRT exponents from n, e and d', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const full = privateKey.export({ format: 'jwk' }) as Record<string, string>;
    const completed = completeRsaKey({ n: full.n, e: full.e, d: full.d });
    // p and q may come out swapped; the key is the same either way.
    const pair = new Set([completed.p, completed.q]);
    assert.ok(pair.has(full.p) && pair.has(full.q));
    const key = createPrivateKey({ key: { ...completed }, format: 'jwk' });
    const signature = sign('sha256', Buffer.from('payload'), key);
    assert.ok(verify('sha256', Buffer.from('payload'), createPublicKey({ key: { kty: 'RSA', n: full.n, e: full.e }, format: 'jwk' }), signature));
  });

  it('refuses a key whose d does not belong to n', () => {
    const a = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' }) as Record<string, string>;
    const b = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' }) as Record<string, string>;
    assert.throws(() => completeRsaKey({ n: a.n, e: a.e, d: b.d }), /could not factor/);
  });
});
