// Community voice and ideas & experiments: a focus group heard and answered, a dot-voting
// round on one shared screen, an idea taken to an experiment and pivoted; every screen
// audited with axe-core and photographed at projector size.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, savedPartnership, screenshot, startApp, stopApp } from './harness.mjs';

const projector = { viewport: { width: 1920, height: 1080 } };
let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

async function emptyPartnership(page, name) {
  await page.goto(server.url + '/');
  await page.evaluate(() => localStorage.setItem('cg.prefs.now', '2026-11-27T09:00:00Z'));
  await openApp(page, server.url);
  await page.getByLabel('Name of your partnership').fill(name);
  await page.getByRole('button', { name: 'Start an empty partnership' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

const nav = (page, label) => page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: label, exact: true });

describe('community voice', () => {
  it('records a focus group with two inputs and responds to one', async () => {
    const { context, page } = await freshPage(browser, projector);
    await emptyPartnership(page, 'Northside Youth Jobs');
    await nav(page, 'Community').click();
    await page.getByText('Nothing heard yet').waitFor();
    await audit(page, 'community (empty)');

    await page.getByRole('button', { name: 'Add activity' }).click();
    const form = page.getByRole('form', { name: 'New engagement activity' });
    await form.getByRole('button', { name: 'Save activity' }).click();
    await form.getByText('Give the activity a name').waitFor();
    await form.getByLabel('Kind of activity').selectOption({ label: 'Focus group' });
    await form.getByLabel('Name').fill('Young people at the youth club');
    await form.getByLabel('Date').fill('2026-11-20');
    await form.getByLabel('How many took part').fill('11');
    await form.getByLabel('Who was reached').fill('young people aged 16-19, school leavers');
    await form.getByRole('button', { name: 'Save activity' }).click();
    await page.getByRole('heading', { name: 'Young people at the youth club', level: 3 }).waitFor();
    await page.getByText('Focus group · 20 Nov 2026 · 11 people').waitFor();

    const said = [
      ['Nobody tells us which employers are hiring.', 'information, jobs'],
      ['<img src=x onerror="window.hacked=1">Bus fares eat the first wage.', 'transport, Jobs'],
    ];
    for (const [text, themes] of said) {
      await page.getByRole('button', { name: 'Add what was heard at Young people at the youth club' }).click();
      const f = page.getByRole('form', { name: 'What was heard' });
      await f.getByLabel('What was said').fill(text);
      await f.getByLabel('Themes').fill(themes);
      if (themes.startsWith('transport')) {
        // Themes typed before are offered after those already typed, so "jobs" is not retyped.
        const offered = await f.getByLabel('Themes').evaluate((el) => [...el.list.options].map((o) => o.value));
        assert.deepEqual(offered, ['transport, information', 'transport, jobs']);
      }
      await f.getByRole('button', { name: 'Save what was heard' }).click();
      await page.getByText(text).first().waitFor();
    }
    assert.equal(await page.evaluate(() => window.hacked), undefined, 'user text is rendered as text');
    await page.getByText('Waiting for a response: 2').waitFor();

    // A half-typed entry stays open while someone else's answer is saved.
    await page.getByRole('button', { name: 'Add what was heard at Young people at the youth club' }).click();
    await page.getByRole('form', { name: 'What was heard' }).getByLabel('What was said').fill('Half typed');
    await page.getByRole('button', { name: 'Respond to: Nobody tells us' }).click();
    const r = page.getByRole('form', { name: 'We did' });
    await r.getByLabel('Status').selectOption({ label: "Won't do" });
    await r.getByLabel('What the partnership did or decided').fill('A monthly jobs board at the youth club.');
    await r.getByRole('button', { name: 'Save response' }).click();
    await r.getByText('Say why not').waitFor();
    await audit(page, 'response form with an error');
    await r.getByLabel('Status').selectOption({ label: 'Done' });
    await r.getByRole('button', { name: 'Save response' }).click();
    await page.getByText('A monthly jobs board at the youth club.').waitFor();
    await page.getByText('Waiting for a response: 1').waitFor();
    assert.equal(await page.getByRole('form', { name: 'What was heard' }).getByLabel('What was said').inputValue(), 'Half typed');
    await page.getByRole('form', { name: 'What was heard' }).getByRole('button', { name: 'Cancel' }).click();
    assert.match(await page.locator('.voice-summary').innerText(), /50%\s+of 2 things heard acted on/);
    const themes = await page.locator('.theme-bars li').allInnerTexts();
    assert.match(themes[0], /information|jobs/i);
    assert.ok(themes.some((t) => /^jobs\s+2$/.test(t.trim())), `jobs counted twice, ignoring case: ${themes}`);
    await audit(page, 'community');
    await screenshot(page, 'voice-community');

    const p = await savedPartnership(page);
    assert.equal(p.community.activities[0].kind, 'focus_group');
    assert.equal(p.community.activities[0].participants, 11);
    assert.equal(p.community.inputs.length, 2);
    assert.equal(p.community.responses.length, 1);
    assert.equal(p.community.responses[0].status, 'done');

    await page.getByRole('link', { name: '“You said, we did” sheet' }).click();
    await page.getByRole('heading', { name: 'You said, we did', level: 1 }).waitFor();
    const sheet = await page.locator('.print-doc').innerText();
    assert.match(sheet, /2 points heard · acted on: 1 · awaiting our answer: 1/);
    assert.match(sheet, /<img src=x onerror/, 'the markup shows as typed');
    assert.match(sheet, /We have not decided yet; we will report back\./);
    await audit(page, 'you said, we did sheet');
    await screenshot(page, 'voice-sheet');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'the print sheet hides the app chrome');
    assert.equal(await page.getByRole('button', { name: 'Print', exact: true }).isVisible(), false);
    await page.screenshot({ path: 'test-results/voice-sheet-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Deleting the activity takes what was heard with it, and Undo brings it all back.
    await nav(page, 'Community').click();
    await page.getByRole('button', { name: 'Delete Young people at the youth club' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Nothing heard yet').waitFor();
    assert.equal((await savedPartnership(page)).tombstones.length, 4);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByText('A monthly jobs board at the youth club.').waitFor();
    noErrors(page);
    await context.close();
  });
});

describe('dot voting', () => {
  it('runs a round with three voters on one screen and reveals the ranking', async () => {
    const { context, page } = await freshPage(browser, projector);
    await emptyPartnership(page, 'Harbour Housing Forum');
    await nav(page, 'Ideas').click();
    await page.getByText('No ideas yet').waitFor();
    await audit(page, 'ideas (empty)');
    for (const title of ['Tool library', 'Repair café', 'Shared garden']) {
      await page.getByRole('button', { name: 'Add idea' }).click();
      const f = page.getByRole('form', { name: 'New idea' });
      await f.getByLabel('Idea', { exact: true }).fill(title);
      await f.getByRole('button', { name: 'Save idea' }).click();
      await page.getByRole('heading', { name: title, level: 3 }).waitFor();
    }
    await page.getByRole('link', { name: 'Open the voting screen' }).click();
    await page.getByRole('heading', { name: 'Dot voting', level: 1 }).waitFor();
    await page.getByLabel('Question').fill('What should we try this spring?');
    await page.getByLabel('Dots per voter').fill('2');
    await page.getByLabel('Voters').fill('Ana\nBen\nCleo');
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByRole('heading', { name: 'Who votes next?' }).waitFor();
    await audit(page, 'voting: who votes next');
    await screenshot(page, 'voice-voting-next');

    // Ana votes from the keyboard alone: her name button, then the + buttons.
    await page.getByRole('button', { name: 'Ana', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: "Ana's turn" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'ballot-title', null, { timeout: 5000 });
    await page.getByRole('button', { name: 'One more dot on Repair café' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByText('2 dots of 2 placed; 0 left.').waitFor();
    assert.ok(await page.getByRole('button', { name: 'One more dot on Tool library' }).isDisabled(), 'no dots left to place');
    await audit(page, 'voting: a ballot');
    await screenshot(page, 'voice-voting-ballot');
    await page.getByRole('button', { name: 'Place my dots' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Thank you, Ana').waitFor();
    await page.getByText('✓ Ana has voted').waitFor();

    // Ben goes over the limit by typing, and is refused.
    await page.getByRole('button', { name: 'Ben', exact: true }).click();
    assert.equal(await page.getByLabel('Repair café', { exact: true }).inputValue(), '0', "Ana's dots are hidden from Ben");
    await page.getByLabel('Tool library', { exact: true }).fill('2');
    await page.getByLabel('Shared garden', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Place my dots' }).click();
    await page.getByText('Ben placed 3 dots but has only 2. Take 1 off and try again.').waitFor();
    await page.getByLabel('Shared garden', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Place my dots' }).click();
    await page.getByText('✓ Ben has voted').waitFor();

    // Cleo uses one dot of two; the reveal then ranks a tie at the top.
    await page.getByRole('button', { name: 'Cleo', exact: true }).click();
    await page.getByLabel('Shared garden', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Place my dots' }).click();
    await page.getByText('3 of 3 have voted').waitFor();
    let p = await savedPartnership(page);
    assert.equal(p.ideas.rounds[0].ballots.length, 3);
    assert.equal(p.ideas.rounds[0].revealed_at, null, 'not revealed yet');
    await page.getByRole('button', { name: 'Reveal the ranking' }).click();
    const rows = await page.locator('table.ranking tbody tr').allInnerTexts();
    assert.deepEqual(rows.map((r) => r.replace(/\s+/g, ' ').trim()), [
      '1 Tool library 2 1', '1 Repair café 2 1', '3 Shared garden 1 1',
    ]);
    await page.getByText('3 of 3 voters voted, 2 dots each · 1 dot unused').waitFor();
    await audit(page, 'voting: ranking');
    await screenshot(page, 'voice-voting-ranking');

    // The past round is kept on the ideas page.
    await page.getByRole('link', { name: 'Back to ideas & experiments' }).click();
    await page.getByText('What should we try this spring?').waitFor();
    p = await savedPartnership(page);
    assert.ok(p.ideas.rounds[0].revealed_at);
    noErrors(page);
    await context.close();
  });
});

describe('experiments', () => {
  it('takes an idea to an experiment and pivots it into the pivot log', async () => {
    const { context, page } = await freshPage(browser, projector);
    await emptyPartnership(page, 'Eastside Warm Homes');
    await nav(page, 'Ideas').click();
    await page.getByRole('button', { name: 'Add idea' }).click();
    const f = page.getByRole('form', { name: 'New idea' });
    await f.getByLabel('Idea', { exact: true }).fill('Draught-proofing days');
    await f.getByLabel('Description').fill('Volunteers fit draught strips in a street in one Saturday.');
    await f.getByLabel('Their name or group').fill('Rosa, tenant');
    await f.getByRole('button', { name: 'Save idea' }).click();
    await page.getByText('From Rosa, tenant (community)').waitFor();

    await page.getByRole('button', { name: 'Test “Draught-proofing days” as an experiment' }).click();
    const e = page.getByRole('form', { name: 'New experiment' });
    assert.equal(await e.getByLabel('Name').inputValue(), 'Draught-proofing days');
    await e.getByRole('button', { name: 'Save experiment' }).click();
    await e.getByText('Write the hypothesis').waitFor();
    await e.getByLabel('Hypothesis').fill('If volunteers come to the door, tenants will accept draught-proofing.');
    await e.getByLabel('How we will know').fill('30 homes fitted in two Saturdays');
    await e.getByLabel('Start').fill('2026-10-03');
    await e.getByLabel('End').fill('2026-10-17');
    await e.getByRole('button', { name: 'Save experiment' }).click();
    await page.locator('.stage-badge', { hasText: 'Decision due' }).waitFor();
    await page.getByText('Experiment: Decision due').waitFor();

    await page.getByRole('button', { name: 'Record the decision on Draught-proofing days' }).click();
    const d = page.getByRole('form', { name: 'Decision on Draught-proofing days' });
    await d.getByLabel('Pivot').check();
    await d.getByLabel('Result: what happened').fill('Only 8 homes: people would not let strangers in.');
    await d.getByLabel('What we learned').fill('Trust comes first: tenants open the door to neighbours they know.');
    await d.getByRole('button', { name: 'Save decision' }).click();
    await d.getByText('Say what changes in the strategy.').waitFor();
    await audit(page, 'decision form with errors');
    await d.getByLabel('What changes in our strategy').fill('Train tenant reps to fit strips in their own blocks.');
    await d.getByLabel('Why', { exact: true }).fill('Tenants trust their neighbours more than outside volunteers.');
    await d.getByRole('button', { name: 'Save decision' }).click();
    await page.locator('.stage-badge', { hasText: 'Pivoted' }).waitFor();
    await page.locator('.lesson', { hasText: 'Trust comes first' }).waitFor();
    const log = await page.locator('.pivot-table tbody tr').allInnerTexts();
    assert.equal(log.length, 1);
    assert.match(log[0], /27 Nov 2026\s+Train tenant reps.*\s+Tenants trust.*\s+Draught-proofing days/s);
    await audit(page, 'ideas with a pivoted experiment');
    await screenshot(page, 'voice-experiments');

    const p = await savedPartnership(page);
    assert.equal(p.ideas.experiments[0].decision, 'pivot');
    assert.equal(p.ideas.experiments[0].idea_id, p.ideas.ideas[0].id);
    assert.equal(p.ideas.pivots[0].experiment_id, p.ideas.experiments[0].id);
    assert.equal(p.ideas.pivots[0].date, '2026-11-27');
    noErrors(page);
    await context.close();
  });
});

describe('the sample', () => {
  it('shows community voice and ideas on the overview and on their screens, accessibly', async () => {
    const { context, page } = await freshPage(browser, projector);
    await page.goto(server.url + '/');
    await page.evaluate(() => localStorage.setItem('cg.prefs.now', '2026-11-27T09:00:00Z'));
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('link', { name: 'Community voice' }).waitFor();
    assert.match(await page.locator('.voice-card').first().innerText(), /50%\s+of 6 things heard acted on, from 2 activities/);
    assert.match(await page.locator('.voice-card').nth(1).innerText(), /Last vote's favourite: Evening pantry/);
    await audit(page, 'overview with voice cards');
    await screenshot(page, 'voice-overview');
    await nav(page, 'Community').click();
    await page.getByRole('heading', { name: "Parents' evening at the Eastside hall", level: 3 }).waitFor();
    await audit(page, 'sample community');
    await screenshot(page, 'voice-sample-community');
    await nav(page, 'Ideas').click();
    await page.locator('.stage-badge', { hasText: 'Pivoted' }).waitFor();
    await audit(page, 'sample ideas');
    await screenshot(page, 'voice-sample-ideas');
    await page.getByRole('link', { name: 'Open the voting screen' }).click();
    await page.locator('table.ranking.big').waitFor();
    await screenshot(page, 'voice-sample-voting');
    noErrors(page);
    await context.close();
  });
});
