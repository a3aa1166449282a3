/**
 * Trainer mode: a module's lessons as slides on a projector, walked with the
 * keys a presentation clicker sends; answers revealed on a key press; axe
 * passes; and presenting never touches a learner's saved progress.
 */
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
