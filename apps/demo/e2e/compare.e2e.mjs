/**
 * Browser tests for compare mode: the same facts under two or three policies, the summary first, then every
 * compared field, then the timelines on one time axis; shareable as a link; keyboard operable. The expected
 * facts are worked out by hand from the scenario "Weekday rule: eligible for release on a Friday evening":
 * eligible Fri Apr 12 17:00 (New York); under the weekday rule the 48 counted hours end Tue Apr 16 17:00
 * (96 elapsed hours); under the calendar rule they end Sun Apr 14 17:00 (48 h); "Notify only" does not hold,
 * so the person is released on Friday at 17:00, 4 days before Tuesday 17:00 and 2 days before Sunday 17:00.
 */
import assert from 'node:assert/strict';

async function load(page, baseUrl, hash = '') {
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="current-state"]').waitFor();
}

/** Opens compare mode on the weekday scenario with the current policy, "Notify only" and the calendar rule. */
async function openThree(page, baseUrl) {
  await load(page, baseUrl);
  await page.locator('[data-testid="scenario-select"]').selectOption('weekday-rule-friday-release');
  await page.getByText('Step 0 of').waitFor();
  await page.locator('[data-testid="compare-toggle"]').click();
  await page.locator('[data-testid="compare-summary"]').waitFor();
  await page.getByLabel('3 policies').check();
  const c = page.locator('[data-testid="compare-column-2"]');
  await c.waitFor();
  // The third column starts as the calendar rule; pick another and back, as a person would.
  await c.selectOption('preset:decline-all');
  await page.locator('[data-testid="compare-details"] th', { hasText: 'C: Decline all' }).waitFor();
  await c.selectOption('counting:calendar');
}

const cells = (page, field) =>
  page.locator(`[data-testid="compare-details"] tr[data-field="${field}"] td`).allInnerTexts();

async function selection(page) {
  const out = [];
  for (let i = 0; i < 3; i++) {
    const s = page.locator(`[data-testid="compare-column-${i}"]`);
    if ((await s.count()) > 0) out.push(await s.inputValue());
  }
  return out;
}

/** Checks the screen against the hand-worked facts (see the top of this file). */
async function assertThree(page) {
  assert.deepEqual(await selection(page), ['current', 'preset:notify-only', 'counting:calendar']);
  const summary = await page.locator('[data-testid="compare-summary"] li').allInnerTexts();
  assert.equal(summary.length, 2);
  assert.match(summary[0], /^Notify only compared with Current policy:/);
  assert.match(summary[0], /No hold runs \(instead of 96 h\)/);
  assert.match(summary[0], /leaves the custodian 4 d earlier than under “Current policy”/);
  assert.match(summary[1], /held 48 h instead of 96 h/);
  assert.match(summary[1], /Sun, Apr 14, 2024, 5:00\sPM/);
  assert.match(summary[1], /2 d earlier/);
  assert.deepEqual(await cells(page, 'hoursHeld'), ['96 h', 'no hold', '48 h']);
  const ends = await cells(page, 'holdEndsAt');
  assert.match(ends[0], /Tue, Apr 16, 2024, 5:00\sPM/);
  assert.equal(ends[1], 'none');
  assert.match(ends[2], /Sun, Apr 14, 2024, 5:00\sPM/);
  const counting = await cells(page, 'countingRule');
  assert.match(counting[0], /weekday hours only/);
  assert.match(counting[2], /elapsed hours/);
}

/** The x of the left edge of an element inside compare timeline `i`. */
async function xOf(page, i, selector) {
  const box = await page.locator(`[data-testid="compare-timeline-${i}"] ${selector}`).first().boundingBox();
  assert.ok(box, `${selector} drawn in timeline ${i}`);
  return box;
}

