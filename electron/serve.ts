import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackendClient } from './backend/process/backendClient';
import { nodeLauncher } from './backend/process/nodeLauncher';
import { createHttpServer } from './browser/httpServer';
import { closePageSockets } from './browser/pageSocket';
import { documentsDir, settingsDir } from './browser/paths';
import { announceSessionLinks, createSessionCodes } from './browser/sessionCodes';

const USAGE = `Usage: npm run serve -- [--project FILE.wayline] [--port N]

Runs Wayline in your browser: serves the app and its backend on 127.0.0.1 only.
  --project FILE   open this project (created if it does not exist yet)
  --port N         listen on port N (default: any free port)`;

function fail(message: string): never {
  console.error(`wayline: ${message}`);
  process.exit(1);
}

function parseCommandLine() {
  try {
    const { values } = parseArgs({
      options: {
        project: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      fail(`--port must be 0..65535\n${USAGE}`);
    return { project: values.project, port };
  } catch (err) {
    if (err instanceof TypeError) fail(`${err.message}\n${USAGE}`);
    throw err;
  }
}

async function main() {
  const { project, port } = parseCommandLine();
  // The backend runs in a child process: a hang or a crash there is restarted, never fatal here.
  const backend = createBackendClient({
    launcher: nodeLauncher(join(__dirname, 'backend.cjs')),
    start: {
      mode: 'browser',
      settingsDir: settingsDir(),
      defaultDirectory: documentsDir(),
      canPickFiles: false,
    },
  });
  if (project) {
    const path = resolve(project);
    const created = !existsSync(path);
    const response = created
      ? await backend.call('project.create', { path, name: basename(path, extname(path)) })
      : await backend.call('project.open', { path });
    if (!response.ok) {
      await backend.close();
      fail(response.error.message);
    }
    if (created)
      console.error(`Created a new project at ${(response.value as { path: string }).path}`);
  }

  const token = randomBytes(32).toString('base64url');
  const staticDir = join(__dirname, '..', 'renderer');
  const codes = createSessionCodes(token);
  const server = createHttpServer({
    call: backend.callJson,
    token,
    codes,
    staticDir,
    events: backend.onEvent,
  });
  server.on('error', (err) => fail(`could not listen on 127.0.0.1:${port}: ${err.message}`));
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    announceSessionLinks(codes, actual, (line) => console.log(line));
  });

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    // Each tab is told, so it stops listening rather than trying again.
    closePageSockets();
    server.close();
    server.closeAllConnections();
    // The backend checkpoints the WAL into the project file, so it is whole when we are gone.
    void backend.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => fail(String(err)));
