import * as vscode from 'vscode';
import { listProfiles, KNOWN_REGIONS, REGION_PATTERN } from '../aws/profiles';
import { snapshotPool } from '../aws/snapshot';
import { TokenRequestError } from '../aws/token';
import type { ResourceServer } from '../aws/data';
import { AwsRequestError } from '../aws/errors';
import { fetchConfiguration, fetchResourceServers, idOf, isConfigurable, poolOf, requestClientToken, scopeChoices } from './actions';
import { compareTexts, findLocalClients, matchLocalClient } from './compare';
import { liveDocumentUri, toDiagnostics, type ConfigDocuments } from './documents';
import { lintSnapshot } from './lint-pool';
import { ErrorNode, LoadMoreNode, type ExplorerNode } from './node-base';
import { ClientNode, PoolNode, RegionNode } from './nodes';
import type { ExplorerModel } from './model';
import type { ExplorerDeps } from './register';
import { readExplorerSettings, readTokenOverrides, updateSetting } from './settings';

export interface CommandHost {
  deps: ExplorerDeps;
  secrets: vscode.SecretStorage;
  state: vscode.Memento;
  documents: ConfigDocuments;
  diagnostics: vscode.DiagnosticCollection;
  model(): ExplorerModel;
  /** The node the command was invoked on, or the tree's selection when run from the palette. */
  selected(): ExplorerNode | undefined;
  sendScopes(poolId: string, servers: ResourceServer[]): void;
}

const SECRET_INDEX = 'cognitoLens.rememberedSecrets';
const secretKey = (poolId: string, clientId: string) => `cognitoLens.clientSecret/${poolId}/${clientId}`;

/** A failure the user caused by a click: one message with the cause, logged without secrets. */
function reportFailure(host: CommandHost, what: string, e: unknown): void {
  const message = e instanceof AwsRequestError ? `${e.message}${e.problem.hint ? ` — ${e.problem.hint}` : ''}` : e instanceof Error ? e.message : String(e);
  host.deps.log.warn(`${what}: ${message}`);
  void vscode.window.showErrorMessage(`${what}: ${message}`);
}

