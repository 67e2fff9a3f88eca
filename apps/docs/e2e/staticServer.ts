import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** A started static server and its base URL (`http://127.0.0.1:<port>`). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Maps a URL path to a file in `root` the way VitePress's clean URLs expect, or undefined. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const candidates = path.endsWith("/")
    ? [join(file, "index.html")]
    : [file, `${file}.html`, join(file, "index.html")];
  return candidates.find(isFile);
}

/** Serves `root` on 127.0.0.1 at a random free port. */
export function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? "/");
    const notFound = join(root, "404.html");
    const status = file ? 200 : 404;
    const body = file ?? (isFile(notFound) ? notFound : undefined);
    if (!body) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    response.writeHead(status, {
      "content-type": TYPES[extname(body)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(body).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
