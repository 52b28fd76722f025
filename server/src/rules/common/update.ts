import type { Resource } from '../../model/types';
import type { WorkspaceIndex } from '../../model/workspace-index';
import { getValue, literalString } from '../../model/nodes';

/** Members of UpdateUserPoolClientRequest: what an update input may hold. */
export const UPDATE_CLIENT_MEMBERS = [
  'UserPoolId', 'ClientId', 'ClientName', 'RefreshTokenValidity', 'AccessTokenValidity', 'IdTokenValidity', 'TokenValidityUnits',
  'ReadAttributes', 'WriteAttributes', 'ExplicitAuthFlows', 'SupportedIdentityProviders', 'CallbackURLs', 'LogoutURLs',
  'DefaultRedirectURI', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'AllowedOAuthFlowsUserPoolClient', 'AnalyticsConfiguration',
  'PreventUserExistenceErrors', 'EnableTokenRevocation', 'EnablePropagateAdditionalUserContextData', 'AuthSessionValidity',
  'RefreshTokenRotation',
] as const;

/** Members only a describe-user-pool-client output has. */
export const DESCRIBE_ONLY_MEMBERS = ['CreationDate', 'LastModifiedDate', 'ClientSecret'] as const;

/** The describe-user-pool-client output of the same client somewhere in the workspace, if any. */
export function describeOf(client: Resource, index: WorkspaceIndex): Resource | undefined {
  const id = literalString(getValue(client.props, 'ClientId'));
  if (id === undefined) return undefined;
  const pool = literalString(getValue(client.props, 'UserPoolId'));
  return index.allResources().find((r) =>
    r !== client && r.format === 'describe:DescribeUserPoolClient' && literalString(getValue(r.props, 'ClientId')) === id
    && (pool === undefined || literalString(getValue(r.props, 'UserPoolId')) === pool));
}
