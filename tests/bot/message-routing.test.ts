import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, cleanQuestion, questionOf, routeMessage, type RoutableMessage } from '../../lambdas/bot/message-routing';
import { loadUpdate } from './fixtures';

const me = { id: 7000000001, username: 'factcheck_test_bot' };
const messageOf = (fixture: string) => loadUpdate(fixture).message as RoutableMessage;
const privateText = (text: string): RoutableMessage => ({ text, chat: { type: 'private' }, from: { id: 1, is_bot: false } });
const groupText = (text: string, extra: Partial<RoutableMessage> = {}): RoutableMessage => ({ text, chat: { type: 'supergroup' }, from: { id: 1, is_bot: false }, ...extra });

describe('routeMessage', () => {
  it.each([
    ['private-text', { kind: 'question', question: 'How many Chinese died in WWII?' }],
    ['group-mention', { kind: 'question', question: 'what did Xi say in Moscow?' }],
    ['group-reply-to-bot', { kind: 'question', question: 'and how many Soviet people died?' }],
    ['group-ask-command', { kind: 'question', question: 'How many Chinese died in WWII?' }],
    ['private-start', { kind: 'command', command: 'start', payload: '' }],
    ['private-sources', { kind: 'command', command: 'sources', payload: '' }],
    ['sticker-private', { kind: 'non-text' }],
    ['photo-private', { kind: 'non-text' }],
  ])('routes the %s fixture', (fixture, expected) => {
    // Prepare
    const message = messageOf(fixture);

    // Act
    const route = routeMessage(message, me);

    // Assess
    expect(route).toEqual(expected);
  });

  it.each(['group-chatter', 'group-ask-other-bot', 'sticker-group'])('stays silent on the %s fixture', (fixture) => {
    // Prepare
    const message = messageOf(fixture);

    // Act
    const route = routeMessage(message, me);

    // Assess
    expect(route.kind).toBe('ignore');
  });

  it('does nothing in channels', () => {
    // Prepare
    const post = loadUpdate('channel-post').channel_post as RoutableMessage;

    // Act
    const route = routeMessage(post, me);

    // Assess
    expect(route).toMatchObject({ kind: 'ignore' });
  });

  it('matches the mention case-insensitively and only as a whole word', () => {
    // Prepare / Act / Assess
    expect(routeMessage(groupText('Hey @FactCheck_Test_Bot, how many Chinese died?'), me)).toEqual({ kind: 'question', question: 'Hey, how many Chinese died?' });
    expect(routeMessage(groupText('@factcheck_test_bot: how many Chinese died?'), me)).toEqual({ kind: 'question', question: 'how many Chinese died?' });
    expect(routeMessage(groupText('@factcheck_test_bot_fan how many?'), me).kind).toBe('ignore');
    expect(routeMessage(groupText('mail@factcheck_test_bot how many?'), me).kind).toBe('ignore');
  });

  it('accepts a text_mention of the bot', () => {
    // Prepare
    const message = groupText('Fact Check how many died?', { entities: [{ type: 'text_mention', offset: 0, length: 10, user: { id: me.id } }] });

    // Act
    const route = routeMessage(message, me);

    // Assess
    expect(route).toEqual({ kind: 'question', question: 'Fact Check how many died?' });
  });

  it('asks for a question on a bare /ask or a bare mention', () => {
    // Prepare / Act / Assess
    expect(routeMessage(groupText('/ask'), me)).toEqual({ kind: 'usage' });
    expect(routeMessage(groupText('/ask@factcheck_test_bot   '), me)).toEqual({ kind: 'usage' });
    expect(routeMessage(groupText('@factcheck_test_bot'), me)).toEqual({ kind: 'usage' });
  });

  it('says a too-long question is too long, in private and when addressed in groups', () => {
    // Prepare
    const long = 'why '.repeat(1250);

    // Act / Assess
    expect(long.length).toBe(5000);
    expect(routeMessage(privateText(long), me)).toEqual({ kind: 'too-long' });
    expect(routeMessage(groupText(`@factcheck_test_bot ${long}`), me)).toEqual({ kind: 'too-long' });
    expect(routeMessage(privateText('x'.repeat(MAX_QUESTION_CHARS)), me).kind).toBe('question');
  });

  describe('groups: a mention or reply that is not a question', () => {
    const isQuestion = (text: string) => /\?$|^(how|what|when|who|did)\b/i.test(text);
    const replyToMe = (text: string) => groupText(text, { reply_to_message: { from: { id: me.id } } });

    it.each([
      ['a reply "thanks!"', replyToMe('thanks!')],
      ['a reply "lol"', replyToMe('lol')],
      ['a mention "thanks @bot"', groupText('thanks @factcheck_test_bot')],
    ])('stays silent on %s', (_name, message) => {
      // Prepare / Act
      const route = routeMessage(message, me, { looksLikeQuestion: isQuestion });

      // Assess
      expect(route).toEqual({ kind: 'ignore', reason: 'not a question in a group' });
    });

    it('asks the predicate about the question without the mention', () => {
      // Prepare
      const asked: string[] = [];

      // Act
      const route = routeMessage(groupText('@factcheck_test_bot how many Chinese died'), me, { looksLikeQuestion: (t) => (asked.push(t), true) });

      // Assess
      expect(asked).toEqual(['how many Chinese died']);
      expect(route).toEqual({ kind: 'question', question: 'how many Chinese died' });
    });

    it('still answers a question, /ask with anything, and every private message', () => {
      // Prepare
      const opts = { looksLikeQuestion: isQuestion };

      // Act / Assess
      expect(routeMessage(replyToMe('and how many Soviet people died?'), me, opts).kind).toBe('question');
      expect(routeMessage(groupText('/ask thanks!'), me, opts)).toEqual({ kind: 'question', question: 'thanks!' });
      expect(routeMessage(privateText('thanks!'), me, opts)).toEqual({ kind: 'question', question: 'thanks!' });
      expect(routeMessage(groupText('@factcheck_test_bot'), me, opts)).toEqual({ kind: 'usage' });
    });
  });

  it('handles unknown commands: a hint in private, silence in groups', () => {
    // Prepare / Act / Assess
    expect(routeMessage(privateText('/settings'), me)).toEqual({ kind: 'unknown-command' });
    expect(routeMessage(groupText('/settings'), me).kind).toBe('ignore');
  });

  it('never answers bots or its own inline results', () => {
    // Prepare / Act / Assess
    expect(routeMessage({ ...privateText('hi'), from: { id: 5, is_bot: true } }, me).kind).toBe('ignore');
    expect(routeMessage(groupText('@factcheck_test_bot x', { via_bot: { id: me.id } }), me).kind).toBe('ignore');
  });

  it('survives messages with missing or oddly typed fields', () => {
    // Prepare
    const odd: RoutableMessage[] = [{}, { chat: null }, { chat: { type: 'private' }, text: 42 }, { chat: { type: 'group' }, text: 'x', entities: 'nope' }, { chat: { type: 'group' }, text: 'x', entities: [null, 1, { type: 'text_mention' }] }];

    // Act
    const routes = odd.map((m) => routeMessage(m, me));

    // Assess
    expect(routes.map((r) => r.kind)).toEqual(['ignore', 'ignore', 'non-text', 'ignore', 'ignore']);
  });
});

