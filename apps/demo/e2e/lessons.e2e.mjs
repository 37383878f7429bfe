/**
 * Browser tests of the lesson player (src/lessons/): a full lesson to its end, a checkpoint that cannot be
 * skipped (by Next, by the chart, or by a link), presenter mode at 1920×1080 and the printed handout. The
 * expected facts are the lessons' own, worked out by hand from DOMAIN.md §3: "Two ways to count 48 hours" is
 * eligible Fri Apr 12, 2024 17:00 in New York; weekday count → Tue Apr 16 17:00; calendar count → Sun Apr 14
 * 17:00. "A holiday weekend" is eligible Fri Aug 29, 2014 17:00; with Labor Day left out → Wed Sep 3 17:00.
 */
import assert from 'node:assert/strict';
import { LESSON_LIBRARY } from '@detainer-kit/sdk';

const count = (page) => page.locator('[data-testid="lesson-count"]').innerText();
const hashOf = (page) => page.evaluate(() => location.hash);
const next = (page) => page.locator('[data-testid="lesson-next"]');

async function openLesson(page, baseUrl, hash) {
  await page.goto(`${baseUrl}${hash}`);
  await page.locator('[data-testid="lesson-player"]').waitFor();
  await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
}

export const tests = {
  async 'lessons: from the start screen, a full lesson to its end, progress kept in the address'({
    page,
    baseUrl,
    shot,
  }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
    await page.locator('[data-testid="open-lessons"]').click();
    await page.locator('[data-testid="lesson-list"]').waitFor();
    assert.equal(await page.locator('[data-testid="lesson-list"] > li').count(), LESSON_LIBRARY.length);
    await shot('lessons-list-1280');
    await page.locator('[data-testid="open-lesson-weekday-or-calendar"]').click();
    await page.locator('[data-testid="lesson-title"]', { hasText: 'Two ways to count 48 hours' }).waitFor();
    assert.equal(await count(page), 'Section 1 of 5');
    assert.match(await page.locator('[data-testid="lesson-section"]').innerText(), /excluding Saturdays, Sundays/);
    await next(page).click();
    assert.equal(await count(page), 'Section 2 of 5');
    assert.match(await page.locator('[data-testid="lesson-now"]').innerText(), /Tue, Apr 9, 2024/);
    await next(page).click();
    // The checkpoint: the case waits before the release; no hold on the timeline yet.
    await page.locator('[data-testid="checkpoint"][data-revealed="false"]').waitFor();
    assert.equal(await page.locator('[data-testid="hold-count"]').count(), 0);
    await shot('lesson-checkpoint-1280');
    await page.locator('[data-testid="choice-tuesday"]').click();
    const reveal = page.locator('[data-testid="checkpoint-reveal"]');
    await reveal.waitFor();
    const revealed = await reveal.innerText();
    assert.match(revealed, /You chose C: “Tuesday, April 16 at 17:00”\. That is what the model gives\./);
    assert.match(revealed, /when the hold must end: Tue, Apr 16, 2024, 5:00\sPM/);
    assert.match(revealed, /Friday from 17:00 to midnight counts 7 hours/);
    assert.match(revealed, /\[kcp-examples\]/);
    assert.match(await hashOf(page), /^#lesson=weekday-or-calendar&s=2&picks=tuesday$/);
    await shot('lesson-reveal-1280');
    await next(page).click();
    await page.locator('[data-testid="hold-count"]').waitFor();
    await next(page).click();
    await page.locator('[data-testid="try-it"]').waitFor();
    await page.locator('[data-testid="try-it-toggle"]').click();
    const tried = await page.locator('[data-testid="try-it-result"]').innerText();
    assert.match(tried, /when the hold must end: Sun, Apr 14, 2024, 5:00\sPM/);
    assert.match(await page.locator('[data-testid="lesson-clock"]').innerText(), /With the change, played to the end/);
    await next(page).click();
    const end = await page.locator('[data-testid="lesson-end"]').innerText();
    assert.match(end, /1 of 1 predictions matched the model/);
    assert.match(end, /You chose “Tuesday, April 16 at 17:00”/);
    assert.match(await count(page), /End of the lesson/);
    assert.equal(await next(page).getAttribute('aria-disabled'), 'true');
    // The link opens where the student left off.
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('[data-testid="lesson-end"]').waitFor();
    assert.match(await page.locator('[data-testid="lesson-score"]').innerText(), /1 of 1/);
    await page.locator('[data-testid="lesson-list-link"]').click();
    await page.locator('[data-testid="back-to-simulator"]').click();
    await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  },

  async 'lessons: a checkpoint cannot be skipped by Next, the chart or a link; the reveal shows the choice'({
    page,
    baseUrl,
    shot,
  }) {
    await page.setViewportSize({ width: 390, height: 844 });
    // A link that names the last section opens at the first question not answered yet.
    await openLesson(page, baseUrl, '#lesson=holiday-weekend&s=5');
    await page.locator('[data-testid="lesson-message"]').waitFor();
    assert.equal(await count(page), 'Section 3 of 6');
    assert.match(await hashOf(page), /^#lesson=holiday-weekend&s=2$/);
    const clock = await page.locator('[data-testid="lesson-clock"]').innerText();
    assert.match(clock, /Tue, Aug 26, 2014/);
    await page.locator('[data-testid="checkpoint"][data-revealed="false"]').waitFor();
    // Next, by click and by keyboard, does not move on; the reason is given. (`force`: Playwright does not
    // click an aria-disabled button on its own; a person can.)
    await next(page).click({ force: true });
    await next(page).focus();
    await page.keyboard.press('Enter');
    assert.equal(await count(page), 'Section 3 of 6');
    assert.match(await page.locator('[data-testid="lesson-wait"]').innerText(), /Choose an answer to go on/);
    // The chart's arrows send nothing: the case shown does not move past the checkpoint.
    const arrows = page.locator('.teaching g.t-edge[role="button"]');
    for (let i = 0; i < Math.min(3, await arrows.count()); i++) await arrows.nth(i).click({ force: true });
    assert.equal(await page.locator('[data-testid="lesson-clock"]').innerText(), clock);
    // Nothing on the page gives the answer away before a choice.
    const before = await page.locator('body').innerText();
    assert.doesNotMatch(before, /model’s answer|Friday counts 7 hours|Sep 3, 2014/);
    assert.equal(await page.locator('[data-testid="checkpoint-reveal"]').count(), 0);
    await shot('lesson-checkpoint-390');
    // By keyboard: the choice is a button; once it is gone, focus is on the reveal, not on the page's body.
    await page.locator('[data-testid="choice-tuesday"]').focus();
    await page.keyboard.press('Enter');
    const reveal = await page.locator('[data-testid="checkpoint-reveal"]').innerText();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'checkpoint-reveal');
    assert.match(reveal, /You chose B: “Tuesday, September 2 at 17:00”\. The model gives another answer\./);
    assert.match(
      reveal,
      /“Wednesday, September 3 at 17:00” \(when the hold must end: Wed, Sep 3, 2014, 5:00\sPM EDT\)/,
    );
    assert.match(await page.locator('[data-testid="choice-wednesday"]').innerText(), /the model’s answer/);
    // The choice is final: no choice buttons remain.
    assert.equal(await page.locator('[data-testid="checkpoint"] button.choice').count(), 0);
    await shot('lesson-reveal-390');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no horizontal scroll at 390 px (page is ${width} px wide)`);
    await next(page).click();
    assert.equal(await count(page), 'Section 4 of 6');
  },

  async 'lessons: presenter view at 1920x1080, large text, one control row, answer hidden until revealed'({
    page,
    baseUrl,
    shot,
  }) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openLesson(page, baseUrl, '#lesson=request-not-command&s=0');
    await page.locator('[data-testid="lesson-presenter-toggle"]').click();
    await page.locator('[data-testid="lesson-player"][data-view="presenter"]').waitFor();
    assert.match(await hashOf(page), /view=presenter/);
    // One control row; no timeline.
    assert.equal(await page.locator('[data-testid="lesson-controls"]').count(), 1);
    assert.equal(await page.locator('.timeline-panel').count(), 0);
    await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
    const px = await page
      .locator('.lesson-paragraph')
      .first()
      .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    assert.ok(px >= 28, `presenter text is large (${px} px)`);
    await shot('lesson-presenter-narrative-1920');
    await next(page).click();
    await page.locator('[data-testid="checkpoint"][data-revealed="false"]').waitFor();
    // Choices are shown, not answerable buttons; the answer stays hidden until the presenter reveals it.
    assert.equal(await page.locator('[data-testid="checkpoint"] button').count(), 0);
    assert.equal(await page.locator('[data-testid="checkpoint-reveal"]').count(), 0);
    assert.doesNotMatch(await page.locator('body').innerText(), /model’s answer/);
    await next(page).click({ force: true });
    assert.equal(await count(page), 'Section 2 of 5');
    const bar = await page.locator('.lesson-presenter-bar').boundingBox();
    assert.ok(bar && bar.y + bar.height <= 1080 && bar.y > 900, 'the control row sits at the bottom of the screen');
    const question = await page.locator('[data-testid="checkpoint-question"]').boundingBox();
    assert.ok(question && question.y + question.height < bar.y, 'the question is above the control row, on screen');
    await shot('lesson-presenter-checkpoint-1920');
    await page.locator('[data-testid="lesson-reveal"]').click();
    const reveal = await page.locator('[data-testid="checkpoint-reveal"]').innerText();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'checkpoint-reveal');
    assert.match(reveal, /Revealed by the presenter/);
    assert.match(reveal, /“The county’s own policy” \(which layer decides the hold: the custodian’s own policy\)/);
    assert.match(await hashOf(page), /picks=_/);
    await shot('lesson-presenter-reveal-1920');
    await next(page).click();
    assert.equal(await count(page), 'Section 3 of 5');
  },

  async 'lessons: the printed handout has the narrative, the questions without answers, and the sources'({
    page,
    baseUrl,
    fullShot,
  }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openLesson(page, baseUrl, '#lesson=state-law-over-local-policy&s=0');
    assert.equal(await page.locator('[data-testid="handout"]').isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('[data-testid="handout"]');
    assert.equal(await handout.isVisible(), true);
    assert.equal(await page.locator('.lesson-layout').isVisible(), false);
    assert.equal(await page.locator('[data-testid="lesson-controls"]').isVisible(), false);
    const text = await handout.innerText();
    assert.match(text, /^State law over local policy/);
    assert.match(text, /Lunn v\. Commonwealth \(2017\)/);
    assert.match(text, /Question 1\n/);
    assert.match(text, /Question 2\n/);
    assert.match(text, /☐ A\. The county’s own policy/);
    assert.match(text, /Try it in the simulator/);
    assert.match(text, /\[lunn-2017\]/);
    assert.match(text, /\[tx-ccp-2\.251\] Texas Code of Criminal Procedure/);
    assert.match(text, /Educational model, not legal advice/);
    // No answers and no explanations.
    assert.doesNotMatch(text, /SB 4 takes precedence over the county’s switches|model’s answer|20 hours into the hold/);
    await fullShot('lesson-handout-print');
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await handout.isVisible(), false);
  },
};
