/**
 * Browser tests of the built demo (run by scripts/run-e2e.mjs). The runner fails a test on any console
 * error or warning, page error, CSP violation, or request that leaves the local server.
 */
import assert from 'node:assert/strict';

async function load(page, baseUrl, hash = '') {
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="current-state"]').waitFor();
}

const state = (page) => page.locator('[data-testid="current-state"]').innerText();
const outcome = async (page) =>
  (await page.locator('[data-testid="outcome"]').count()) > 0
    ? page.locator('[data-testid="outcome"]').innerText()
    : null;

async function chooseScenario(page, id) {
  await page.locator('[data-testid="scenario-select"]').selectOption(id);
  await page.getByText('Step 0 of').waitFor();
}

async function runToOutcomeByClicking(page) {
  const next = page.locator('[data-testid="next-step"]');
  for (let i = 0; i < 40 && (await next.isEnabled()); i++) await next.click();
}

export const tests = {
  async 'loads with the disclaimer, the law applied and the diagram'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    const disclaimer = await page.locator('[data-testid="disclaimer"]').innerText();
    assert.match(disclaimer, /Educational model, not legal advice/);
    // The law the case runs under: the federal floor, each decision under the law of its own date.
    assert.match(disclaimer, /Law applied: Federal floor, at the date of each decision Law layers/);
    // The teaching view is the default; the full statechart is one toggle away.
    await page.getByRole('button', { name: 'Full statechart' }).click();
    await page.locator('svg g.state').first().waitFor();
    assert.ok((await page.locator('svg g.state').count()) >= 10, 'states drawn');
    assert.ok((await page.locator('svg g.edge').count()) >= 10, 'edges drawn');
    assert.equal(await page.locator('svg g.current:not(.t-chip)').count(), 1, 'one current state');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /default-src 'self'/);
    await shot('01-start');
  },

  async 'runs a scenario to its outcome by clicking'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    assert.equal(await outcome(page), null);
    await page.locator('[data-testid="next-step"]').click();
    await page.locator('svg g.taken').first().waitFor();
    await runToOutcomeByClicking(page);
    assert.equal(await outcome(page), 'released-hold-expired');
    assert.ok((await page.locator('.lane-custody .marker.kind-outcome').count()) === 1, 'outcome on the custody lane');
    await shot('02-outcome');
  },

  async 'travels back in time and branches'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    await runToOutcomeByClicking(page);
    const entries = page.locator('ol.entries button');
    await entries.nth(2).click();
    await page.getByText('viewing the past').waitFor();
    assert.equal(await outcome(page), null, 'no outcome yet in the past');
    await page.locator('.entry.future').first().waitFor();
    // A new event from here: DHS lifts the detainer.
    await page.locator('button[data-event="DETAINER_LIFTED"]').click();
    await page.getByRole('form', { name: 'DHS lifts detainer' }).getByRole('button', { name: 'Send' }).click();
    assert.equal(await outcome(page), 'released-detainer-lifted');
    const branches = await page.getByLabel('Branch').locator('option').allInnerTexts();
    assert.equal(branches.length, 2, 'two branches');
    await shot('03-branch');
    // Step back works too.
    await page.getByRole('button', { name: '◀ Step back' }).click();
    assert.equal(await outcome(page), null);
  },

  async 'changing the policy changes the outcome'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    await runToOutcomeByClicking(page);
    assert.equal(await outcome(page), 'released-hold-expired');
    await page.locator('[data-testid="policy-preset"]').selectOption('notify-only');
    await page.locator('[data-testid="what-if"]').getByText('the case ends otherwise').waitFor();
    assert.notEqual(await outcome(page), 'released-hold-expired');
    await shot('04-policy');
  },

  async 'blocked events stay focusable and explain why'({ page, baseUrl }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    const blocked = page.locator('button[data-event="DHS_ASSUMED_CUSTODY"]');
    assert.equal(await blocked.getAttribute('aria-disabled'), 'true');
    await blocked.focus();
    const tip = page.locator(`#${await blocked.getAttribute('aria-describedby')}`);
    assert.ok(await tip.isVisible(), 'reason visible on focus');
    assert.match(await tip.innerText(), /Sources/);
    await page.keyboard.press('Enter');
    await blocked.click({ force: true });
    assert.equal(await outcome(page), null, 'activating a blocked event does nothing');
    assert.equal(await page.locator('.event-form').count(), 0, 'no form opens');
  },

  async 'a bad scenario file shows an error and the app stays usable'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"detainer-kit/scenario","version":1,"id":"x","title":"<img src=x onerror=alert(1)>"}',
      ),
    });
    const msg = page.locator('[data-testid="message"]');
    await msg.waitFor();
    assert.match(await msg.innerText(), /not a valid scenario/);
    assert.equal(await page.locator('img').count(), 0, 'no injected markup');
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await page.getByText('is not a JSON file').waitFor();
    await shot('05-bad-file');
    await page.locator('[data-testid="next-step"]').click();
    assert.ok((await page.locator('svg g.current:not(.t-chip)').count()) === 1, 'still usable');
  },

  async 'exports the branch as a scenario file and imports it back to the same outcome'({ page, baseUrl }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'notify-only');
    await runToOutcomeByClicking(page);
    const before = await outcome(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    const json = JSON.parse(text);
    assert.equal(json.format, 'detainer-kit/scenario');
    await chooseScenario(page, 'late-notice');
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByText('Loaded').waitFor();
    await page.getByRole('button', { name: 'To end' }).click();
    assert.equal(await outcome(page), before);
  },

  async 'a share link lands on the same state, a hostile one shows a message'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'late-notice');
    const next = page.locator('[data-testid="next-step"]');
    await next.click();
    await next.click();
    const before = {
      state: await state(page),
      step: await page.locator('.step-count').innerText(),
      outcome: await outcome(page),
    };
    await page.locator('[data-testid="share"]').click();
    const link = await page.locator('[data-testid="share-link"]').inputValue();
    assert.match(link, /#share=dk1\./);
    const other = await page.context().newPage();
    await load(other, '', link.replace(/^/, ''));
    assert.deepEqual(
      {
        state: await state(other),
        step: await other.locator('.step-count').innerText(),
        outcome: await outcome(other),
      },
      before,
    );
    await other.screenshot({ path: 'test-output/06-shared.png' });
    await other.close();
    await load(
      page,
      baseUrl,
      `#share=dk1.${Buffer.from('{"scenario":{"title":"<script>alert(1)</script>"},"position":0}').toString('base64url')}`,
    );
    await page.reload();
    await page.getByText('This share link cannot be opened').waitFor();
    assert.equal(await page.locator('svg g.current:not(.t-chip)').count(), 1, 'the app is usable');
    await shot('07-bad-link');
  },

  async 'sends events through their forms, with instants in the custodian’s time zone'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    await page.locator('button[data-event="DETAINER_LODGED"]').click();
    const form = page.getByRole('form', { name: 'Lodge detainer' });
    await form.waitFor();
    assert.match(await form.getByText(/When \(America\/New_York\)/).innerText(), /America\/New_York/);
    await shot('09-lodge-form');
    await form.getByRole('button', { name: 'Send' }).click();
    await page.getByText('viewing the past').waitFor({ state: 'detached' });
    assert.equal(await state(page), 'Awaiting service');
    // Schedule a release at the default (a day more than the notice lead time out), then serve, then check
    // the notice window appears.
    await page.locator('button[data-event="DETAINER_SERVED"]').click();
    await page.locator('button[data-event="RELEASE_SCHEDULED"]').click();
    await page.getByRole('form', { name: 'Schedule release' }).getByRole('button', { name: 'Send' }).click();
    await page.locator('.segment').filter({ hasText: 'Notice due by' }).waitFor();
    await page.locator('button[data-event="RELEASE_ELIGIBLE"]').click();
    const eligible = page.getByRole('form', { name: 'Person becomes eligible for release' });
    await eligible.getByLabel('DHS is present at the facility').check();
    await eligible.getByRole('button', { name: 'Send' }).click();
    assert.equal(await outcome(page), 'transferred-to-dhs');
    await shot('10-transferred');
  },

  async 'moves custody during a hold and shows proof of status, and the timeline marks each hold'({
    page,
    baseUrl,
    shot,
  }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    const next = page.locator('[data-testid="next-step"]');
    for (let i = 0; i < 10 && (await state(page)) !== 'Hold running'; i++) await next.click();
    assert.equal(await state(page), 'Hold running');
    // Proof of status outside a state mandate changes nothing: the hold goes on (tx-ccp-2.251 applies only there).
    await page.locator('button[data-event="PROOF_OF_STATUS"]').click();
    const proof = page.getByRole('form', { name: 'Proof of status shown' });
    assert.deepEqual(await proof.getByLabel('Proof shown').locator('option').allInnerTexts(), [
      'US citizenship',
      'lawful immigration status',
    ]);
    await proof.getByRole('button', { name: 'Send' }).click();
    assert.equal(await state(page), 'Hold running');
    await page.locator('.lane-custody .marker[title^="Proof of US citizenship shown"]').waitFor();
    // Moved while held only on the detainer, to a custodian that declines: released at the move.
    await page.locator('button[data-event="CUSTODY_MOVED"]').click();
    const move = page.getByRole('form', { name: 'Move to another custodian' });
    await move.getByLabel('Held there on').selectOption('detainer-only');
    await move.getByLabel('Its policy').selectOption('decline-all');
    await move.getByRole('button', { name: 'Send' }).click();
    assert.equal(await outcome(page), 'released-hold-declined');
    await shot('11-moved-detainer-only');
    // A move on a new criminal charge: two holds, each on the custody lane with its hours.
    await chooseScenario(page, 'custody-moved-new-criminal-charge-two-holds');
    await page.getByRole('button', { name: 'To end' }).click();
    assert.equal(await outcome(page), 'transferred-to-dhs');
    await page.locator('.lane-custody .segment').filter({ hasText: 'Hold 1: held 24 h' }).waitFor();
    await page.locator('.lane-custody .segment').filter({ hasText: 'Hold 2: Held 30.5 h' }).waitFor();
    await shot('12-two-holds');
  },

  async 'keyboard only: every control is reachable and focus is visible'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    const seen = new Set();
    let outlineMissing = 0;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        return {
          tag: el.tagName,
          label: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '',
          outline: cs.outlineStyle !== 'none' && cs.outlineWidth !== '0px',
        };
      });
      if (!info) continue;
      seen.add(`${info.tag}:${info.label}`);
      if (!info.outline) outlineMissing += 1;
    }
    assert.equal(outlineMissing, 0, 'every focused element shows an outline');
    for (const needed of ['BUTTON:Full statechart', 'BUTTON:Next step ▶', 'SELECT:']) {
      assert.ok(
        [...seen].some((k) => k.startsWith(needed)),
        `reached ${needed}`,
      );
    }
    await shot('11-keyboard');
  },

  async 'text meets WCAG AA contrast'({ page, baseUrl, fullShot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'late-notice');
    await runToOutcomeByClicking(page);
    await page.locator('details.diagram-text summary').click();
    const failures = await page.evaluate(() => {
      const parse = (c) => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m) return null;
        const [r, g, b, a = 1] = m[1].split(',').map((x) => Number.parseFloat(x));
        return { r, g, b, a };
      };
      const lum = ({ r, g, b }) => {
        const f = (v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const bgOf = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a > 0.5) return c;
        }
        return { r: 255, g: 255, b: 255, a: 1 };
      };
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (
          !el ||
          !n.textContent.trim() ||
          el.closest('svg') ||
          el.closest('.visually-hidden') ||
          el.closest('[disabled]') ||
          el.closest('option')
        )
          continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const cs = getComputedStyle(el);
        const fg = parse(cs.color);
        const bg = bgOf(el);
        const l1 = lum(fg);
        const l2 = lum(bg);
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        const size = Number.parseFloat(cs.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5))
          out.push(
            `${ratio.toFixed(2)} "${n.textContent.trim().slice(0, 30)}" (${cs.color} on rgb(${bg.r},${bg.g},${bg.b}))`,
          );
      }
      return [...new Set(out)].slice(0, 10);
    });
    assert.deepEqual(failures, []);
    await fullShot('12-full-page-with-text-list');
  },

  async 'zooms and pans with buttons, wheel, drag and keyboard'({ page, baseUrl }) {
    await load(page, baseUrl);
    await page.getByRole('button', { name: 'Full statechart' }).click();
    await page.locator('.diagram-box svg > g').waitFor();
    const g = page.locator('.diagram-box svg > g');
    const t0 = await g.getAttribute('transform');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const t1 = await g.getAttribute('transform');
    assert.notEqual(t1, t0);
    const box = page.locator('.diagram-box');
    const b = await box.boundingBox();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.wheel(0, 200);
    const t2 = await g.getAttribute('transform');
    assert.notEqual(t2, t1);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 60, b.y + b.height / 2 + 30, { steps: 4 });
    await page.mouse.up();
    const t3 = await g.getAttribute('transform');
    assert.notEqual(t3, t2);
    await box.focus();
    await page.keyboard.press('ArrowLeft');
    assert.notEqual(await g.getAttribute('transform'), t3);
    await page.keyboard.press('0');
  },

  async 'plays the virtual clock and jumps to the next deadline'({ page, baseUrl, shot }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    const next = page.locator('[data-testid="next-step"]');
    for (let i = 0; i < 10 && (await state(page)) !== 'Hold running'; i++) await next.click();
    assert.equal(await state(page), 'Hold running');
    const before = await page.locator('.clock time').getAttribute('datetime');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.notEqual(await page.locator('.clock time').getAttribute('datetime'), before);
    await page.locator('.countdown').waitFor();
    await shot('08-hold-running');
    await page.getByRole('button', { name: 'Jump to next deadline' }).click();
    assert.equal(await outcome(page), 'released-hold-expired');
  },

  async 'saves the documentation screenshot: a hold running, with the teaching chart, the step controls and "Why"'({
    page,
    baseUrl,
    docShot,
  }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'weekday-rule-friday-release');
    const next = page.locator('[data-testid="next-step"]');
    for (let i = 0; i < 10 && (await state(page)) !== 'Hold running'; i++) await next.click();
    assert.equal(await state(page), 'Hold running');
    // Two days into the hold (a weekend: the weekday rule does not count it).
    await page.getByRole('button', { name: '+1 day' }).click();
    await page.getByRole('button', { name: '+1 day' }).click();
    assert.equal(await state(page), 'Hold running');
    // The page as it opens (not scrolled): the step controls, the whole teaching chart and "Why" beside it.
    const viewport = page.viewportSize();
    assert.deepEqual(viewport, { width: 1280, height: 800 });
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    for (const selector of [
      '#time-controls',
      '[data-testid="current-state"]',
      '[data-testid="teaching-diagram"] svg',
      '.teaching g.t-node.current',
      '#why-h',
    ]) {
      const box = await page.locator(selector).first().boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `${selector} in the picture`);
    }
    assert.ok(await page.getByRole('heading', { name: 'Why' }).isVisible());
    // No focus ring or hover highlight left over from the clicks.
    await page.evaluate(() => document.activeElement?.blur?.());
    await page.mouse.move(4, 400);
    await docShot('screenshot');
  },
};