describe('questionOf (re-reading an answered question for "Show passages")', () => {
  it('strips /ask and mentions', () => {
    // Prepare / Act / Assess
    expect(questionOf({ text: '/ask@factcheck_test_bot How many died?' }, me)).toBe('How many died?');
    expect(questionOf({ text: '@factcheck_test_bot what did Xi say?' }, me)).toBe('what did Xi say?');
    expect(questionOf({ text: 'plain question' }, me)).toBe('plain question');
    expect(questionOf({ text: '/ask' }, me)).toBeUndefined();
    expect(questionOf({}, me)).toBeUndefined();
  });
});

describe('cleanQuestion', () => {
  it('collapses whitespace within lines and repairs lone surrogates', () => {
    // Prepare / Act / Assess
    expect(cleanQuestion('  how  many\t\ud800 died  ', me)).toBe('how many \ufffd died');
  });

  it('keeps one line break per run of them, so that a pasted forward keeps its header and quoted lines apart', () => {
    // Prepare
    const pasted = 'Forwarded from RT News  \r\n\n\n  > Putin said 37 million\t\nis this right?\n';

    // Act
    const cleaned = cleanQuestion(pasted, me);

    // Assess
    expect(cleaned).toBe('Forwarded from RT News\n> Putin said 37 million\nis this right?');
  });
});
