import type { Resource } from '../../model/types';
import type { ScalarNode } from '../../parse/types';
import { getValue, literalString, stringItems } from '../../model/nodes';
import { isLoopbackHost, parseUri } from './client';

export type RedirectField = 'CallbackURLs' | 'LogoutURLs' | 'DefaultRedirectURI';

/** One literal redirect URL of an app client: a list item of CallbackURLs/LogoutURLs, or DefaultRedirectURI. */
export interface UrlItem {
  field: RedirectField;
  node: ScalarNode;
  value: string;
}

/** The literal URLs of the given fields, in document order per field; intrinsic values are left out. */
export function redirectUrls(client: Resource, fields: readonly RedirectField[]): UrlItem[] {
  const out: UrlItem[] = [];
  for (const field of fields) {
    const value = getValue(client.props, field);
    if (field === 'DefaultRedirectURI') {
      const text = literalString(value);
      if (text !== undefined && value?.kind === 'scalar') out.push({ field, node: value, value: text });
      continue;
    }
    for (const item of stringItems(value)) out.push({ field, node: item.node, value: item.value });
  }
  return out;
}

/** What the redirect-URI rules Cognito documents (absolute URI, no fragment) find wrong with a URL, if anything. */
export function uriDefect(value: string): 'no-scheme' | 'fragment' | undefined {
  const url = value.trim();
  if (url === '') return undefined;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(url);
  // `localhost:3000/cb` and `example.com:8443/cb` look like a scheme followed by a port: a host without a scheme.
  // A dotted private-use scheme (`com.example.app:/cb`) is fine; a dotted "scheme" not followed by `/` is a host.
  if (!m || /^\d/.test(m[2]) || (m[1].includes('.') && !m[2].startsWith('/'))) return 'no-scheme';
  if (url.includes('#')) return 'fragment';
  return undefined;
}

/** `http://` to a host other than localhost, 127.0.0.1 or [::1]. */
export function isInsecureHttp(value: string): boolean {
  const uri = parseUri(value.trim());
  return uri !== undefined && uri.scheme === 'http' && !isLoopbackHost(uri.host);
}

/** The URL with its `http` scheme replaced by `https` (the scheme's case is ignored). */
export function withHttps(value: string): string {
  return value.replace(/^(\s*)http:/i, '$1https:');
}

/** A quick-fix guess for a URL without a scheme: `http://` for loopback hosts, `https://` otherwise. */
export function withScheme(value: string): string | undefined {
  const url = value.trim();
  if (url.startsWith('/') || url === '') return undefined;
  const host = url.split(/[/:?#]/)[0];
  if (!/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:]+\]$/.test(host)) return undefined;
  return `${isLoopbackHost(host) ? 'http' : 'https'}://${url}`;
}

/** A short label for messages: `CallbackURLs` item or `DefaultRedirectURI`. */
export function fieldLabel(field: RedirectField): string {
  return field === 'DefaultRedirectURI' ? 'DefaultRedirectURI' : `${field} item`;
}
