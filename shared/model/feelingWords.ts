/**
 * Words for how a moment feels, offered beside a free text (which emotion matters differs by
 * sector: "reassured" in insurance, "delighted" in hospitality). Grouped pleasant, neutral,
 * unpleasant, so the list reads in the order of the emotion scale.
 */
export const FEELING_WORDS = [
  'delighted',
  'reassured',
  'confident',
  'relieved',
  'grateful',
  'curious',
  'hopeful',
  'indifferent',
  'uncertain',
  'confused',
  'anxious',
  'impatient',
  'frustrated',
  'annoyed',
  'disappointed',
  'angry',
] as const;
