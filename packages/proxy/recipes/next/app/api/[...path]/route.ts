// app/api/[...path]/route.ts: every method the proxy serves, under /api, path kept whole.
import { createSimulatedProxy } from '@webform-kit/proxy/dev';

const origin = process.env.PUBLIC_URL ?? 'http://localhost:3000';
const { fetch: proxy } = await createSimulatedProxy({
  publicUrl: origin,
  allowedOrigins: [origin],
});

export const runtime = 'nodejs'; // the simulator is a Node server; the proxy alone runs anywhere
export const dynamic = 'force-dynamic';
export { proxy as GET, proxy as POST, proxy as DELETE };
