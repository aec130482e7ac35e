/**
 * A chart from shared/insights/charts. Its SVG is built by our own functions, which escape every
 * user text, so it is safe to insert as markup.
 */
export function ChartFigure({ caption, svg }: { caption: string; svg: string }) {
  return (
    <figure className="insights-chart">
      <figcaption>{caption}</figcaption>
      <div className="insights-chart-svg" dangerouslySetInnerHTML={{ __html: svg }} />
    </figure>
  );
}
