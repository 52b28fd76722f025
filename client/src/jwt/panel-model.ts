// Everything the decoder panel shows or sends to the verifier, computed without `vscode` (tested in test/unit/jwt).
import type { ClaimView, PanelModel, VerifyRequest } from '../webview/messages';
import type { DecodedJwt } from './decode';
import { claimRows, parseIssuer, summarize, type TimeInfo } from './explain';
import { isJwks, resolveJwksUrl, type JwksCache, type VerifyOptions } from './verify';

export interface DecoderTarget {
  jwksUrl?: string;
  issuer?: string;
  clientId?: string;
  source?: string;
}

export interface DecoderSettings {
  /** `cognitoLens.jwksUrl`: a template with `{poolId}` / `{region}`; empty for `{iss}/.well-known/jwks.json`. */
  jwksUrl: string;
  expectedIssuer: string;
  fetchJwksAutomatically: boolean;
  clockToleranceSeconds: number;
}

const HEADER_MEANINGS: Record<string, string> = {
  alg: 'Signature algorithm. Cognito uses RS256.',
  kid: 'Id of the signing key in the pool\'s JWKS.',
  typ: 'Token type.',
};

export function formatTime(t: TimeInfo): string {
  return `${t.relative} · ${t.local} · ${t.utc}`;
}

export function buildPanelModel(jwt: DecodedJwt, target: DecoderTarget, settings: DecoderSettings, nowMs: number): PanelModel {
  const s = summarize(jwt, nowMs);
  const summary: PanelModel['summary'] = [{ label: 'Kind', value: s.kindLabel }];
  if (s.issuer) summary.push({ label: 'Issuer', value: s.issuer.cognito ? `${s.issuer.issuer} → region ${s.issuer.region}, user pool ${s.issuer.poolId}` : `${s.issuer.issuer} (not a Cognito issuer)` });
  if (s.clientId !== undefined) summary.push({ label: 'Client', value: s.clientId });
  if (s.audience !== undefined) summary.push({ label: 'Audience', value: s.audience });
  if (s.username !== undefined) summary.push({ label: 'User', value: s.username });
  if (s.scopes.length > 0) summary.push({ label: 'Scopes', value: s.scopes.join(' ') });
  if (s.groups.length > 0) summary.push({ label: 'Groups', value: s.groups.join(', ') });
  summary.push({ label: 'Expiry', value: s.exp ? formatTime(s.exp) : 'no exp claim' });
  const claims: ClaimView[] = claimRows(jwt.payload, nowMs).map((r) => ({ name: r.name, value: r.value, meaning: r.meaning, ...(r.time ? { time: formatTime(r.time) } : {}) }));
  const header: ClaimView[] = Object.entries(jwt.header).map(([name, value]) => ({ name, value: typeof value === 'string' ? value : JSON.stringify(value), meaning: HEADER_MEANINGS[name] ?? '' }));
  const iss = typeof jwt.payload.iss === 'string' ? jwt.payload.iss : undefined;
  const use = jwt.payload.token_use;
  const request: VerifyRequest = {
    tokenUse: use === 'id' || use === 'access' ? use : '',
    clientId: target.clientId ?? '',
    scopes: '',
    groups: '',
    jwksUrl: target.jwksUrl ?? (settings.jwksUrl ? resolveJwksUrl(settings.jwksUrl, iss) : ''),
    jwksJson: '',
  };
  return {
    ...(target.source ? { source: target.source } : {}),
    kindLabel: s.kindLabel,
    summary,
    header,
    claims,
    rawHeader: JSON.stringify(jwt.header, null, 2),
    rawPayload: JSON.stringify(jwt.payload, null, 2),
    signature: jwt.signature,
    request,
    jwksHint: iss ? `${iss}/.well-known/jwks.json (only for a Cognito issuer or the configured one)` : 'no iss claim: paste a JWKS or give its URL',
  };
}

export type VerifyPlan = { ok: true; options: VerifyOptions; jwksLabel: string } | { ok: false; message: string };

/** Turns the form into verifier options. The pasted JWKS wins over a URL; with neither, `{iss}/.well-known/jwks.json`. */
export function planVerification(jwt: DecodedJwt, request: VerifyRequest, target: DecoderTarget, settings: DecoderSettings, cache: JwksCache): VerifyPlan {
  const words = (s: string): string[] => s.split(/[\s,]+/).filter((w) => w.length > 0);
  const options: VerifyOptions = {
    cache,
    clockToleranceSeconds: settings.clockToleranceSeconds,
    ...(target.issuer ? { issuer: target.issuer } : {}),
    ...(settings.expectedIssuer ? { extraIssuers: [settings.expectedIssuer] } : {}),
    ...(request.tokenUse ? { tokenUse: request.tokenUse } : {}),
    ...(request.clientId.trim() ? { clientId: words(request.clientId) } : {}),
    ...(words(request.scopes).length > 0 ? { scopes: words(request.scopes) } : {}),
    ...(words(request.groups).length > 0 ? { groups: words(request.groups) } : {}),
  };
  if (request.jwksJson.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(request.jwksJson);
    } catch {
      return { ok: false, message: 'The pasted JWKS is not JSON.' };
    }
    if (!isJwks(parsed) && typeof parsed === 'object' && parsed !== null && 'kty' in parsed) parsed = { keys: [parsed] };
    if (!isJwks(parsed)) return { ok: false, message: 'The pasted JSON is not a JWKS ({"keys": [...]}).' };
    return { ok: true, options: { ...options, jwks: { kind: 'keys', jwks: parsed } }, jwksLabel: 'pasted JWKS' };
  }
  const url = request.jwksUrl.trim();
  if (url) {
    if (!/^https?:\/\//i.test(url)) return { ok: false, message: 'The JWKS URL must start with https:// (or http:// for a local emulator).' };
    return { ok: true, options: { ...options, jwks: { kind: 'url', url } }, jwksLabel: url };
  }
  const iss = typeof jwt.payload.iss === 'string' ? jwt.payload.iss : '';
  return { ok: true, options, jwksLabel: iss && parseIssuer(iss).cognito ? `${iss}/.well-known/jwks.json` : 'issuer JWKS (fetched only for a trusted issuer)' };
}
