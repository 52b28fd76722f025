import { getValue, listState, literalString } from '../model/nodes';
import { hasKeyWithoutValue } from './common/half-typed';
import type { Fix, Rule } from './types';

export const defaultRedirectUriNotInCallbacks: Rule = {
  id: 'cognito/default-redirect-uri-not-in-callbacks',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getValue(client.props, 'DefaultRedirectURI');
    const uri = literalString(node);
    if (uri === undefined || node?.kind !== 'scalar' || !client.props) return [];
    const callbacks = listState(client.props, 'CallbackURLs');
    // An intrinsic list or item may well hold the URI.
    if (callbacks.state === 'unknown' || callbacks.state === 'partial') return [];
    if (hasKeyWithoutValue(client.props, 'CallbackURLs')) return [];
    const values = callbacks.state === 'known' ? callbacks.values : [];
    if (values.includes(uri)) return [];
    const fixes: Fix[] = [];
    const near = values.find((v) => normalise(v) === normalise(uri));
    if (near !== undefined) fixes.push({ title: `Use ${near}`, edits: [ctx.edits.replace(node, near)] });
    fixes.push({
      title: 'Add to CallbackURLs',
      edits: [callbacks.state === 'known' ? ctx.edits.appendItem(callbacks.seq, uri) : ctx.edits.setProperty(client.props, 'CallbackURLs', [uri])],
    });
    return [ctx.problem(node, `DefaultRedirectURI must be one of the CallbackURLs (exact string match): add it to CallbackURLs or pick a listed URL: ${uri}`, ...fixes)];
  },
};

function normalise(url: string): string {
  return url.trim().toLowerCase().replace(/\/+$/, '');
}
