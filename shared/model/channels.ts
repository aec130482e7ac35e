/** The standard channels (DESIGN.md section 8); a card may also name its own. */
export const STANDARD_CHANNELS: readonly string[] = [
  'Website',
  'Mobile app',
  'Email',
  'Phone',
  'Chat',
  'Chatbot / AI assistant',
  'Social media',
  'In store',
  'In person',
  'Mail',
  'Advertising',
  'Partner',
  'Other',
];
