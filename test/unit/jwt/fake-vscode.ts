// A small stand-in for the `vscode` module: just what client/src/jwt/register.ts, hover.ts and panel.ts call, with
// the calls recorded so tests can assert what the extension did.
export class Uri {
  constructor(readonly path: string) {}
  static file(path: string): Uri {
    return new Uri(path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri([base.path, ...parts].join('/'));
  }
  toString(): string {
    return `file://${this.path}`;
  }
}

export class Range {
  constructor(readonly startLine: number, readonly startCharacter: number, readonly endLine: number, readonly endCharacter: number) {}
}

export class MarkdownString {
  isTrusted: unknown;
  constructor(readonly value: string) {}
}

export class Hover {
  constructor(readonly contents: MarkdownString, readonly range: Range) {}
}

export const ViewColumn = { Beside: -2 };

type Listener = (data: unknown) => void;

export class FakeWebview {
  html = '';
  options: unknown;
  readonly cspSource = 'https://webview.test';
  readonly posted: unknown[] = [];
  private listener: Listener | undefined;
  asWebviewUri(uri: Uri): Uri {
    return new Uri(`/webview${uri.path}`);
  }
  postMessage(message: unknown): Promise<boolean> {
    this.posted.push(message);
    return Promise.resolve(true);
  }
  onDidReceiveMessage(listener: Listener): { dispose(): void } {
    this.listener = listener;
    return { dispose: () => (this.listener = undefined) };
  }
  /** Delivers a message as the page would, and waits for the host's async handling to settle. */
  async fromPage(data: unknown): Promise<void> {
    this.listener?.(data);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export class FakePanel {
  readonly webview = new FakeWebview();
  revealed = 0;
  disposed = false;
  private onDispose: (() => void) | undefined;
  constructor(readonly viewType: string, readonly options: unknown) {
    this.webview.options = options;
  }
  reveal(): void {
    this.revealed += 1;
  }
  onDidChangeViewState(): { dispose(): void } {
    return { dispose: () => undefined };
  }
  onDidDispose(listener: () => void): { dispose(): void } {
    this.onDispose = listener;
    return { dispose: () => undefined };
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.onDispose?.();
  }
}

export const recorded = {
  hoverSelectors: [] as unknown[],
  hoverProviders: [] as Array<{ provideHover(doc: unknown, pos: unknown): Hover | undefined }>,
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  serializers: new Map<string, { deserializeWebviewPanel(panel: FakePanel, state: unknown): Promise<void> }>(),
  panels: [] as FakePanel[],
  errors: [] as string[],
  infos: [] as string[],
  clipboard: '',
  inputBoxAnswer: undefined as string | undefined,
  inputBoxOptions: [] as Array<Record<string, unknown>>,
  settings: {} as Record<string, unknown>,
};

export const languages = {
  registerHoverProvider(selector: unknown, provider: (typeof recorded.hoverProviders)[number]) {
    recorded.hoverSelectors.push(selector);
    recorded.hoverProviders.push(provider);
    return { dispose: () => undefined };
  },
};

export const commands = {
  registerCommand(id: string, fn: (...args: unknown[]) => unknown) {
    recorded.commands.set(id, fn);
    return { dispose: () => recorded.commands.delete(id) };
  },
};

export const workspace = {
  getConfiguration() {
    return { get: <T>(key: string, fallback: T): T => (key in recorded.settings ? (recorded.settings[key] as T) : fallback) };
  },
  asRelativePath(uri: Uri) {
    return uri.path;
  },
};

export const window = {
  activeTextEditor: undefined as unknown,
  createWebviewPanel(viewType: string, _title: string, _column: unknown, options: unknown) {
    const panel = new FakePanel(viewType, options);
    recorded.panels.push(panel);
    return panel;
  },
  registerWebviewPanelSerializer(viewType: string, serializer: (typeof recorded.serializers extends Map<string, infer S> ? S : never)) {
    recorded.serializers.set(viewType, serializer);
    return { dispose: () => undefined };
  },
  async showInputBox(options: Record<string, unknown>) {
    recorded.inputBoxOptions.push(options);
    return recorded.inputBoxAnswer;
  },
  async showErrorMessage(message: string) {
    recorded.errors.push(message);
    return undefined;
  },
  async showInformationMessage(message: string) {
    recorded.infos.push(message);
    return undefined;
  },
  setStatusBarMessage() {
    return { dispose: () => undefined };
  },
};

export const env = {
  clipboard: {
    async writeText(text: string) {
      recorded.clipboard = text;
    },
  },
};

/** A text document of the given lines, enough for the hover provider. */
export function fakeDocument(text: string): { lineAt(line: number): { text: string } } {
  const lines = text.split('\n');
  return { lineAt: (line: number) => ({ text: lines[line] ?? '' }) };
}
