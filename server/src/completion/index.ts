import type { Node } from '../parse/types';
import type { CognitoDocument, Resource } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';
import { asMap, asSeq, getValue, stringItems } from '../model/nodes';
import { fieldInFormat, fieldMarkdown, getFieldSchema, type FieldPath, type FieldSchema } from '../schemas';
import { getCursorContext, type CursorContext } from './context';
import { providerChoices, schemaChoices, scopeChoices, type ValueChoice } from './values';

export type CompletionKind = 'value' | 'property' | 'scope' | 'enum';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Text inserted (defaults to the label), replacing `replace` when given. */
  insertText?: string;
  replace?: { offset: number; length: number };
  sortText?: string;
  /** What the editor matches the typed text against, when the replaced text starts with a quote. */
  filterText?: string;
}

/**
 * Most items one request returns. A longer list (the scopes of a pool with a thousand resource servers) is narrowed
 * to the typed text and ranked, and a list of exactly this many items may be incomplete: the editor asks again as
 * the user types (LSP `isIncomplete`).
 */
export const COMPLETION_LIMIT = 100;

/** Lists getCompletions narrowed: the same request with more text typed may find other items. */
const narrowed = new WeakSet<Completion[]>();

/** Whether `items` (a result of getCompletions) was narrowed to the typed text and COMPLETION_LIMIT. */
export function isIncomplete(items: Completion[]): boolean {
  return narrowed.has(items);
}

/**
 * Completions at `offset`: property names valid for the resource and format, and values of known fields (scopes of
 * the pool's resource servers, OAuth flows, auth flows, token units, identity providers, enums). Plain text, no
 * snippets. Work is proportional to the resource under the cursor, not to the document.
 */
export function getCompletions(doc: CognitoDocument, offset: number, index: WorkspaceIndex): Completion[] {
  const ctx = getCursorContext(doc, offset);
  if (!ctx) return [];
  return ctx.position === 'key' ? propertyCompletions(doc, ctx, offset) : valueCompletions(doc, ctx, offset, index);
}

function propertyCompletions(doc: CognitoDocument, ctx: CursorContext, offset: number): Completion[] {
  const { resource, path } = ctx;
  const owner = getFieldSchema(resource.kind, path);
  if (!owner?.properties) return [];
  const present = new Set(
    (asMap(nodeAtPath(resource.props, path, offset))?.pairs ?? [])
      .filter((p) => !(p.keySpan.offset <= offset && offset <= p.keySpan.offset + p.keySpan.length))
      .map((p) => p.key),
  );
  const out: Completion[] = [];
  Object.entries(owner.properties).forEach(([name, schema], i) => {
    if (present.has(name) || (path.length === 0 && !fieldInFormat(schema, resource.format))) return;
    const insertText = propertyText(doc, ctx, name, schema);
    out.push({
      label: name,
      kind: 'property',
      detail: typeOf(schema),
      documentation: fieldMarkdown(name, schema, resource.format),
      insertText,
      replace: ctx.replace,
      sortText: `${(owner.required ?? []).includes(name) ? 0 : 1}${String(i).padStart(3, '0')}`,
      filterText: ctx.inString ? JSON.stringify(name) : undefined,
    });
  });
  return out;
}

function propertyText(doc: CognitoDocument, ctx: CursorContext, name: string, schema: FieldSchema): string {
  if (doc.syntax === 'json') return `${JSON.stringify(name)}${ctx.colonFollows ? '' : ': '}`;
  if (ctx.colonFollows) return name;
  return schema.type === 'array' || schema.type === 'object' ? `${name}:` : `${name}: `;
}

function valueCompletions(doc: CognitoDocument, ctx: CursorContext, offset: number, index: WorkspaceIndex): Completion[] {
  const { resource, path } = ctx;
  const inList = typeof path[path.length - 1] === 'number';
  const field = (inList ? path[path.length - 2] : path[path.length - 1]) as string | undefined;
  const choices = choicesFor(resource, path, inList, field, index);
  if (choices.length === 0) return [];
  const taken = new Set<string>();
  if (inList) {
    for (const item of stringItems(nodeAtPath(resource.props, path.slice(0, -1), offset))) {
      if (!(item.node.offset < offset && offset <= item.node.offset + item.node.length)) taken.add(item.value);
    }
  }
  let open = choices.filter((c) => !taken.has(String(c.value)));
  const long = open.length > COMPLETION_LIMIT;
  if (long) open = narrow(open, doc.text, ctx, offset, taken);
  const items = open.map((c, i): Completion => {
    const insertText = valueText(doc, ctx, c.value);
    return {
      label: String(c.value),
      kind: c.kind,
      detail: c.detail,
      documentation: c.documentation,
      insertText,
      replace: ctx.replace,
      sortText: String(i).padStart(4, '0'),
      filterText: insertText !== String(c.value) ? insertText : undefined,
    };
  });
  if (long) narrowed.add(items);
  return items;
}

