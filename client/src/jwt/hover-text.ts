// The hover's markdown, built without `vscode` so it can be tested. Every token-derived value is escaped: a claim
// must never be able to add a link (and so never a command link) or formatting to the hover.
import type { DecodedJwt } from './decode';
import { summarize } from './explain';

export const OPEN_DECODER_COMMAND = 'cognitoLens.openDecoder';
const MAX_VALUE = 200;

/** Escapes markdown and HTML in text shown in a hover, and shortens it. */
export function escapeMarkdown(text: string): string {
  const short = text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
  // Backslash escapes of ASCII punctuation are plain CommonMark; escaping `:` and `.` also stops GFM autolinks.
  return short.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>&~"'=:]/g, '\\$&');
}

export function openDecoderLink(token: string): string {
  return `command:${OPEN_DECODER_COMMAND}?${encodeURIComponent(JSON.stringify([token]))}`;
}

export function hoverMarkdown(jwt: DecodedJwt, nowMs: number): string {
  const s = summarize(jwt, nowMs);
  const lines = [`**Cognito Lens** · ${escapeMarkdown(s.kindLabel)} · ${escapeMarkdown(String(jwt.header.alg))}`, ''];
  const row = (label: string, value: string): void => {
    lines.push(`- ${label}: ${value}`);
  };
  if (s.issuer) {
    row('Issuer', s.issuer.cognito ? `user pool ${escapeMarkdown(s.issuer.poolId ?? '')} in ${escapeMarkdown(s.issuer.region ?? '')}` : `${escapeMarkdown(s.issuer.issuer)} (not a Cognito issuer)`);
  }
  if (s.clientId !== undefined) row('client_id', escapeMarkdown(s.clientId));
  if (s.audience !== undefined) row('aud', escapeMarkdown(s.audience));
  if (s.username !== undefined) row('User', escapeMarkdown(s.username));
  if (s.scopes.length > 0) row('Scopes', s.scopes.map(escapeMarkdown).join(', '));
  if (s.groups.length > 0) row('Groups', s.groups.map(escapeMarkdown).join(', '));
  if (s.exp) row(s.expired ? '**Expired**' : 'Expires', `${s.exp.relative} — ${s.exp.local} · ${s.exp.utc}`);
  else row('Expires', 'no `exp` claim');
  lines.push('', `[Open in Cognito Lens](${openDecoderLink(jwt.token)} "Decode, explain and verify this token") · decoded locally, not verified`);
  return lines.join('\n');
}
