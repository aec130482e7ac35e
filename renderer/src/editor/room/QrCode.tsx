import { memo, useMemo } from 'react';
import { create } from 'qrcode';

/** A QR code of `text` as one SVG path, dark on white with the standard quiet zone. */
export const QrCode = memo(function QrCode({ text, size }: { text: string; size: number }) {
  const { path, cells } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const d: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) d.push(`M${col + 4} ${row + 4}h1v1h-1z`);
      }
    }
    return { path: d.join(''), cells: modules.size + 8 };
  }, [text]);
  return (
    <svg
      className="room-qr"
      width={size}
      height={size}
      viewBox={`0 0 ${cells} ${cells}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={`QR code of ${text}`}
    >
      <rect width={cells} height={cells} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
});
