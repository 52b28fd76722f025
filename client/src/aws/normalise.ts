import { UPDATE_CLIENT_MEMBERS } from '../../../server/src/rules/common/update';

/** UpdateUserPoolClient's members, in the order the API reference lists them: both sides of a compare use it. */
export { UPDATE_CLIENT_MEMBERS };

const sortedValue = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(sortedValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortedValue(x)]));
  return v;
};

/**
 * A client definition (describe output, create/update input or CloudFormation properties) as an UpdateUserPoolClient
 * input: only the members the update accepts, in one order, list items sorted where order carries no meaning, so a
 * diff shows real differences. Secrets, dates and GenerateSecret are dropped (an update cannot change them).
 */
export function toUpdateClientInput(client: Record<string, unknown>, ids: { UserPoolId?: string; ClientId?: string } = {}): Record<string, unknown> {
  const source: Record<string, unknown> = { ...client, ...Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)) };
  const out: Record<string, unknown> = {};
  for (const key of UPDATE_CLIENT_MEMBERS) {
    const value = source[key];
    if (value === undefined || value === null) continue;
    const unordered = Array.isArray(value) && key !== 'CallbackURLs' && key !== 'LogoutURLs' && value.every((x) => typeof x === 'string');
    out[key] = unordered ? [...(value as string[])].sort() : sortedValue(value);
  }
  return out;
}
