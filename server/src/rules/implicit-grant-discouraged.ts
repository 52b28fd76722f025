import { flows } from './common/client';
import type { Fix, Rule } from './types';

export const implicitGrantDiscouraged: Rule = {
  id: 'cognito/implicit-grant-discouraged',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const f = flows(client);
    if (f.state !== 'known' && f.state !== 'partial') return [];
    const index = f.seq.items.findIndex((n) => n.kind === 'scalar' && n.value === 'implicit');
    if (index < 0) return [];
    const item = f.seq.items[index];
    const fixes: Fix[] = [{ title: 'Remove implicit', edits: [ctx.edits.removeItem(f.seq, index)] }];
    if (!f.values.includes('code')) fixes.push({ title: 'Replace implicit with code', edits: [ctx.edits.replace(item, 'code')] });
    return [ctx.problem(item, 'The implicit grant returns tokens in the browser URL, without PKCE or refresh tokens: use the code flow with PKCE instead of implicit', ...fixes)];
  },
};
