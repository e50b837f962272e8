/**
 * The command menu. The bot handles these, and the webhook-registration
 * custom resource publishes the same list with setMyCommands at deploy time.
 */
export const BOT_COMMANDS = [
  { command: 'ask', description: 'Ask a question about the sourced articles: /ask and your question' },
  { command: 'sources', description: 'List every source the answers come from' },
  { command: 'help', description: 'What I know and example questions' },
  { command: 'about', description: 'How answers are sourced' },
] as const satisfies ReadonlyArray<{ command: string; description: string }>;

// What the articles are about is data (data/guide.json: the examples and the summary /help shows); these texts
// are published at deploy time and must stay true whatever article a curator adds.
export const BOT_DESCRIPTION =
  'I answer questions from sourced news articles. ' +
  'Every answer shows each source side by side: who said it, where, when, and the exact passage; where sources disagree, I say so.';

export const BOT_SHORT_DESCRIPTION = 'Sourced answers: every source side by side, with the exact passage.';

/**
 * The command menu and descriptions for users whose Telegram is in Russian or
 * Chinese (published with language_code): the bot answers them in their
 * language, so its menu speaks it too.
 */
export const LOCALIZED_BOT_TEXTS = [
  {
    languageCode: 'ru',
    commands: [
      { command: 'ask', description: 'Задать вопрос по статьям с источниками: /ask и ваш вопрос' },
      { command: 'sources', description: 'Все источники, из которых берутся ответы' },
      { command: 'help', description: 'Что я знаю и примеры вопросов' },
      { command: 'about', description: 'Откуда берутся ответы' },
    ],
    description: 'Отвечаю на вопросы по новостным статьям с источниками. В каждом ответе источники рядом: кто сказал, где, когда и точная цитата; если источники расходятся, я так и говорю.',
    shortDescription: 'Ответы с источниками: каждый источник рядом, с точной цитатой.',
  },
  {
    languageCode: 'zh',
    commands: [
      { command: 'ask', description: '就有来源的文章提问：/ask 加上你的问题' },
      { command: 'sources', description: '列出回答所依据的全部来源' },
      { command: 'help', description: '我知道什么，以及提问示例' },
      { command: 'about', description: '回答的来源说明' },
    ],
    description: '我根据有来源的新闻报道回答问题。每个回答并列各个来源：谁说的、在哪里、何时，以及原文段落；来源说法不一时会明确指出。',
    shortDescription: '有来源的回答：各来源并列，附原文。',
  },
] as const satisfies ReadonlyArray<{ languageCode: string; commands: ReadonlyArray<{ command: string; description: string }>; description: string; shortDescription: string }>;
