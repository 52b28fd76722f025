import { CognitoDataFactory, checkCredentials, type AwsSettings, type CognitoData, type ResourceServer } from '../aws/data';
import type { AwsProblem } from '../aws/errors';
import { resolveRegions } from '../aws/profiles';
import type { ExplorerNode } from './node-base';
import { ProfileNode, type ExplorerHost } from './nodes';

export interface ExplorerSettings extends AwsSettings {
  /** Configured regions; empty = the profile's region. */
  regions: string[];
}

export interface ExplorerListener {
  changed(node?: ExplorerNode): void;
  /** True when no credentials exist at all: the view stays empty and shows its welcome content. */
  noCredentials(value: boolean): void;
  resourceServersLoaded?(poolId: string, servers: ResourceServer[]): void;
  warn?(message: string): void;
}

export interface ExplorerBackend {
  data(region: string): CognitoData;
  checkCredentials(): Promise<AwsProblem | undefined>;
  regions(): Promise<string[]>;
}

/** The AWS-backed default: one data layer per region, the SDK credential chain, regions from settings or profile. */
export function awsBackend(settings: ExplorerSettings): ExplorerBackend {
  const factory = new CognitoDataFactory(settings);
  return {
    data: (region) => factory.forRegion(region),
    checkCredentials: () => checkCredentials(settings),
    regions: () => resolveRegions(settings.regions, settings.profile),
  };
}

/**
 * The whole tree, without VS Code: roots, credentials state and change notifications. The extension wraps it in a
 * TreeDataProvider; tests drive it directly.
 */
export class ExplorerModel implements ExplorerHost {
  private root: ProfileNode | undefined;
  private credentials: Promise<AwsProblem | undefined> | undefined;

  constructor(readonly settings: ExplorerSettings, private readonly listener: ExplorerListener, private readonly backend: ExplorerBackend = awsBackend(settings)) {}

  get profileLabel(): string {
    const name = this.settings.profile || process.env.AWS_PROFILE || 'default';
    return this.settings.endpoint ? `${name} @ ${this.settings.endpoint}` : name;
  }

  async roots(): Promise<ExplorerNode[]> {
    const problem = await this.credentialProblemRaw();
    const none = problem?.kind === 'no-credentials';
    this.listener.noCredentials(none);
    if (none) return [];
    this.root ??= new ProfileNode(this);
    return [this.root];
  }

  /** Re-reads credentials and regions and drops every cached child. */
  refreshAll(): void {
    this.credentials = undefined;
    this.root = undefined;
    this.listener.changed(undefined);
  }

  data(region: string): CognitoData {
    return this.backend.data(region);
  }

  regions(): Promise<string[]> {
    return this.backend.regions();
  }

  async credentialProblem(): Promise<AwsProblem | undefined> {
    return this.credentialProblemRaw();
  }

  changed(node?: ExplorerNode): void {
    this.listener.changed(node);
  }

  resourceServersLoaded(poolId: string, servers: ResourceServer[]): void {
    this.listener.resourceServersLoaded?.(poolId, servers);
  }

  warn(message: string): void {
    this.listener.warn?.(message);
  }

  private credentialProblemRaw(): Promise<AwsProblem | undefined> {
    this.credentials ??= this.backend.checkCredentials();
    return this.credentials;
  }
}

/** Expands a node and its descendants (tests, "reveal"): depth-limited, Load more nodes left as they are. */
export async function expand(node: ExplorerNode, depth: number): Promise<ExplorerNode[]> {
  const out: ExplorerNode[] = [node];
  if (depth <= 0 || !node.getChildren) return out;
  for (const child of await node.getChildren()) out.push(...(await expand(child, depth - 1)));
  return out;
}
