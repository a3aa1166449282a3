/**
 * Trainer mode: a module's lessons as slides on a projector, walked with the
 * keys a presentation clicker sends; answers revealed on a key press; axe
 * passes; and presenting never touches a learner's saved progress.
 */
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { course, fill, strings } from './course.ts';
import { axeViolations, guardNetwork } from './site.ts';

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
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: s.openPresenter }).click()]);
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
  await expect(page.locator('.slide [data-notes]').first()).toBeVisible();
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
