/**
 * The cast, the Sunday calls, the week between two Sundays and the two storylines, as a
 * reader meets them: by role and visible text, in both languages, on a desktop and a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { DAYS, type Lang } from '../src/content/constants.ts';
import { callWords, fill as fillCall } from '../src/features/calls/call-words.ts';
import { castWords, fill as fillCast } from '../src/features/cast/cast-words.ts';
import { weekWords } from '../src/features/week/week-words.ts';
import { t } from '../src/lib/i18n/ui-strings.ts';
import { currentChapter, scrollToChapter } from './support/reading';
import { loadStory } from './support/story';
import { withoutWebGL } from './support/no-webgl';

// Not a test of the WebGL map (map.spec is): the still map stands in, at a fraction of the CPU.
test.beforeEach(({ page }) => withoutWebGL(page));

const story = loadStory();
const character = (id: string) => story.characters.find((c) => c.id === id)!;
const placeName = (id: string, lang: Lang) => story.places.find((p) => p.id === id)!.name[lang];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lead = (thread: 'carlitos' | 'rosario') => story.characters.find((c) => c.thread === thread)!;
const names = (ids: readonly string[], lang: Lang) =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(ids.map((id) => character(id).name[lang]));

const call = story.calls.find((c) => c.status !== 'met-in-person')!;
const metCall = story.calls.find((c) => c.status === 'met-in-person')!;
// A chapter with several people, and a character who appears in more than one chapter.
const crowded = story.chapters.find((c) => c.characters.length >= 3)!;
const traveller = story.characters.find((p) => story.chapters.filter((c) => c.characters.includes(p.id)).length >= 3)!;
const journey = story.chapters.filter((c) => c.route);
const dated = story.chapters.filter((c) => c.day);
const [early, late] = [dated.find((c) => DAYS.indexOf(c.day!) >= 1)!, dated.find((c) => DAYS.indexOf(c.day!) >= 4)!];

const dialog = (page: Page) => page.getByRole('dialog');
const announcement = (page: Page) => page.getByTestId('map-announcement');
const weekStrip = (page: Page, lang: Lang) => page.getByRole('list', { name: weekWords.label[lang] });
const chip = (page: Page, chapterId: string, characterId: string, lang: Lang) =>
  page.locator(`section#${chapterId}`).getByRole('list', { name: castWords.inChapter[lang] })
    .getByRole('button', { name: character(characterId).name[lang], exact: true });

/** km or miles shown by the distance between mother and son; 0 when they are at one place. */
async function apart(page: Page, lang: Lang): Promise<number> {
  const text = await page.getByTestId('apart').innerText();
  if (text.includes(weekWords.together[lang])) return 0;
  expect(text).toContain(lang === 'en' ? 'mi' : 'km');
  const m = /([\d,]+)\s*(km|mi)/.exec(text);
  if (!m) throw new Error(`no distance in: ${text}`);
  return Number(m[1]!.replace(/,/g, ''));
}

/**
 * Each behaviour runs once in each layout and once in each language, on the diagonal
 * (desktop in English, phone in Spanish): the layouts change where things sit, the languages
 * change every word, and neither depends on the other. The four full combinations took
 * five minutes of a nine-minute suite.
 */
const layouts = [
  { layout: 'desktop', viewport: { width: 1280, height: 800 }, langs: ['en'] },
  { layout: 'phone', viewport: { width: 375, height: 740 }, langs: ['es'] },
] as const;

