import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DecoderApi } from '../jwt/register';
import type { ResourceServer } from '../aws/data';
import { explorerCommands } from './commands';
import { ConfigDocuments, SCHEME } from './documents';
import { ExplorerModel } from './model';
import type { ExplorerNode } from './node-base';
import { ExplorerTreeProvider } from './provider';
import { EXPLORER_SETTINGS, readExplorerSettings } from './settings';

export interface ExplorerDeps {
  log: vscode.LogOutputChannel;
  decoder: DecoderApi;
  languageClient: LanguageClient;
}

/** Registers the Cognito explorer view, its virtual documents, status bar item and commands. */
export function registerExplorer(context: vscode.ExtensionContext, deps: ExplorerDeps): void {
  const documents = new ConfigDocuments();
  const diagnostics = vscode.languages.createDiagnosticCollection('cognito-live');
  const pendingScopes = new Map<string, { poolId: string; resourceServers: unknown[] }>();
  const sendScopes = (poolId: string, servers: ResourceServer[]) => {
    const payload = {
      poolId,
      resourceServers: servers.map((s) => ({ identifier: s.Identifier ?? '', name: s.Name, scopes: (s.Scopes ?? []).map((x) => ({ name: x.ScopeName ?? '', description: x.ScopeDescription })) })),
    };
    // Pools can load before the server has started: keep the latest scopes per pool and send them once it runs.
    if (!deps.languageClient.isRunning()) {
      pendingScopes.set(poolId, payload);
      return;
    }
    deps.languageClient.sendNotification('cognitoLens/externalScopes', payload).catch((e: unknown) => deps.log.warn(`could not send scopes of ${poolId}: ${String(e)}`));
  };
  const stateListener = deps.languageClient.onDidChangeState?.((e) => {
    // 2 = State.Running (the enum lives in a module that needs the real `vscode`).
    if (e.newState !== 2) return;
    const payloads = [...pendingScopes.values()];
    pendingScopes.clear();
    for (const p of payloads) deps.languageClient.sendNotification('cognitoLens/externalScopes', p).catch((err: unknown) => deps.log.warn(`could not send scopes of ${p.poolId}: ${String(err)}`));
  });
  if (stateListener) context.subscriptions.push(stateListener);

  const provider = new ExplorerTreeProvider(() => model);
  const makeModel = () => new ExplorerModel(readExplorerSettings(), {
    changed: (node) => provider.fire(node),
    noCredentials: (value) => void vscode.commands.executeCommand('setContext', 'cognitoLens.noCredentials', value),
    resourceServersLoaded: sendScopes,
    warn: (m) => deps.log.warn(m),
  });
  let model = makeModel();

  const view = vscode.window.createTreeView('cognitoLens.explorer', { treeDataProvider: provider, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('cognitoLens.profile', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Cognito Lens: AWS profile';
  status.command = 'cognitoLens.selectProfile';
  const showStatus = () => {
    const s = readExplorerSettings();
    status.text = `$(account) ${s.profile || 'AWS: default'}${s.endpoint ? ' (emulator)' : ''}`;
    status.tooltip = `Cognito Lens explorer: profile ${s.profile || 'default chain'}${s.endpoint ? `, endpoint ${s.endpoint}` : ''}. Click to change.`;
    status.show();
  };
  showStatus();

  const host = {
    deps,
    secrets: context.secrets,
    state: context.globalState,
    documents,
    diagnostics,
    model: () => model,
    selected: (): ExplorerNode | undefined => view.selection[0],
    sendScopes,
  };
  for (const [id, handler] of Object.entries(explorerCommands(host))) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown));
  }

  context.subscriptions.push(
    documents,
    diagnostics,
    provider,
    view,
    status,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, documents),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!EXPLORER_SETTINGS.some((k) => e.affectsConfiguration(k))) return;
      model = makeModel();
      showStatus();
      provider.fire(undefined);
    }),
    // Once a live document is open the language server lints it; drop Lint Pool's copy so nothing is reported twice.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.uri.scheme === SCHEME) diagnostics.delete(doc.uri);
    }),
  );
}
