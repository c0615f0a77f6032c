// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RovingFocus } from './marker-keys';

function group(n: number) {
  const root = document.createElement('div');
  const items = Array.from({ length: n }, (_, i) => {
    const b = document.createElement('button');
    b.textContent = `place ${i}`;
    root.append(b);
    return b;
  });
  document.body.replaceChildren(root);
  const roving = new RovingFocus(root);
  return { root, items, roving };
}
const press = (el: HTMLElement, key: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const stops = (items: HTMLElement[]) => items.filter((b) => b.tabIndex === 0).length;

describe('the places on the map as one keyboard group', () => {
  it('gives the whole group a single Tab stop, on the preferred place', () => {
    const { items, roving } = group(4);
    roving.set(items, items[2]);
    expect(stops(items)).toBe(1);
    expect(items[2]!.tabIndex).toBe(0);
  });

  it('writes each tabindex attribute, then only those that change when the group is set again', async () => {
    const { items, roving } = group(3);
    roving.set(items, items[1]);
    expect(items.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
    const writes: (string | null)[] = [];
    const watch = new MutationObserver((list) => list.forEach((m) => writes.push(m.attributeName)));
    for (const b of items) watch.observe(b, { attributes: true });
    roving.set(items, items[1]);
    roving.set(items, items[2]);
    await Promise.resolve();
    expect(writes).toEqual(['tabindex', 'tabindex']);
    expect(items.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
  });

  it('moves focus along the given order with the arrow keys, Home and End, stopping at the ends', () => {
    const { items, roving } = group(3);
    roving.set(items);
    items[0]!.focus();
    press(items[0]!, 'ArrowRight');
    expect(document.activeElement).toBe(items[1]);
    press(items[1]!, 'End');
    expect(document.activeElement).toBe(items[2]);
    press(items[2]!, 'ArrowDown');
    expect(document.activeElement).toBe(items[2]);
    press(items[2]!, 'Home');
    expect(document.activeElement).toBe(items[0]);
    press(items[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(items[0]);
    expect(stops(items)).toBe(1);
  });

  it('keeps the Tab stop on the place the reader moved to when the map updates', () => {
    const { items, roving } = group(3);
    roving.set(items, items[0]);
    items[0]!.focus();
    press(items[0]!, 'ArrowRight');
    roving.set(items, items[0]);
    expect(items[1]!.tabIndex).toBe(0);
  });

  it('leaves other keys alone', () => {
    const { items, roving } = group(2);
    roving.set(items);
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    items[0]!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
