// Goal setting: the problem tree, the SMART goal builder, metrics with measurements, the
// chart and CSV import. The clock is fixed so that statuses are the same on every run.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, screenshot, startApp, stopApp, stored, storedPartnership } from './harness.mjs';

const NOW = '2026-11-27T09:00:00Z';
const PROJECTOR = { width: 1920, height: 1080 };
let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

/** A fresh profile with the clock fixed, on the sample partnership. */
async function sample(viewport) {
  const { context, page } = await freshPage(browser, viewport ? { viewport } : undefined);
  await page.addInitScript((now) => localStorage.setItem('cg.prefs.now', now), NOW);
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
  return { context, page };
}

/** The text of the element that describes `field` (its `aria-describedby`) equals `text`. */
async function expectDescribed(field, text) {
  const id = await field.getAttribute('aria-describedby');
  assert.ok(id, 'the field names its message');
  const message = field.page().locator(`[id="${id}"]`);
  await message.filter({ hasText: text }).waitFor();
  assert.equal((await message.innerText()).trim(), text);
}

async function go(page, tool, heading = tool) {
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: tool, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

describe('root causes', () => {
  it('shows the sample tree with causes no goal addresses and the symptom-only goal', async () => {
    const { context, page } = await sample(PROJECTOR);
    await screenshot(page, 'goals-overview-card');
    assert.match(await page.locator('.goals-card').innerText(), /open goals, 2 of them SMART/);
    await go(page, 'Root causes');
    assert.ok(await page.getByText('Household incomes are low and unpredictable').isVisible());
    assert.match(await page.locator('.coverage-line').innerText(), /^\d+ of 8 causes have no goal working on them/);
    assert.ok(await page.locator('.cause-item.unaddressed').count() > 0);
    await page.getByText('The goal “Reduce hunger” addresses only symptoms.', { exact: false }).waitFor();
    await audit(page, 'root causes');
    await screenshot(page, 'root-causes-projector');

    // A deeper cause, then delete its parent (the branch goes) and undo.
    await page.getByRole('button', { name: 'Add a cause of “The last east-side supermarket closed”' }).click();
    await page.getByLabel('New cause').fill('Rents for shop premises doubled');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Rents for shop premises doubled').waitFor();
    await page.getByRole('button', { name: 'Delete “Few shops sell fresh food within walking distance”' }).click();
    await page.getByText('and the 2 deeper causes under it?').waitFor();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Rents for shop premises doubled').waitFor({ state: 'detached' });
    assert.equal(storedPartnership(await stored(page)).problem_tree.causes.length, 6);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Rents for shop premises doubled').waitFor();
    noErrors(page);
    await context.close();
  });

  it('starts an empty partnership with a how-to prompt and builds a tree', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Start an empty partnership' }).click();
    await go(page, 'Root causes');
    await page.getByText('No problem tree yet').waitFor();
    await audit(page, 'empty root causes');
    await page.getByLabel('The problem we tackle').fill('Young people leave school without work.');
    await page.getByRole('button', { name: 'Save problem' }).click();
    await page.getByRole('button', { name: 'Add cause' }).click();
    await page.getByLabel('New cause').fill('Few apprenticeships');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('No goal works on this').waitFor();
    await page.getByRole('button', { name: 'Add symptom' }).click();
    await page.getByLabel('New symptom').fill('Youth unemployment at 20%');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.reload();
    await page.getByText('Few apprenticeships').waitFor();
    assert.equal(await page.getByLabel('The problem we tackle').inputValue(), 'Young people leave school without work.');
    noErrors(page);
    await context.close();
  });
});

