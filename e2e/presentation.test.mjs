// Presentation view on every tool (issue 8): large type, no editing chrome, axe clean,
// screenshots at projector size; the dark and projector themes on a few screens; and a
// facilitation guide walked step by step with its timer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, screenshot, startApp, stopApp } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const BIG = { viewport: { width: 1920, height: 1080 } };

// Every tool screen; the metric page is reached from the metrics list.
const ROUTES = [
  'overview', 'partners', 'charter', 'check-ins', 'health', 'resources', 'resource-workshop',
  'root-causes', 'goals', 'metrics', 'metric', 'community', 'you-said-we-did', 'ideas', 'dot-voting',
  'stories', 'milestones', 'sustainability', 'report',
];

async function sample(page) {
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
}

async function go(page, route) {
  if (route === 'metric') {
    await go(page, 'metrics');
    await page.locator('main h3 a').first().click();
    await page.getByRole('link', { name: '← All metrics' }).waitFor();
    return;
  }
  await page.evaluate((r) => { location.hash = `#/${r}`; }, route);
  await page.waitForFunction((r) => location.hash === `#/${r}`, route);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(150);
}

async function present(page) {
  const on = () => page.evaluate(() => document.documentElement.classList.contains('presenting'));
  if (!(await on())) await page.getByRole('button', { name: 'Present' }).click();
  assert.ok(await on(), 'presentation view is on');
}

/** Elements marked as editing chrome that a projector audience could still see. */
function visibleChrome(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.edit-chrome')]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => e.outerHTML.slice(0, 80)),
  );
}

describe('presentation view on every tool at 1920x1080', () => {
  let context, page;
  before(async () => {
    ({ context, page } = await freshPage(browser, BIG));
    await sample(page);
  });
  after(async () => {
    noErrors(page);
    await context.close();
  });

  for (const route of ROUTES) {
    it(`${route}: large type, no editing chrome, axe clean`, async () => {
      await go(page, route);
      await present(page);
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      assert.ok(size >= 24, `body font on ${route} is ${size}px`);
      assert.deepEqual(await visibleChrome(page), [], `editing chrome visible on ${route}`);
      // The tool uses the projector's width rather than a narrow column.
      const width = await page.evaluate(() => document.querySelector('main').getBoundingClientRect().width);
      assert.ok(width >= 1500, `main on ${route} is only ${width}px wide`);
      await audit(page, `${route} in presentation view`);
      await screenshot(page, `present-${route}`);
    });
  }

  it('keeps the facilitator\'s inputs usable from the keyboard', async () => {
    const key = async (locator, k = 'Enter') => { await locator.focus(); await page.keyboard.press(k); };
    // Ideas: a sticky note goes up without the mouse.
    await go(page, 'ideas');
    await present(page);
    await key(page.getByRole('button', { name: 'Add idea' }));
    const title = page.getByLabel('Idea', { exact: true });
    await title.waitFor();
    await title.focus();
    await page.keyboard.type('Walking bus to the pantry');
    await page.keyboard.press('Enter');
    await page.getByText('Walking bus to the pantry').first().waitFor();
    // Dot voting: start a round, a voter places two dots with + buttons, all by keyboard.
    await go(page, 'dot-voting');
    await key(page.getByRole('button', { name: 'Start a new round' }));
    await page.getByLabel('Question').focus();
    await page.keyboard.type('What first?');
    await page.getByLabel('Voters (one name per line)').focus();
    await page.keyboard.type('Amira');
    await key(page.getByRole('button', { name: 'Start round' }));
    await key(page.getByRole('button', { name: 'Amira', exact: true }));
    const plus = page.getByRole('button', { name: /^One more dot on/ }).first();
    await key(plus);
    await page.keyboard.press('Enter');
    await key(page.getByRole('button', { name: 'Place my dots' }));
    await page.getByText('Amira has voted').waitFor();
    await audit(page, 'dot voting in presentation view');
    // Health check: a rating is chosen with the arrow keys on the sheet.
    await go(page, 'health');
    const radio = page.locator('main input[type=radio]').first();
    await radio.focus();
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.locator('main input[type=radio]:checked').first().isVisible(), 'ratings stay visible and usable');
    noErrors(page);
  });
});

describe('themes in presentation view', () => {
  for (const [value, label] of [['dark', 'Dark'], ['projector', 'Projector (high contrast)']]) {
    it(`passes axe in the ${value} theme on several tools`, async () => {
      const { context, page } = await freshPage(browser, BIG);
      await sample(page);
      await page.getByLabel('Theme').selectOption({ label });
      for (const route of ['overview', 'resources', 'health', 'dot-voting', 'goals']) {
        await go(page, route);
        await present(page);
        await audit(page, `${route}, ${value} theme, presentation view`);
      }
      await screenshot(page, `present-${value}-goals`);
      noErrors(page);
      await context.close();
    });
  }
});

describe('facilitation guide', () => {
  it('walks the resource-mapping guide step by step with the timer', async () => {
    const { context, page } = await freshPage(browser, BIG);
    await sample(page);
    await go(page, 'resources');
    await page.getByRole('button', { name: 'Guide', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Facilitation guide' });
    await panel.waitFor();
    const minutes = async (n) =>
      Number((await panel.locator('.guide-steps > li').nth(n).locator('.step-title').innerText()).match(/(\d+) min/)[1]);
    const first = await minutes(0);
    await audit(page, 'resource map with its guide');
    await panel.getByRole('button', { name: 'Start the guide' }).click();
    const time = page.locator('.timer-time');
    await time.waitFor();
    const left = async () => {
      const [m, s] = (await time.innerText()).split(':').map(Number);
      return m * 60 + s;
    };
    let t = await left();
    assert.ok(t <= first * 60 && t >= first * 60 - 5, `timer shows ${t}s for a ${first}-minute step`);
    const banner = page.getByRole('region', { name: 'Current step' });
    await present(page);
    await banner.waitFor();
    assert.match(await banner.innerText(), /step 1 of/);
    await audit(page, 'guide running in presentation view');
    await screenshot(page, 'present-guide-resources');

    await panel.getByRole('button', { name: 'Next step' }).click();
    assert.match(await banner.innerText(), /step 2 of/);
    const second = await minutes(1);
    t = await left();
    assert.ok(t <= second * 60 && t >= second * 60 - 5, `timer restarted at ${t}s for a ${second}-minute step`);
    await panel.getByRole('button', { name: 'Previous step' }).click();
    assert.match(await banner.innerText(), /step 1 of/);
    // The timer badge sits in the corner over the panel's foot: the facilitator uses the keyboard.
    await panel.getByRole('button', { name: 'End the guide' }).focus();
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    await time.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Start the guide' }).waitFor();
    noErrors(page);
    await context.close();
  });
});
