import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { makeNonce, panelHtml } from '../webview/html';
import { parsePageMessage, type CopyTarget, type HostMessage, type PageMessage, type VerifyRequest } from '../webview/messages';
import type { DecodedJwt } from './decode';
import { buildPanelModel, planVerification, type DecoderSettings, type DecoderTarget } from './panel-model';
import { verifyJwt, type JwksCache } from './verify';

export interface PanelDeps {
  extensionUri: vscode.Uri;
  log: vscode.LogOutputChannel;
  cache: JwksCache;
  settings(): DecoderSettings;
  /** Asks for a token (the palette's input box) and opens it. */
  promptForToken(): Promise<void>;
}

/** Shown after a reload: the token itself is never persisted, so there is nothing to restore but the panel. */
export const NOT_RESTORED = 'Cognito Lens does not keep tokens across reloads (they are credentials). Paste the token again, or open it from a hover.';

/** The decoder panel: one at a time; the host decodes and verifies, the page renders. */
export class JwtPanel {
  static readonly viewType = 'cognitoLens.decoder';
  private static current: JwtPanel | undefined;

  private jwt: DecodedJwt | undefined;
  private target: DecoderTarget = {};
  /** What the page shows now. A hidden webview loses its page, so it is replayed whenever a page says `ready`. */
  private view: HostMessage[] = [];
  /** False until the page says `ready`, and again while hidden (the page is discarded then and reloads on show). */
  private pageReady = false;
  private readonly disposables: vscode.Disposable[] = [];

  static createOrShow(deps: PanelDeps): JwtPanel {
    if (JwtPanel.current) {
      JwtPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      return JwtPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(JwtPanel.viewType, 'Cognito Lens: Token', vscode.ViewColumn.Beside, JwtPanel.webviewOptions(deps.extensionUri));
    JwtPanel.current = new JwtPanel(panel, deps);
    return JwtPanel.current;
  }

  /** Called by the serializer after a reload; the page starts empty (see NOT_RESTORED). */
  static revive(panel: vscode.WebviewPanel, deps: PanelDeps): JwtPanel {
    JwtPanel.current?.dispose();
    panel.webview.options = JwtPanel.webviewOptions(deps.extensionUri);
    JwtPanel.current = new JwtPanel(panel, deps);
    JwtPanel.current.send({ type: 'empty', message: NOT_RESTORED });
    return JwtPanel.current;
  }

  private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')] };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
  ) {
    const webview = panel.webview;
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce((n) => randomBytes(n)),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'panel.css')).toString(),
    });
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
    panel.onDidChangeViewState((e) => {
      if (!e.webviewPanel.visible) this.pageReady = false;
    }, null, this.disposables);
    webview.onDidReceiveMessage((data: unknown) => {
      const message = parsePageMessage(data);
      if (message) this.onMessage(message).catch((e: unknown) => deps.log.error(`decoder panel: ${e instanceof Error ? e.message : String(e)}`));
    }, null, this.disposables);
  }

  show(jwt: DecodedJwt, target: DecoderTarget): void {
    this.jwt = jwt;
    this.target = target;
    const settings = this.deps.settings();
    const model = buildPanelModel(jwt, target, settings, Date.now());
    this.send({ type: 'render', model });
    if (settings.fetchJwksAutomatically) void this.verify(model.request);
  }

  private async onMessage(message: PageMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        for (const m of this.view) await this.panel.webview.postMessage(m);
        return;
      case 'verify':
        await this.verify(message.request);
        return;
      case 'copy':
        await this.copy(message.target);
        return;
      case 'paste':
        await this.deps.promptForToken();
        return;
      default: {
        const never: never = message;
        return never;
      }
    }
  }

  private async verify(request: VerifyRequest): Promise<void> {
    const jwt = this.jwt;
    if (!jwt) return;
    const plan = planVerification(jwt, request, this.target, this.deps.settings(), this.deps.cache);
    if (!plan.ok) {
      this.send({ type: 'verifyError', message: plan.message });
      return;
    }
    this.send({ type: 'verifying', jwksLabel: plan.jwksLabel });
    const result = await verifyJwt(jwt, plan.options);
    // The token may have changed while the JWKS was being fetched; a stale result would describe the wrong token.
    if (this.jwt !== jwt) return;
    this.deps.log.info(`decoder: verification finished, signature ${result.signature}, ${result.checks.filter((c) => !c.ok).length} failed check(s)`);
    this.send({ type: 'verified', signature: result.signature, checks: result.checks, valid: result.valid, jwksLabel: plan.jwksLabel });
  }

  private async copy(target: CopyTarget): Promise<void> {
    const jwt = this.jwt;
    if (!jwt) return;
    let text: string | undefined;
    if (target.what === 'claim') {
      const value = Object.hasOwn(jwt.payload, target.name) ? jwt.payload[target.name] : undefined;
      if (value !== undefined) text = typeof value === 'string' ? value : JSON.stringify(value);
    } else {
      text = target.what === 'token' ? jwt.token : JSON.stringify(target.what === 'header' ? jwt.header : jwt.payload, null, 2);
    }
    if (text === undefined) return;
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage(`Cognito Lens: copied ${target.what === 'claim' ? target.name : target.what}`, 2000);
  }

  private send(message: HostMessage): void {
    // A render or an empty page starts a new view; the latest verification result adds to it.
    this.view = message.type === 'render' || message.type === 'empty' ? [message] : [...this.view.filter((m) => m.type === 'render' || m.type === 'empty'), message];
    if (this.pageReady) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (JwtPanel.current === this) JwtPanel.current = undefined;
    this.jwt = undefined;
    this.view = [];
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
