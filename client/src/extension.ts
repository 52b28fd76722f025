import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './language-client';
import { registerDecoder } from './jwt/register';
import { registerExplorer } from './explorer/register';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Cognito Lens', { log: true });
  context.subscriptions.push(log);
  try {
    client = createLanguageClient(context, log);
    const decoder = registerDecoder(context, { log });
    registerExplorer(context, { log, decoder, languageClient: client });
    context.subscriptions.push(vscode.commands.registerCommand('cognitoLens.showOutput', () => log.show()));
    // Starting the client is not awaited: the server's start must not hold up activation.
    client.start().catch((e: unknown) => log.error(`language server failed to start: ${String(e)}`));
    log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  } catch (e) {
    void vscode.window.showErrorMessage(`Cognito Lens failed to start: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
