/**
 * Trainer mode: a module's lessons as slides on a projector, walked with the
 * keys a presentation clicker sends; answers revealed on a key press; axe
 * passes; presenting never touches a learner's saved progress; controls that
 * stay out of the room's sight; and every deck fits the screen, answers
 * revealed, at 1280x720 and 1920x1080.
 */
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { course, fill, strings } from './course.ts';
import { axeViolations, guardNetwork, tabTo } from './site.ts';
import { probeSlides } from '../../src/present/slide-fit-probe.ts';
import { moduleDeck } from '../../src/present/deck-model.ts';
import { readContent } from '../../src/content/read-content.ts';
import { contentDir } from '../../src/content/content-dir.ts';
import { hasSlides } from '../../src/content/trainer-markup.ts';
import { pptxFile } from '../../src/present/pptx-name.ts';
import type { Lang } from '../../src/i18n/languages.ts';

const lang = 'nb';
const s = strings[lang];
const module = course.modules.find((m) => course.blocks.some((b) => b.moduleId === m.id && b.type === 'scenario'))!;

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  test(`a trainer walks "${module.id}" with clicker keys at ${size.width}x${size.height}`, async ({ page }) => {
    const problems = await guardNetwork(page);
    await page.setViewportSize(size);
    await page.goto(`${lang}/${module.id}/index.html`);
    await page.getByRole('link', { name: s.presentModule }).click();
    const counter = page.locator('[data-deck="counter"]');
    await expect(counter).toHaveText(/^Lysbilde 1 av \d+$/);
    const total = Number((await counter.textContent())!.match(/av (\d+)/)![1]);
    // Title, objectives, then for each lesson a title slide and its sections, blocks and key points.
    expect(total).toBeGreaterThan(2 + module.lessons.length * 2);
    await expect(page.locator('.slide:not([hidden]) h1')).toHaveText(module.text[lang].title);

    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(fill(s.slideCounter, { n: 2, total }));
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    await expect(counter).toHaveText(fill(s.slideCounter, { n: 4, total }));
    await page.keyboard.press('PageUp');
    await expect(counter).toHaveText(fill(s.slideCounter, { n: 3, total }));
    await page.keyboard.press('End');
    await expect(counter).toHaveText(fill(s.slideCounter, { n: total, total }));
    await expect(page.locator('.slide:not([hidden]) h2')).toHaveText(s.keyPointsHeading);
    await page.keyboard.press('Home');
    await expect(counter).toHaveText(fill(s.slideCounter, { n: 1, total }));
    await expect(page.locator('.slide:not([hidden])')).toHaveCount(1);

    // Jump to the scenario's first decision, reveal a consequence with R.
    const scenario = course.blocks.find((b) => b.moduleId === module.id && b.type === 'scenario')!;
    const title = scenario.text[lang].type === 'scenario' ? scenario.text[lang].title : '';
    const option = page.locator('[data-deck="jump"] option', { hasText: `${title} · ${fill(s.scenarioDecision, { n: 1 })}` });
    await page.locator('[data-deck="jump"]').selectOption(await option.getAttribute('value'));
    await expect(page.locator('.slide:not([hidden]) h3')).toContainText(fill(s.scenarioDecision, { n: 1 }));
    // Back from the jump list to the slide, as a trainer clicks the screen.
    await page.locator('.slide:not([hidden]) h3').click();
    await page.keyboard.press('r');
    await expect(page.locator('.slide:not([hidden]) details[open]')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);

    // The position survives a reload, and presenting left no saved progress behind.
    const at = await counter.textContent();
    await page.reload();
    await expect(counter).toHaveText(at!);
    expect(await page.evaluate(() => localStorage.getItem('se-ips:progress'))).toBeNull();
    expect(problems).toEqual([]);
  });
}

