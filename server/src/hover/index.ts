import type { CognitoDocument } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';

export interface HoverResult {
  markdown: string;
  offset: number;
  length: number;
}

/** Hover at `offset`. Placeholder until the hover module lands. */
export function getHover(_doc: CognitoDocument, _offset: number, _index: WorkspaceIndex): HoverResult | undefined {
  return undefined;
}
