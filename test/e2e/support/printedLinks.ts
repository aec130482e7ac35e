import type { Readable } from 'node:stream';

/** The link browser mode prints: a one-time code, never the session token. */
const LINK = /http:\/\/127\.0\.0\.1:(\d+)\/\?code=\S+/;

export interface PrintedLinks {
  /** Resolves with the first link and its port as soon as it is printed. */
  first: Promise<{ url: string; port: number }>;
  /** The next link not handed out yet; the server prints one after each link is used. */
  next(): Promise<string>;
}

/** Collects every link `npm run serve` prints on `stdout`, in order. */
export function watchPrintedLinks(stdout: Readable): PrintedLinks {
  const links: string[] = [];
  const waiting: (() => void)[] = [];
  let pending = '';
  let handedOut = 1;
  let announce: (first: { url: string; port: number }) => void = () => undefined;
  const first = new Promise<{ url: string; port: number }>((resolve) => (announce = resolve));
  stdout.on('data', (d: Buffer) => {
    const lines = (pending + d.toString()).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const match = LINK.exec(line);
      if (!match) continue;
      links.push(match[0]);
      if (links.length === 1) announce({ url: match[0], port: Number(match[1]) });
      for (const wake of waiting.splice(0)) wake();
    }
  });
  return {
    first,
    async next() {
      const index = handedOut++;
      while (links.length <= index) await new Promise<void>((wake) => waiting.push(wake));
      return links[index]!;
    },
  };
}
