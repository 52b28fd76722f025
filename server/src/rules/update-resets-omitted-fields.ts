import { getPair } from '../model/nodes';
import type { Resource } from '../model/types';
import { describeOf, UPDATE_CLIENT_MEMBERS } from './common/update';
import { toPlain } from './common/plain';
import type { Fix, RuleContext, Rule } from './types';

/** Members whose reset changes how the client signs in or what its tokens hold (the catalog's trigger set). */
const HIGH_IMPACT = [
  'AllowedOAuthFlowsUserPoolClient', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'CallbackURLs', 'LogoutURLs',
  'SupportedIdentityProviders', 'ExplicitAuthFlows', 'ReadAttributes', 'WriteAttributes', 'TokenValidityUnits',
  'AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity', 'PreventUserExistenceErrors', 'EnableTokenRevocation',
  'AuthSessionValidity', 'RefreshTokenRotation',
];

/** One edit that adds every member the update lacks, with the describe output's values, after the last member. */
function addCurrentValues(client: Resource, current: Resource, ctx: RuleContext): Fix | undefined {
  const props = client.props;
  if (!props || props.pairs.length === 0 || !current.props) return undefined;
  const members = (UPDATE_CLIENT_MEMBERS as readonly string[])
    .filter((k) => !getPair(props, k))
    .map((k) => getPair(current.props, k))
    .filter((p) => p?.value !== undefined);
  if (members.length === 0) return undefined;
  const edits = members.map((p) => ctx.edits.insertProperty(props, p!.key, toPlain(p!.value)));
  return { title: 'Add omitted members with their current values', edits: [{ offset: edits[0].offset, length: 0, newText: edits.map((e) => e.newText).join('') }] };
}

export const updateResetsOmittedFields: Rule = {
  id: 'cognito/update-resets-omitted-fields',
  appliesTo: ['app-client'],
  check(client, ctx) {
    if (!client.props) return [];
    const current = describeOf(client, ctx.index);
    // With the current configuration at hand, only members that are set today and would be lost matter.
    const omitted = HIGH_IMPACT.filter((k) => !getPair(client.props, k) && (!current || getPair(current.props, k)?.value !== undefined));
    if (omitted.length === 0) return [];
    const fix = current ? addCurrentValues(client, current, ctx) : undefined;
    const start = current
      ? 'UpdateUserPoolClient resets every omitted member to its default, and these are set on the client today: add their current values'
      : 'UpdateUserPoolClient resets every omitted member to its default: start from describe-user-pool-client output and keep the values you want; omitted';
    return [ctx.problem(client.anchor, `${start}: ${omitted.join(', ')}`, ...(fix ? [fix] : []))];
  },
};