test('the presenter view follows the audience view and back, with notes, next slide, time and a timer', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${lang}/present/${module.id}/index.html`);
  // The controls are out of the room's sight; Tab brings them (and keeps them while one has focus).
  await tabTo(page, page.getByRole('button', { name: s.openPresenter }));
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await presenter.waitForLoadState();
  await expect(presenter.getByRole('heading', { name: s.presenterNotes })).toBeVisible();
  await expect(presenter.getByText(s.presenterNoNotes)).toBeVisible();
  await expect(presenter.locator('[data-presenter="elapsed"]')).toHaveText(/\d+:\d\d$/);
  await expect(presenter.locator('[data-presenter="next"]')).toHaveText(s.objectivesHeading);

  const audience = page.locator('[data-deck="counter"]');
  const follower = presenter.locator('[data-deck="counter"]');
  await page.locator('.slide:not([hidden]) h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(audience).toHaveText(/^Lysbilde 2 /);
  await expect(follower).toHaveText(/^Lysbilde 2 /);
  await presenter.locator('.slide:not([hidden]) h2').click();
  await presenter.keyboard.press('PageDown');
  await expect(follower).toHaveText(/^Lysbilde 3 /);
  await expect(audience).toHaveText(/^Lysbilde 3 /);

  // On a slide with speaker notes the presenter reads them; the room does not see them.
  const withNotes = await page.locator('.slide').evaluateAll((slides) => slides.findIndex((x) => x.querySelector('[data-notes]')));
  expect(withNotes).toBeGreaterThan(0);
  await page.keyboard.press('Home');
  for (let n = 0; n < withNotes; n++) await page.keyboard.press('ArrowRight');
  await expect(follower).toHaveText(new RegExp(`^Lysbilde ${withNotes + 1} `));
  const notes = (await page.locator(`#slide-${withNotes + 1} [data-notes]`).first().textContent())!.trim();
  await expect(presenter.locator('[data-presenter="notes"]')).toContainText(notes.slice(0, 40));
  await expect(page.locator(`#slide-${withNotes + 1} [data-notes]`).first()).toBeHidden();

  // A consequence revealed on the presenter's screen appears for the room.
  const scenario = course.blocks.find((b) => b.moduleId === module.id && b.type === 'scenario')!;
  const title = scenario.text[lang].type === 'scenario' ? scenario.text[lang].title : '';
  const value = await presenter.locator('[data-deck="jump"] option', { hasText: `${title} · ${fill(s.scenarioDecision, { n: 1 })}` }).getAttribute('value');
  await presenter.locator('[data-deck="jump"]').selectOption(value);
  await expect(page.locator('.slide:not([hidden]) h3')).toContainText(fill(s.scenarioDecision, { n: 1 }));
  await presenter.locator('.slide:not([hidden]) summary').first().click();
  await expect(page.locator('.slide:not([hidden]) details').first()).toHaveAttribute('open', '');

  // The exercise timer counts down.
  await presenter.getByLabel(s.timerMinutes).fill('1');
  await presenter.getByRole('button', { name: s.timerStart }).click();
  await expect(presenter.locator('[data-timer="display"]')).toHaveText(/^0:5\d$/);
  expect(await axeViolations(presenter)).toEqual([]);
});

