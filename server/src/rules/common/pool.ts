import type { Resource } from '../../model/types';
import type { PoolFacts, WorkspaceIndex } from '../../model/workspace-index';
import { asMap, getValue, literalString } from '../../model/nodes';

/** The facts the workspace has about the resource's pool. */
export function poolFacts(resource: Resource, index: WorkspaceIndex): PoolFacts | undefined {
  return index.getPool(resource.pool?.key);
}

/** The user-pool resource (template or describe/create document) the resource belongs to, if declared. */
export function poolResource(resource: Resource, index: WorkspaceIndex): Resource | undefined {
  if (resource.kind === 'user-pool') return resource;
  return poolFacts(resource, index)?.pools[0];
}

/**
 * The pool's feature plan: the literal `UserPoolTier`, `ESSENTIALS` when a known pool omits it, undefined when
 * the pool is not known or the tier is an intrinsic.
 */
export function poolTier(pool: Resource | undefined): string | undefined {
  if (!pool) return undefined;
  const tier = getValue(pool.props, 'UserPoolTier');
  if (tier === undefined) return 'ESSENTIALS';
  return literalString(tier);
}

export function preTokenConfig(pool: Resource | undefined) {
  const lambda = asMap(getValue(pool?.props, 'LambdaConfig'));
  return { lambda, config: asMap(getValue(lambda, 'PreTokenGenerationConfig')) };
}
