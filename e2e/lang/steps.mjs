// Steps the areas' visits share (not a visit itself): going to a screen by its address and
// clicking what may or may not be there, by structure, never by words.

/** Goes to a route and waits for its heading. */
export async function go(page, slug) {
  await page.evaluate((s) => (window.location.hash = `#/${s}`), slug);
  await page.waitForFunction((s) => window.location.hash === `#/${s}`, slug);
  await page.locator('main h1').first().waitFor();
  // A screen's words arrive with its first render; give it a frame to settle.
  await page.waitForTimeout(100);
}

/** Clicks the first element matching `selector`, if there is one. */
export async function click(page, selector) {
  const el = page.locator(selector).first();
  if ((await el.count()) === 0) return false;
  await el.click();
  await page.waitForTimeout(100);
  return true;
}
