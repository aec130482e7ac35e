import { memo, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { isSafeExternalUrl } from '../../../shared/text/externalUrl';

// The card under the link must not start a drag, select itself or begin an edit.
const keepToLink = (e: SyntheticEvent) => e.stopPropagation();
// Enter and Space follow the link; they must not also select the card around it.
const keepKeysToLink = (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
};

/**
 * A link out of Wayline, opened in a new window: in the desktop app the shell's window-open
 * guard checks the address again and hands it to the system browser. An address that is not
 * safe is shown as plain text. `nodrag nopan` keep React Flow from dragging or panning from it.
 */
export const ExternalLink = memo(function ExternalLink({
  href,
  className,
  title,
  children,
}: {
  href: string;
  className?: string;
  title?: string;
  children: ReactNode;
}) {
  if (!isSafeExternalUrl(href)) {
    return (
      <span className={className} title={title}>
        {children}
      </span>
    );
  }
  return (
    <a
      className={className ? `${className} nodrag nopan` : 'nodrag nopan'}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={title ?? href}
      onClick={keepToLink}
      onPointerDown={keepToLink}
      onMouseDown={keepToLink}
      onDoubleClick={keepToLink}
      onKeyDown={keepKeysToLink}
    >
      {children}
    </a>
  );
});
