// Issue 21's journeys: every record a user can add, they can edit in place with the same form.
// For each kind the sample holds (or one added here), one edit: the screen shows the new value,
// Undo brings the old one back, the edit is made again, and a reload keeps it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, savedPartnership, screenshot, startApp, stopApp } from './harness.mjs';
import { go } from './lang/steps.mjs';

const NOW = '2026-11-27T09:00:00Z';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

/** Opens a record's form, types `fields` ([label, value]), saves, and waits for `shows`. */
async function editOnce(page, { open, form, fields, shows }) {
  await open(page).click();
  const f = page.getByRole('form', { name: form, exact: true });
  for (const [label, value] of fields) await f.getByLabel(label).fill(value);
  await f.getByRole('button', { name: 'Save changes' }).click();
  await f.waitFor({ state: 'detached' });
  await shows(page).waitFor();
}

/** The edit, Undo (the old value is back), and the edit again, to be kept. */
async function editUndoEdit(page, spec) {
  await spec.was(page).waitFor();
  await editOnce(page, spec);
  const notice = page.getByTestId('notice').filter({ hasText: 'Changes saved.' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await spec.was(page).waitFor();
  assert.equal(await spec.shows(page).count(), 0, `${spec.form}: Undo took the edit back`);
  await editOnce(page, spec);
}

const text = (selector, value) => (page) => page.locator(selector).getByText(value, { exact: true }).first();
const has = (selector, value) => (page) => page.locator(selector).getByText(value).first();
const button = (name) => (page) => page.getByRole('button', { name }).first();

// Each area: its route, then each kind's edit there.
const AREAS = [
  ['check-ins', [{
    open: button(/^Edit action item: Send the data-sharing agreement back signed/),
    form: 'Edit action item', fields: [['What', 'Send the signed data-sharing agreement to the council']],
    was: text('.action-list', 'Send the data-sharing agreement back signed'),
    shows: text('.action-list', 'Send the signed data-sharing agreement to the council'),
  }]],
  ['milestones', [{
    open: button('Edit retrospective Autumn review'),
    form: 'Edit the retrospective', fields: [['Name', 'Autumn review with tenants']],
    was: (page) => page.getByRole('heading', { name: /^Autumn review\d/, level: 3 }),
    shows: (page) => page.getByRole('heading', { name: /^Autumn review with tenants/, level: 3 }),
  }, {
    open: button(/^Edit lesson: Volunteers stay/),
    form: 'Edit the lesson', fields: [['Lesson', 'Volunteers stay when they shape the work.']],
    was: text('.lesson-list', 'Volunteers stay when they get to shape the work, not only do it.'),
    shows: text('.lesson-list', 'Volunteers stay when they shape the work.'),
  }]],
  ['health', [{
    open: button('Edit this round'),
    form: 'Edit the round', fields: [['Name', 'Autumn round with tenants']],
    was: (page) => page.locator('#round-picker', { hasText: /Autumn round \(/ }),
    shows: (page) => page.locator('#round-picker', { hasText: 'Autumn round with tenants' }),
  }]],
  ['sustainability', [{
    open: button(/^Edit checklist item: Residents trained to run/),
    form: 'Edit the checklist item', fields: [['What', 'Residents trained to run and analyse the survey']],
    was: has('.checklist', 'Residents trained to run the household survey'),
    shows: has('.checklist', 'Residents trained to run and analyse the survey'),
  }, {
    open: button('Edit Monthly tenants\' food forum'),
    form: 'Edit the engagement mechanism', fields: [['Name', 'Monthly tenants\' food and housing forum']],
    was: text('.engagement-list', 'Monthly tenants\' food forum'),
    shows: text('.engagement-list', 'Monthly tenants\' food and housing forum'),
  }]],
  ['ideas', [{
    open: button(/^Edit the pivot: /),
    form: 'Edit the pivot', fields: [['Why', 'Seniors said the queue was the problem.']],
    was: text('.pivot-table', 'Seniors told us standing in a queue was the problem; delivery removes it.'),
    shows: text('.pivot-table', 'Seniors said the queue was the problem.'),
  }]],
];

describe('editing in place', () => {
  it('edits, undoes and keeps every kind of record issue 21 lists', async () => {
    const { context, page } = await freshPage(browser);
    await context.addInitScript((now) => localStorage.setItem('cg.prefs.now', now), NOW);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();

    // A measurement, on its metric's page; its form is looked at at both sizes.
    await go(page, 'metrics');
    await page.getByRole('link', { name: 'Meals served at the pantries' }).click();
    await page.getByRole('heading', { name: 'Meals served at the pantries', level: 1 }).waitFor();
    const reading = {
      open: button(/^Edit the measurement /),
      form: 'Edit the measurement', fields: [[/^Value/, '3210'], ['Source note', 'Corrected sign-in sheets']],
      was: (page) => page.locator('.reading-table tbody tr').first().getByText('Pantry sign-in sheets'),
      shows: text('.reading-table', 'Corrected sign-in sheets'),
    };
    await editUndoEdit(page, reading);
    assert.match(await page.locator('.reading-table tbody tr').first().innerText(), /3,210/, 'the new value is in the table');
    // Bad input keeps the form open with the message under its field, as when adding.
    await reading.open(page).click();
    const form = page.getByRole('form', { name: 'Edit the measurement' });
    await form.getByLabel(/^Value/).fill('abc');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Value: “abc” is not a number.').waitFor();
    await audit(page, 'a measurement being edited');
    for (const [width, height] of [[1920, 1080], [390, 844]]) {
      await page.setViewportSize({ width, height });
      await form.scrollIntoViewIfNeeded();
      await screenshot(page, `edit-measurement-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await form.getByRole('button', { name: 'Cancel' }).click();

    for (const [route, kinds] of AREAS) {
      await go(page, route);
      for (const spec of kinds) await editUndoEdit(page, spec);
      if (route === 'check-ins') {
        await button(/^Edit action item: /)(page).click();
        const action = page.getByRole('form', { name: 'Edit action item' });
        await action.getByLabel('What').fill(' ');
        await action.getByRole('button', { name: 'Save changes' }).click();
        await action.getByText('Say what needs to be done.').waitFor();
        for (const [width, height] of [[1920, 1080], [390, 844]]) {
          await page.setViewportSize({ width, height });
          await action.scrollIntoViewIfNeeded();
          await screenshot(page, `edit-action-${width}`);
        }
        await page.setViewportSize({ width: 1280, height: 900 });
        await audit(page, 'an action item being edited');
        await action.getByRole('button', { name: 'Cancel' }).click();
      }
    }

    // A voting round, before the reveal only: the sample's round is revealed, so one starts.
    await go(page, 'dot-voting');
    assert.equal(await page.getByRole('button', { name: 'Edit this round' }).count(), 0, 'a revealed round has no Edit');
    await page.getByRole('button', { name: 'Start a new round' }).click();
    await page.getByLabel('Question').fill('What first?');
    await page.getByLabel('Voters (one name per line)').fill('Amira\nBen');
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByRole('button', { name: 'Edit this round' }).click();
    const round = page.getByRole('form', { name: 'Edit the voting round' });
    await round.getByLabel('Dots per voter').fill('0');
    await round.getByRole('button', { name: 'Save changes' }).click();
    await round.getByText('Give each voter at least one dot.').waitFor();
    await round.getByRole('button', { name: 'Cancel' }).click();
    await editUndoEdit(page, {
      open: button('Edit this round'),
      form: 'Edit the voting round', fields: [['Question', 'Which idea do we test first?'], ['Dots per voter', '3']],
      was: text('.voting-question', 'What first?'),
      shows: text('.voting-question', 'Which idea do we test first?'),
    });

    // A reload keeps every edit.
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await text('.voting-question', 'Which idea do we test first?')(page).waitFor();
    await go(page, 'metrics');
    await page.getByRole('link', { name: 'Meals served at the pantries' }).click();
    await reading.shows(page).waitFor();
    for (const [route, kinds] of AREAS) {
      await go(page, route);
      for (const spec of kinds) await spec.shows(page).waitFor();
    }
    const saved = await savedPartnership(page);
    assert.equal(saved.sustainability.engagement.filter((e) => e.name.startsWith('Monthly tenants')).length, 1, 'the edit kept the record, by its id');
    noErrors(page);
    await context.close();
  });
});
