import { getPair, listState } from '../model/nodes';
import type { Fix, Problem, Rule } from './types';
import { redirectUrls } from './common/urls';

// Unicode letters, marks, symbols, numbers and punctuation: no separators, no control characters.
const REDIRECT_URL = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
const MAX_URLS = 100;

export const redirectUrlFormat: Rule = {
  id: 'cognito/redirect-url-format',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const problems: Problem[] = [];
    for (const field of ['CallbackURLs', 'LogoutURLs'] as const) {
      const list = listState(client.props, field);
      const pair = getPair(client.props, field);
      if ((list.state === 'known' || list.state === 'partial') && list.seq.items.length > MAX_URLS && pair) {
        problems.push(ctx.problem(pair.keySpan, `${field} has too many URLs: keep at most ${MAX_URLS} (it has ${list.seq.items.length})`));
      }
    }
    for (const url of redirectUrls(client, ['CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI'])) {
      const what = url.field === 'DefaultRedirectURI' ? 'DefaultRedirectURI' : `A ${url.field} item`;
      const length = [...url.value].length;
      if (length === 0) problems.push(ctx.problem(url.node, `${what} is empty: give a URL or remove it`));
      else if (length > 1024) problems.push(ctx.problem(url.node, `${what} is too long: use at most 1024 characters (it has ${length})`));
      else if (!REDIRECT_URL.test(url.value)) {
        const cleaned = url.value.replace(/[^\p{L}\p{M}\p{S}\p{N}\p{P}]/gu, '');
        const fixes: Fix[] = cleaned ? [{ title: 'Remove whitespace', edits: [ctx.edits.replace(url.node, cleaned)] }] : [];
        problems.push(ctx.problem(url.node, `${what} contains whitespace or control characters: remove them or percent-encode them (%20): ${JSON.stringify(url.value)}`, ...fixes));
      }
    }
    return problems;
  },
};
