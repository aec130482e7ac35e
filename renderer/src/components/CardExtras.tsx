import { memo } from 'react';
import type { CardExtra } from '../../../shared/cards/cardFace';
import { ExternalLink } from './ExternalLink';

/**
 * A card's extra fields, one line each ("Label: value"); a link item is a link only when the
 * card face gave it a (validated) address. Used by the canvas and the presentation cards.
 */
export const CardExtras = memo(function CardExtras({
  extras,
  className,
}: {
  extras: readonly CardExtra[];
  className: string;
}) {
  if (extras.length === 0) return null;
  return (
    <ul className={className}>
      {extras.map((item) => (
        <li key={item.field} data-field={item.field}>
          <span className="card-extra-label">{item.label}:</span>{' '}
          {item.show === 'link' && item.href ? (
            <ExternalLink href={item.href} className="card-extra-link">
              {item.text}
            </ExternalLink>
          ) : (
            <span className="card-extra-text">{item.text}</span>
          )}
        </li>
      ))}
    </ul>
  );
});
