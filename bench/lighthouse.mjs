// Lighthouse on dist/ (issue 18): the first visit of a phone on a slow network, as Lighthouse's
// default mobile run simulates it (slow 4G, a mid-range phone's CPU), on Debian's Chromium.
// dist/ is served as a host that compresses would serve it: the precompressed .gz copies the
// release build writes (scripts/compress.sh), from a small local server. Prints the four
// scores and LCP, TBT and CLS, each next to its target. Run by scripts/bench.sh.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.BENCH_DIST || join(root, 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

/** Serves dist/, sending `X.gz` with Content-Encoding: gzip where the browser accepts it. */
function serveGzipped() {
  let gzipped = 0;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dist, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && existsSync(file + '.gz')) {
      file += '.gz';
      headers['Content-Encoding'] = 'gzip';
      gzipped++;
    }
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, gzipped: () => gzipped })));
}

function line(what, figure, target, met) {
  console.log(`${what.padEnd(52)} ${figure}   target ${target}   ${met ? 'met' : 'NOT met'}`);
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `trunk build --release` first (scripts/bench.sh does).');
  process.exit(2);
}
const { server, port, gzipped } = await serveGzipped();
const out = join(root, 'target', 'lighthouse.json');
console.log('== Lighthouse 12 (mobile, simulated slow 4G) on dist/, served gzipped');
try {
  // Asynchronously: the server answering Lighthouse runs in this process.
  await promisify(execFile)(join(root, 'node_modules', '.bin', 'lighthouse'), [
    `http://127.0.0.1:${port}/`,
    '--output=json', `--output-path=${out}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-path=${process.env.CHROMIUM || '/usr/bin/chromium'}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking',
  ], { timeout: 300000 });
} finally {
  server.close();
}
const report = JSON.parse(readFileSync(out, 'utf8'));
const score = (id) => Math.round(report.categories[id].score * 100);
const audit = (id) => report.audits[id].numericValue;
line('performance', score('performance'), '>= 90', score('performance') >= 90);
line('accessibility', score('accessibility'), '100', score('accessibility') === 100);
line('best practices', score('best-practices'), '>= 95', score('best-practices') >= 95);
line('SEO', score('seo'), '>= 90', score('seo') >= 90);
console.log(`${'largest contentful paint'.padEnd(52)} ${(audit('largest-contentful-paint') / 1000).toFixed(1)} s`);
console.log(`${'total blocking time'.padEnd(52)} ${Math.round(audit('total-blocking-time'))} ms`);
console.log(`${'cumulative layout shift'.padEnd(52)} ${audit('cumulative-layout-shift').toFixed(3)}`);
console.log(`(${gzipped()} responses sent gzipped; the full report is in target/lighthouse.json)`);
