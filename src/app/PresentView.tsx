/** Classroom presentation mode (slides). Built in src/features/present; composed here. */
export function PresentView({ onExit }: { onExit: (chapterId?: string) => void }) {
  return (
    <div className="present">
      <button type="button" onClick={() => onExit()}>Exit</button>
    </div>
  );
}
