import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DecoderApi } from '../jwt/register';

export interface ExplorerDeps {
  log: vscode.LogOutputChannel;
  decoder: DecoderApi;
  languageClient: LanguageClient;
}

/** Registers the Cognito explorer view and its commands. Placeholder until the explorer lands. */
export function registerExplorer(_context: vscode.ExtensionContext, _deps: ExplorerDeps): void {}
