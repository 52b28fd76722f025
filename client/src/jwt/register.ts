import type * as vscode from 'vscode';

export interface DecoderTarget {
  /** Expected values to verify against (from the explorer's token request). */
  jwksUrl?: string;
  issuer?: string;
  clientId?: string;
  /** Where the token came from, shown in the panel. */
  source?: string;
}

export interface DecoderApi {
  openToken(token: string, target?: DecoderTarget): Promise<void>;
}

/** Registers the JWT hover and decoder panel. Placeholder until the decoder lands. */
export function registerDecoder(_context: vscode.ExtensionContext, _deps: { log: vscode.LogOutputChannel }): DecoderApi {
  return { openToken: async () => undefined };
}
