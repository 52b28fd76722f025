import { getPair } from '../../model/nodes';
import type { MapNode } from '../../parse/types';

/** `Key:` with nothing after it (YAML) or `"Key": null`: the user is still typing, so rules leave it alone. */
export function hasKeyWithoutValue(map: MapNode | undefined, key: string): boolean {
  const pair = getPair(map, key);
  return pair !== undefined && (pair.value === undefined || (pair.value.kind === 'scalar' && pair.value.value === null));
}
