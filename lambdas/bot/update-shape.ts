/**
 * The shape of a Telegram update, as far as the bot relies on it. The webhook (and the bot itself, for long polling)
 * checks this before telegraf sees anything: valid JSON that is not an update
 * (or an update whose parts have the wrong types) is acknowledged and
 * ignored, so handlers can trust the fields they read.
 *
 * Objects are loose: Telegram adds fields over time, and the bot receives the
 * original object, not the parsed copy.
 */
import * as z from 'zod/mini';

const User = z.looseObject({
  id: z.number(),
  is_bot: z.optional(z.boolean()),
  username: z.optional(z.string()),
  // The reply's language when a message's own words don't tell it.
  language_code: z.optional(z.string()),
});

const Chat = z.looseObject({ id: z.number(), type: z.string() });

const Entity = z.looseObject({
  type: z.string(),
  offset: z.number(),
  length: z.number(),
  user: z.optional(User),
});

const RepliedMessage = z.looseObject({
  message_id: z.number(),
  from: z.optional(User),
  text: z.optional(z.string()),
  entities: z.optional(z.array(Entity)),
});

const Message = z.looseObject({
  message_id: z.number(),
  date: z.number(),
  chat: Chat,
  from: z.optional(User),
  via_bot: z.optional(User),
  text: z.optional(z.string()),
  entities: z.optional(z.array(Entity)),
  reply_to_message: z.optional(RepliedMessage),
});

const CallbackQuery = z.looseObject({
  id: z.string(),
  from: User,
  data: z.optional(z.string()),
  inline_message_id: z.optional(z.string()),
  // An InaccessibleMessage (date 0) has no text and no reply_to_message; both stay optional.
  message: z.optional(
    z.looseObject({
      message_id: z.number(),
      chat: Chat,
      date: z.number(),
      reply_to_message: z.optional(RepliedMessage),
    }),
  ),
});

const InlineQuery = z.looseObject({
  id: z.string(),
  from: User,
  query: z.string(),
  offset: z.optional(z.string()),
});

export const UpdateSchema = z.looseObject({
  update_id: z.int().check(z.nonnegative()),
  message: z.optional(Message),
  edited_message: z.optional(Message),
  channel_post: z.optional(Message),
  edited_channel_post: z.optional(Message),
  callback_query: z.optional(CallbackQuery),
  inline_query: z.optional(InlineQuery),
});

export type CheckedUpdate = z.infer<typeof UpdateSchema>;

const checked = new WeakSet<object>();

/** The update if `value` is one, undefined otherwise. Returns the original object, unknown fields kept. */
export function asTelegramUpdate(value: unknown): (Record<string, unknown> & { update_id: number }) | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // The webhook checks an update, then the bot's own gate (there for long polling) sees the very same object: once is enough.
  if (checked.has(value)) return value as Record<string, unknown> & { update_id: number };
  if (!UpdateSchema.safeParse(value).success) return undefined;
  checked.add(value);
  return value as Record<string, unknown> & { update_id: number };
}
