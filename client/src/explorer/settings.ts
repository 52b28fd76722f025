import * as vscode from 'vscode';
import type { TokenOverrides } from './actions';
import type { ExplorerSettings } from './model';

export function readExplorerSettings(): ExplorerSettings {
  const c = vscode.workspace.getConfiguration('cognitoLens');
  return {
    profile: c.get<string>('profile', '').trim() || undefined,
    regions: c.get<string[]>('regions', []).filter((r) => typeof r === 'string'),
    endpoint: c.get<string>('endpoint', '').trim() || undefined,
  };
}

export function readTokenOverrides(): TokenOverrides {
  const c = vscode.workspace.getConfiguration('cognitoLens');
  const opt = (key: string) => c.get<string>(key, '').trim() || undefined;
  return { endpoint: opt('endpoint'), tokenEndpoint: opt('tokenEndpoint'), jwksUrl: opt('jwksUrl'), expectedIssuer: opt('expectedIssuer') };
}

/** Writes where the user has the setting now (workspace if set there), else user settings. */
export async function updateSetting(key: string, value: unknown): Promise<void> {
  const c = vscode.workspace.getConfiguration('cognitoLens');
  const inspect = c.inspect(key);
  const target = inspect?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await c.update(key, value, target);
}

export const EXPLORER_SETTINGS = ['cognitoLens.profile', 'cognitoLens.regions', 'cognitoLens.endpoint'];
