/**
 * Browser tests for the population view: the SDK's `simulatePopulation` in a Web Worker, with progress and a
 * cancel that stops the worker; outcome shares and hours held as SVG charts with their data as tables; the
 * assumptions with their sources; "synthetic data" always in view; the same seed gives the same numbers;
 * keyboard operable; 1280×800 and 390×844 screenshots.
 */
import assert from 'node:assert/strict';
import { ASSUMPTION_SOURCES } from '@detainer-kit/sdk';

const OUTCOME_TITLES = [
  'Transferred to DHS',
  'Released: hold expired',
  'Released: hold declined',
  'Detainer lifted',
  'Released: no hold requested',
];

async function openPopulation(page, baseUrl) {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="population-toggle"]').click();
  await page.locator('[data-testid="population"]').waitFor();
}

/** The cases done, as the progress bar says it. */
const progressDone = (page) =>
  page.locator('[data-testid="pop-progress"]').evaluate((el) => Number(el.getAttribute('value') ?? el.value));

/** "count (share)" cells of the outcome table, by outcome title, one per policy. */
async function outcomeTable(page) {
  const rows = page.locator('[data-testid="pop-outcomes-table"] tbody tr');
  const out = {};
  for (let i = 0; i < (await rows.count()); i += 1) {
    const title = await rows.nth(i).locator('th').innerText();
    out[title] = await rows.nth(i).locator('td').allInnerTexts();
  }
  return out;
}

const hoursTable = (page) => page.locator('[data-testid="pop-hours-table"] table').innerText();

/** Runs with the settings in the form and waits for the charts of that seed. */
async function runAndWait(page, seed) {
  await page.locator('[data-testid="pop-run"]').click();
  await page.locator(`[data-testid="pop-results"][data-seed="${seed}"]`).waitFor({ timeout: 120_000 });
}

function assertSyntheticLabelInView(box, where) {
  assert.ok(box, `synthetic label drawn (${where})`);
  assert.ok(
    box.y >= -1 && box.y < 80,
    `the synthetic-data label stays at the top of the screen (${where}: y ${box.y})`,
  );
}