describe('goals', () => {
  it('writes a goal step by step and watches each SMART check turn from missing to met', async () => {
    const { context, page } = await sample(PROJECTOR);
    await go(page, 'Goals');
    assert.equal(await page.locator('.goal-card').count(), 3);
    await page.getByRole('button', { name: 'New goal' }).click();
    const form = page.getByRole('form', { name: 'New goal' });
    const state = (letter) => form.locator(`.smart-panel [data-letter="${letter}"] .smart-state`).innerText();
    const why = (letter) => form.locator(`.smart-panel [data-letter="${letter}"] .smart-why`).innerText();
    for (const l of ['specific', 'measurable', 'achievable', 'relevant', 'time-bound']) {
      assert.equal(await state(l), 'Missing', l);
    }
    await audit(page, 'goal builder, empty');

    await form.getByLabel('Goal', { exact: true }).fill('Cut hunger');
    assert.match(await why('specific'), /only a few words/);
    await form.getByLabel('Goal', { exact: true }).fill('Enrol 200 more eligible families in the benefits they are owed');
    await form.getByLabel('Who benefits?').fill('Low-income families');
    assert.equal(await why('specific'), 'Say where it happens.');
    await form.getByLabel('Where?').fill('Eastside');
    assert.equal(await state('specific'), 'Met');

    await form.getByRole('checkbox', { name: /^Households food-secure/ }).check();
    assert.equal(await state('measurable'), 'Met');

    // The sample has a resource map, so resourcing counts too.
    assert.equal(await why('achievable'), 'No partner owns it and no commitment in the resource map supports it.');
    await form.getByRole('checkbox', { name: 'Riverside City Council – Public Health' }).check();
    assert.equal(await why('achievable'), 'No commitment in the resource map supports it.');
    await form.getByRole('group', { name: 'Resource-map commitments that support it' }).getByRole('checkbox').first().check();
    assert.equal(await state('achievable'), 'Met');

    await form.getByRole('checkbox', { name: 'Children arrive at school hungry' }).check();
    assert.match(await why('relevant'), /addresses only symptoms/);
    await form.getByRole('checkbox', { name: 'Eligible families do not claim the benefits they are owed' }).check();
    // The sample's charter has a mission, and this goal shares no word with it.
    assert.match(await why('relevant'), /Nothing links it to the charter's mission/);
    await form.getByRole('checkbox', { name: 'This goal serves our mission' }).check();
    assert.equal(await state('relevant'), 'Met');

    await form.getByLabel('End').fill('2026-10-01');
    assert.match(await why('time-bound'), /has passed/);
    await form.getByLabel('End').fill('2027-12-31');
    assert.equal(await state('time-bound'), 'Met');
    assert.equal(await form.locator('.smart-score').innerText(), '5 of 5 met');
    await audit(page, 'goal builder, complete');
    await screenshot(page, 'goal-builder-projector');

    await form.getByRole('button', { name: 'Save goal' }).click();
    const card = page.locator('.goal-card', { hasText: 'Enrol 200 more eligible families' });
    await card.waitFor();
    assert.match(await card.locator('.smart-count').innerText(), /5 of 5 SMART/);
    assert.match(await card.innerText(), /Only outcomes are tracked/);
    const goals = storedPartnership(await stored(page)).goals;
    assert.equal(goals.length, 4);
    assert.equal(goals[3].place, 'Eastside');
    await audit(page, 'goals list');
    await screenshot(page, 'goals-projector');
    noErrors(page);
    await context.close();
  });

  it('shows advice on the sample goal that is not SMART, and deletes with undo', async () => {
    const { context, page } = await sample();
    await go(page, 'Goals');
    const vague = page.locator('.goal-card', { hasText: 'Reduce hunger' });
    assert.match(await vague.locator('.smart-count').innerText(), /0 of 5 SMART/);
    assert.match(await vague.innerText(), /No end date: say by when it should be done\./);
    await vague.getByRole('button', { name: 'Delete goal: Reduce hunger' }).click();
    await vague.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Deleted the goal “Reduce hunger”.').waitFor();
    assert.equal(await page.locator('.goal-card').count(), 2);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.locator('.goal-card', { hasText: 'Reduce hunger' }).waitFor();
    noErrors(page);
    await context.close();
  });
});

describe('metrics', () => {
  it('lists outcomes and outputs with their standing, and draws a chart', async () => {
    const { context, page } = await sample(PROJECTOR);
    await go(page, 'Metrics');
    assert.equal(await page.locator('.metric-row').count(), 4);
    const tracks = await page.locator('.metric-row .track').allInnerTexts();
    assert.deepEqual(tracks.sort(), ['At risk', 'Off track', 'On track', 'On track']);
    await audit(page, 'metrics');
    await screenshot(page, 'metrics-projector');
    await page.getByRole('link', { name: 'Households food-secure' }).click();
    await page.getByRole('heading', { name: 'Households food-secure', level: 1 }).waitFor();
    assert.equal(await page.locator('[data-testid=track]').innerText(), 'At risk');
    assert.equal(await page.locator('.reading-table tbody tr').count(), 12);
    const chart = page.getByRole('img', { name: /Households food-secure: measurements against the planned path/ });
    assert.equal(await chart.locator('circle.reading-dot').count(), 12);
    await audit(page, 'metric detail');
    await screenshot(page, 'metric-detail-projector');
    await page.reload();
    await page.getByRole('heading', { name: 'Households food-secure', level: 1 }).waitFor();
    noErrors(page);
    await context.close();
  });

  it('adds a metric and measurements, and sees the status change', async () => {
    const { context, page } = await sample();
    await go(page, 'Metrics');
    await page.getByRole('button', { name: 'New metric' }).click();
    const form = page.getByRole('form', { name: 'New metric' });
    await form.getByLabel('Name', { exact: true }).fill('Volunteers trained');
    await form.getByRole('radio', { name: /Output/ }).check();
    await form.getByLabel('Unit', { exact: true }).fill('people');
    await form.getByLabel('Counting').selectOption('cumulative');
    await form.getByLabel('Baseline value').fill('0');
    await form.getByLabel('Baseline date').fill('2026-01-01');
    await form.getByLabel('Target value').fill('100');
    await form.getByLabel('Target date').fill('2026-12-31');
    await form.getByRole('button', { name: 'Save metric' }).click();
    await page.getByRole('link', { name: 'Volunteers trained' }).click();
    await page.getByRole('heading', { name: 'Volunteers trained', level: 1 }).waitFor();
    const track = page.locator('[data-testid=track]');
    assert.equal(await track.innerText(), 'No data yet');
    await audit(page, 'metric without data');

    const entry = page.getByRole('form', { name: 'Add a measurement' });
    await entry.getByLabel('Date').fill('2026-06-30');
    await entry.getByLabel('Value (people)').fill('10');
    await entry.getByLabel('Source note').fill('training register');
    await entry.getByRole('button', { name: 'Add measurement' }).click();
    await page.getByText('Off track', { exact: true }).waitFor();
    await entry.getByLabel('Date').fill('2026-11-01');
    await entry.getByLabel('Value (people)').fill('abc');
    await entry.getByRole('button', { name: 'Add measurement' }).click();
    await entry.getByText('Value: “abc” is not a number.').waitFor();
    await entry.getByLabel('Value (people)').fill('70');
    await entry.getByRole('button', { name: 'Add measurement' }).click();
    await page.locator('[data-testid=track]', { hasText: 'On track' }).waitFor();
    assert.match(await page.locator('.standing-why').innerText(), /^80% of the way to the target on 1 Nov 2026/);
    noErrors(page);
    await context.close();
  });

  it('shows every problem of the metric form under its own field and focuses the first', async () => {
    const { context, page } = await sample();
    await go(page, 'Metrics');
    await page.getByRole('button', { name: 'New metric' }).click();
    const form = page.getByRole('form', { name: 'New metric' });
    await form.getByLabel('Baseline value').fill('abc');
    await form.getByLabel('Baseline date').fill('2026-06-01');
    await form.getByLabel('Target date').fill('2026-01-01');
    await form.getByRole('button', { name: 'Save metric' }).click();
    // Each message is the description of its own field, so a screen reader reads it there.
    const name = form.getByLabel('Name', { exact: true });
    await expectDescribed(name, 'Give the metric a name, e.g. “Meals served”.');
    await expectDescribed(form.getByLabel('Baseline value'), 'Baseline: “abc” is not a number.');
    await expectDescribed(form.getByLabel('Target date'), 'The target date must come after the baseline date.');
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.equal(await form.getByLabel('Unit', { exact: true }).getAttribute('aria-invalid'), null);
    assert.ok(await name.evaluate((el) => el === document.activeElement), 'the first invalid field has the focus');
    await audit(page, 'metric form with problems');
    await screenshot(page, 'metric-form-problems');
    // Nothing was saved, and fixing the fields lets it through.
    assert.equal(await page.getByRole('link', { name: 'Volunteers trained' }).count(), 0);
    await name.fill('Volunteers trained');
    await form.getByLabel('Baseline value').fill('0');
    await form.getByLabel('Target date').fill('2026-12-31');
    await form.getByRole('button', { name: 'Save metric' }).click();
    await page.getByRole('link', { name: 'Volunteers trained' }).waitFor();
    noErrors(page);
    await context.close();
  });

  it('imports CSV: one bad row shows its line and nothing is saved; good rows are saved', async () => {
    const { context, page } = await sample();
    await go(page, 'Metrics');
    await page.getByRole('link', { name: 'Meals served at the pantries' }).click();
    await page.getByRole('heading', { name: 'Meals served at the pantries', level: 1 }).waitFor();
    const before = await stored(page);
    const rows = page.locator('.reading-table tbody tr');
    assert.equal(await rows.count(), 12);
    const box = page.getByLabel('Rows of date,value,note');
    await box.fill('date,value,note\n2026-11-10,640,sheets\n2026-13-01,600,sheets\n2026-11-24,5x0,\n');
    await page.getByRole('button', { name: 'Import pasted rows' }).click();
    const errors = page.locator('#import-errors');
    await errors.getByText('Nothing was imported: 2 rows to fix.').waitFor();
    assert.match(await errors.innerText(), /Line 3: “2026-13-01” is not a date/);
    assert.match(await errors.innerText(), /Line 4: “5x0” is not a number/);
    assert.equal(await rows.count(), 12, 'no row was added');
    assert.deepEqual(await stored(page), before, 'nothing was saved');
    await audit(page, 'csv import errors');
    await screenshot(page, 'csv-import-errors');

    // The same rows, fixed, from a file.
    await page.locator('input[type=file][accept^=".csv"]').setInputFiles({
      name: 'november.csv', mimeType: 'text/csv',
      buffer: Buffer.from('date,value,note\r\n2026-11-10,640,sheets\r\n2026-11-24,590,sheets\r\n'),
    });
    await page.getByText('Imported 2 measurements from november.csv.').waitFor();
    assert.equal(await rows.count(), 14);
    assert.equal(await errors.innerText(), '');
    const p = storedPartnership(await stored(page));
    const meals = p.metrics.find((m) => m.name === 'Meals served at the pantries');
    assert.equal(p.measurements.filter((m) => m.metric_id === meals.id).length, 14);

    // Importing the same file again is refused: it would double the running total.
    await page.locator('input[type=file][accept^=".csv"]').setInputFiles({
      name: 'november.csv', mimeType: 'text/csv',
      buffer: Buffer.from('date,value,note\r\n2026-11-10,640,sheets\r\n'),
    });
    await errors.getByText(/already recorded/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export measurements (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'meals-served-at-the-pantries-measurements.csv');
    noErrors(page);
    await context.close();
  });

  it('imports readings of two metrics at once from the list, with day-first dates, and a responsible partner shows', async () => {
    const { context, page } = await sample();
    await go(page, 'Metrics');
    const before = await stored(page);
    const box = page.getByLabel('Rows of metric,date,value,note');
    // A metric no one has, and a date no calendar has: both rows named, nothing saved.
    await box.fill('metric,date,value\nMeals served at the pantries,30/11/2026,700\nVolunteers,30/11/2026,3\nSurplus food rescued,31/11/2026,950\n');
    await page.getByRole('button', { name: 'Import pasted rows' }).click();
    const errors = page.locator('#import-errors');
    await errors.getByText('Nothing was imported: 2 rows to fix.').waitFor();
    assert.match(await errors.innerText(), /Line 3: there is no metric named “Volunteers”/);
    assert.match(await errors.innerText(), /Line 4: “31\/11\/2026” is not a date/);
    assert.deepEqual(await stored(page), before, 'nothing was saved');
    await audit(page, 'import of several metrics with errors');

    await box.fill('metric,date,value,note\nMeals served at the pantries,30/11/2026,700,sheets\nSurplus food rescued,2026-11-30,950,delivery notes\n');
    await page.getByRole('button', { name: 'Import pasted rows' }).click();
    await page.getByText('Imported 2 measurements from the pasted text.').waitFor();
    const p = storedPartnership(await stored(page));
    const id = (name) => p.metrics.find((m) => m.name === name).id;
    const added = p.measurements.filter((m) => m.date === '2026-11-30');
    assert.deepEqual(added.map((m) => [m.metric_id, m.value]).sort(), [
      [id('Meals served at the pantries'), 700], [id('Surplus food rescued'), 950],
    ].sort());

    await page.getByRole('link', { name: 'Surplus food rescued' }).click();
    await page.getByRole('button', { name: 'Edit metric' }).click();
    await page.getByLabel('Responsible partner').selectOption({ label: 'FreshMart Groceries' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Responsible: FreshMart Groceries').waitFor();
    noErrors(page);
    await context.close();
  });
});