test('printing a presentation gives the facilitator guide: agenda, discussion questions, exercises, then the slides with notes', async ({ page }) => {
  await page.goto(`${lang}/index.html`);
  await page.getByRole('link', { name: fill(s.presentTitle, { title: module.text[lang].title }) }).click();
  await expect(page.locator('[data-deck="counter"]')).toHaveText(/^Lysbilde 1 /);
  const guide = page.getByRole('heading', { name: fill(s.guideTitle, { title: module.text[lang].title }) });
  await expect(guide).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(guide).toBeVisible();
  await expect(page.getByRole('button', { name: s.printGuide })).toBeHidden();

  const agenda = page.locator('.guide__agenda tbody tr');
  await expect(agenda).toHaveCount(module.lessons.length + 2);
  await expect(agenda.first().getByRole('rowheader')).toHaveText(s.agendaOpening);
  await expect(agenda.first().locator('td').first()).toHaveText('0:00');
  const discussions = module.lessons.flatMap((l) => l.discussions[lang]);
  expect(discussions.length).toBeGreaterThanOrEqual(module.lessons.length);
  await expect(page.locator('.guide')).toContainText(discussions[0].question);
  const blocks = course.blocks.filter((b) => b.moduleId === module.id);
  await expect(page.getByRole('heading', { name: s.guideExercisesHeading }).locator('+ ol > li')).toHaveCount(blocks.length);

  // Every slide prints as a handout, answers and speaker notes shown.
  const slides = page.locator('.slide');
  await expect(slides.last()).toBeVisible();
  await expect(page.locator('.slide .present-reveal p').first()).toBeVisible();
  await expect(page.locator('.slide .speaker-notes:not([data-prose-notes])').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThan(4);
});

test('slides change without motion when the trainer asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${lang}/present/${module.id}/index.html`);
  await page.keyboard.press('ArrowRight');
  expect(await page.locator('.slide:not([hidden])').evaluate((x) => getComputedStyle(x).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.keyboard.press('ArrowRight');
  expect(await page.locator('.slide:not([hidden])').evaluate((x) => getComputedStyle(x).animationName)).toBe('slide-in');
});

test('a trainer can present from the built site opened straight from disk, with no server or network', async ({ page }) => {
  const problems = await guardNetwork(page);
  await page.goto(pathToFileURL(`dist/site/${lang}/present/${module.id}/index.html`).href);
  const counter = page.locator('[data-deck="counter"]');
  await expect(counter).toHaveText(/^Lysbilde 1 av \d+$/);
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(/^Lysbilde 2 av \d+$/);
  expect(problems).toEqual([]);
});

const { content } = readContent(process.cwd(), contentDir);
const withSlideTexts = course.modules.find((m) => content.lessons.some((l) => l.moduleId === m.id && l.lang === 'nb' && hasSlides(l.body)))!;

test(`a module with slide texts: headline and points on the slide, the prose in the presenter's notes, the room sees no controls until the mouse moves`, async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${lang}/present/${withSlideTexts.id}/index.html`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(withSlideTexts.text[lang].title));
  // As many slides as the deck the PowerPoint export is made from.
  const bodies = Object.fromEntries(content.lessons.filter((l) => l.lang === lang).map((l) => [`${l.moduleId}/${l.lessonId}`, l.body]));
  const deck = moduleDeck(withSlideTexts, bodies, course.blocks.filter((b) => b.moduleId === withSlideTexts.id), lang);
  await expect(page.locator('.slide')).toHaveCount(deck.length);
  const n = deck.findIndex((x) => x.kind === 'text' && x.notes.length > 0 && x.points.length > 0 && deck.indexOf(x) > 2);
  await page.locator('[data-deck="jump"]').selectOption(String(n));
  const slide = page.locator('.slide:not([hidden])');
  await expect(slide.locator('h2')).toHaveText(deck[n].headline);
  await expect(slide.locator('[data-slide-text] li')).toHaveText(deck[n].points);
  await expect(slide.locator('[data-prose-notes]')).toBeHidden();

  // The controls: out of sight, shown on mouse movement, faded a few seconds after, shown again by Tab.
  const body = page.locator('body');
  const bar = page.locator('.deck__controls');
  await page.locator('.slide:not([hidden]) h2').click();
  await expect(body).not.toHaveClass(/deck-page--controls/, { timeout: 8_000 });
  await expect(bar).toHaveCSS('opacity', '0');
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 320);
  await expect(body).toHaveClass(/deck-page--controls/);
  await expect(body).not.toHaveClass(/deck-page--controls/, { timeout: 8_000 });
  // The PowerPoint version is one Tab away, and it is there.
  const pptx = page.getByRole('link', { name: s.downloadPptx });
  await tabTo(page, pptx);
  await expect(bar).toHaveCSS('opacity', '1');
  await expect(pptx).toHaveAttribute('download', pptxFile(withSlideTexts.id, lang));
  expect((await page.request.get(await pptx.evaluate((a: HTMLAnchorElement) => a.href))).status()).toBe(200);

  // The presenter reads the trainer's notes and then the lesson's text for this slide (the controls stay while one has focus).
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: s.openPresenter }).click()]);
  await presenter.waitForLoadState();
  await expect(presenter.locator('[data-presenter="notes"]')).toContainText(deck[n].notes[0].slice(0, 60));
  await expect(presenter.locator('[data-presenter="notes"] h3')).toHaveText(s.presenterLessonText);
  await expect(presenter.locator('.deck__controls')).toHaveCSS('opacity', '1');
  expect(await axeViolations(page)).toEqual([]);
});

// Every deck fits the screen: every module in nb, two in sv and en. One page per deck; the probe steps through it in place.
const withScenario = course.modules.find((m) => course.blocks.some((b) => b.moduleId === m.id && b.type === 'scenario'))!;
const decks: [Lang, string][] = [
  ...course.modules.map((m): [Lang, string] => ['nb', m.id]),
  ...(['sv', 'en'] as const).flatMap((l) => [withSlideTexts.id, withScenario.id].map((id): [Lang, string] => [l, id])),
];
for (const [deckLang, id] of decks) {
  test(`${deckLang}/${id}: no slide scrolls or shrinks its type below 90 %, before or after any reveal, at 1280x720 and 1920x1080`, async ({ page }) => {
    // A few seconds on an idle machine; a busy one needs more.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${deckLang}/present/${id}/index.html`);
    await expect(page.locator('.deck--ready')).toHaveCount(1);
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      const states = await page.evaluate(probeSlides);
      expect(states.length).toBeGreaterThan(20);
      // Prose slides of lessons still without slide texts may shrink to 75 %; every other slide keeps 90 %.
      const bad = states.filter((x) => x.scrolls || (!x.prose && x.fit < 0.9)).map((x) => `slide ${x.slide} (${x.title}), ${x.state}: ${x.scrolls ? 'scrolls' : `type at ${x.fit}`}`);
      expect(bad, `${size.width}x${size.height}`).toEqual([]);
    }
  });
}
