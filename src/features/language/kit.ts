/**
 * What the language features need once a reader uses them: the glossary and questions data,
 * the popover, read-aloud and the answers. One chunk, loaded when the page is idle after the
 * first chapter is readable (see use-language-kit.ts), never before.
 */
import './language.css';

export { languageFor, wholeGlossary } from '@/content/language';
export { ChapterWords, GlossList } from './ChapterWords';
export { Comprehension } from './Comprehension';
export { GlossTerm } from './GlossTerm';
export { markedRuns } from './marks';
export { ReadAloud } from './ReadAloud';
