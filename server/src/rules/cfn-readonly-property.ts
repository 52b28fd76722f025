import { getPair } from '../model/nodes';
import type { Resource } from '../model/types';
import type { Fix, Problem, Rule, RuleContext } from './types';

const READ_ONLY: Partial<Record<Resource['kind'], Record<string, string>>> = {
  'app-client': {
    ClientSecret: 'set GenerateSecret: true and read the secret with Fn::GetAtt <client>.ClientSecret',
    ClientId: 'read the id with Ref <client> (or Fn::GetAtt <client>.ClientId)',
    Name: 'the client name property is ClientName',
    Id: 'read the id with Ref <client>',
  },
  'resource-server': { Id: 'read the identifier with Ref <resource server>' },
};

function fixFor(resource: Resource, key: string, ctx: RuleContext): Fix | undefined {
  const props = resource.props!;
  const pair = getPair(props, key)!;
  if (key === 'Name' && !getPair(props, 'ClientName')) return { title: 'Rename to ClientName', edits: [ctx.edits.replaceText(pair.keySpan, ctx.doc.syntax === 'json' ? '"ClientName"' : 'ClientName')] };
  const remove = ctx.edits.removeProperty(props, key);
  return remove ? { title: `Remove ${key}`, edits: [remove] } : undefined;
}

export const cfnReadonlyProperty: Rule = {
  id: 'cognito/cfn-readonly-property',
  appliesTo: ['app-client', 'resource-server'],
  check(resource, ctx) {
    const fields = READ_ONLY[resource.kind];
    if (!resource.props || !fields) return [];
    const problems: Problem[] = [];
    // The property itself is not allowed, so its value does not matter (`ClientId: !Ref X` is as wrong as a literal).
    for (const pair of resource.props.pairs) {
      const how = Object.hasOwn(fields, pair.key) ? fields[pair.key] : undefined;
      if (!how) continue;
      const fix = fixFor(resource, pair.key, ctx);
      problems.push(ctx.problem(pair.keySpan, `${pair.key} is a read-only attribute of ${resource.cfnType ?? 'this resource'}, not a property: ${how}`, ...(fix ? [fix] : [])));
    }
    return problems;
  },
};
