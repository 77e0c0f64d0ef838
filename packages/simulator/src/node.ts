/**
 * The simulator as a Node HTTP server: a thin entry around the fetch handler.
 *
 * @packageDocumentation
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSimulator, type Simulator, type SimulatorOptions } from './createSimulator.ts';

export interface SimulatorServerOptions extends SimulatorOptions {
  /** Port to listen on; 0 picks a free one. Default 8788. */
  port?: number;
  /** Address to listen on. Default `127.0.0.1` (loopback only). */
  host?: string;
}

export interface SimulatorServer {
  /** Where the server listens, e.g. `http://127.0.0.1:8788`. */
  url: string;
  simulator: Simulator;
  /** Stops the simulator's timers and the server. */
  close(): Promise<void>;
}

export const DEFAULT_SIMULATOR_PORT = 8788;

/**
 * Starts the simulator on a loopback port. Without `publicUrl`, web form URLs point at the
 * server itself.
 *
 * @example
 * const { url, simulator, close } = await startSimulatorServer({ port: 0 });
 * // POST `${url}/api/v2/oauth/token`, then `${url}/api/webForms/...`
 * await close();
 */
export async function startSimulatorServer(
  options: SimulatorServerOptions = {},
): Promise<SimulatorServer> {
  const { port = DEFAULT_SIMULATOR_PORT, host = '127.0.0.1', ...simulatorOptions } = options;
  // The simulator needs the URL, which is known once the server listens (port 0 picks one).
  // Requests cannot arrive before `listening`, and the simulator exists by then.
  const ready: { simulator?: Simulator } = {};
  const server = serve({
    fetch: (request) => (ready.simulator as Simulator).fetch(request),
    port,
    hostname: host,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const simulator = createSimulator({ publicUrl: url, ...simulatorOptions });
  ready.simulator = simulator;
  return {
    url,
    simulator,
    close() {
      simulator.close();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open until they time out.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
