/**
 * Browser tests for issue 9, "What misleads today": each asserts what a person would conclude from the
 * screen (the state and outcome shown, the clock, the summary's words), not the app's internals.
 */
import assert from 'node:assert/strict';

const SCENARIO = 'weekday-rule-friday-release';
const TITLE = 'Weekday rule: eligible for release on a Friday evening';

async function load(page, baseUrl, hash = '') {
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="current-state"]').waitFor();
}

const state = (page) => page.locator('[data-testid="current-state"]').innerText();
const clock = (page) => page.locator('.clock time').innerText();
const outcome = async (page) =>
  (await page.locator('[data-testid="outcome"]').count()) > 0
    ? page.locator('[data-testid="outcome"]').innerText()
    : null;
const message = async (page) =>
  (await page.locator('[data-testid="message"]').count()) > 0
    ? page.locator('[data-testid="message"]').innerText()
    : '';

async function chooseScenario(page, id) {
  await page.locator('[data-testid="scenario-select"]').selectOption(id);
  await page.getByText('Step 0 of').waitFor();
}

async function stepTo(page, n) {
  const next = page.locator('[data-testid="next-step"]');
  for (let i = 0; i < n; i++) await next.click();
}

/** The fastest speed the speed menu offers. */
async function fastest(page) {
  const speed = page.getByLabel('Speed');
  const values = await speed.locator('option').evaluateAll((os) => os.map((o) => o.value));
  await speed.selectOption(values[values.length - 1]);
}

