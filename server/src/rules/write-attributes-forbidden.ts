import { asSeq, getValue, stringItems } from '../model/nodes';
import { isForbiddenWrite } from './common/attributes';
import type { Rule } from './types';

export const writeAttributesForbidden: Rule = {
  id: 'cognito/write-attributes-forbidden',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const seq = asSeq(getValue(client.props, 'WriteAttributes'));
    if (!seq) return [];
    return stringItems(seq)
      .filter((item) => isForbiddenWrite(item.value))
      .map((item) => {
        const why = item.value.startsWith('dev:') ? 'developer-only attributes are read-only to every app client' : 'only Cognito sets the verified flags';
        return ctx.problem(item.node, `An app client cannot be given write access to this attribute (${why}): remove it from WriteAttributes: ${item.value}`,
          { title: `Remove ${item.value} from WriteAttributes`, edits: [ctx.edits.removeItem(seq, item.index)] });
      });
  },
};
