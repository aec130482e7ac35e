import { useEffect, useState } from 'react';
import type { WaylineApi } from '../../../../shared/api/schema';
import { renditionUrl } from './mediaTransfer';

/** The object URL of a stored image's thumbnail or preview, once it has been read. */
export function useRendition(
  api: WaylineApi,
  hash: string | null,
  size: 'thumb' | 'preview',
): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setUrl(null);
    if (hash) {
      renditionUrl(api, hash, size)
        .then((found) => live && setUrl(found))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [api, hash, size]);
  return url;
}
