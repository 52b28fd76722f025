import { toAwsProblem, AwsRequestError, type AwsProblem } from '../aws/errors';
import type { Page } from '../aws/data';

/** What a tree row shows: a plain description the VS Code adapter maps to a TreeItem (keeps nodes testable). */
export interface NodeItem {
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id (`key`, `error`, …). */
  icon?: string;
  /** A theme color id for the icon (`errorForeground`, …). */
  iconColor?: string;
  /** Space-separated words the package.json menus match: pool, client, m2m, resourceServer, scope, domain, region, refreshable… */
  contextValue: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  command?: { command: string; title: string; arguments?: unknown[] };
}

export interface ExplorerNode {
  /** Stable across refreshes (built from region, pool id, client id…), so expansion state survives. */
  readonly id: string;
  readonly parent?: ExplorerNode;
  getTreeItem(): NodeItem;
  getChildren?(): Promise<ExplorerNode[]>;
  /** Drops cached children so the next expansion asks AWS again. */
  refresh?(): void;
}

/** Callbacks the nodes use to tell the view what changed. */
export interface NodeHost {
  changed(node?: ExplorerNode): void;
}

export class MessageNode implements ExplorerNode {
  constructor(readonly parent: ExplorerNode, readonly message: string, readonly suffix = 'empty', private readonly icon = 'info') {}
  get id() {
    return `${this.parent.id}/#${this.suffix}`;
  }
  getTreeItem(): NodeItem {
    return { label: this.message, icon: this.icon, contextValue: 'message', collapsible: 'none' };
  }
}

/** A failed call: the cause and the AWS error verbatim, with a retry that refreshes the parent. */
export class ErrorNode implements ExplorerNode {
  readonly problem: AwsProblem;
  constructor(readonly parent: ExplorerNode, error: unknown) {
    this.problem = error instanceof AwsRequestError ? error.problem : isProblem(error) ? error : toAwsProblem(error);
  }
  get id() {
    return `${this.parent.id}/#error`;
  }
  getTreeItem(): NodeItem {
    const p = this.problem;
    return {
      label: p.title,
      description: p.detail,
      tooltip: [p.detail, p.hint, 'Click to retry.'].filter(Boolean).join('\n\n'),
      icon: 'error',
      iconColor: 'errorForeground',
      contextValue: `error ${p.kind}`,
      collapsible: 'none',
      command: { command: 'cognitoLens.retry', title: 'Retry', arguments: [this] },
    };
  }
  retry(): Promise<void> | void {
    const parent = this.parent as ExplorerNode & { retry?: () => Promise<void> };
    return parent.retry ? parent.retry() : parent.refresh?.();
  }
}

function isProblem(value: unknown): value is AwsProblem {
  return !!value && typeof value === 'object' && !(value instanceof Error) && 'kind' in value && 'title' in value && 'detail' in value;
}

export class LoadMoreNode implements ExplorerNode {
  constructor(readonly parent: PagedNode<unknown>) {}
  get id() {
    return `${this.parent.id}/#more`;
  }
  getTreeItem(): NodeItem {
    return {
      label: 'Load more…',
      icon: 'ellipsis',
      contextValue: 'loadMore',
      collapsible: 'none',
      command: { command: 'cognitoLens.loadMore', title: 'Load More', arguments: [this] },
    };
  }
  loadMore(): Promise<void> {
    return this.parent.loadMore();
  }
}

/**
 * A node whose children come from a paged AWS list: the first page on expansion, further pages through a
 * "Load more…" node. A failing page keeps what was loaded and adds an error node.
 */
export abstract class PagedNode<T> implements ExplorerNode {
  abstract readonly id: string;
  abstract readonly parent?: ExplorerNode;
  protected items: T[] = [];
  private nodes: ExplorerNode[] = [];
  private nextToken: string | undefined;
  private loaded = false;
  private error: unknown;
  private inflight: Promise<void> | undefined;

  constructor(protected readonly host: NodeHost) {}

  abstract getTreeItem(): NodeItem;
  protected abstract fetchPage(nextToken?: string): Promise<Page<T>>;
  /** Child nodes for a newly loaded page (may describe each item first). */
  protected abstract toNodes(items: T[]): Promise<ExplorerNode[]>;
  protected abstract emptyMessage(): string;
  /** Called after each page with everything loaded so far. */
  protected onLoaded(_all: T[]): void {}

  get hasMore(): boolean {
    return this.nextToken !== undefined;
  }

  async getChildren(): Promise<ExplorerNode[]> {
    if (!this.loaded && !this.inflight) this.inflight = this.load(undefined).finally(() => (this.inflight = undefined));
    if (this.inflight) await this.inflight;
    const out = [...this.nodes];
    if (this.error !== undefined) out.push(new ErrorNode(this, this.error));
    else if (this.nextToken !== undefined) out.push(new LoadMoreNode(this));
    else if (out.length === 0) out.push(new MessageNode(this, this.emptyMessage()));
    return out;
  }

  async loadMore(): Promise<void> {
    if (this.inflight) return this.inflight;
    if (this.nextToken === undefined) return;
    this.inflight = this.load(this.nextToken).finally(() => (this.inflight = undefined));
    await this.inflight;
    this.host.changed(this);
  }

  /** After a failed page: fetch that page again, keeping what is loaded; otherwise start over. */
  async retry(): Promise<void> {
    if (this.error !== undefined && this.nextToken !== undefined && this.items.length > 0) {
      this.error = undefined;
      await this.loadMore();
    } else {
      this.refresh();
    }
  }

  refresh(): void {
    this.items = [];
    this.nodes = [];
    this.nextToken = undefined;
    this.loaded = false;
    this.error = undefined;
    this.host.changed(this);
  }

  private async load(token: string | undefined): Promise<void> {
    this.error = undefined;
    try {
      const page = await this.fetchPage(token);
      this.nodes.push(...(await this.toNodes(page.items)));
      this.items.push(...page.items);
      // A token equal to the one just used would loop forever.
      this.nextToken = page.nextToken && page.nextToken !== token ? page.nextToken : undefined;
      this.onLoaded(this.items);
    } catch (e) {
      this.error = e;
    }
    this.loaded = true;
  }
}