for (const { layout, viewport, langs } of layouts) {
  for (const lang of langs) {
    test.describe(`${layout}, ${lang}`, () => {
      test.use({ viewport, locale: lang === 'es' ? 'es-MX' : 'en-US' });

      test('the cast panel lists every character in the story, and Esc closes it back to its button', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        const open = page.getByRole('button', { name: castWords.open[lang] });
        await open.click();
        await expect(dialog(page)).toBeVisible();
        await expect(dialog(page).getByRole('heading', { level: 2, name: castWords.heading[lang] })).toBeFocused();
        const items = dialog(page).getByRole('listitem');
        await expect(items).toHaveCount(story.characters.length);
        for (const c of story.characters) {
          const name = new RegExp(`^${escape(c.name[lang])}\\s*${escape(c.relationship[lang])}$`);
          await expect(dialog(page).getByRole('button', { name })).toBeVisible();
        }
        await page.keyboard.press('Escape');
        await expect(dialog(page)).toBeHidden();
        await expect(open).toBeFocused();
      });

      test('a chapter’s chips open a character’s card by keyboard and by click; Esc returns to the chip', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        await scrollToChapter(page, crowded.id);
        const [firstId, secondId] = crowded.characters as [string, string];

        const first = chip(page, crowded.id, firstId, lang);
        await first.focus();
        await page.keyboard.press('Enter');
        const who = character(firstId);
        await expect(dialog(page).getByRole('heading', { level: 2, name: who.name[lang] })).toBeFocused();
        await expect(dialog(page)).toContainText(who.role[lang]);
        await expect(dialog(page)).toContainText(who.relationship[lang]);
        await expect(dialog(page)).toContainText(who.actor ?? castWords.unconfirmed[lang]);
        for (const place of who.places) await expect(dialog(page)).toContainText(placeName(place, lang));
        await page.keyboard.press('Escape');
        await expect(dialog(page)).toBeHidden();
        await expect(first).toBeFocused();

        const second = chip(page, crowded.id, secondId, lang);
        await second.click();
        await expect(dialog(page).getByRole('heading', { level: 2, name: character(secondId).name[lang] })).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(second).toBeFocused();
      });

      test('a card lists the chapters a character is in, and each link takes the reader there', async ({ page }) => {
        const chapters = story.chapters.filter((c) => c.characters.includes(traveller.id));
        const [from, to] = [chapters[0]!, chapters.at(-1)!];
        await page.goto(`/?lang=${lang}`);
        await scrollToChapter(page, from.id);
        await chip(page, from.id, traveller.id, lang).click();
        const links = dialog(page).getByRole('link');
        await expect(links).toHaveText(chapters.map((c) => fillCast(castWords.chapterLink[lang], { n: c.index + 1, title: c.title[lang] })));
        await links.last().click();
        await expect(dialog(page)).toBeHidden();
        await expect(page.locator(`section#${to.id}`)).toHaveAttribute('aria-current', 'step');
        await expect(chip(page, to.id, traveller.id, lang)).toBeFocused();
      });

      test('the chips in every chapter are the people its data names, in order', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        for (const c of story.chapters) {
          const list = page.locator(`section#${c.id}`).getByRole('list', { name: castWords.inChapter[lang] });
          if (!c.characters.length) await expect(list).toHaveCount(0);
          else {
            const chips = list.getByRole('button');
            await expect(chips).toHaveCount(c.characters.length);
            for (const [i, id] of c.characters.entries()) await expect(chips.nth(i)).toHaveAccessibleName(character(id).name[lang]);
          }
        }
      });

      test('at a call, its card shows day, time, both ends and status, and the map names both phones', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        await scrollToChapter(page, call.chapter);
        const card = page.locator(`section#${call.chapter}`).getByRole('region', { name: callWords.heading[lang] });
        await expect(card).toContainText(t(call.day, lang));
        await expect(card).toContainText(call.time);
        await expect(card).toContainText(callWords.status[call.status][lang]);
        await expect(card).toContainText(names(call.from.who, lang));
        await expect(card).toContainText(names(call.to.who, lang));
        await expect(card).toContainText(call.summary[lang]);
        await expect(announcement(page)).toContainText(placeName(call.from.place, lang));
        await expect(announcement(page)).toContainText(placeName(call.to.place, lang));

        await scrollToChapter(page, metCall.chapter);
        const met = page.locator(`section#${metCall.chapter}`).getByRole('region', { name: callWords.metHeading[lang] });
        await expect(met).toContainText(t(metCall.day, lang));
        await expect(met).toContainText(callWords.status['met-in-person'][lang]);
        const who = names([...metCall.from.who, ...metCall.to.who], lang);
        await expect(announcement(page)).toContainText(fillCall(callWords.metSentence[lang], { who, place: placeName(metCall.to.place, lang) }));
      });

      test('the week strip stays in view and follows the reader from day to day', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        const strip = weekStrip(page, lang);
        const goal = story.calls.at(-1)!;
        await expect(strip.getByRole('listitem')).toHaveCount(DAYS.length);
        await expect(strip.getByRole('listitem').nth(DAYS.indexOf(goal.day))).toContainText(weekWords.goalLong[lang]);
        for (const chapter of [early, late]) {
          await scrollToChapter(page, chapter.id);
          await expect(strip).toBeInViewport();
          await expect(strip.locator('[aria-current="date"]')).toContainText(t(chapter.day!, lang));
          await expect(strip.getByRole('listitem').filter({ hasText: weekWords.past[lang] })).toHaveCount(DAYS.indexOf(chapter.day!));
        }
      });

      test('the distance between mother and son shrinks from the first journey chapter to the last', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        await scrollToChapter(page, journey[0]!.id);
        const before = await apart(page, lang);
        await scrollToChapter(page, journey.at(-1)!.id);
        const after = await apart(page, lang);
        expect(before).toBeGreaterThan(0);
        expect(after).toBeLessThan(before);
      });

      test('while one storyline is on screen the map says where the other person is', async ({ page }) => {
        const meanwhile = (name: string) => fillCall(callWords.meanwhile[lang], { name, place: '' }).replace(/\s*\.$/, '');
        const rosarioChapter = story.chapters.find((c) => c.thread === 'rosario')!;
        const carlitosChapter = story.chapters.find((c) => c.thread === 'carlitos' && c.index > rosarioChapter.index)!;
        await page.goto(`/?lang=${lang}`);
        await scrollToChapter(page, rosarioChapter.id);
        await expect(announcement(page)).toContainText(meanwhile(lead('carlitos').name[lang]));
        await scrollToChapter(page, carlitosChapter.id);
        await expect(currentChapter(page)).toHaveAttribute('data-thread', 'carlitos');
        await expect(announcement(page)).toContainText(meanwhile(lead('rosario').name[lang]));
      });
    });
  }
}

test.describe('on a narrow phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, locale: 'es-MX' });
  test('the week strip fits the screen without sideways scrolling', async ({ page }) => {
    await page.goto('/?lang=es');
    await scrollToChapter(page, late.id);
    const bar = await weekStrip(page, 'es').boundingBox();
    expect(bar!.x).toBeGreaterThanOrEqual(0);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(320);
    const apartBox = await page.getByTestId('apart').boundingBox();
    expect(apartBox!.x + apartBox!.width).toBeLessThanOrEqual(320);
    await expect(page.getByTestId('apart')).toBeInViewport({ ratio: 1 });
  });
});
