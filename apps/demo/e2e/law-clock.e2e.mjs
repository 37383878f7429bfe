/**
 * Browser tests for the timeline that shows the law's clock: Saturdays, Sundays and federal holidays shaded
 * (in the custodian's time zone) behind the hold, the hours that counted toward the 48 under the rule in
 * force, and the list of entries shown whole.
 */
import assert from 'node:assert/strict';

async function open(page, baseUrl, id) {
  await page.goto(baseUrl);
  await page.locator('[data-testid="current-state"]').waitFor();
  await page.locator('[data-testid="scenario-select"]').selectOption(id);
  await page.getByText('Step 0 of').waitFor();
  await page.getByRole('button', { name: 'To end' }).click();
}

/** The horizontal extent of the first element matching `selector` inside the custody lane. */
async function extent(page, selector) {
  const box = await page.locator(`.lane-custody ${selector}`).first().boundingBox();
  assert.ok(box, `${selector} drawn`);
  return { from: box.x, to: box.x + box.width };
}

export const tests = {
  async 'weekday rule: the weekend is shaded behind the hold and the counted hours add up to 48'({
    page,
    baseUrl,
    shot,
  }) {
    await open(page, baseUrl, 'weekday-rule-friday-release');
    const hold = await extent(page, '.segment.tone-hold');
    for (const kind of ['saturday', 'sunday']) {
      const bands = await page.locator(`.lane-custody .offday.kind-${kind}`).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { from: r.x, to: r.x + r.width };
        }),
      );
      assert.ok(
        bands.some((b) => b.from >= hold.from - 1 && b.to <= hold.to + 1 && b.to - b.from > 4),
        `a ${kind} lies behind the hold`,
      );
    }
    const counted = page.locator('[data-testid="hold-count"]');
    const text = await counted.innerText();
    assert.match(text, /weekday/i, 'names the rule in force');
    assert.match(text, /Fri 7 h · Sat 0 h · Sun 0 h · Mon 24 h · Tue 17 h = 48 h/);
    // The uncounted days are drawn as such on the hold clock row.
    assert.equal(await page.locator('.hold-clock .count-day.not-counted').count(), 2);
    await page.evaluate(() => document.querySelector('#timeline-h')?.scrollIntoView());
    await shot('30-weekday-law-clock');

    // Under the calendar rule the weekend counts.
    await page.getByLabel('Counting of the hold').selectOption('calendar');
    await page.locator('[data-testid="what-if"]').waitFor();
    // The instant shown (Tuesday 17:00) is after this run's end, so its end is shown.
    assert.equal(await page.locator('[data-testid="outcome"]').innerText(), 'released-hold-expired');
    assert.match(await counted.innerText(), /Fri 7 h · Sat 24 h · Sun 17 h = 48 h/);
    assert.equal(await page.locator('.hold-clock .count-day.not-counted').count(), 0);
    await page.evaluate(() => document.querySelector('#timeline-h')?.scrollIntoView());
    await shot('31-calendar-law-clock');
  },

  async 'a federal holiday is shaded and named'({ page, baseUrl, shot }) {
    await open(page, baseUrl, 'federal-holiday-weekend');
    const band = page.locator('.lane-custody .offday.kind-holiday').first();
    await band.waitFor();
    assert.match(await page.locator('[data-testid="off-days"]').innerText(), /Labor Day/);
    await page.evaluate(() => document.querySelector('#timeline-h')?.scrollIntoView());
    await shot('32-holiday');
  },

  async 'the list of entries shows every entry, the outcome included, without a scroll box of its own'({
    page,
    baseUrl,
  }) {
    await open(page, baseUrl, 'weekday-rule-friday-release');
    const list = page.locator('ol.entries');
    const box = await list.evaluate((el) => ({
      scroll: el.scrollHeight,
      client: el.clientHeight,
      overflow: getComputedStyle(el).overflowY,
    }));
    assert.ok(box.scroll <= box.client + 1, `no inner scrolling (${box.scroll} > ${box.client})`);
    assert.notEqual(box.overflow, 'auto');
    assert.match(await list.innerText(), /Outcome: /);
  },
};
