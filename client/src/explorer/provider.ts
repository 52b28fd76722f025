import * as vscode from 'vscode';
import type { ExplorerNode, NodeItem } from './node-base';
import type { ExplorerModel } from './model';

const COLLAPSIBLE: Record<NodeItem['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

/** The thin VS Code adapter over the node model: plain item descriptions become TreeItems. */
export class ExplorerTreeProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private model: () => ExplorerModel) {}

  /** Called by the model's listener; `undefined` redraws the whole view. */
  fire(node: ExplorerNode | undefined): void {
    this.emitter.fire(node);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const d = node.getTreeItem();
    const item = new vscode.TreeItem(d.label, COLLAPSIBLE[d.collapsible]);
    item.id = node.id;
    item.description = d.description;
    item.tooltip = d.tooltip;
    item.contextValue = d.contextValue;
    if (d.icon) item.iconPath = new vscode.ThemeIcon(d.icon, d.iconColor ? new vscode.ThemeColor(d.iconColor) : undefined);
    if (d.command) item.command = { command: d.command.command, title: d.command.title, arguments: d.command.arguments };
    return item;
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!node) return this.model().roots();
    return node.getChildren ? node.getChildren() : [];
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.parent;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
