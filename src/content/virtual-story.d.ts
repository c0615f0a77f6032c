declare module 'virtual:story' {
  import type { Story } from '@/content/story-types';
  const story: Story;
  export default story;
}
