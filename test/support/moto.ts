import { freePort, startMotoServer, type MotoServer } from '../../scripts/emulator/moto-server';

export { freePort };

export interface Moto extends MotoServer {
  /** Clears every pool, client and user (POST /moto-api/reset). */
  reset(): Promise<void>;
}

/** Starts `moto_server` on a free loopback port (the emulator's own starter) and adds a reset for tests. */
export async function startMoto(): Promise<Moto> {
  const server = await startMotoServer();
  return {
    ...server,
    reset: async () => {
      await fetch(`${server.endpoint}/moto-api/reset`, { method: 'POST' });
    },
  };
}
