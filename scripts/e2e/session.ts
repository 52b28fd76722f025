// The emulator side of the demo and the e2e run: moto seeded + the token endpoint, real tokens for the sample
// workspace, and a scratch copy of that workspace with them written in.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startEmulator, type Emulator } from '../emulator/start';

export interface SampleTokens {
  /**
   * client_credentials access token of the orders pool's inventory-sync client, from the token endpoint. Not
   * fulfilment-worker's: the e2e test requests that one from the explorer and must tell the two apart.
   */
  access: string;
  /** ID token of a seeded sample user, from moto's AdminInitiateAuth. */
  id: string;
}

export interface Session {
  emulator: Emulator;
  tokens: SampleTokens;
  /** Extension settings that point Cognito Lens at the emulator. */
  settings: Record<string, unknown>;
  /** Fake credentials for the AWS SDK in the extension host. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export const FAKE_AWS_ENV = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' };

export async function startSession(): Promise<Session> {
  const emulator = await startEmulator();
  try {
    const tokens = await sampleTokens(emulator);
    const orders = emulator.pools.orders.poolId;
    const settings = {
      'cognitoLens.endpoint': emulator.endpoint,
      'cognitoLens.tokenEndpoint': emulator.tokenEndpoint,
      'cognitoLens.jwksUrl': emulator.jwksUrl,
      'cognitoLens.expectedIssuer': `https://cognito-idp.${emulator.region}.amazonaws.com/${orders}`,
      'cognitoLens.regions': [emulator.region],
    };
    return { emulator, tokens, settings, env: { ...FAKE_AWS_ENV }, stop: () => emulator.stop() };
  } catch (e) {
    await emulator.stop();
    throw e;
  }
}

async function sampleTokens(emulator: Emulator): Promise<SampleTokens> {
  const pool = emulator.pools.orders;
  const cognito = new CognitoIdentityProviderClient({ region: emulator.region, endpoint: emulator.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  try {
    const worker = pool.clients.find((c) => c.name === 'inventory-sync');
    const web = pool.clients.find((c) => c.name === 'orders-web');
    if (!worker || !web) throw new Error('the emulator seed has no inventory-sync / orders-web client');
    const described = await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: pool.poolId, ClientId: worker.clientId }));
    const secret = described.UserPoolClient?.ClientSecret ?? '';
    const res = await fetch(emulator.tokenEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(worker.clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
    const body = (await res.json()) as { access_token?: string; error?: string };
    if (!res.ok || !body.access_token) throw new Error(`token endpoint answered ${res.status} ${body.error ?? ''}`);

    const username = 'sample.user@example.com';
    const password = 'Sample-Passw0rd!';
    await cognito.send(new AdminCreateUserCommand({ UserPoolId: pool.poolId, Username: username, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: username }, { Name: 'email_verified', Value: 'true' }] }));
    await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.poolId, Username: username, Password: password, Permanent: true }));
    const auth = await cognito.send(new AdminInitiateAuthCommand({ UserPoolId: pool.poolId, ClientId: web.clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }));
    const id = auth.AuthenticationResult?.IdToken;
    if (!id) throw new Error('moto returned no ID token for the sample user');
    return { access: body.access_token, id };
  } finally {
    cognito.destroy();
  }
}

/** Copies samples/workspace to `dest` (replacing what was there) and writes `tokens` over the fake ones. */
export function writeWorkspace(repoRoot: string, dest: string, tokens: SampleTokens | undefined): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  cpSync(join(repoRoot, 'samples', 'workspace'), dest, { recursive: true });
  if (!tokens) return;
  const envFile = join(dest, '.env');
  writeFileSync(envFile, readFileSync(envFile, 'utf8')
    .replace(/^ORDERS_ACCESS_TOKEN=.*$/m, `ORDERS_ACCESS_TOKEN=${tokens.access}`)
    .replace(/^ORDERS_ID_TOKEN=.*$/m, `ORDERS_ID_TOKEN=${tokens.id}`)
    .replace(/^# The committed values are FAKE.*\n.*\n/m, '# Generated at start by the local emulator (moto): test-signed, valid for an hour, worthless elsewhere.\n'));
  const httpFile = join(dest, 'requests', 'orders.http');
  writeFileSync(httpFile, readFileSync(httpFile, 'utf8').replace(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g, tokens.access));
}
