/** What a BotFather token looks like: the bot id, a colon, and 35 URL-safe characters (30-64 accepted). */
export const TOKEN_SHAPE = /^\d{5,16}:[A-Za-z0-9_-]{30,64}$/;
