import type { CognitoDocument } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';

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
}

/** Completions at `offset`. Placeholder until the completion module lands. */
export function getCompletions(_doc: CognitoDocument, _offset: number, _index: WorkspaceIndex): Completion[] {
  return [];
}
