import { ReadingView } from './ReadingView';

export function App() {
  return <ReadingView />;
}
