import { RadioScale } from '../../components/RadioScale';
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
    <RadioScale
      label="Theme"
      className="theme-toggle"
      min={0}
      max={CHOICES.length - 1}
      value={current}
      onChange={choose}
      choice={(i) => {
        const c = CHOICES[i]!;
        return {
          className: 'theme-choice',
          label: c.label,
          title: `${c.label} theme`,
          content: <span aria-hidden="true">{c.icon}</span>,
        };
      }}
    />
  );
}
