import type { Node, Pair, Span } from '../parse/types';
import type { CognitoDocument, Resource } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';
import { literalString } from '../model/nodes';
import { fieldMarkdown, getFieldSchema, type FieldPath } from '../schemas';
import { resourceAt } from '../completion/context';
import { declaredScopes, scopeSourceLabel } from '../completion/values';
import { isStandardScope, splitCustomScope } from '../rules/common/client';

export interface HoverResult {
  markdown: string;
  offset: number;
  length: number;
}

/**
 * Hover at `offset`: a property name shows its field documentation (what it does, type, limits, default); a scope in
 * `AllowedOAuthScopes` shows the resource server that declares it; an enum value shows what it means.
 */
export function getHover(doc: CognitoDocument, offset: number, index: WorkspaceIndex): HoverResult | undefined {
  const resource = resourceAt(doc, offset)?.resource;
  if (!resource?.props || !contains(resource.props, offset)) return undefined;
  const hit = locate(resource.props, offset);
  if (!hit) return undefined;
  if (hit.pair) return keyHover(resource, hit.path, hit.pair);
  return valueHover(resource, hit.path, hit.node, index);
}

interface Hit {
  path: FieldPath;
  /** Set when the cursor is on a key. */
  pair?: Pair;
  node: Node;
}

function locate(node: Node, offset: number, path: FieldPath = []): Hit | undefined {
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      if (contains(pair.keySpan, offset)) return { path: [...path, pair.key], pair, node };
      if (pair.value && contains(pair.value, offset)) return locate(pair.value, offset, [...path, pair.key]);
    }
    return undefined;
  }
  if (node.kind === 'seq') {
    const i = node.items.findIndex((item) => contains(item, offset));
    return i < 0 ? undefined : locate(node.items[i], offset, [...path, i]);
  }
  return node.kind === 'scalar' ? { path, node } : undefined;
}

function keyHover(resource: Resource, path: FieldPath, pair: Pair): HoverResult | undefined {
  const schema = getFieldSchema(resource.kind, path);
  if (!schema) return undefined;
  const markdown = fieldMarkdown(pair.key, schema, path.length === 1 ? resource.format : undefined);
  return { markdown, ...span(pair.keySpan) };
}

function valueHover(resource: Resource, path: FieldPath, node: Node, index: WorkspaceIndex): HoverResult | undefined {
  const value = literalString(node);
  if (value === undefined) return undefined;
  const inList = typeof path[path.length - 1] === 'number';
  if (resource.kind === 'app-client' && inList && path.length === 2 && path[0] === 'AllowedOAuthScopes') {
    const markdown = scopeMarkdown(resource, value, index);
    return markdown ? { markdown, ...span(node) } : undefined;
  }
  const owner = getFieldSchema(resource.kind, inList ? path.slice(0, -1) : path);
  const docs = owner?.['x-enum-descriptions'] ?? owner?.items?.['x-enum-descriptions'];
  const text = docs?.[value];
  return text ? { markdown: `\`${value}\`: ${text}`, ...span(node) } : undefined;
}

function scopeMarkdown(client: Resource, scope: string, index: WorkspaceIndex): string | undefined {
  if (isStandardScope(scope)) {
    const docs = getFieldSchema('app-client', ['AllowedOAuthScopes'])?.['x-enum-descriptions'] ?? {};
    return `**${scope}** — standard scope\n\n${docs[scope] ?? ''}`.trim();
  }
  const custom = splitCustomScope(scope);
  if (!custom) return undefined;
  const found = declaredScopes(client, index).find((s) => s.scope === scope);
  if (!found) {
    return `**${scope}** — custom scope\n\nNo resource server of this user pool known to the workspace declares identifier \`${custom.identifier}\` with scope \`${custom.name}\`.`;
  }
  const lines = [`**${scope}** — custom scope of ${scopeSourceLabel(found)}`, '', `Identifier \`${found.identifier}\`, scope name \`${found.name}\``];
  if (found.description) lines.push('', found.description);
  return lines.join('\n');
}

function contains(s: Span, offset: number): boolean {
  return s.offset <= offset && offset <= s.offset + s.length;
}

function span(s: Span): Span {
  return { offset: s.offset, length: s.length };
}