/**
 * A long list cut to COMPLETION_LIMIT: only values containing the text typed so far (case-insensitive), those
 * starting with it first, and among them first the scopes of the same resource server (identifier) as the value
 * being replaced or the list's other items; otherwise the list's order.
 */
function narrow(choices: ValueChoice[], text: string, ctx: CursorContext, offset: number, taken: Set<string>): ValueChoice[] {
  const unquote = (t: string) => t.replace(/^["']/, '').replace(/["']$/, '');
  const typed = unquote(text.slice(ctx.replace.offset, Math.max(ctx.replace.offset, offset))).toLowerCase();
  const replaced = unquote(text.slice(ctx.replace.offset, ctx.replace.offset + ctx.replace.length));
  const related = new Set([replaced, ...taken].map(identifierOf).filter((id) => id !== ''));
  const groups: ValueChoice[][] = [[], [], []];
  for (const c of choices) {
    const label = String(c.value);
    // Nothing typed yet (the common case on `- `): every value matches at its start.
    const at = typed === '' ? 0 : label.toLowerCase().indexOf(typed);
    if (at < 0) continue;
    const group = at > 0 ? 2 : related.size > 0 && related.has(identifierOf(label)) ? 0 : 1;
    // Enough values that start with the typed text: the rest cannot make the cut.
    if (group > 0 && groups[0].length + groups[1].length >= COMPLETION_LIMIT) continue;
    groups[group].push(c);
  }
  return groups.flat().slice(0, COMPLETION_LIMIT);
}

/** `https://api.example.com/read` → `https://api.example.com`; '' without a `/` after the scheme. */
function identifierOf(scope: string): string {
  const slash = scope.lastIndexOf('/');
  return slash > 0 && scope[slash - 1] !== '/' ? scope.slice(0, slash) : '';
}

function choicesFor(resource: Resource, path: FieldPath, inList: boolean, field: string | undefined, index: WorkspaceIndex): ValueChoice[] {
  const listSchema = inList ? getFieldSchema(resource.kind, path.slice(0, -1)) : undefined;
  const topLevelList = inList && path.length === 2;
  if (resource.kind === 'app-client' && topLevelList) {
    if (field === 'AllowedOAuthScopes') return scopeChoices(resource, index, listSchema?.['x-enum-descriptions']);
    if (field === 'SupportedIdentityProviders') return providerChoices(resource, index);
    if (field === 'ExplicitAuthFlows') return schemaChoices(listSchema?.items, listSchema).filter((c) => String(c.value).startsWith('ALLOW_'));
  }
  return schemaChoices(getFieldSchema(resource.kind, path), listSchema);
}

function valueText(doc: CognitoDocument, ctx: CursorContext, value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (doc.syntax === 'json') return JSON.stringify(value);
  return needsYamlQuotes(value, ctx.flow) ? JSON.stringify(value) : value;
}

/** Plain YAML scalars can't start with an indicator, hold `: `/` #`, look like other types, or (in `[...]`) hold `,[]{}`. */
function needsYamlQuotes(value: string, flow: boolean): boolean {
  if (value === '' || /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(value) || /: |\s#|\s$/.test(value)) return true;
  if (/^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+)$/i.test(value)) return true;
  return flow && /[,[\]{}]/.test(value);
}

function typeOf(schema: FieldSchema): string | undefined {
  return schema.type === 'array' ? `${schema.items?.type ?? 'any'}[]` : schema.type;
}

/** The node at `path` below a resource's properties; for list steps, the item around (or last before) the cursor. */
export function nodeAtPath(node: Node | undefined, path: FieldPath, offset: number): Node | undefined {
  for (const step of path) {
    if (typeof step === 'number') {
      const items = asSeq(node)?.items ?? [];
      node = items.find((i) => i.offset <= offset && offset <= i.offset + i.length) ?? [...items].reverse().find((i) => i.offset <= offset);
    } else {
      node = getValue(asMap(node), step);
    }
    if (!node) return undefined;
  }
  return node;
}
