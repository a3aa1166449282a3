/** The display settings a learner keeps on the device, the glossary filter's matching, and the printed exercises' order. */
import { describe, expect, it } from 'vitest';
import { applySettings, DISPLAY_KEY, parseSettings, readSettings, writeSettings } from '../../src/settings/display-settings.ts';
import { matchingEntries } from '../../src/settings/glossary-filter.ts';
import { bestPath, paperOrder } from '../../src/components/print/print-blocks.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import type { ScenarioBlock } from '../../src/content/block-schemas.ts';

const memory = () => { const data = new Map<string, string>(); return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) } as Storage; };
const refusing = () => { throw new DOMException('denied', 'SecurityError'); };

describe('display settings', () => {
  it('read back what was written, and fall back to the system setting on anything else', () => {
    const storage = memory();
    expect(writeSettings(() => storage, { theme: 'dark', textSize: 'larger' })).toBe(true);
    expect(readSettings(() => storage)).toEqual({ theme: 'dark', textSize: 'larger' });
    storage.setItem(DISPLAY_KEY, '{"theme":"<script>","textSize":3}');
    expect(readSettings(() => storage)).toEqual({ theme: 'system', textSize: 'normal' });
    expect(parseSettings('not json')).toEqual({ theme: 'system', textSize: 'normal' });
  });
  it('fail quietly where storage is refused (an LMS frame), keeping the system setting', () => {
    expect(readSettings(refusing)).toEqual({ theme: 'system', textSize: 'normal' });
    expect(writeSettings(refusing, { theme: 'dark', textSize: 'normal' })).toBe(false);
  });
  it('set data-theme and data-text-size on the page, and remove them for the defaults', () => {
    const attrs = new Map<string, string>();
    const root = { setAttribute: (k: string, v: string) => void attrs.set(k, v), removeAttribute: (k: string) => void attrs.delete(k) } as unknown as HTMLElement;
    applySettings(root, { theme: 'dark', textSize: 'large' });
    expect(Object.fromEntries(attrs)).toEqual({ 'data-theme': 'dark', 'data-text-size': 'large' });
    applySettings(root, { theme: 'system', textSize: 'normal' });
    expect(attrs.size).toBe(0);
  });
});

it('the glossary filter matches every typed word, without minding case or accents', () => {
  expect(matchingEntries(['Arbetsförmedlingen: the Swedish employment service', 'Job carving'], 'arbetsformedlingen')).toEqual([true, false]);
  expect(matchingEntries(['Job carving', 'Job tasting'], 'job  CARV')).toEqual([true, false]);
  expect(matchingEntries(['a', 'b'], '   ')).toEqual([true, true]);
});

describe('exercises on paper', () => {
  it('never list ordering items in their right order', () => {
    for (const n of [3, 4, 5, 6, 7, 8]) for (const id of ['a', 'five-stages-order', 'x-y-z']) {
      const order = paperOrder(id, n);
      expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
      expect(order.every((x, i) => x === i)).toBe(false);
    }
  });
  it('give every scenario in the course a path to its best ending', () => {
    const course = loadCourseTree(process.cwd());
    for (const node of course.blocks.filter((b) => b.type === 'scenario')) {
      const block = node.text.en as ScenarioBlock;
      const path = bestPath(block);
      expect(path.length, node.id).toBeGreaterThan(0);
      const hasGood = block.endings.some((e) => e.outcome === 'good');
      if (hasGood) {
        // Walking the chosen options from the start ends in a good ending.
        let at = block.steps[0]!.id;
        for (const step of path) at = block.steps.find((s) => s.id === at)!.options.find((o) => o.text === step.choice)!.next;
        expect(block.endings.find((e) => e.id === at)?.outcome, node.id).toBe('good');
      }
    }
  });
});