export const tests = {
  async 'acceptance: Play runs the weekday-rule scenario to "Released: hold expired" on Tue 17:00, and the calendar rule says 48 h instead of 96 h'({
    page,
    baseUrl,
    shot,
  }) {
    await load(page, baseUrl);
    // Chosen by its title, as a person does.
    await page.locator('[data-testid="scenario-select"]').selectOption({ label: TITLE });
    await page.getByText('Step 0 of').waitFor();
    await fastest(page);
    await page.getByRole('button', { name: 'Play' }).click();
    // The scenario's own steps are applied as the clock reaches them: the detainer arrives.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="current-state"]')?.textContent !== 'No detainer',
      null,
      { timeout: 20_000 },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = { clock: await clock(page), state: await state(page) };
    assert.notEqual(paused.state, 'No detainer');
    assert.equal(await outcome(page), null, 'paused in the middle of the story');
    await page.waitForTimeout(300);
    assert.equal(await clock(page), paused.clock, 'the clock stays still while paused');
    assert.equal(await page.getByLabel('Branch').count(), 0, 'playing the scenario starts no branch');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.locator('[data-testid="outcome"]').waitFor({ timeout: 30_000 });
    assert.equal(await state(page), 'Released: hold expired');
    assert.equal(await outcome(page), 'released-hold-expired');
    assert.match(await clock(page), /^Tue, Apr 16, 2024, 5:00\sPM EDT$/);
    assert.equal(await page.getByLabel('Branch').count(), 0, 'still the scenario’s own line');
    assert.ok(await page.getByRole('button', { name: 'Play' }).isDisabled(), 'nothing left to play');
    // Every step of the scenario is in the list, none skipped.
    const listed = await page.locator('ol.entries code').allInnerTexts();
    for (const type of ['DETAINER_LODGED', 'DETAINER_SERVED', 'RELEASE_SCHEDULED', 'NOTICE_SENT', 'RELEASE_ELIGIBLE'])
      assert.ok(listed.includes(type), `${type} applied`);
    await shot('20-played-to-outcome');

    await page.getByLabel('Counting of the hold').selectOption('calendar');
    const summary = page.locator('[data-testid="what-if"]');
    await summary.waitFor();
    const text = await summary.innerText();
    assert.match(text, /held 48 h instead of 96 h/);
    assert.match(text, /released on Sun/);
    assert.doesNotMatch(text, /Same outcome/);
    const caseSummary = await page.locator('[data-testid="case-summary"]').innerText();
    assert.match(caseSummary, /under a changed policy/, 'the title no longer claims the weekday rule');
    await shot('21-calendar-what-if');
  },

  async 'sending an event the scenario does not have starts a branch and says so'({ page, baseUrl }) {
    await load(page, baseUrl);
    await chooseScenario(page, SCENARIO);
    await stepTo(page, 2);
    await page.getByText('viewing the past').waitFor();
    await page.locator('button[data-event="DETAINER_LIFTED"]').click();
    await page.getByRole('form', { name: 'DHS lifts detainer' }).getByRole('button', { name: 'Send' }).click();
    assert.match(await message(page), /You changed the story: branch 2 starts here/);
    assert.equal(await outcome(page), 'released-detainer-lifted');
    assert.equal(await page.getByLabel('Branch').locator('option').count(), 2);
  },

  async 'expectation badges: only the scenario’s own finished line can be “as expected”'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, SCENARIO);
    // Unfinished: nothing can be "as expected" yet, even after moving the clock.
    assert.equal(await page.locator('[data-testid="case-summary"] .req-met').count(), 0, 'no green badge at the start');
    await page.getByRole('button', { name: '+1 hour' }).click();
    assert.equal(
      await page.locator('[data-testid="case-summary"] .req-met').count(),
      0,
      'no green badge on an unfinished case',
    );
    // The scenario's own line, finished: its badges.
    await page.getByRole('button', { name: 'To end' }).click();
    assert.ok(
      (await page.locator('[data-testid="case-summary"] .req-met').count()) >= 1,
      'the scenario’s own outcome is as expected',
    );
    // A branch that ends differently says how it differs, in green nowhere.
    await page.locator('ol.entries button').nth(2).click();
    await page.locator('button[data-event="RELEASE_ELIGIBLE"]').click();
    const form = page.getByRole('form', { name: 'Person becomes eligible for release' });
    await form.getByLabel('DHS is present at the facility').check();
    await form.getByRole('button', { name: 'Send' }).click();
    assert.equal(await outcome(page), 'transferred-to-dhs');
    assert.equal(await page.locator('[data-testid="case-summary"] .req-met').count(), 0, 'no green badge on a branch');
    const diff = await page.locator('[data-testid="expectations"]').innerText();
    assert.match(diff, /outcome transferred-to-dhs, the scenario expects released-hold-expired/);
    await shot('22-branch-differs');
  },

  async 'a policy change keeps the instant, lists the steps it makes impossible, and restores them'({
    page,
    baseUrl,
    shot,
  }) {
    await load(page, baseUrl);
    await chooseScenario(page, SCENARIO);
    await stepTo(page, 4);
    const before = await page.locator('.clock time').getAttribute('datetime');
    assert.equal(await outcome(page), null);
    await page.locator('[data-testid="policy-preset"]').selectOption('decline-all');
    await page.getByText('Replayed under').waitFor();
    assert.equal(await page.locator('.clock time').getAttribute('datetime'), before, 'same instant');
    const skipped = page.locator('[data-testid="skipped-step"]');
    assert.equal(await skipped.count(), 1);
    assert.match(await skipped.innerText(), /NOTICE_SENT/);
    assert.match(await skipped.innerText(), /does not give DHS notice of release/);
    await shot('23-skipped-step');
    // Back to the scenario's own policy: the notice step is back, and the case ends as the scenario says.
    await page.locator('[data-testid="policy-preset"]').selectOption('full-cooperation');
    await page.getByLabel('Counting of the hold').selectOption('excludeWeekendsAndHolidays');
    assert.equal(await skipped.count(), 0);
    assert.equal(await page.locator('.clock time').getAttribute('datetime'), before, 'still the same instant');
    await page.getByRole('button', { name: 'To end' }).click();
    assert.equal(await outcome(page), 'released-hold-expired');
    assert.ok((await page.locator('ol.entries code').allInnerTexts()).includes('NOTICE_SENT'), 'notice restored');
  },

  async 'tooltips leave after a click, focus never falls to <body>, forms take focus'({ page, baseUrl }) {
    await load(page, baseUrl);
    await chooseScenario(page, SCENARIO);
    const blocked = page.locator('button[data-event="DHS_ASSUMED_CUSTODY"]');
    await blocked.click({ force: true }); // a real mouse click; the button is aria-disabled, not disabled
    const tip = page.locator(`#${await blocked.getAttribute('aria-describedby')}`);
    const box = await page.locator('.diagram-box, .teaching-box').first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await tip.isVisible(), false, 'no tooltip left over the diagram');

    await page.locator('button[data-event="DETAINER_LODGED"]').click();
    const form = page.getByRole('form', { name: 'Lodge detainer' });
    assert.ok(await form.evaluate((f) => f.contains(document.activeElement)), 'the opened form takes focus');
    await form.getByRole('button', { name: 'Send' }).click();
    assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY', 'focus after Send');

    await chooseScenario(page, SCENARIO);
    await page.getByRole('button', { name: 'To end' }).click();
    assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY', 'focus after To end');
  },

  async 'the step controls come within a few Tabs'({ page, baseUrl }) {
    await load(page, baseUrl);
    let tabs = 0;
    for (; tabs < 60; tabs++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (label === 'Play' || label === 'Next step ▶') break;
    }
    // Two skip links, the "Law layers" button of the law applied, the scenario bar's seven controls and the
    // language switch (one Tab stop), then Play.
    assert.ok(tabs + 1 <= 12, `${tabs + 1} Tabs to the first step control`);
  },

  async 'a right-to-left override in a shared title does not reverse the rest of the line'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'late-notice');
    // A scenario file whose title carries U+202E RIGHT-TO-LEFT OVERRIDE, then its share link.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    json.title = 'Evil \u202Eeltit';
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'rtl.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await page.getByText('Loaded').waitFor();
    await page.locator('[data-testid="share"]').click();
    const rtlLink = await page.locator('[data-testid="share-link"]').inputValue();
    const other = await page.context().newPage();
    await load(other, '', rtlLink);
    // The custodian's name follows the title on the same line: it must read left to right.
    const order = await other.evaluate(() => {
      const summary = document.querySelector('[data-testid="case-summary"]');
      const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent.indexOf('Example County Jail');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const first = r.getBoundingClientRect().x;
        r.setStart(n, i + 'Example County Jail'.length - 1);
        r.setEnd(n, i + 'Example County Jail'.length);
        return { first, last: r.getBoundingClientRect().x };
      }
      return null;
    });
    assert.ok(order, 'custodian name shown');
    assert.ok(order.first < order.last, `“Example County Jail” reads left to right (${order.first} < ${order.last})`);
    await other.screenshot({ path: 'test-output/24-rtl-title.png' });
    await other.close();
    await shot('24-rtl-import');
  },

  async 'on a phone the step controls and the stage come first'({ page, baseUrl, shot, fullShot }) {
    await page.setViewportSize({ width: 390, height: 844 });
    await load(page, baseUrl);
    await chooseScenario(page, SCENARIO);
    await stepTo(page, 4);
    const y = async (sel) => (await page.locator(sel).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    const controls = await y('#time-controls');
    assert.ok(controls < (await y('.diagram-box, .teaching-box')), 'step controls above the chart');
    assert.ok((await y('.diagram-box, .teaching-box')) < (await y('#why-h')), 'the chart before the explanation');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px too wide)`);
    await shot('25-phone');
    await fullShot('26-phone-full');
  },
};
