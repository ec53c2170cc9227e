// A first visit on a phone (issue 18): every page fits 360 and 390 px without sideways
// scrolling, the header folds into a menu that works by keyboard, and the static first screen
// in index.html is replaced by the app without a layout shift. One browser page for the
// sizes, so the journey stays quick. PHONE_SHOTS=<dir> also saves a screenshot of every page
// at 390 px, for looking at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freshPage, noErrors, openApp, savedPartnership, startApp, stopApp } from './harness.mjs';

// Every routed page, by the title the app gives it (the document title is "<title> · …").
const PAGES = [
  ['overview', 'Overview'], ['partners', 'Partners'], ['partnerships', 'Your partnerships'],
  ['charter', 'Charter'], ['check-ins', 'Check-ins'], ['health', 'Health check'],
  ['resources', 'Resource map'], ['resource-workshop', 'Resource mapping workshop'],
  ['root-causes', 'Root causes'], ['goals', 'Goals'], ['metrics', 'Metrics'],
  ['community', 'Community voice'], ['you-said-we-did', 'You said, we did'],
  ['ideas', 'Ideas & experiments'], ['dot-voting', 'Dot voting'],
  ['stories', 'Stories & communication'], ['milestones', 'Milestones & learning'],
  ['sustainability', 'Sustainability'], ['report', 'Report'],
];
const WIDTHS = [360, 390];
const shots = process.env.PHONE_SHOTS;

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

/** How far the page scrolls sideways, and the deepest elements that stick out, to name them. */
function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && r.width > 0 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) {
        let clipped = false;
        for (let a = el.parentElement; a && !clipped; a = a.parentElement) clipped = getComputedStyle(a).overflowX !== 'visible';
        if (!clipped) wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)}px)`);
      }
    }
    return { extra: document.documentElement.scrollWidth - width, wide: wide.slice(0, 6) };
  });
}

/** The page's controls smaller than WCAG 2.2's 24 x 24 px (links in running text are exempt). */
function smallTargets(page) {
  return page.evaluate(() => {
    const out = new Set();
    for (const el of document.querySelectorAll('main button, main select, main input, main summary')) {
      const r = el.getBoundingClientRect();
      // A visually hidden file input is opened by its visible button, never touched itself.
      if (r.width === 0 || getComputedStyle(el).opacity === '0' || el.matches('.visually-hidden[tabindex="-1"]')) continue;
      if (r.width < 24 || r.height < 24) out.add(`${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim().slice(0, 30)}"`);
    }
    return [...out];
  });
}

async function visit(page, slug, title) {
  await page.evaluate((h) => { location.hash = h; }, `#/${slug}`);
  await page.waitForFunction((t) => document.title.startsWith(`${t} ·`), title);
  await page.locator('main h1').first().waitFor();
}

