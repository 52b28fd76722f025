// A small stand-in for the `vscode` module with what client/src/explorer/*.ts call, recording the calls so tests can
// assert what the extension did (the real module exists only inside VS Code).

export class Uri {
  private constructor(readonly scheme: string, readonly authority: string, readonly path: string) {}
  static from(parts: { scheme: string; authority?: string; path?: string }): Uri {
    return new Uri(parts.scheme, parts.authority ?? '', parts.path ?? '');
  }
  static parse(value: string): Uri {
    const m = /^([\w+.-]+):\/\/([^/]*)(.*)$/.exec(value);
    return m ? new Uri(m[1], m[2], m[3]) : new Uri('file', '', value);
  }
  static file(path: string): Uri {
    return new Uri('file', '', path);
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}`;
  }
}

export class Range {
  constructor(readonly startLine: number, readonly startCharacter: number, readonly endLine: number, readonly endCharacter: number) {}
}
export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };
export class Diagnostic {
  source?: string;
  code?: unknown;
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}
export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}
export class ThemeColor {
  constructor(readonly id: string) {}
}
export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  contextValue?: string;
  iconPath?: ThemeIcon;
  command?: unknown;
  constructor(readonly label: string, readonly collapsibleState: number) {}
}
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 };

export class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  readonly event = (listener: (e: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class FakeDiagnosticCollection {
  readonly entries = new Map<string, Diagnostic[]>();
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: Diagnostic[]) {
    this.entries.set(uri.toString(), diagnostics);
  }
  delete(uri: Uri) {
    this.entries.delete(uri.toString());
  }
  dispose() {}
}

type QuickPickAnswer = (items: { label: string; picked?: boolean }[], options: Record<string, unknown>) => unknown;

export const recorded = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as { id: string; args: unknown[] }[],
  context: new Map<string, unknown>(),
  settings: {} as Record<string, unknown>,
  updates: [] as { key: string; value: unknown; target: number }[],
  errors: [] as string[],
  infos: [] as string[],
  warnings: [] as string[],
  /** Answers to the next information messages (button labels), in order. */
  infoAnswers: [] as (string | undefined)[],
  quickPick: undefined as QuickPickAnswer | undefined,
  quickPickCalls: [] as { items: { label: string; picked?: boolean }[]; options: Record<string, unknown> }[],
  inputBox: undefined as string | undefined,
  openDialog: undefined as Uri[] | undefined,
  files: new Map<string, string>(),
  opened: [] as string[],
  clipboard: '',
  diagnostics: [] as FakeDiagnosticCollection[],
  contentProviders: new Map<string, { provideTextDocumentContent(uri: Uri): string }>(),
  treeProviders: new Map<string, { getChildren(e?: unknown): Promise<unknown[]>; getTreeItem(e: unknown): TreeItem }>(),
  statusBar: [] as { text: string; command?: string; show(): void }[],
};

export function resetRecorded(): void {
  recorded.executed.length = 0;
  recorded.errors.length = 0;
  recorded.infos.length = 0;
  recorded.warnings.length = 0;
  recorded.infoAnswers.length = 0;
  recorded.quickPickCalls.length = 0;
  recorded.opened.length = 0;
  recorded.updates.length = 0;
  recorded.quickPick = undefined;
}

export const commands = {
  registerCommand(id: string, fn: (...args: unknown[]) => unknown) {
    recorded.commands.set(id, fn);
    return { dispose: () => recorded.commands.delete(id) };
  },
  async executeCommand(id: string, ...args: unknown[]) {
    recorded.executed.push({ id, args });
    if (id === 'setContext') recorded.context.set(args[0] as string, args[1]);
    return undefined;
  },
};

const noop = { dispose: () => undefined };

export const workspace = {
  getConfiguration() {
    return {
      get: <T>(key: string, fallback: T): T => (key in recorded.settings ? (recorded.settings[key] as T) : fallback),
      inspect: (key: string) => ({ globalValue: recorded.settings[key] }),
      update: async (key: string, value: unknown, target: number) => {
        recorded.updates.push({ key, value, target });
        recorded.settings[key] = value;
      },
    };
  },
  onDidChangeConfiguration: () => noop,
  onDidOpenTextDocument: () => noop,
  registerTextDocumentContentProvider(scheme: string, provider: { provideTextDocumentContent(uri: Uri): string }) {
    recorded.contentProviders.set(scheme, provider);
    return noop;
  },
  async openTextDocument(uri: Uri) {
    recorded.opened.push(uri.toString());
    const text = recorded.contentProviders.get(uri.scheme)?.provideTextDocumentContent(uri) ?? '';
    return { uri, languageId: 'plaintext', getText: () => text };
  },
  asRelativePath(uri: Uri) {
    return uri.path;
  },
  fs: {
    async readFile(uri: Uri) {
      return new TextEncoder().encode(recorded.files.get(uri.path) ?? '');
    },
  },
};

export const languages = {
  createDiagnosticCollection(name: string) {
    const c = new FakeDiagnosticCollection(name);
    recorded.diagnostics.push(c);
    return c;
  },
  async setTextDocumentLanguage(doc: { uri: Uri; getText(): string }, languageId: string) {
    return { ...doc, languageId };
  },
};

export const window = {
  createTreeView(id: string, options: { treeDataProvider: (typeof recorded.treeProviders extends Map<string, infer P> ? P : never) }) {
    recorded.treeProviders.set(id, options.treeDataProvider);
    return { selection: [], dispose: () => undefined };
  },
  createStatusBarItem() {
    const item = { text: '', tooltip: '', name: '', command: undefined as string | undefined, show: () => undefined, dispose: () => undefined };
    recorded.statusBar.push(item);
    return item;
  },
  async showQuickPick(items: { label: string; picked?: boolean }[], options: Record<string, unknown>) {
    recorded.quickPickCalls.push({ items, options });
    return recorded.quickPick?.(items, options);
  },
  async showInputBox() {
    return recorded.inputBox;
  },
  async showOpenDialog() {
    return recorded.openDialog;
  },
  async showErrorMessage(message: string) {
    recorded.errors.push(message);
    return undefined;
  },
  async showWarningMessage(message: string) {
    recorded.warnings.push(message);
    return undefined;
  },
  async showInformationMessage(message: string) {
    recorded.infos.push(message);
    return recorded.infoAnswers.shift();
  },
  async showTextDocument(doc: unknown) {
    return { document: doc };
  },
  async withProgress<T>(_options: unknown, task: () => Promise<T>) {
    return task();
  },
};

export const env = {
  clipboard: {
    async writeText(text: string) {
      recorded.clipboard = text;
    },
  },
};
