import { startMotoServer } from './moto-server';
import { seedMoto, type Seeded } from './seed';
import { startTokenEndpoint } from './token-endpoint';

export interface Emulator {
  /** moto's endpoint: the Cognito API (`cognitoLens.endpoint`) and `/{poolId}/.well-known/jwks.json`. */
  endpoint: string;
  /** The client_credentials endpoint (`cognitoLens.tokenEndpoint`). */
  tokenEndpoint: string;
  /** `cognitoLens.jwksUrl` for moto. */
  jwksUrl: string;
  region: string;
  pools: Seeded['pools'];
  allPoolIds: string[];
  stop(): Promise<void>;
}

/** moto + seed + token endpoint: a local Cognito for tests, `npm run demo` and the e2e suite. */
export async function startEmulator(options: { paging?: boolean } = {}): Promise<Emulator> {
  const moto = await startMotoServer();
  try {
    const seeded = await seedMoto(moto.endpoint, { paging: options.paging });
    const token = await startTokenEndpoint({ motoEndpoint: moto.endpoint, region: seeded.region });
    return {
      endpoint: moto.endpoint,
      tokenEndpoint: token.url,
      jwksUrl: `${moto.endpoint}/{poolId}/.well-known/jwks.json`,
      region: seeded.region,
      pools: seeded.pools,
      allPoolIds: seeded.allPoolIds,
      stop: async () => {
        await token.stop();
        await moto.stop();
      },
    };
  } catch (e) {
    await moto.stop();
    throw e;
  }
}

// `npx tsx scripts/emulator/start.ts [--paging]`: prints the settings to use and stays up until Ctrl-C.
if (require.main === module) {
  void (async () => {
    const emulator = await startEmulator({ paging: process.argv.includes('--paging') });
    const lines = [
      `moto (Cognito API):  ${emulator.endpoint}`,
      `token endpoint:      ${emulator.tokenEndpoint}`,
      `JWKS:                ${emulator.jwksUrl}`,
      `region:              ${emulator.region}`,
      ...Object.values(emulator.pools).map((p) => `pool ${p.name.padEnd(16)} ${p.poolId} (${p.tier})`),
      '',
      'VS Code settings:',
      JSON.stringify({ 'cognitoLens.endpoint': emulator.endpoint, 'cognitoLens.regions': [emulator.region], 'cognitoLens.tokenEndpoint': emulator.tokenEndpoint, 'cognitoLens.jwksUrl': emulator.jwksUrl }, null, 2),
      '',
      'Ctrl-C to stop.',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const stop = () => {
      void emulator.stop().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })().catch((e: unknown) => {
    process.stderr.write(`emulator failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
