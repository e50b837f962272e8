/**
 * The command menu. The bot handles these, and the webhook-registration
 * custom resource publishes the same list with setMyCommands at deploy time.
 */
export const BOT_COMMANDS = [
  { command: 'ask', description: 'Ask a question, e.g. /ask How many Chinese died in WWII?' },
  { command: 'sources', description: 'List every source the answers come from' },
  { command: 'help', description: 'What I know and example questions' },
  { command: 'about', description: 'How answers are sourced' },
] as const satisfies ReadonlyArray<{ command: string; description: string }>;

export const BOT_DESCRIPTION =
  'I answer questions about what Putin and Xi said about the Second World War, from sourced news articles. ' +
  'Every answer shows each source side by side: who said it, where, when, and the exact passage.';

export const BOT_SHORT_DESCRIPTION = 'Sourced answers on Putin, Xi and WWII: every source side by side.';
