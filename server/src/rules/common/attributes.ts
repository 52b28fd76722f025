import type { Resource } from '../../model/types';
import type { MapNode } from '../../parse/types';
import { asMap, asSeq, getValue, literalBool, literalString } from '../../model/nodes';

export const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  'address', 'birthdate', 'email', 'family_name', 'gender', 'given_name', 'locale', 'middle_name', 'name', 'nickname',
  'phone_number', 'picture', 'preferred_username', 'profile', 'updated_at', 'website', 'zoneinfo', 'email_verified',
  'phone_number_verified', 'sub',
]);

/** Attributes an app client can never be allowed to write. */
export function isForbiddenWrite(attribute: string): boolean {
  return attribute === 'email_verified' || attribute === 'phone_number_verified' || attribute.startsWith('dev:');
}

export interface SchemaAttribute {
  /** The name a client lists: standard names as is, others as `custom:<name>` / `dev:<name>`. */
  name: string;
  required: boolean;
  developerOnly: boolean;
}

/**
 * The pool's declared attributes (`Schema` in templates and CreateUserPool, `SchemaAttributes` in describe output),
 * or undefined when the list is not literal enough to be sure of every entry.
 */
export function schemaAttributes(pool: Resource): readonly SchemaAttribute[] | undefined {
  // Once per properties node: every client of the pool asks, and a node's values never change (perf).
  const props = pool.props;
  if (props && schemas.has(props)) return schemas.get(props);
  const schema = readSchema(pool);
  if (props) schemas.set(props, schema);
  return schema;
}

const schemas = new WeakMap<MapNode, readonly SchemaAttribute[] | undefined>();

function readSchema(pool: Resource): SchemaAttribute[] | undefined {
  const raw = getValue(pool.props, 'Schema') ?? getValue(pool.props, 'SchemaAttributes');
  if (raw === undefined || (raw.kind === 'scalar' && raw.value === null)) return [];
  const seq = asSeq(raw);
  if (!seq) return undefined;
  const out: SchemaAttribute[] = [];
  for (const item of seq.items) {
    const map = asMap(item);
    const name = literalString(getValue(map, 'Name'));
    if (!map || name === undefined) return undefined;
    const developerOnly = literalBool(getValue(map, 'DeveloperOnlyAttribute')) === true;
    out.push({ name: clientAttributeName(name, developerOnly), required: literalBool(getValue(map, 'Required')) === true, developerOnly });
  }
  return out;
}

function clientAttributeName(schemaName: string, developerOnly: boolean): string {
  if (schemaName.startsWith('custom:') || schemaName.startsWith('dev:')) return schemaName;
  if (STANDARD_ATTRIBUTES.has(schemaName)) return schemaName;
  return developerOnly ? `dev:${schemaName}` : `custom:${schemaName}`;
}

/** The standard attribute a mistyped name most likely meant (`Email`, `emailVerified`, `phone`). */
export function suggestStandardAttribute(value: string): string | undefined {
  const snake = value.trim().replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase();
  if (STANDARD_ATTRIBUTES.has(snake)) return snake;
  if (snake === 'phone') return 'phone_number';
  return undefined;
}