export const tests = {
  async 'population: progress appears, and cancel stops the worker and says so'({ page, baseUrl, shot }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPopulation(page, baseUrl);
    // Large enough to take many seconds under three policies, even on a fast machine.
    await page.locator('[data-testid="pop-cases"]').fill('200000');
    const workerStarted = page.waitForEvent('worker');
    await page.locator('[data-testid="pop-run"]').click();
    const worker = await workerStarted;
    const closed = new Promise((resolve) => worker.once('close', resolve));
    // Progress appears and moves.
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="pop-progress"]')?.getAttribute('value') ?? 0) > 0,
      null,
      { timeout: 60_000 },
    );
    assert.match(
      await page.locator('[data-testid="pop-progress-text"]').innerText(),
      /^[\d,]+ of 200,000 cases \(\d+%\)$/,
    );
    assert.match(await page.locator('[data-testid="pop-status"]').innerText(), /Simulating 200,000 synthetic cases/);
    // Focus moved to Cancel as the run started (Run is disabled while it runs).
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'pop-cancel');
    assert.equal(await page.locator('[data-testid="pop-run"]').isDisabled(), true);
    await shot('50-population-running-1280');
    await page.keyboard.press('Enter'); // Cancel, from the keyboard.
    // The worker was terminated: the work really stopped.
    await Promise.race([
      closed,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the worker was not terminated')), 10_000)),
    ]);
    const status = await page.locator('[data-testid="pop-status"]').innerText();
    const m = /^Cancelled after ([\d,]+) of 200,000 cases\./.exec(status);
    assert.ok(m, `the status says cancelled: "${status}"`);
    const at = await progressDone(page);
    assert.equal(Number(m[1].replaceAll(',', '')), at);
    assert.ok(at > 0 && at < 200_000, `stopped part way (${at})`);
    // No further progress, and no results for a cancelled run.
    await page.waitForTimeout(1500);
    assert.equal(await progressDone(page), at);
    assert.equal(await page.locator('[data-testid="pop-results"]').count(), 0);
    assert.equal(page.workers().length, 0, 'no worker left running');
    // Focus went back to Run, which works again.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'pop-run');
    assert.equal(await page.locator('[data-testid="pop-run"]').isDisabled(), false);
    await shot('51-population-cancelled-1280');
  },

  async 'population: a run shows both charts and their tables; the same seed gives the same numbers'({
    page,
    baseUrl,
    shot,
  }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPopulation(page, baseUrl);
    // The label is visible before any run.
    assert.equal(
      await page.locator('[data-testid="pop-synthetic"]').innerText(),
      'Synthetic data — educational model, not legal advice.',
    );
    await page.locator('[data-testid="pop-cases"]').fill('1500');
    await page.locator('[data-testid="pop-seed"]').fill('42');
    await runAndWait(page, 42);
    assert.match(
      await page.locator('[data-testid="pop-status"]').innerText(),
      /^Done: 1,500 synthetic cases under 3 policies, seed 42, in [\d.]+ s\.$/,
    );

    // Outcome shares: every outcome, each policy's cases adding up to 1,500, shares as the counts say.
    const outcomes = await outcomeTable(page);
    assert.deepEqual(Object.keys(outcomes), OUTCOME_TITLES);
    const headers = await page.locator('[data-testid="pop-outcomes-table"] thead th').allInnerTexts();
    assert.deepEqual(headers, ['Outcome', 'A: Full cooperation', 'B: Notify only', 'C: Decline all']);
    for (let p = 0; p < 3; p += 1) {
      let sum = 0;
      for (const title of OUTCOME_TITLES) {
        const cm = /^([\d,]+) \(([\d.]+)%\)$/.exec(outcomes[title][p]);
        assert.ok(cm, `a count and a share: "${outcomes[title][p]}"`);
        const n = Number(cm[1].replaceAll(',', ''));
        sum += n;
        assert.ok(Math.abs((n / 1500) * 100 - Number(cm[2])) <= 0.05, `share of ${title} matches its count`);
      }
      assert.equal(sum, 1500, `policy ${p}'s outcomes add up to the cases`);
    }
    // What a reader concludes: only the policy that honours holds has expired holds; declining ones release on a declined hold.
    assert.notEqual(outcomes['Released: hold expired'][0], '0 (0.0%)');
    assert.equal(outcomes['Released: hold expired'][2], '0 (0.0%)');
    assert.notEqual(outcomes['Released: hold declined'][2], '0 (0.0%)');

    // The chart draws the same shares: 15 bars whose value labels are the table's shares.
    const barTexts = await page.locator('[data-testid="pop-outcomes"] svg text.pop-chart-value').allTextContents();
    assert.deepEqual(
      barTexts,
      OUTCOME_TITLES.flatMap((t) => outcomes[t].map((cell) => /\(([\d.]+%)\)/.exec(cell)[1])),
    );
    // Hours held: a histogram for the policy that holds, words for those that do not, a table with the same held count.
    assert.equal(await page.locator('[data-testid="pop-hours"] svg').count(), 1);
    assert.ok((await page.locator('[data-testid="pop-hours"] svg rect').count()) > 3);
    assert.equal(await page.getByText('No synthetic case was held under this policy.').count(), 2);
    const hours = await hoursTable(page);
    assert.match(hours, /^Cases held past release eligibility, by hours held, under each policy/);
    assert.match(hours, /0–2 h/);
    const heldRow = await page.locator('[data-testid="pop-hours-table"] tr.pop-table-total td').allInnerTexts();
    assert.equal(heldRow[1], '0 (0.0%)');
    const held = Number(/^([\d,]+)/.exec(heldRow[0])[1].replaceAll(',', ''));
    const binCounts = await page
      .locator('[data-testid="pop-hours-table"] tbody tr:not(.pop-table-total)')
      .evaluateAll((rows) =>
        rows
          .filter((r) => /–/.test(r.querySelector('th')?.textContent ?? ''))
          .map((r) => Number((r.querySelector('td')?.textContent ?? '0').replaceAll(',', ''))),
      );
    assert.equal(
      binCounts.reduce((s, n) => s + n, 0),
      held,
      'the bins add up to the held cases',
    );
    assert.match(
      await page.locator('[data-testid="pop-hours"] .pop-hist-head').first().innerText(),
      new RegExp(`held ${heldRow[0].replace(/[()]/g, '\\$&')}`),
    );

    // Tables are in the page for screen readers (hidden visually) and shown by their toggle.
    const captions = await page.locator('[data-testid="population"] table caption').allInnerTexts();
    assert.equal(captions.length, 2);
    assert.equal(await page.locator('[data-testid="pop-outcomes"] svg').getAttribute('aria-hidden'), 'true');
    const hiddenWidth = await page
      .locator('[data-testid="pop-outcomes-table"]')
      .evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(hiddenWidth <= 1, 'the table is visually hidden until asked for');
    const toggle = page.locator('[data-testid="pop-outcomes-table-toggle"]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('[data-testid="pop-outcomes-table"] table').isVisible());

    // Every chart text is at least 12 px.
    const sizes = await page
      .locator('[data-testid="population"] svg text')
      .evaluateAll((ts) => ts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize)));
    assert.ok(sizes.length > 20 && Math.min(...sizes) >= 12, `chart text ≥ 12 px (min ${Math.min(...sizes)})`);

    // The assumptions with their sources and citations.
    const assumptions = page.locator('[data-testid="pop-assumptions"]');
    assert.match(await assumptions.locator('[data-field="cases"]').innerText(), /cases: 1,500[\s\S]*\[ddor-2017\]/);
    assert.match(
      await assumptions.locator('[data-field="noticeOnlyShare"]').innerText(),
      /noticeOnlyShare: 10%[\s\S]*illustrative assumption, not from a source[\s\S]*\[i247n\]/,
    );
    // One row per assumption the SDK gives a source for.
    assert.equal(await assumptions.locator('.pop-assumption').count(), Object.keys(ASSUMPTION_SOURCES).length);

    await page.evaluate(() => document.querySelector('#population-h')?.scrollIntoView());
    await shot('52-population-1280');
    await page.locator('[data-testid="pop-hours"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    assertSyntheticLabelInView(await page.locator('[data-testid="pop-synthetic"]').boundingBox(), 'charts at 1280');
    await shot('53-population-charts-1280');

    // Same seed, from the keyboard (Enter in the seed field runs it): the very same numbers.
    await page.locator('[data-testid="pop-seed"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="pop-status"]', { hasText: 'Simulating' }).waitFor();
    await page.locator('[data-testid="pop-results"][data-seed="42"]').waitFor({ timeout: 120_000 });
    assert.deepEqual(await outcomeTable(page), outcomes);
    assert.equal(await hoursTable(page), hours);
    // Another seed, other numbers.
    await page.locator('[data-testid="pop-seed"]').fill('43');
    await runAndWait(page, 43);
    assert.notDeepEqual(await outcomeTable(page), outcomes);

    // On a phone: nothing wider than the screen, the charts drawn at its width, the label still in view.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="pop-seed"]').fill('42');
    await runAndWait(page, 42);
    assert.deepEqual(await outcomeTable(page), outcomes);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling at 390 px (${overflow} px)`);
    const svgRight = await page
      .locator('[data-testid="population"] svg')
      .evaluateAll((svgs) => Math.max(...svgs.map((s) => s.getBoundingClientRect().right)));
    assert.ok(svgRight <= 390, `charts fit the phone (right edge ${svgRight})`);
    const phoneSizes = await page
      .locator('[data-testid="population"] svg text')
      .evaluateAll((ts) => ts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize)));
    assert.ok(Math.min(...phoneSizes) >= 12, 'chart text ≥ 12 px on a phone');
    await page.evaluate(() => document.querySelector('#population-h')?.scrollIntoView());
    await shot('54-population-390');
    await page.locator('[data-testid="pop-outcomes"]').scrollIntoViewIfNeeded();
    assertSyntheticLabelInView(await page.locator('[data-testid="pop-synthetic"]').boundingBox(), 'outcomes at 390');
    await shot('55-population-outcomes-390');
    await page.locator('[data-testid="pop-hours"]').scrollIntoViewIfNeeded();
    await shot('56-population-hours-390');
  },

  async 'population: keyboard only, a bad number is refused with the field named, closing returns focus'({
    page,
    baseUrl,
  }) {
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
    await page.locator('[data-testid="population-toggle"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="population"]').waitFor();
    // Focus lands on the view's heading; Tab walks the link and close buttons, the count, the three policies,
    // cases, seed and Run.
    await page.waitForFunction(() => document.activeElement?.id === 'population-h');
    const order = [];
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('type'),
        ),
      );
    }
    assert.deepEqual(order, [
      'pop-copy-link',
      'population-close',
      'radio',
      'pop-policy-0',
      'pop-policy-1',
      'pop-policy-2',
      'pop-cases',
      'pop-seed',
      'pop-run',
    ]);
    // Two policies with the arrow keys on the count.
    await page.locator('[data-testid="population"] input[type="radio"]:checked').focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('[data-testid="pop-policy-2"]').count(), 0);
    // A bad number: refused, naming the field and the fix; nothing runs.
    await page.locator('[data-testid="pop-cases"]').fill('0');
    await page.locator('[data-testid="pop-cases"]').press('Enter');
    assert.equal(
      await page.locator('[data-testid="pop-form-error"]').innerText(),
      'cases: cases must be a whole number from 1 to 200,000. The last run is unchanged.',
    );
    assert.equal(await page.locator('[data-testid="pop-cases"]').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('[data-testid="pop-progress"]').count(), 0);
    await page.locator('[data-testid="pop-cases"]').fill('300');
    await page.locator('[data-testid="pop-cases"]').press('Enter');
    await page.locator('[data-testid="pop-results"]').waitFor({ timeout: 120_000 });
    assert.equal(await page.locator('[data-testid="pop-form-error"]').count(), 0);
    assert.deepEqual(await page.locator('[data-testid="pop-outcomes-table"] thead th').allInnerTexts(), [
      'Outcome',
      'A: Full cooperation',
      'B: Notify only',
    ]);
    // Close: the view goes, and focus returns to the button that opened it.
    await page.locator('[data-testid="population-close"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'population-toggle');
    assert.equal(await page.locator('[data-testid="population"]').count(), 0);
    assert.equal(await page.locator('[data-testid="population-toggle"]').getAttribute('aria-pressed'), 'false');
  },

  async 'population: a link holds the settings and opens the view with them; a bad one is refused'({ page, baseUrl }) {
    await openPopulation(page, baseUrl);
    await page.locator('[data-testid="pop-policy-2"]').selectOption('counting:calendar');
    await page.locator('[data-testid="pop-cases"]').fill('700');
    await page.locator('[data-testid="pop-seed"]').fill('99');
    await page.locator('[data-testid="pop-copy-link"]').click();
    const link = await page.locator('[data-testid="pop-link-url"]').inputValue();
    assert.match(link, /#population=cases:700,seed:99,preset:full-cooperation,preset:notify-only,counting:calendar$/);
    await runAndWait(page, 99);
    const numbers = await outcomeTable(page);

    const other = await page.context().newPage();
    await other.goto(link);
    await other.locator('[data-testid="population"]').waitFor();
    assert.equal(await other.locator('[data-testid="pop-cases"]').inputValue(), '700');
    assert.equal(await other.locator('[data-testid="pop-seed"]').inputValue(), '99');
    assert.equal(await other.locator('[data-testid="pop-policy-2"]').inputValue(), 'counting:calendar');
    assert.equal(await other.locator('[data-testid="population-toggle"]').getAttribute('aria-pressed'), 'true');
    await runAndWait(other, 99);
    assert.deepEqual(await outcomeTable(other), numbers, 'the link gives the same numbers');
    await other.close();

    const bad = await page.context().newPage();
    await bad.goto(link.replace('cases:700', 'cases:0'));
    await bad.locator('[data-testid="pop-link-error"]').waitFor();
    assert.equal(
      await bad.locator('[data-testid="pop-link-error"]').innerText(),
      'The population settings in this link cannot be opened (population.cases: cases must be a whole number from 1 to 200,000); the rest of the link is unaffected. Choose them again in the population view.',
    );
    assert.equal(await bad.locator('[data-testid="pop-cases"]').inputValue(), '3083');
    await bad.close();
  },
};
