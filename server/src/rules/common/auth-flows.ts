import type { Resource } from '../../model/types';
import { listState, stringItems, getValue, type ListState, type LiteralItem } from '../../model/nodes';

/** Legacy ExplicitAuthFlows values and the ALLOW_ value that replaces each one. */
export const LEGACY_AUTH_FLOWS: Readonly<Record<string, string>> = {
  ADMIN_NO_SRP_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  CUSTOM_AUTH_FLOW_ONLY: 'ALLOW_CUSTOM_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
};

export const ALLOW_AUTH_FLOWS = [
  'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_AUTH',
] as const;

export const VALID_AUTH_FLOWS: ReadonlySet<string> = new Set([...Object.keys(LEGACY_AUTH_FLOWS), ...ALLOW_AUTH_FLOWS]);

/** What Cognito enables when ExplicitAuthFlows is omitted. */
export const DEFAULT_AUTH_FLOWS = ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'] as const;

/** InitiateAuth/AdminInitiateAuth `AuthFlow` names that people put in ExplicitAuthFlows by mistake. */
const INITIATE_AUTH_NAMES: Readonly<Record<string, string>> = {
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  REFRESH_TOKEN_AUTH: 'ALLOW_REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'ALLOW_REFRESH_TOKEN_AUTH',
  ADMIN_USER_PASSWORD_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  CUSTOM_AUTH: 'ALLOW_CUSTOM_AUTH',
  USER_AUTH: 'ALLOW_USER_AUTH',
};

/** The valid value an invalid ExplicitAuthFlows item most likely meant, if there is one. */
export function suggestAuthFlow(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  if (VALID_AUTH_FLOWS.has(upper)) return upper;
  if (INITIATE_AUTH_NAMES[upper]) return INITIATE_AUTH_NAMES[upper];
  if (VALID_AUTH_FLOWS.has(`ALLOW_${upper}`)) return `ALLOW_${upper}`;
  return undefined;
}

export function authFlows(client: Resource): ListState {
  return listState(client.props, 'ExplicitAuthFlows');
}

export function authFlowItems(client: Resource): LiteralItem[] {
  return stringItems(getValue(client.props, 'ExplicitAuthFlows'));
}
