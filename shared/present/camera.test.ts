import { describe, expect, it } from 'vitest';
import { templateJourney } from '../export/svg/exampleDocs';
import { layoutJourney } from '../layout/layoutJourney';
import { CAMERA_MARGIN, cameraFor, overviewFrame, stageFrame } from './camera';
import { minReadableZoom, PROJECTOR_LAYOUT_THEME } from './projectorTheme';

const screen = { width: 1920, height: 1080, bottomInset: 100 };

describe('cameraFor', () => {
  it('fits and centres a frame in the screen above the presenter line', () => {
    const vp = cameraFor({ x: 100, y: 50, width: 1000, height: 500 }, screen);
    // Height-bound: (1080 - 100 - 48) / 500 = 1.864, capped at 1.5.
    expect(vp.zoom).toBe(1.5);
    const left = 100 * vp.zoom + vp.x;
    const right = 1100 * vp.zoom + vp.x;
    expect(left + right).toBeCloseTo(1920, 5);
    const top = 50 * vp.zoom + vp.y;
    const bottom = 550 * vp.zoom + vp.y;
    expect(top).toBeGreaterThanOrEqual(CAMERA_MARGIN);
    expect(bottom).toBeLessThanOrEqual(1080 - 100 - CAMERA_MARGIN);
  });

  it('shrinks a wide frame to the width', () => {
    const vp = cameraFor({ x: 0, y: 0, width: 3744, height: 100 }, screen);
    expect(vp.zoom).toBeCloseTo((1920 - 48) / 3744, 10);
    expect(vp.x).toBeCloseTo(CAMERA_MARGIN, 10);
  });
});

describe('the worked example on a 1080p projector', () => {
  const { doc, journeyId } = templateJourney('hotel-example');
  const layout = layoutJourney(doc, journeyId, PROJECTOR_LAYOUT_THEME);

  it('keeps every step at a zoom where the smallest text is 18 px or more', () => {
    const frames = [
      overviewFrame(layout),
      ...layout.stages.map((_, i) => stageFrame(layout, i, PROJECTOR_LAYOUT_THEME.stageGap)),
    ];
    for (const frame of frames) {
      expect(cameraFor(frame, screen).zoom).toBeGreaterThanOrEqual(minReadableZoom());
    }
  });

  it('frames a stage column from its header to its last lane', () => {
    const frame = stageFrame(layout, 2, 16);
    const stage = layout.stages[2]!;
    expect(frame).toEqual({
      x: stage.x - 16,
      y: stage.y,
      width: stage.width + 32,
      height: stage.height,
    });
    expect(stageFrame(layout, 99, 16)).toEqual(overviewFrame(layout));
  });
});
