/** From a 320 px phone to a 1920 px projector, no page scrolls sideways. */
import { expect, test } from '@playwright/test';
import { builtPages, waitForIslands } from './site.ts';

for (const width of [320, 1920]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const overflowing: string[] = [];
    for (const path of builtPages()) {
      await page.goto(path);
      await waitForIslands(page);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) overflowing.push(`${path}: ${scroll}px wide in a ${client}px window`);
    }
    expect(overflowing).toEqual([]);
  });
}
