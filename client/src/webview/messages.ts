// Messages between the decoder panel's host and its page. Types only: both sides import them.
import type { Check, SignatureStatus } from '../jwt/verify';

export interface ClaimView {
  name: string;
  value: string;
  meaning: string;
  /** "expired 3 h ago · 2026-11-22 01:00:00 (UTC+01:00) · 2026-11-22 00:00:00 UTC" for time claims. */
  time?: string;
}

/** What the Verify form starts with; the user may change every field before pressing Verify. */
export interface VerifyRequest {
  tokenUse: '' | 'id' | 'access';
  clientId: string;
  /** Space-separated; at least one must be granted. */
  scopes: string;
  /** Space-separated; the user must be in at least one. */
  groups: string;
  /** Empty: `{iss}/.well-known/jwks.json`. */
  jwksUrl: string;
  /** A pasted JWKS; when not empty it wins over the URL and nothing is fetched. */
  jwksJson: string;
}

export interface PanelModel {
  source?: string;
  kindLabel: string;
  summary: Array<{ label: string; value: string }>;
  header: ClaimView[];
  claims: ClaimView[];
  rawHeader: string;
  rawPayload: string;
  signature: string;
  request: VerifyRequest;
  /** Where Verify would get the keys from, e.g. "https://…/.well-known/jwks.json". */
  jwksHint: string;
}

export type HostMessage =
  | { type: 'render'; model: PanelModel }
  | { type: 'empty'; message: string }
  | { type: 'verifying'; jwksLabel: string }
  | { type: 'verified'; signature: SignatureStatus; checks: Check[]; valid: boolean; jwksLabel: string }
  | { type: 'verifyError'; message: string };

export type CopyTarget = { what: 'token' | 'header' | 'payload' } | { what: 'claim'; name: string };

export type PageMessage = { type: 'ready' } | { type: 'verify'; request: VerifyRequest } | { type: 'copy'; target: CopyTarget } | { type: 'paste' };

/** The page is ours, but its messages are still checked before the host acts on them. */
export function parsePageMessage(data: unknown): PageMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'paste':
      return { type: m.type };
    case 'verify': {
      const r = m.request as Record<string, unknown> | undefined;
      const str = (k: string): string => (typeof r?.[k] === 'string' ? (r[k] as string) : '');
      const use = str('tokenUse');
      return { type: 'verify', request: { tokenUse: use === 'id' || use === 'access' ? use : '', clientId: str('clientId'), scopes: str('scopes'), groups: str('groups'), jwksUrl: str('jwksUrl'), jwksJson: str('jwksJson') } };
    }
    case 'copy': {
      const t = m.target as Record<string, unknown> | undefined;
      if (t?.what === 'token' || t?.what === 'header' || t?.what === 'payload') return { type: 'copy', target: { what: t.what } };
      if (t?.what === 'claim' && typeof t.name === 'string') return { type: 'copy', target: { what: 'claim', name: t.name } };
      return undefined;
    }
    default:
      return undefined;
  }
}