export const tests = {
  async 'compare: weekday rule, notify only and the calendar rule, summary first, one time axis'({
    page,
    baseUrl,
    shot,
  }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openThree(page, baseUrl);
    await assertThree(page);
    // The summary comes before the details, and the details before the timelines.
    const order = await page.evaluate(() =>
      ['compare-summary', 'compare-details', 'compare-timeline-0'].map(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect().top ?? -1,
      ),
    );
    assert.ok(order[0] < order[1] && order[1] < order[2], `summary, details, timelines in that order: ${order}`);
    // One time axis: Friday 17:00 (release eligible under A, release under B) sits at one x in both.
    const eligible = await xOf(page, 0, '.lane-custody .marker[title^="Release eligible"]');
    const releasedB = await xOf(page, 1, '.lane-custody .marker.kind-outcome');
    assert.ok(Math.abs(eligible.x - releasedB.x) <= 1, `Friday 17:00 at one place (${eligible.x} vs ${releasedB.x})`);
    // The holds: 96 elapsed hours under A, none under B, 48 under C (half of A's width).
    assert.equal(await page.locator('[data-testid="compare-timeline-1"] .segment.tone-hold').count(), 0);
    const holdA = await xOf(page, 0, '.segment.tone-hold');
    const holdC = await xOf(page, 2, '.segment.tone-hold');
    assert.ok(Math.abs(holdA.x - holdC.x) <= 1, 'both holds start at Friday 17:00');
    assert.ok(Math.abs(holdC.width / holdA.width - 0.5) < 0.03, `48 h is half of 96 h (${holdC.width}/${holdA.width})`);
    assert.match(await page.locator('[data-testid="compare"]').innerText(), /Educational model, not legal advice/);
    await page.locator('[data-testid="compare"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('#compare-h')?.scrollIntoView());
    await shot('40-compare-1280');
    await page.evaluate(() => document.querySelector('[data-testid="compare-timeline-0"]')?.scrollIntoView());
    await shot('41-compare-timelines-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => document.querySelector('#compare-h')?.scrollIntoView());
    // Nothing in compare mode is wider than the phone's screen (the table scrolls inside its own box).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling at 390 px (${overflow} px)`);
    await shot('42-compare-390');
    await page.evaluate(() => document.querySelector('[data-testid="compare-timeline-0"]')?.scrollIntoView());
    await shot('43-compare-timelines-390');
  },

  async 'compare: the share link round-trips the comparison; a bad compare part is refused'({ page, baseUrl }) {
    await openThree(page, baseUrl);
    await page.locator('[data-testid="compare-share"]').click();
    const link = await page.locator('[data-testid="share-link"]').inputValue();
    assert.match(link, /#share=dk1\.[^&]+&compare=current,preset:notify-only,counting:calendar$/);
    const other = await page.context().newPage();
    await load(other, '', link);
    await other.locator('[data-testid="compare-summary"]').waitFor();
    await assertThree(other);
    assert.match(await other.locator('[data-testid="case-summary"]').innerText(), /Weekday rule: eligible for release/);
    await other.close();

    // A bad compare part: refused with the column named; the scenario still opens, without compare mode.
    const bad = link.replace(/&compare=.*$/, '&compare=current,preset:nope');
    const third = await page.context().newPage();
    await load(third, '', bad);
    const message = await third.locator('[data-testid="message"]').innerText();
    assert.match(message, /The comparison in this link cannot be opened \(compare\.1\.preset:/);
    assert.match(message, /notify-only/);
    assert.equal(await third.locator('[data-testid="compare"]').count(), 0);
    assert.match(await third.locator('[data-testid="case-summary"]').innerText(), /Weekday rule: eligible for release/);
    await third.close();

    // An old link without a compare part opens as before.
    const old = link.replace(/&compare=.*$/, '');
    const fourth = await page.context().newPage();
    await load(fourth, '', old);
    assert.equal(await fourth.locator('[data-testid="compare"]').count(), 0);
    assert.match(await fourth.locator('[data-testid="message"]').innerText(), /Opened a share link/);
    await fourth.close();
  },

  async 'compare: keyboard only, visible focus, no trap, focus back on close'({ page, baseUrl }) {
    await load(page, baseUrl);
    await page.locator('[data-testid="scenario-select"]').selectOption('weekday-rule-friday-release');
    await page.getByText('Step 0 of').waitFor();
    await page.locator('body').focus();
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        return {
          id: el.getAttribute('data-testid') ?? '',
          label: (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim(),
          inCompare: Boolean(el.closest('[data-testid="compare"]')),
          outline: cs.outlineStyle !== 'none' && cs.outlineWidth !== '0px',
        };
      });
    const tabTo = async (pred, what, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const a = await active();
        if (a && pred(a)) return a;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo((a) => a.id === 'compare-toggle', 'the compare button');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="compare-summary"]').waitFor();
    // Into the picker: the radio group for the number of policies; the arrow key picks 3.
    const radio = await tabTo((a) => a.inCompare && /policies$/.test(a.label), 'the number of policies');
    assert.ok(radio.outline, 'focus visible on the radio');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="compare-column-2"]').waitFor();
    // Column B: from "Notify only" one step down with the keyboard.
    const b = await tabTo((a) => a.id === 'compare-column-1', 'column B');
    assert.ok(b.outline, 'focus visible on the select');
    const before = await page.locator('[data-testid="compare-column-1"]').inputValue();
    await page.keyboard.press('ArrowDown');
    const after = await page.locator('[data-testid="compare-column-1"]').inputValue();
    assert.notEqual(after, before, 'the keyboard changes a column');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('[data-testid="compare-column-1"]').inputValue(), 'preset:notify-only');
    // No trap: Tab leaves compare mode for the simulator below.
    await tabTo((a) => !a.inCompare, 'past compare mode', 20);
    // Back to "Close comparison" with Shift+Tab; Enter closes, and focus returns to the button that opened it.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Shift+Tab');
      const a = await active();
      if (a?.id === 'compare-close') break;
    }
    const close = await active();
    assert.equal(close?.id, 'compare-close');
    assert.ok(close?.outline, 'focus visible on Close');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="compare"]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'compare-toggle');
    assert.equal(await page.locator('[data-testid="compare-toggle"]').getAttribute('aria-pressed'), 'false');
  },
};