export function explorerCommands(host: CommandHost): Record<string, (...args: never[]) => unknown> {
  const nodeArg = (arg: unknown): ExplorerNode | undefined => (arg && typeof arg === 'object' && 'getTreeItem' in arg ? (arg as ExplorerNode) : host.selected());

  return {
    'cognitoLens.refresh': () => host.model().refreshAll(),
    'cognitoLens.refreshNode': (arg?: ExplorerNode) => {
      const node = nodeArg(arg);
      if (node?.refresh) node.refresh();
      else host.model().refreshAll();
    },
    'cognitoLens.loadMore': async (arg?: LoadMoreNode) => {
      if (arg instanceof LoadMoreNode) await arg.loadMore();
    },
    'cognitoLens.retry': async (arg?: ErrorNode) => {
      if (arg instanceof ErrorNode) await arg.retry();
      else host.model().refreshAll();
    },

    'cognitoLens.selectProfile': async () => {
      let profiles: Awaited<ReturnType<typeof listProfiles>> = [];
      try {
        profiles = await listProfiles();
      } catch (e) {
        host.deps.log.warn(`could not read ~/.aws/config: ${String(e)}`);
      }
      const SOURCE = { sso: 'IAM Identity Center (SSO)', process: 'credential_process', role: 'assume role', keys: 'access keys', other: '' };
      const current = readExplorerSettings().profile ?? '';
      const items = [
        { label: 'Default credential chain', description: 'AWS_PROFILE, environment, default profile, SSO, instance role', profile: '' },
        ...profiles.map((p) => ({ label: p.name, description: [SOURCE[p.source], p.region].filter(Boolean).join(' · '), profile: p.name })),
      ].map((i) => ({ ...i, picked: i.profile === current, detail: i.profile === current ? 'current' : undefined }));
      const pick = await vscode.window.showQuickPick(items, { title: 'AWS profile for the Cognito explorer', placeHolder: profiles.length ? 'Pick a profile' : 'No profiles in ~/.aws/config or ~/.aws/credentials' });
      if (pick) await updateSetting('profile', pick.profile);
    },
    'cognitoLens.addRegion': async () => {
      const model = host.model();
      const shown = await model.regions();
      const items = [...KNOWN_REGIONS.filter((r) => !shown.includes(r)).map((r) => ({ label: r })), { label: 'Other…', alwaysShow: true }];
      const pick = await vscode.window.showQuickPick(items, { title: 'Add a region to the Cognito explorer' });
      if (!pick) return;
      let region = pick.label;
      if (region === 'Other…') {
        const typed = await vscode.window.showInputBox({ title: 'Region name', placeHolder: 'e.g. eu-central-1', validateInput: (v) => (REGION_PATTERN.test(v.trim()) ? undefined : 'Not a region name') });
        if (!typed) return;
        region = typed.trim();
      }
      // The setting may be empty (profile default): keep the regions the view shows now.
      await updateSetting('regions', [...new Set([...shown, region])]);
    },
    'cognitoLens.removeRegion': async (arg?: RegionNode) => {
      const node = nodeArg(arg);
      if (!(node instanceof RegionNode)) return;
      const shown = await host.model().regions();
      await updateSetting('regions', shown.filter((r) => r !== node.region));
    },
    'cognitoLens.setEndpoint': async () => {
      const current = readExplorerSettings().endpoint ?? '';
      const value = await vscode.window.showInputBox({
        title: 'Cognito API endpoint override',
        prompt: 'For a local emulator such as moto (http://127.0.0.1:5000). Empty: AWS.',
        value: current,
        validateInput: (v) => {
          if (!v.trim()) return undefined;
          try {
            const u = new URL(v.trim());
            return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : 'Use an http(s) URL';
          } catch {
            return 'Not a URL';
          }
        },
      });
      if (value !== undefined) await updateSetting('endpoint', value.trim());
    },

    'cognitoLens.copyId': async (arg?: ExplorerNode) => {
      const node = nodeArg(arg);
      const id = node && idOf(node);
      if (id) await vscode.env.clipboard.writeText(id);
    },
    'cognitoLens.copyArn': async (arg?: PoolNode) => {
      const node = nodeArg(arg);
      if (!(node instanceof PoolNode)) return;
      try {
        const arn = (await node.details()).Arn;
        if (arn) await vscode.env.clipboard.writeText(arn);
      } catch (e) {
        reportFailure(host, 'Copy ARN', e);
      }
    },

    'cognitoLens.openConfiguration': async (arg?: ExplorerNode) => {
      const node = nodeArg(arg);
      if (!isConfigurable(node)) return;
      const pool = poolOf(node);
      try {
        const doc = await fetchConfiguration(node);
        // The server checks a client's custom scopes against the pool's live resource servers.
        if (node instanceof ClientNode) host.sendScopes(pool.poolId, await fetchResourceServers(pool));
        const uri = liveDocumentUri(pool.region, pool.poolId, doc.path);
        host.diagnostics.delete(uri);
        await host.documents.show(uri, doc.text);
      } catch (e) {
        reportFailure(host, 'Open configuration', e);
      }
    },

    'cognitoLens.lintPool': async (arg?: PoolNode) => {
      const node = nodeArg(arg);
      if (!(node instanceof PoolNode)) return;
      await vscode.window.withProgress({ location: { viewId: 'cognitoLens.explorer' }, title: `Linting ${node.summary.Name ?? node.poolId}` }, async () => {
        try {
          const snapshot = await snapshotPool(node.data, node.poolId);
          host.sendScopes(node.poolId, snapshot.resourceServers);
          const linted = lintSnapshot(snapshot, (d) => liveDocumentUri(node.region, node.poolId, d.path).toString(), (id, e) => host.deps.log.error(`rule ${id} failed: ${String(e)}`));
          let errors = 0;
          let others = 0;
          for (const l of linted) {
            const uri = vscode.Uri.parse(l.uri);
            host.documents.set(uri, l.document.text);
            host.diagnostics.set(uri, toDiagnostics(l.document.text, l.problems));
            for (const p of l.problems) p.severity === 'error' ? errors++ : others++;
          }
          host.deps.log.info(`lint pool ${node.poolId}: ${errors} error(s), ${others} other finding(s) in ${linted.length} document(s)`);
          await vscode.commands.executeCommand('workbench.actions.view.problems');
        } catch (e) {
          reportFailure(host, 'Lint pool', e);
        }
      });
    },

    'cognitoLens.compareWithLocal': async (arg?: ClientNode) => {
      const node = nodeArg(arg);
      if (!(node instanceof ClientNode)) return;
      const files = await vscode.window.showOpenDialog({ title: 'Local definition of this app client', canSelectMany: false, filters: { 'JSON / YAML / CloudFormation': ['json', 'yaml', 'yml', 'template'] } });
      if (!files?.[0]) return;
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(files[0]));
        const live = await node.describe();
        const candidates = findLocalClients(files[0].toString(), text);
        let local = matchLocalClient(candidates, live);
        if (!local && candidates.length > 1) {
          const pick = await vscode.window.showQuickPick(candidates.map((c) => ({ label: c.label, description: c.clientName, c })), { title: 'Which app client in the file?' });
          local = pick?.c;
        }
        if (!local) {
          if (candidates.length === 0) void vscode.window.showWarningMessage(`No app client definition found in ${vscode.workspace.asRelativePath(files[0])}`);
          return;
        }
        const texts = compareTexts(live, local);
        const pool = node.pool;
        const left = liveDocumentUri(pool.region, pool.poolId, `compare/${node.clientId}.live.update-user-pool-client.json`);
        const right = liveDocumentUri(pool.region, pool.poolId, `compare/${node.clientId}.local.update-user-pool-client.json`);
        host.documents.set(left, texts.live);
        host.documents.set(right, texts.local);
        host.sendScopes(pool.poolId, await fetchResourceServers(pool));
        await vscode.commands.executeCommand('vscode.diff', left, right, `${live.ClientName ?? node.clientId}: live ↔ ${vscode.workspace.asRelativePath(files[0])} (as UpdateUserPoolClient input)`);
      } catch (e) {
        reportFailure(host, 'Compare with local file', e);
      }
    },

    'cognitoLens.requestToken': async (arg?: ClientNode) => {
      const node = nodeArg(arg);
      if (!(node instanceof ClientNode)) return;
      try {
        const client = await node.describe();
        const choices = scopeChoices(client.AllowedOAuthScopes);
        let scopes: string[] = [];
        if (choices.length > 0) {
          const picked = await vscode.window.showQuickPick(choices.map((c) => ({ label: c.scope, picked: c.picked })), {
            canPickMany: true,
            title: `Scopes for ${client.ClientName ?? node.clientId} (none selected: every allowed scope)`,
          });
          if (!picked) return;
          scopes = picked.map((p) => p.label);
        }
        const key = secretKey(node.pool.poolId, node.clientId);
        const remembered = await host.secrets.get(key);
        const result = await requestClientToken(node, scopes, readTokenOverrides(), remembered);
        host.deps.log.info(`token issued for client ${node.clientId} by ${result.tokenUrl}${scopes.length ? ` (scopes: ${scopes.join(' ')})` : ''}`);
        await host.deps.decoder.openToken(result.token, { jwksUrl: result.jwksUrl, issuer: result.issuer, clientId: node.clientId, source: `client_credentials · ${result.clientName} · ${result.tokenUrl}` });
        if (!remembered) void offerToRemember(host, key, node);
      } catch (e) {
        if (e instanceof TokenRequestError) {
          host.deps.log.warn(`token request for ${node.clientId} failed: ${e.message}`);
          void vscode.window.showErrorMessage(`Token request failed: ${e.message}`);
        } else reportFailure(host, 'Request M2M token', e);
      }
    },
    'cognitoLens.forgetSecrets': async () => {
      const keys = host.state.get<string[]>(SECRET_INDEX, []);
      for (const k of keys) await host.secrets.delete(k);
      await host.state.update(SECRET_INDEX, []);
      void vscode.window.showInformationMessage(`Forgot ${keys.length} remembered client secret(s).`);
    },
  };
}

/** Asked after a successful request: the secret goes to SecretStorage only when the user says so. */
async function offerToRemember(host: CommandHost, key: string, node: ClientNode): Promise<void> {
  const answer = await vscode.window.showInformationMessage(`Token opened. Remember the secret of ${node.clientId} in VS Code's secret storage for next time?`, 'Remember', 'Not now');
  if (answer !== 'Remember') return;
  const client = await node.describe();
  if (!client.ClientSecret) return;
  await host.secrets.store(key, client.ClientSecret);
  const keys = new Set(host.state.get<string[]>(SECRET_INDEX, []));
  keys.add(key);
  await host.state.update(SECRET_INDEX, [...keys]);
}
