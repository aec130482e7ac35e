import { useEffect, useState } from 'react';
import type { WaylineApi } from '../../../../shared/api/schema';
import { renditionUrl } from './mediaTransfer';

/** The object URL of a stored image's thumbnail or preview, once it has been read. */
export function useRendition(
  api: WaylineApi,
  hash: string | null,
  size: 'thumb' | 'preview',
): string | null {
  const key = hash && `${size}:${hash}`;
  // The URL with the file it is of, so a card shown for another file never shows the last one's.
  const [found, setFound] = useState<{ key: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!hash || !key) return;
    let live = true;
    renditionUrl(api, hash, size)
      .then((url) => live && setFound({ key, url }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, hash, size, key]);
  return found && found.key === key ? found.url : null;
}
