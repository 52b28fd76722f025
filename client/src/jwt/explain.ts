// What a Cognito token means: its kind, its pool, each claim, its times. Pure: `now` is passed in.
import type { DecodedJwt, JsonObject } from './decode';

export type TokenKind = 'id' | 'access' | 'm2m-access' | 'unknown';

export interface IssuerInfo {
  issuer: string;
  /** True when the issuer has the shape of a real Cognito user pool issuer. */
  cognito: boolean;
  region?: string;
  poolId?: string;
}

export interface TimeInfo {
  epochSeconds: number;
  /** "expired 3 h ago", "in 55 min". */
  relative: string;
  /** Local time with its UTC offset, e.g. "2026-11-22 01:24:11 (UTC+01:00)". */
  local: string;
  /** "2026-11-22 00:24:11 UTC". */
  utc: string;
}

export interface ClaimRow {
  name: string;
  /** The value as JSON text (strings unquoted). */
  value: string;
  meaning: string;
  time?: TimeInfo;
}

export interface TokenSummary {
  kind: TokenKind;
  kindLabel: string;
  issuer?: IssuerInfo;
  clientId?: string;
  audience?: string;
  scopes: string[];
  groups: string[];
  username?: string;
  exp?: TimeInfo;
  expired?: boolean;
}

const ISSUER = /^https:\/\/cognito-idp\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com\/(([a-z]{2}(?:-[a-z]+)+-\d)_[0-9A-Za-z]+)$/;

/** Splits a Cognito issuer into region and pool id; `cognito` is false for anything else (emulators, other IdPs). */
export function parseIssuer(issuer: string): IssuerInfo {
  const m = ISSUER.exec(issuer);
  if (!m || m[1] !== m[3]) return { issuer, cognito: false };
  return { issuer, cognito: true, region: m[1], poolId: m[2] };
}

export function tokenKind(payload: JsonObject): TokenKind {
  if (payload.token_use === 'id') return 'id';
  if (payload.token_use !== 'access') return 'unknown';
  // Client-credentials tokens are issued to the app client itself: no user, and `sub` is the client id.
  const m2m = typeof payload.client_id === 'string' && payload.sub === payload.client_id && payload.username === undefined;
  return m2m ? 'm2m-access' : 'access';
}

export const KIND_LABELS: Record<TokenKind, string> = {
  id: 'ID token',
  access: 'User access token',
  'm2m-access': 'M2M access token (client credentials)',
  unknown: 'JWT (not a Cognito ID or access token)',
};

const MEANINGS: Record<string, string> = {
  iss: 'Issuer: the user pool that signed the token (https://cognito-idp.<region>.amazonaws.com/<pool id>).',
  sub: 'Subject: the user\'s immutable id (UUID); in M2M tokens, the app client id.',
  aud: 'Audience (ID tokens): the app client id the token was issued to.',
  exp: 'Expiry: the token must be rejected after this time.',
  iat: 'Issued at.',
  nbf: 'Not before: the token must be rejected before this time.',
  auth_time: 'When the user authenticated; unchanged when tokens are refreshed.',
  token_use: 'Cognito token type: "id" or "access". APIs must check it: an ID token is not an access token.',
  scope: 'Space-separated OAuth scopes granted (access tokens), e.g. resource-server/scope or aws.cognito.signin.user.admin.',
  client_id: 'App client id the access token was issued to (access tokens carry client_id, not aud).',
  username: 'The user\'s user name (access tokens); absent from M2M tokens.',
  'cognito:username': 'The user\'s user name (ID tokens).',
  'cognito:groups': 'Groups the user belongs to in this pool.',
  'cognito:roles': 'IAM role ARNs of the user\'s groups.',
  'cognito:preferred_role': 'IAM role ARN of the user\'s highest-precedence group.',
  origin_jti: 'Token-revocation id shared by the tokens of one authentication; used by RevokeToken.',
  event_id: 'Id of the authentication event (for advanced security / logs).',
  version: 'Token format version (2 in current Cognito access tokens).',
  jti: 'Unique id of this token.',
  at_hash: 'Hash of the access token issued with this ID token.',
  nonce: 'Value from the authorization request, echoed back to prevent replay.',
  identities: 'Federated identity-provider links of the user.',
  email: 'Standard attribute: email address.',
  email_verified: 'Standard attribute: whether the email address is verified.',
  phone_number: 'Standard attribute: phone number.',
  phone_number_verified: 'Standard attribute: whether the phone number is verified.',
  name: 'Standard attribute: full name.',
  given_name: 'Standard attribute: given name.',
  family_name: 'Standard attribute: family name.',
  preferred_username: 'Standard attribute: preferred user name (alias).',
  locale: 'Standard attribute: locale.',
  zoneinfo: 'Standard attribute: time zone.',
  updated_at: 'Standard attribute: last update of the user\'s attributes.',
  device_key: 'Key of the remembered device.',
  amr: 'Authentication methods used.',
  azp: 'Authorized party.',
};

