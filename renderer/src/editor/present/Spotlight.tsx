import { useEffect, useState } from 'react';

/**
 * A soft circle of light that follows the pointer and dims the rest: on while P has turned it
 * on and the mouse has moved, or while L is held.
 */
export function Spotlight({ enabled }: { enabled: boolean }) {
  const [point, setPoint] = useState<{ x: number; y: number } | null>(null);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const onMove = (e: PointerEvent) => setPoint({ x: e.clientX, y: e.clientY });
    const onDown = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 'l' && !e.ctrlKey && !e.metaKey) setHeld(true);
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 'l') setHeld(false);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
    };
  }, []);
  const on = (enabled && point !== null) || held;
  const at = point ?? { x: window.innerWidth / 2, y: window.innerHeight / 2 };
  return (
    <div
      className={on ? 'present-spotlight on' : 'present-spotlight'}
      data-testid="present-spotlight"
      data-on={on ? 'true' : 'false'}
      aria-hidden="true"
      style={{ ['--sx' as string]: `${at.x}px`, ['--sy' as string]: `${at.y}px` }}
    />
  );
}
