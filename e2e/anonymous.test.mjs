// Anonymous rounds and retrospectives (issue 22): participants rate in turn on the shared
// screen without seeing each other's answers, the results carry no names, ballots rated on
// people's own devices come back in files and add up, retrospective cards written on two
// devices reach the facilitator's board, and a retrospective gathered hidden shows only how
// many cards were written (on the shared screen and from files) until they are shown.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, savedPartnership, screenshot, startApp, stopApp, tools, exportFile, importFiles } from './harness.mjs';

const NOW = '2026-11-27T09:00:00Z';
const SAMPLE = 'Riverside Food Security Partnership';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const fixedPage = (options) => freshPage(browser, { ...options, now: NOW });

async function sample(page) {
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  await page.getByRole('heading', { name: SAMPLE, level: 1 }).waitFor();
}

async function anonymousRound(page, name) {
  await tools(page).getByRole('link', { name: 'Health check', exact: true }).click();
  await page.getByRole('button', { name: 'Start a new round' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Anonymous: ratings are not tied to anyone').check();
  await page.getByRole('button', { name: 'Start round' }).click();
  await page.getByTestId('answered').getByText('0 answers so far.').waitFor();
}

/** Answers every statement of the ballot on screen with `score(i)`. */
async function rate(page, score) {
  const statements = page.locator('.partner-sheet fieldset.statement');
  const n = await statements.count();
  assert.equal(n, 16);
  for (let i = 0; i < n; i++) {
    await statements.nth(i).locator('label', { hasText: new RegExp(`^${score(i)}$`) }).click();
  }
}

const checked = (page) => page.locator('.partner-sheet input[type=radio]:checked').count();

/** A participant's own browser: opens the facilitator's file, does `work`, exports. */
async function device(base, work, name) {
  const d = await fixedPage();
  await openApp(d.page, server.url);
  await importFiles(d.page, [base]);
  await d.page.getByRole('heading', { name: SAMPLE, level: 1 }).waitFor();
  await work(d.page);
  const file = { ...(await exportFile(d.page)), name };
  noErrors(d.page);
  await d.context.close();
  return file;
}

async function mergeAll(page, files) {
  await importFiles(page, files);
  await page.getByRole('button', { name: `Merge all ${files.length} files into “${SAMPLE}”…` }).click();
  await page.getByRole('heading', { name: `Review the merge of ${files.length} files` }).waitFor();
  const review = await page.locator('main').innerText();
  assert.doesNotMatch(await page.getByTestId('merge-summary').innerText(), /conflict/);
  await page.getByRole('button', { name: 'Merge these changes' }).click();
  await page.getByText(`Merged ${files.length} files into this partnership`).waitFor();
  return review;
}

describe('anonymous health check', () => {
  it('two participants rate in turn on the shared screen; the second never sees the first; results have no names', async () => {
    const { context, page } = await fixedPage({ viewport: { width: 1920, height: 1080 } });
    await sample(page);
    const names = (await savedPartnership(page)).partners.map((p) => p.name);
    await anonymousRound(page, 'Honest round');
    assert.ok(await page.getByLabel('In turn on this screen').isChecked());
    await page.getByTestId('results-hidden').waitFor();
    await page.getByRole('heading', { name: 'Anonymous ballot' }).waitFor();
    await audit(page, 'anonymous ballot');
    await screenshot(page, 'anonymous-ballot-1920');

    // The first participant: low on sustainability (the last two statements).
    await rate(page, (i) => (i >= 14 ? 1 : 4));
    await page.getByRole('button', { name: 'Done: hide my answers' }).click();
    await page.getByText('Answers saved, without a name.').waitFor();
    await page.getByTestId('answered').getByText('1 answer so far.').waitFor();
    // The second starts blank, and no result gives the first one's answers away.
    assert.equal(await checked(page), 0);
    assert.equal(await page.locator('.health-results').count(), 0);
    await page.getByTestId('results-hidden').waitFor();
    await rate(page, (i) => (i >= 14 ? 5 : 3));
    await page.getByRole('button', { name: 'Done: hide my answers' }).click();
    await page.getByTestId('answered').getByText('2 answers so far.').waitFor();
    assert.equal(await checked(page), 0);

    await page.getByRole('button', { name: 'Show the results' }).click();
    const results = page.locator('.health-results');
    await results.waitFor();
    const text = await results.innerText();
    for (const name of names) assert.ok(!text.includes(name), `${name} in the results`);
    assert.ok(!text.includes('removed partner'));
    // Sustainability: 1 and 5, four points apart; two answers.
    const row = page.locator('.results-table tr', { hasText: 'Sustainability' });
    // The average keeps its decimal (3.0, not 3).
    assert.match(await row.innerText(), /^Sustainability\s+3\.0\s+\S+\s+1\.0–5\.0\s*disagree\s+2\s*$/);
    const heads = await page.locator('.results-table thead th').allInnerTexts();
    assert.equal(heads.at(-1), 'Answers');
    assert.equal(heads.at(-2), 'Spread (lowest–highest answer)');
    // Answers, not partners, everywhere in an anonymous round's results.
    assert.match(text, /Answers differ widely \(2 points or more apart\) on: Sustainability\. Talk about why\./);
    assert.ok(!/partner/i.test(text), `partners in the results: ${text}`);
    assert.match(await page.locator('.practice-chart .legend').textContent(), /lowest to highest answer/);
    assert.match(await page.locator('#round-picker option:checked').innerText(), /^Honest round \(.+, 2 answers\)$/);
    await audit(page, 'anonymous results');
    await screenshot(page, 'anonymous-results-1920');

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'anonymous-results-390');
    await audit(page, 'anonymous round at 390 px');

    const p = await savedPartnership(page);
    const round = p.health.rounds.find((r) => r.name === 'Honest round');
    assert.equal(round.anonymous, true);
    assert.equal(round.ratings.length, 2);
    const ids = new Set(p.partners.map((x) => x.id));
    const stored = JSON.stringify(round);
    for (const x of p.partners) assert.ok(!stored.includes(x.id) && !stored.includes(x.name), `${x.name} in the stored round`);
    assert.ok(round.ratings.every((r) => !ids.has(r.partner)));
    noErrors(page);
    await context.close();
  });

  it('two devices rate on their own and the facilitator merges their files: three answers, no names', async () => {
    const hub = await fixedPage();
    const page = hub.page;
    await sample(page);
    await anonymousRound(page, 'Device round');
    const base = await exportFile(page);

    const files = [];
    for (const [i, name] of ['first.json', 'second.json'].entries()) {
      files.push(await device(base, async (d) => {
        await tools(d).getByRole('link', { name: 'Health check', exact: true }).click();
        await d.getByLabel('On my own device').check();
        await rate(d, () => 2 + i);
        await d.getByRole('button', { name: 'Save my answers' }).click();
        await d.getByText('Answers saved, without a name.').waitFor();
        // Back later on the same device: its own answers are there to change.
        await d.reload();
        await d.getByRole('heading', { name: 'Anonymous ballot' }).waitFor();
        assert.ok(await d.getByLabel('On my own device').isChecked());
        assert.equal(await checked(d), 16);
        await d.locator('.partner-sheet fieldset.statement').first().locator('label', { hasText: /^5$/ }).click();
        await d.getByRole('button', { name: 'Save my answers' }).click();
        await d.getByText('Answers saved, without a name.').waitFor();
        await d.getByTestId('answered').getByText('1 answer so far.').waitFor();
        if (i === 0) {
          await d.setViewportSize({ width: 390, height: 844 });
          await screenshot(d, 'anonymous-ballot-390');
          await audit(d, 'anonymous ballot on a phone');
          await d.setViewportSize({ width: 1280, height: 900 });
        }
      }, name));
    }

    // The facilitator's own device rated too, on the shared screen.
    await rate(page, () => 4);
    await page.getByRole('button', { name: 'Done: hide my answers' }).click();
    await page.getByTestId('answered').getByText('1 answer so far.').waitFor();
    const review = await mergeAll(page, files);
    assert.ok(!review.includes('removed partner'), review);
    await tools(page).getByRole('link', { name: 'Health check', exact: true }).click();
    await page.getByTestId('answered').getByText('3 answers so far.').waitFor();
    const p = await savedPartnership(page);
    const round = p.health.rounds.find((r) => r.name === 'Device round');
    assert.equal(round.ratings.length, 3);
    // Each device changed its first answer to 5 and kept one rating, not two.
    assert.deepEqual(round.ratings.map((r) => r.scores.trust_open_conversation).sort(), [4, 5, 5]);
    noErrors(page);
    await hub.context.close();
  });
});

describe('anonymous retrospective', () => {
  it('cards written on two devices, without authors, reach the facilitator from their files', async () => {
    const hub = await fixedPage({ viewport: { width: 1920, height: 1080 } });
    const page = hub.page;
    await sample(page);
    await tools(page).getByRole('link', { name: 'Milestones', exact: true }).click();
    await page.getByRole('button', { name: 'New retrospective' }).click();
    await page.getByRole('form', { name: 'New retrospective' }).getByLabel('Name').fill('Workshop retro');
    await page.getByRole('button', { name: 'Start retrospective' }).click();
    const board = (p) => p.locator('article.retro', { hasText: 'Workshop retro' });
    await board(page).waitFor();
    const base = await exportFile(page);

    const cards = [['The market opened on time', 'Too few volunteers'], ['Partners shared data', 'The van broke down']];
    const files = [];
    for (const [i, [well, hard]] of cards.entries()) {
      files.push(await device(base, async (d) => {
        await tools(d).getByRole('link', { name: 'Milestones', exact: true }).click();
        const b = board(d);
        await b.getByLabel('Add to “went well”').fill(well);
        await b.getByLabel('Add to “went well”').press('Enter');
        await b.getByText(well).waitFor();
        await b.getByLabel('Add to “was hard”').fill(hard);
        await b.getByLabel('Add to “was hard”').press('Enter');
        await b.getByText(hard).waitFor();
      }, `retro-${i}.json`));
    }
    await mergeAll(page, files);
    await tools(page).getByRole('link', { name: 'Milestones', exact: true }).click();
    for (const text of cards.flat()) await board(page).getByText(text).waitFor();
    await screenshot(page, 'anonymous-retro-1920');
    const p = await savedPartnership(page);
    const retro = p.learning.retrospectives.find((r) => r.title === 'Workshop retro');
    assert.deepEqual(retro.went_well.map((c) => c.text).sort(), ['Partners shared data', 'The market opened on time']);
    assert.deepEqual(retro.was_hard.map((c) => c.text).sort(), ['The van broke down', 'Too few volunteers']);
    for (const c of [...retro.went_well, ...retro.was_hard]) {
      assert.deepEqual(Object.keys(c).filter((k) => !['id', 'created_at', 'updated_at', 'text', 'at'].includes(k)), []);
    }
    noErrors(page);
    await hub.context.close();
  });
});

describe('retrospective gathered hidden', () => {
  async function startHidden(page, title) {
    // By address: on a phone the tools are behind the menu.
    await page.evaluate(() => { location.hash = '#/milestones'; });
    await page.getByRole('button', { name: 'New retrospective' }).click();
    const form = page.getByRole('form', { name: 'New retrospective' });
    await form.getByLabel('Name').fill(title);
    await form.getByLabel('Gather the cards hidden: nobody sees them until you show them').check();
    await page.getByRole('button', { name: 'Start retrospective' }).click();
    const board = page.locator('article.retro', { hasText: title });
    await board.getByText('Gathering hidden: each participant adds their cards in turn.').waitFor();
    return board;
  }

  async function write(board, column, text) {
    const field = board.getByLabel(`Add to “${column}”`);
    await field.fill(text);
    await field.press('Enter');
  }

  const count = (board, col) => board.locator(`.col-${col} .cards-written`);

  for (const width of [1920, 390]) {
    it(`two participants write in turn on the shared screen at ${width} px; the texts appear only when shown`, async () => {
      const { context, page } = await fixedPage({ viewport: { width, height: width > 1000 ? 1080 : 844 } });
      await sample(page);
      const board = await startHidden(page, 'Hidden retro');
      const cards = ['Our pantry never closed', 'Nobody read the minutes'];
      await write(board, 'went well', cards[0]);
      await count(board, 'well').getByText('1 card written').waitFor();
      await write(board, 'was hard', cards[1]);
      await count(board, 'hard').getByText('1 card written').waitFor();
      const main = await page.locator('main').innerText();
      for (const text of cards) assert.ok(!main.includes(text), `“${text}” is on screen while gathering`);
      await audit(page, `retrospective gathering hidden at ${width} px`);
      await board.scrollIntoViewIfNeeded();
      await screenshot(page, `anonymous-retro-hidden-${width}`);

      // Still hidden after a reload: the mode is the retrospective's, not the screen's.
      await page.reload();
      await count(board, 'hard').getByText('1 card written').waitFor();
      assert.ok(!(await page.locator('main').innerText()).includes(cards[0]));

      await board.getByRole('button', { name: 'Show the cards' }).click();
      await page.getByText('The cards are shown.').waitFor();
      for (const text of cards) await board.getByText(text).waitFor();
      assert.equal(await board.locator('.cards-written').count(), 0);
      assert.equal(await board.getByRole('button', { name: 'Show the cards' }).count(), 0);
      await audit(page, `retrospective shown at ${width} px`);
      await board.scrollIntoViewIfNeeded();
      await screenshot(page, `anonymous-retro-shown-${width}`);

      const retro = (await savedPartnership(page)).learning.retrospectives.find((r) => r.title === 'Hidden retro');
      assert.ok(!retro.gather_hidden);
      assert.deepEqual([retro.went_well[0].text, retro.was_hard[0].text], cards);
      noErrors(page);
      await context.close();
    });
  }

  it('cards from a participant’s file stay hidden, in the merge review too, until shown', async () => {
    const hub = await fixedPage({ viewport: { width: 1920, height: 1080 } });
    const page = hub.page;
    await sample(page);
    const board = await startHidden(page, 'Files retro');
    const base = await exportFile(page);
    const cards = ['The new fridge arrived', 'Deliveries were late'];
    const files = [];
    for (const [i, [column, col]] of [['went well', 'well'], ['was hard', 'hard']].entries()) {
      files.push(await device(base, async (d) => {
        await tools(d).getByRole('link', { name: 'Milestones', exact: true }).click();
        const b = d.locator('article.retro', { hasText: 'Files retro' });
        await write(b, column, cards[i]);
        // On their own device too, only the count.
        await count(b, col).getByText('1 card written').waitFor();
        assert.ok(!(await d.locator('main').innerText()).includes(cards[i]));
      }, `hidden-retro-${i}.json`));
    }
    const review = await mergeAll(page, files);
    for (const text of cards) assert.ok(!review.includes(text), `“${text}” in the merge review`);
    assert.ok(review.includes('A hidden card'), review);
    await tools(page).getByRole('link', { name: 'Milestones', exact: true }).click();
    await count(board, 'well').getByText('1 card written').waitFor();
    await count(board, 'hard').getByText('1 card written').waitFor();
    const main = await page.locator('main').innerText();
    for (const text of cards) assert.ok(!main.includes(text), `“${text}” on the board before it is shown`);
    await board.getByRole('button', { name: 'Show the cards' }).click();
    for (const text of cards) await board.getByText(text).waitFor();
    noErrors(page);
    await hub.context.close();
  });
});