const OIDC_ATTRIBUTES = ['middle_name', 'nickname', 'profile', 'picture', 'website', 'gender', 'birthdate', 'address'];

/** The meaning of a claim; unknown claims are most likely added by a pre-token-generation Lambda trigger. */
export function claimMeaning(name: string): string {
  const known = MEANINGS[name];
  if (known) return known;
  if (OIDC_ATTRIBUTES.includes(name)) return `Standard attribute: ${name.replace('_', ' ')}.`;
  if (name.startsWith('custom:')) return `Custom user-pool attribute ${name.slice('custom:'.length)}.`;
  if (name.startsWith('dev:')) return 'Developer-only attribute (readable by admin APIs only, normally absent from tokens).';
  return 'Not a standard Cognito claim: most likely added by a pre-token-generation Lambda trigger.';
}

const TIME_CLAIMS = ['exp', 'iat', 'nbf', 'auth_time', 'updated_at'];

export function claimRows(payload: JsonObject, nowMs: number): ClaimRow[] {
  return Object.entries(payload).map(([name, value]) => {
    const row: ClaimRow = { name, value: typeof value === 'string' ? value : JSON.stringify(value), meaning: claimMeaning(name) };
    if (TIME_CLAIMS.includes(name) && typeof value === 'number' && Number.isFinite(value)) row.time = describeTime(value, nowMs, name === 'exp');
    return row;
  });
}

export function summarize(jwt: DecodedJwt, nowMs: number): TokenSummary {
  const p = jwt.payload;
  const kind = tokenKind(p);
  const summary: TokenSummary = { kind, kindLabel: KIND_LABELS[kind], scopes: stringList(p.scope), groups: stringList(p['cognito:groups']) };
  if (typeof p.iss === 'string') summary.issuer = parseIssuer(p.iss);
  if (typeof p.client_id === 'string') summary.clientId = p.client_id;
  if (typeof p.aud === 'string') summary.audience = p.aud;
  const username = p['cognito:username'] ?? p.username;
  if (typeof username === 'string') summary.username = username;
  if (typeof p.exp === 'number' && Number.isFinite(p.exp)) {
    summary.exp = describeTime(p.exp, nowMs, true);
    summary.expired = p.exp * 1000 <= nowMs;
  }
  return summary;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter((s) => s.length > 0);
  if (Array.isArray(value)) return value.filter((s): s is string => typeof s === 'string');
  return [];
}

/** Relative ("expired 3 h ago" / "expires in 5 min" for `exp`, "3 h ago" / "in 5 min" otherwise), local and UTC time. */
export function describeTime(epochSeconds: number, nowMs: number, isExpiry = false): TimeInfo {
  const date = new Date(epochSeconds * 1000);
  const deltaSeconds = Math.round(epochSeconds - nowMs / 1000);
  const span = humanSpan(Math.abs(deltaSeconds));
  let relative: string;
  if (isExpiry) relative = deltaSeconds <= 0 ? `expired ${span} ago` : `expires in ${span}`;
  else relative = deltaSeconds <= 0 ? `${span} ago` : `in ${span}`;
  if (Number.isNaN(date.getTime())) return { epochSeconds, relative, local: 'invalid date', utc: 'invalid date' };
  return { epochSeconds, relative, local: localTime(date), utc: `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC` };
}

export function humanSpan(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} d`;
}

function localTime(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `UTC${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} (${zone})`;
}
