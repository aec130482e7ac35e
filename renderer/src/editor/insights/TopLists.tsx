import type { ChannelCount, RankedTouchpoint } from '../../../../shared/insights/journeyInsights';
import { effortPhrase, effortWord, emotionLevel } from '../../../../shared/model/scales';
import { EmotionFace } from '../../components/EmotionFace';

interface TopListProps {
  title: string;
  entries: readonly RankedTouchpoint[];
  show: 'emotion' | 'effort';
  onPick: (touchpointId: string) => void;
}

/** The touchpoints that hurt most; each entry selects its card on the map. */
export function TopList({ title, entries, show, onPick }: TopListProps) {
  return (
    <section className="insights-list" aria-label={title}>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="insights-none">No touchpoints yet.</p>
      ) : (
        <ol>
          {entries.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="insights-entry"
                title="Show this card on the map"
                onClick={() => onPick(t.id)}
              >
                <span className="insights-entry-title">{t.title || 'Untitled touchpoint'}</span>
                <span className="insights-entry-meta">
                  {show === 'emotion' ? (
                    <>
                      <EmotionFace emotion={t.emotion} size={16} />
                      {emotionLevel(t.emotion).word}
                    </>
                  ) : t.effort === null ? (
                    effortPhrase(t.effort)
                  ) : (
                    `Effort ${t.effort} of 7, ${effortWord(t.effort).toLowerCase()}`
                  )}
                  {` · ${t.stageName}`}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ChannelList({ channels }: { channels: readonly ChannelCount[] }) {
  return (
    <section className="insights-list" aria-label="Channels">
      <h3>Channels</h3>
      {channels.length === 0 ? (
        <p className="insights-none">No touchpoints yet.</p>
      ) : (
        <ul className="insights-channels">
          {channels.map((c) => (
            <li key={c.channel}>
              <span>{c.channel}</span>
              <span className="insights-number">{c.count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
