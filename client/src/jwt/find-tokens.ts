import { decodeJwt, type DecodedJwt } from './decode';

export interface FoundToken {
  /** Offset of the token's first character in the searched text. */
  offset: number;
  length: number;
  token: string;
  jwt: DecodedJwt;
}

// A JWS header is a JSON object, so its base64url starts with `eyJ` (`{"`). The look-behind keeps us from starting in
// the middle of a longer base64 run; a trailing `.` is allowed after the token because logs end sentences with one.
// The signature may be empty (unsigned tokens are still worth showing, and verify.ts rejects them).
const CANDIDATE = /(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*(?![A-Za-z0-9_-])/g;

/**
 * Finds JWTs in any text (JSON, YAML, `.env`, `.http` files, logs, URLs with `#id_token=…&access_token=…`, code).
 * Only strings that decode to a JSON header with `alg` and a JSON payload are returned.
 */
export function findTokens(text: string): FoundToken[] {
  const found: FoundToken[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const decoded = decodeJwt(match[0]);
    if (decoded.ok) found.push({ offset: match.index ?? 0, length: match[0].length, token: match[0], jwt: decoded.jwt });
  }
  return found;
}

/** The token whose range contains `offset` (inclusive of its end, where a caret sits after the last character). */
export function findTokenAt(text: string, offset: number): FoundToken | undefined {
  return findTokens(text).find((t) => offset >= t.offset && offset <= t.offset + t.length);
}
