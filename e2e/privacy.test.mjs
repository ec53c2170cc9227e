// Privacy: a session (load, every tool, import, export, the report) requests nothing but the
// app's own files, and the page carries a Content-Security-Policy that forbids other origins.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { freshPage, noErrors, openApp, startApp, stopApp } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

describe('privacy', () => {
  it('has a Content-Security-Policy that allows only the page’s own origin', async () => {
    const html = await (await fetch(server.url + '/')).text();
    const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    assert.ok(m, 'the CSP meta is in index.html');
    const csp = m[1];
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /https?:|\*|wss?:/, 'no network origin is allowed');
  });

  it('a whole session requests nothing but the app’s own files', async () => {
    const { context, page } = await freshPage(browser);
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    const tools = page.getByRole('navigation', { name: 'Tools' });
    const names = await tools.getByRole('link').allInnerTexts();
    assert.ok(names.length >= 10, `tools: ${names}`);
    for (const name of names) {
      await tools.getByRole('link', { name: name.trim(), exact: true }).first().click();
      await page.locator('main h1').first().waitFor();
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    await page.locator('input[type=file]').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Open as a new partnership' }).click();
    await page.goto(`${server.url}/#/report`);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(500);
    const foreign = requests.filter((u) => !u.startsWith(server.url + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests outside the app');
    assert.ok(requests.length > 3, `recorded ${requests.length} requests`);
    console.log(`privacy: ${requests.length} requests, all to ${server.url}`);
    noErrors(page);
    await context.close();
  });
});