describe('a phone', () => {
  it('shows every page of the sample without sideways scrolling at 360 and 390 px, every control at least 24 px', async () => {
    const { context, page } = await freshPage(browser, { viewport: { width: WIDTHS[0], height: 780 } });
    await openApp(page, server.url);
    assert.equal((await overflow(page)).extra, 0, 'the welcome fits');
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    if (shots) mkdirSync(shots, { recursive: true });
    const found = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 780 });
      for (const [slug, title] of PAGES) {
        await visit(page, slug, title);
        const { extra, wide } = await overflow(page);
        if (extra > 0) found.push(`${slug} at ${width}px: ${extra}px too wide; ${wide.join(', ')}`);
        if (width === 390) found.push(...(await smallTargets(page)).map((t) => `${slug}: ${t} is smaller than 24 x 24 px`));
        if (shots && width === 390) await page.screenshot({ path: join(shots, `${slug}.png`), fullPage: true });
      }
    }
    assert.deepEqual(found, [], 'pages that scroll sideways or have targets too small to touch');
    noErrors(page);
    await context.close();
  });

  it('offers and reviews a merge of two files without sideways scrolling at 390 px', async () => {
    const { context, page } = await freshPage(browser, { viewport: { width: 390, height: 780 } });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    const base = await savedPartnership(page);
    // Two copies that renamed one partner differently (a conflict), one also the problem.
    const copy = (name, dev, extra = {}) => {
      const p = structuredClone(base);
      p.partners[1].name = name;
      p.partners[1].at = { name: `1790000000000.0.${dev}` };
      p.seen = { [dev]: '1790000000000.0' };
      Object.assign(p.problem_tree, extra);
      return { name: `${dev}.json`, text: JSON.stringify({ format: 'common-ground/partnership', schema_version: 3, exported_at: '2026-11-27T09:00:00Z', partnership: p }) };
    };
    const files = [copy('FreshMart (East)', 'a1'), copy('FreshMart (West)', 'b2', { problem: 'Families skip meals.' })];
    await page.locator('input[type=file]').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await page.getByRole('button', { name: /^Merge all 2 files/ }).waitFor();
    assert.deepEqual(await overflow(page), { extra: 0, wide: [] }, 'the choice fits');
    await page.getByRole('button', { name: /^Merge all 2 files/ }).click();
    await page.getByRole('heading', { name: 'Review the merge of 2 files' }).waitFor();
    await page.getByRole('group', { name: /^Which name of/ }).waitFor();
    assert.deepEqual(await overflow(page), { extra: 0, wide: [] }, 'the review fits');
    noErrors(page);
    await context.close();
  });

  it('folds the header into a menu that opens, closes on Escape and returns focus', async () => {
    const { context, page } = await freshPage(browser, { viewport: { width: 390, height: 780 } });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    const tools = page.getByRole('navigation', { name: 'Tools' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await tools.isVisible(), false, 'the tools wait behind the menu');
    assert.equal(await page.getByRole('button', { name: 'Export' }).isVisible(), false);

    // By keyboard: focus the button, Enter opens.
    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await tools.waitFor();
    if (shots) await page.screenshot({ path: join(shots, 'menu-open.png') });
    for (const name of ['Undo', 'Redo', 'Export', 'Import', 'Timer', 'Present', 'Keyboard shortcuts']) {
      assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), `${name} is in the menu`);
    }
    assert.ok(await page.getByRole('combobox', { name: 'Theme' }).isVisible(), 'the theme is in the menu');
    // Tab goes on to what the menu revealed: the list of partnerships, then the actions.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'All partnerships');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#site-menu') !== null), true, 'Tab moves into the menu');

    // Escape closes it and gives the focus back to the button, without other shortcuts firing.
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await tools.isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Menu');

    // Main actions are at least 44 px tall, tool links at least 24 px.
    await menu.click();
    const small = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.site-header button, .site-header select, .site-header nav a')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        const need = el.matches('nav a') ? 24 : 44;
        if (r.height < need || r.width < 24) out.push(`${el.textContent.trim() || el.tagName} ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
      return out;
    });
    assert.deepEqual(small, [], 'header targets too small to touch');

    // Choosing a tool goes there and closes the menu.
    await tools.getByRole('link', { name: 'Goals', exact: true }).click();
    await page.getByRole('heading', { name: 'Goals', level: 1 }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    noErrors(page);
    await context.close();
  });
});

/** A page whose wasm waits until `release()`, so the static first screen can be looked at. */
async function heldPage(width, storageState = undefined) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block', storageState });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.addInitScript(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  return { context, page, release };
}

// Where the welcome's parts are drawn, to compare the static screen with the app's.
const WELCOME_PARTS = ['.welcome h1', '.welcome .lead', '.welcome button.primary', '.start-empty input', '.start-empty button', '.site-header .actions button'];
function boxes(page) {
  return page.evaluate((sels) => sels.map((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return `${s}: ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  }), WELCOME_PARTS);
}

describe('the first screen', () => {
  for (const width of [390, 1280]) {
    it(`shows the welcome before the wasm arrives, and the app takes over without a shift (${width} px)`, async () => {
      const { context, page, release } = await heldPage(width);
      await page.goto(server.url + '/');
      const sample = page.getByRole('button', { name: 'Try the sample partnership' });
      await page.locator('#boot .welcome h1').waitFor();
      assert.equal(await sample.isDisabled(), true, 'its buttons wait for the app');
      const before = await boxes(page);
      release();
      await page.locator('#boot').waitFor({ state: 'detached' });
      await page.waitForFunction(() => !document.querySelector('.welcome button.primary').disabled);
      assert.deepEqual(await boxes(page), before, 'the app draws the welcome where the first screen was');
      assert.equal(await page.evaluate(() => window.shifts), 0, 'cumulative layout shift');
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }

  it('shows a returning visitor a neutral loading line, then their partnership', async () => {
    const { context, page, release } = await heldPage(390);
    release();
    await page.goto(server.url + '/');
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    // The same profile, with its stored partnership, and the wasm held back this time.
    const again = await heldPage(390, await context.storageState());
    await again.page.goto(server.url + '/');
    await again.page.getByText('Loading Common Ground…').waitFor();
    assert.equal(await again.page.locator('#boot .welcome').isVisible(), false, 'no welcome for a returning visitor');
    again.release();
    await again.page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    assert.deepEqual(again.page.errors, []);
    await again.context.close();
    await context.close();
  });
});
