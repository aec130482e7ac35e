import { useEffect } from 'react';

/**
 * Full screen while mounted, through the Fullscreen API (Electron's window honours it too).
 * Where it is refused (no user gesture, a headless browser) the presentation runs windowed.
 * Leaving full screen another way (the browser's own Esc) calls `onExit`.
 */
export function useFullscreen(onExit: () => void): void {
  useEffect(() => {
    let entered = false;
    const root = document.documentElement;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().then(
        () => {
          entered = true;
        },
        () => undefined,
      );
    }
    const onChange = () => {
      if (entered && !document.fullscreenElement) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);
}
