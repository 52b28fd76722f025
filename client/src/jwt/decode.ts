// Decoding only: no signature checks here (see verify.ts) and no `vscode`, so the CLI, the hover and tests share it.

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  /** The compact token after cleanup (no `Bearer `, quotes or whitespace). */
  token: string;
  header: JsonObject;
  payload: JsonObject;
  /** The third segment as it appears in the token (base64url); empty for unsigned tokens. */
  signature: string;
}

export type DecodeResult = { ok: true; jwt: DecodedJwt } | { ok: false; reason: string };

const SEGMENT = /^[A-Za-z0-9_-]*$/;

/** Strips what people paste around a token: `Authorization:`, `Bearer `, quotes, whitespace and line breaks. */
export function cleanToken(input: string): string {
  let s = input.trim();
  s = s.replace(/^authorization\s*:\s*/i, '');
  s = s.replace(/^bearer\s+/i, '');
  s = s.trim().replace(/^["'`]+|["'`,;]+$/g, '');
  return s.replace(/\s+/g, '');
}

/** base64url → bytes; undefined when the text is not base64url. Accepts and ignores `=` padding. */
export function base64UrlToBytes(text: string): Uint8Array | undefined {
  const s = text.replace(/=+$/, '');
  if (!SEGMENT.test(s) || s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    buffer = (buffer << 6) | sextet(s.charCodeAt(i));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function sextet(c: number): number {
  if (c >= 65 && c <= 90) return c - 65; // A-Z
  if (c >= 97 && c <= 122) return c - 71; // a-z
  if (c >= 48 && c <= 57) return c + 4; // 0-9
  return c === 45 ? 62 : 63; // '-' or '_' (the caller has validated the alphabet)
}

function decodeJsonSegment(segment: string, name: 'header' | 'payload'): { ok: true; value: JsonObject } | { ok: false; reason: string } {
  if (segment.length === 0) return { ok: false, reason: `the ${name} segment is empty` };
  const bytes = base64UrlToBytes(segment);
  if (!bytes) return { ok: false, reason: `the ${name} is not base64url` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `the ${name} is not UTF-8` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: `the ${name} is not JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: `the ${name} is not a JSON object` };
  return { ok: true, value: value as JsonObject };
}

/** Decodes a compact JWS (three base64url segments). Never throws; the reason says what is wrong. */
export function decodeJwt(input: string): DecodeResult {
  const token = cleanToken(input);
  if (token.length === 0) return { ok: false, reason: 'no token given' };
  const parts = token.split('.');
  if (parts.length === 5) return { ok: false, reason: 'this is an encrypted token (JWE, 5 segments): it cannot be decoded without the key' };
  if (parts.length !== 3) return { ok: false, reason: `a JWT has 3 dot-separated segments, this has ${parts.length}` };
  const [h, p, s] = parts as [string, string, string];
  if (!SEGMENT.test(s)) return { ok: false, reason: 'the signature is not base64url' };
  const header = decodeJsonSegment(h, 'header');
  if (!header.ok) return header;
  if (typeof header.value.alg !== 'string') return { ok: false, reason: 'the header has no "alg"' };
  const payload = decodeJsonSegment(p, 'payload');
  if (!payload.ok) return payload;
  return { ok: true, jwt: { token, header: header.value, payload: payload.value, signature: s } };
}
