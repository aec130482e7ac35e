import { handleRadioArrows } from '../../components/radioKeys';
import { themeStore, useThemePreference, type ThemePreference } from './themeStore';
import './theme.css';

const CHOICES: { value: ThemePreference; label: string; icon: string }[] = [
  { value: 'system', label: 'System', icon: '◐' },
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
];

/** System / Light / Dark, as one segmented control. */
export function ThemeToggle() {
  const preference = useThemePreference();
  const current = CHOICES.findIndex((c) => c.value === preference);
  const choose = (index: number) => {
    const choice = CHOICES[index];
    if (choice) themeStore.getState().setPreference(choice.value);
  };
  return (
    <div className="theme-toggle" role="radiogroup" aria-label="Theme">
      {CHOICES.map((c, i) => (
        <button
          key={c.value}
          type="button"
          role="radio"
          aria-checked={preference === c.value}
          aria-label={c.label}
          title={`${c.label} theme`}
          className="theme-choice"
          data-value={i}
          tabIndex={i === current ? 0 : -1}
          onClick={() => choose(i)}
          onKeyDown={(e) => handleRadioArrows(e, current, 0, CHOICES.length - 1, choose)}
        >
          <span aria-hidden="true">{c.icon}</span>
        </button>
      ))}
    </div>
  );
}
