import { describe, expect, it } from 'vitest';
import { clampHeight, embedUrl, fullStoryUrl, iframeSnippet, parseOrigins, POSTER_FRAME, readEmbedOptions, readingLayout, resolveLayout, SCROLL_FRAME } from './embed-options';

const ids = ['village', 'border'];

describe('readEmbedOptions', () => {
  it('reads chapter, language, layout, explore and origins from the URL', () => {
    expect(readEmbedOptions('?embed=1&chapter=border&lang=es&layout=stepper&explore=0&origins=https://a.example', ids)).toEqual({
      chapter: 'border', lang: 'es', layout: 'stepper', explore: false, origins: ['https://a.example'],
    });
  });

  it('falls back to defaults for missing or unknown values', () => {
    expect(readEmbedOptions('?embed=1&chapter=moon&lang=fr&layout=grid&explore=maybe', ids)).toEqual({
      chapter: null, lang: null, layout: 'auto', explore: true, origins: null,
    });
  });
});

describe('parseOrigins', () => {
  it('normalises each origin and drops paths, duplicates and non-web schemes', () => {
    expect(parseOrigins('https://a.example/news/, https://a.example ,http://b.example:8080,javascript:alert(1),,nonsense')).toEqual([
      'https://a.example', 'http://b.example:8080',
    ]);
  });

  it('means "no allowlist" only when the parameter is absent', () => {
    expect(parseOrigins(null)).toBeNull();
    expect(parseOrigins('')).toEqual([]);
  });
});

describe('resolveLayout', () => {
  it("gives an article's column the stepper: a short, a narrow and a 680×640 frame", () => {
    expect(resolveLayout('auto', 360, 420)).toBe('stepper');
    expect(resolveLayout('auto', 680, 640)).toBe('stepper');
    expect(resolveLayout('auto', 390, 1200)).toBe('stepper');
    expect(resolveLayout('auto', SCROLL_FRAME.width - 1, SCROLL_FRAME.height)).toBe('stepper');
  });

  it('gives a frame as big as a page the scroll story', () => {
    expect(resolveLayout('auto', SCROLL_FRAME.width, SCROLL_FRAME.height)).toBe('scroll');
    expect(resolveLayout('auto', 1200, 900)).toBe('scroll');
  });

  it('gives a frame too small for the stepper the poster', () => {
    expect(resolveLayout('auto', 300, 250)).toBe('poster');
    expect(resolveLayout('auto', 360, POSTER_FRAME.height - 1)).toBe('poster');
    expect(resolveLayout('auto', 360, POSTER_FRAME.height)).toBe('stepper');
    expect(resolveLayout('auto', 728, 250)).toBe('stepper');
    expect(resolveLayout('auto', 728, POSTER_FRAME.heightBeside)).toBe('stepper');
    expect(resolveLayout('auto', 728, POSTER_FRAME.heightBeside - 1)).toBe('poster');
    expect(resolveLayout('auto', POSTER_FRAME.width - 1, 600)).toBe('poster');
  });

  it('keeps an explicit layout whatever the size', () => {
    expect(resolveLayout('scroll', 320, 200)).toBe('scroll');
    expect(resolveLayout('stepper', 1200, 900)).toBe('stepper');
    expect(resolveLayout('stepper', 300, 250)).toBe('stepper');
    expect(resolveLayout('poster', 1200, 900)).toBe('poster');
  });

  it('reads layout=poster, and opens a started poster as the story the screen can hold', () => {
    expect(readEmbedOptions('?embed=1&layout=poster', ids).layout).toBe('poster');
    expect(readingLayout(390, 844)).toBe('stepper');
    expect(readingLayout(1920, 1080)).toBe('scroll');
  });

  it('fits a frame whose size is not known yet (0 × 0) with the stepper', () => {
    expect(resolveLayout('auto', 0, 0)).toBe('stepper');
  });
});

describe('URLs', () => {
  it('opens the full story without embed parameters, in the language, at the chapter', () => {
    const href = 'https://story.example/moon/?embed=1&chapter=village&layout=stepper&explore=0&origins=https://a.example&lang=en#x';
    expect(fullStoryUrl(href, 'es', 'border')).toBe('https://story.example/moon/?lang=es#border');
    expect(fullStoryUrl(href, 'en', undefined)).toBe('https://story.example/moon/?lang=en');
  });

  it('builds an embed URL with only the options that differ from the defaults', () => {
    const base = 'https://story.example/moon/?lang=en#village';
    expect(embedUrl(base, { chapter: null, lang: 'en', layout: 'auto', explore: true })).toBe('https://story.example/moon/?embed=1&lang=en');
    expect(embedUrl(base, { chapter: 'border', lang: 'es', layout: 'stepper', explore: false })).toBe(
      'https://story.example/moon/?embed=1&chapter=border&lang=es&layout=stepper&explore=0',
    );
  });
});

describe('iframeSnippet', () => {
  const snippet = iframeSnippet({ src: 'https://story.example/?embed=1&lang=en', title: 'A "quoted" <story>', height: 600.4 });

  it('has a title for screen readers, lazy loading, fullscreen and a whole-pixel height', () => {
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;story&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('allow="fullscreen"');
    expect(snippet).toContain('height="600"');
    expect(snippet).toContain('width="100%"');
  });

  it('escapes the ampersands of the URL as HTML requires', () => {
    expect(snippet).toContain('src="https://story.example/?embed=1&amp;lang=en"');
  });
});

describe('clampHeight', () => {
  it('keeps heights readable and column-sized, and replaces nonsense with the fallback', () => {
    expect(clampHeight(100, 600)).toBe(320);
    expect(clampHeight(5000, 600)).toBe(1200);
    expect(clampHeight(Number.NaN, 600)).toBe(600);
  });
});
