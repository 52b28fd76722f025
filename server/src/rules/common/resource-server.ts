import type { Resource } from '../../model/types';
import type { MapNode } from '../../parse/types';
import { asMap, asSeq, getValue } from '../../model/nodes';

export interface ScopeItem {
  map: MapNode;
  index: number;
}

/** The literal map items of a resource server's `Scopes` (intrinsic items and a `!If` list are left out). */
export function scopeItems(server: Resource): ScopeItem[] {
  const seq = asSeq(getValue(server.props, 'Scopes'));
  if (!seq) return [];
  const out: ScopeItem[] = [];
  seq.items.forEach((item, index) => {
    const map = asMap(item);
    if (map) out.push({ map, index });
  });
  return out;
}
