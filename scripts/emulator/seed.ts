import {
  CognitoIdentityProviderClient,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  type CreateUserPoolClientCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';

/** Rules a seeded client is built to trigger (the integration tests and the demo rely on these). */
export interface SeededClient {
  name: string;
  clientId: string;
  confidential: boolean;
  flows: string[];
  scopes: string[];
  /** Rule ids this client exists to demonstrate; empty for clients that must lint clean (no errors). */
  breaks: string[];
}

export interface SeededPool {
  key: string;
  name: string;
  poolId: string;
  tier: string;
  domain?: string;
  resourceServers: { identifier: string; name: string; scopes: { name: string; description: string }[] }[];
  clients: SeededClient[];
}

export interface Seeded {
  region: string;
  /** The realistic pools, by key: `orders` (M2M, broken clients), `partners` (clean), `storefront` (LITE, SPA only). */
  pools: Record<'orders' | 'partners' | 'storefront', SeededPool>;
  /** Every pool id seeded, including paging filler pools. */
  allPoolIds: string[];
}

export interface SeedOptions {
  /** Adds filler pools so ListUserPools needs more than one page of 60 (≥ 65 pools in all). */
  paging?: boolean;
  region?: string;
}

export const PAGING_FILLER_POOLS = 62;

type ClientSpec = Omit<CreateUserPoolClientCommandInput, 'UserPoolId'> & { ClientName: string; breaks?: string[] };

const m2m = (name: string, scopes: string[], extra: Partial<ClientSpec> = {}): ClientSpec => ({
  ClientName: name,
  GenerateSecret: true,
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['client_credentials'],
  AllowedOAuthScopes: scopes,
  ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
  AccessTokenValidity: 60,
  TokenValidityUnits: { AccessToken: 'minutes' },
  EnableTokenRevocation: true,
  PreventUserExistenceErrors: 'ENABLED',
  ...extra,
});

const spa = (name: string, callback: string): ClientSpec => ({
  ClientName: name,
  GenerateSecret: false,
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['code'],
  AllowedOAuthScopes: ['openid', 'email', 'profile'],
  CallbackURLs: [callback],
  LogoutURLs: [new URL('/signed-out', callback).toString()],
  SupportedIdentityProviders: ['COGNITO'],
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  EnableTokenRevocation: true,
  PreventUserExistenceErrors: 'ENABLED',
});

interface PoolSpec {
  key: 'orders' | 'partners' | 'storefront';
  name: string;
  tier: 'LITE' | 'ESSENTIALS' | 'PLUS';
  domain?: string;
  resourceServers: SeededPool['resourceServers'];
  clients: ClientSpec[];
}

const POOLS: PoolSpec[] = [
  {
    key: 'orders',
    name: 'orders-prod',
    tier: 'ESSENTIALS',
    domain: 'orders-prod-auth',
    resourceServers: [
      { identifier: 'orders-api', name: 'Orders API', scopes: [{ name: 'read', description: 'Read orders' }, { name: 'write', description: 'Create and update orders' }] },
      { identifier: 'https://inventory.example.com', name: 'Inventory', scopes: [{ name: 'stock.read', description: 'Read stock levels' }] },
    ],
    clients: [
      m2m('fulfilment-worker', ['orders-api/read', 'orders-api/write']),
      m2m('inventory-sync', ['https://inventory.example.com/stock.read', 'orders-api/read']),
      spa('orders-web', 'https://orders.example.com/callback'),
      // A confidential web app (server-side code flow): has a secret but no client_credentials grant.
      { ...spa('orders-admin-portal', 'https://admin.orders.example.com/oauth/callback'), GenerateSecret: true },
      // Deliberately broken: what `cognito-lint live` and Lint Pool must find.
      m2m('reports-exporter', ['orders-api/read'], { GenerateSecret: false, breaks: ['cognito/client-credentials-requires-secret'] }),
      m2m('legacy-m2m-openid', ['openid', 'orders-api/read'], { breaks: ['cognito/client-credentials-custom-scopes-only'] }),
      m2m('billing-typo-scope', ['orders-api/admin'], { breaks: ['cognito/custom-scope-not-defined'] }),
    ],
  },
  {
    key: 'partners',
    name: 'partners-clean',
    tier: 'ESSENTIALS',
    domain: 'partners-clean-auth',
    resourceServers: [{ identifier: 'partner-api', name: 'Partner API', scopes: [{ name: 'catalog.read', description: 'Read the partner catalog' }] }],
    clients: [m2m('partner-feed', ['partner-api/catalog.read'])],
  },
  {
    key: 'storefront',
    name: 'storefront-lite',
    tier: 'LITE',
    domain: 'storefront-lite-auth',
    resourceServers: [],
    clients: [spa('storefront-web', 'https://shop.example.com/auth/callback')],
  },
];

/** Seeds a fresh moto with a realistic sample account. Returns ids only: secrets stay in moto. */
export async function seedMoto(endpoint: string, options: SeedOptions = {}): Promise<Seeded> {
  const region = options.region ?? 'us-east-1';
  const client = new CognitoIdentityProviderClient({ region, endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const seeded: Partial<Seeded['pools']> = {};
  const allPoolIds: string[] = [];
  try {
    for (const spec of POOLS) {
      const pool = await seedPool(client, spec);
      seeded[spec.key] = pool;
      allPoolIds.push(pool.poolId);
    }
    if (options.paging) {
      // Sequential on purpose: moto is single-threaded and the order keeps pool names predictable.
      for (let i = 0; i < PAGING_FILLER_POOLS; i++) {
        const out = await client.send(new CreateUserPoolCommand({ PoolName: `load-test-${String(i + 1).padStart(2, '0')}`, UserPoolTier: 'LITE' }));
        allPoolIds.push(out.UserPool!.Id!);
      }
    }
  } finally {
    client.destroy();
  }
  return { region, pools: seeded as Seeded['pools'], allPoolIds };
}

async function seedPool(client: CognitoIdentityProviderClient, spec: PoolSpec): Promise<SeededPool> {
  const created = await client.send(new CreateUserPoolCommand({ PoolName: spec.name, UserPoolTier: spec.tier }));
  const poolId = created.UserPool!.Id!;
  if (spec.domain) await client.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: spec.domain }));
  for (const rs of spec.resourceServers) {
    await client.send(new CreateResourceServerCommand({
      UserPoolId: poolId,
      Identifier: rs.identifier,
      Name: rs.name,
      Scopes: rs.scopes.map((s) => ({ ScopeName: s.name, ScopeDescription: s.description })),
    }));
  }
  const clients: SeededClient[] = [];
  for (const { breaks, ...input } of spec.clients) {
    const out = await client.send(new CreateUserPoolClientCommand({ ...input, UserPoolId: poolId }));
    clients.push({
      name: input.ClientName,
      clientId: out.UserPoolClient!.ClientId!,
      confidential: !!out.UserPoolClient!.ClientSecret,
      flows: input.AllowedOAuthFlows ?? [],
      scopes: input.AllowedOAuthScopes ?? [],
      breaks: breaks ?? [],
    });
  }
  return { key: spec.key, name: spec.name, poolId, tier: spec.tier, domain: spec.domain, resourceServers: spec.resourceServers, clients };
}

export function seededClient(pool: SeededPool, name: string): SeededClient {
  const c = pool.clients.find((x) => x.name === name);
  if (!c) throw new Error(`no seeded client ${name} in ${pool.name}`);
  return c;
}
