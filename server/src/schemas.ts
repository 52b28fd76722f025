import clientSchema from '../../schemas/user-pool-client.schema.json';
import resourceServerSchema from '../../schemas/resource-server.schema.json';
import userPoolSchema from '../../schemas/user-pool.schema.json';
import domainSchema from '../../schemas/user-pool-domain.schema.json';
import type { Format, ResourceKind } from './model/types';

/** The part of JSON Schema (draft-07) the field files use, plus the `x-` extensions they add. */
export interface FieldSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  enum?: (string | number)[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
  markdownDescription?: string;
  properties?: Record<string, FieldSchema>;
  items?: FieldSchema;
  required?: string[];
  /** Formats the member belongs to; all formats of the resource kind when absent. */
  'x-formats'?: string[];
  /** One-line explanation of each enum value (also of well-known values such as standard scopes). */
  'x-enum-descriptions'?: Record<string, string>;
  /** Well-known values of an open string list (SupportedIdentityProviders). */
  'x-examples'?: string[];
}

// esbuild inlines the JSON files, so the server reads nothing from disk at run time.
const SCHEMAS: Partial<Record<ResourceKind, FieldSchema>> = {
  'app-client': clientSchema as FieldSchema,
  'resource-server': resourceServerSchema as FieldSchema,
  'user-pool': userPoolSchema as FieldSchema,
  domain: domainSchema as FieldSchema,
};

export function getResourceSchema(kind: ResourceKind): FieldSchema | undefined {
  return SCHEMAS[kind];
}

/** A path inside a resource's properties: keys, with `number` for "an item of this list". */
export type FieldPath = (string | number)[];

/** The schema of the field at `path` below the resource's properties; undefined when the schemas don't know it. */
export function getFieldSchema(kind: ResourceKind, path: FieldPath): FieldSchema | undefined {
  let schema = SCHEMAS[kind];
  for (const step of path) {
    if (!schema) return undefined;
    schema = typeof step === 'number' ? schema.items : schema.properties?.[step];
  }
  return schema;
}

/** Whether a member belongs to the given format (CloudFormation has no `ClientSecret`, Update has no `GenerateSecret`…). */
export function fieldInFormat(schema: FieldSchema, format: Format): boolean {
  const formats = schema['x-formats'];
  return !formats || formats.includes(format);
}

/** Markdown for a hover or completion item: description, then type, limits, allowed values and default. */
export function fieldMarkdown(name: string, schema: FieldSchema, format?: Format): string {
  const lines = [`**${name}**`, ''];
  if (schema.markdownDescription) lines.push(schema.markdownDescription, '');
  const facts = [`Type: \`${typeLabel(schema)}\``];
  const limits = limitsLabel(schema);
  if (limits) facts.push(limits);
  const values = schema.enum ?? schema.items?.enum;
  if (values) facts.push(`Values: ${values.map((v) => `\`${v}\``).join(', ')}`);
  if (schema.default !== undefined) facts.push(`Default: \`${JSON.stringify(schema.default)}\``);
  lines.push(facts.join(' · '));
  if (format === 'api:UpdateUserPoolClient' && name !== 'ClientId' && name !== 'UserPoolId') {
    lines.push('', '_UpdateUserPoolClient resets this member to its default when the request omits it._');
  }
  return lines.join('\n');
}

function typeLabel(schema: FieldSchema): string {
  if (schema.type === 'array') return `${schema.items?.type ?? 'any'}[]`;
  return schema.type ?? 'any';
}

function limitsLabel(schema: FieldSchema): string | undefined {
  const parts: string[] = [];
  const item = schema.type === 'array' ? schema.items : undefined;
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  for (const s of [schema, item]) {
    if (!s) continue;
    const prefix = s === item ? 'each ' : '';
    if (s.minLength !== undefined || s.maxLength !== undefined) parts.push(`${prefix}${s.minLength ?? 0}..${s.maxLength ?? '∞'} characters`);
    if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${prefix}${s.minimum ?? '−∞'}..${s.maximum ?? '∞'}`);
    if (s.pattern) parts.push(`${prefix}pattern \`${s.pattern}\``);
  }
  return parts.length ? `Limits: ${parts.join(', ')}` : undefined;
}
