import { describe, expect, it } from 'vitest';
import { shellAssets } from './shell-assets';

const page = 'https://user.example.io/story/';

describe('shellAssets', () => {
  it('lists the scripts, preloads, styles and icon an index.html names, as absolute URLs', () => {
    const html = `<link rel="icon" href="./moon.svg">
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-B.js">
      <link rel='stylesheet' href='./assets/index-C.css'>`;
    expect(shellAssets(html, page)).toEqual([
      'https://user.example.io/story/moon.svg',
      'https://user.example.io/story/assets/index-A.js',
      'https://user.example.io/story/assets/react-B.js',
      'https://user.example.io/story/assets/index-C.css',
    ]);
  });

  it('ignores other origins, data URLs and inline scripts', () => {
    const html = `<script>1</script><link href="https://cdn.example.com/x.css"><link rel="icon" href="data:,">`;
    expect(shellAssets(html, page)).toEqual([]);
  });

  it('resolves absolute paths against the origin', () => {
    expect(shellAssets('<script src="/assets/a.js"></script>', page)).toEqual(['https://user.example.io/assets/a.js']);
  });
});
