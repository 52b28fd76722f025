import type { MapNode, Node } from '../../parse/types';
import type { Resource } from '../../model/types';
import { asMap, getPair, getValue, literalNumber, literalString } from '../../model/nodes';

export const TIME_UNITS: Readonly<Record<string, number>> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

export type TokenKind = 'AccessToken' | 'IdToken' | 'RefreshToken';

export const VALIDITY_FIELD: Readonly<Record<TokenKind, string>> = {
  AccessToken: 'AccessTokenValidity',
  IdToken: 'IdTokenValidity',
  RefreshToken: 'RefreshTokenValidity',
};

export const DEFAULT_UNIT: Readonly<Record<TokenKind, string>> = { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' };

/** Allowed durations in seconds (TokenValidityUnitsType): access/ID 5 minutes..1 day, refresh 60 minutes..10 years. */
export const VALIDITY_RANGE: Readonly<Record<TokenKind, { min: number; max: number }>> = {
  AccessToken: { min: 300, max: 86400 },
  IdToken: { min: 300, max: 86400 },
  RefreshToken: { min: 3600, max: 315360000 },
};

/** Default validity in seconds when the member is omitted (1 hour, 1 hour, 30 days). */
export const DEFAULT_SECONDS: Readonly<Record<TokenKind, number>> = { AccessToken: 3600, IdToken: 3600, RefreshToken: 2592000 };

export function unitsMap(client: Resource): MapNode | undefined {
  return asMap(getValue(client.props, 'TokenValidityUnits'));
}

/**
 * The unit a token's validity is counted in: the literal unit, the default when TokenValidityUnits or its member
 * is omitted, or undefined when it cannot be known (an intrinsic or an invalid unit, reported elsewhere).
 */
export function tokenUnit(client: Resource, token: TokenKind): string | undefined {
  const units = getPair(client.props, 'TokenValidityUnits');
  if (!units || units.value === undefined || (units.value.kind === 'scalar' && units.value.value === null)) return DEFAULT_UNIT[token];
  const map = asMap(units.value);
  if (!map) return undefined;
  const member = getPair(map, token);
  if (!member || member.value === undefined || (member.value.kind === 'scalar' && member.value.value === null)) return DEFAULT_UNIT[token];
  const unit = literalString(member.value);
  return unit !== undefined && unit in TIME_UNITS ? unit : undefined;
}

export interface Validity {
  /** The literal value node, when the member is given. */
  node?: Node;
  value?: number;
  unit: string;
  seconds: number;
}

/**
 * A token's validity in seconds, with defaults for omitted members (and 0 refresh = 30 days); undefined when
 * the value or its unit is an intrinsic or otherwise not a literal number.
 */
export function validity(client: Resource, token: TokenKind): Validity | undefined {
  const unit = tokenUnit(client, token);
  if (unit === undefined) return undefined;
  const pair = getPair(client.props, VALIDITY_FIELD[token]);
  if (!pair || pair.value === undefined || (pair.value.kind === 'scalar' && pair.value.value === null)) {
    return { unit, seconds: DEFAULT_SECONDS[token] };
  }
  const value = literalNumber(pair.value);
  if (value === undefined) return undefined;
  const seconds = token === 'RefreshToken' && value === 0 ? DEFAULT_SECONDS.RefreshToken : value * TIME_UNITS[unit];
  return { node: pair.value, value, unit, seconds };
}

/** `60 hours`, `1 day`. */
export function describeDuration(value: number, unit: string): string {
  return `${value} ${value === 1 ? unit.slice(0, -1) : unit}`;
}
