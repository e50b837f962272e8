/**
 * Questions shown in /help, in the terminal chat and as inline-query
 * suggestions. Each one is answered from the dataset (tests/answer checks
 * that), so a suggestion never leads to "I have no sourced claims".
 */
export const EXAMPLE_QUESTIONS = [
  'How many Chinese died in WWII?',
  'What did Xi say in Moscow?',
  'How many Soviet citizens died in the Second World War?',
  'How long did Putin and Xi meet in Moscow?',
  'What did Putin say on the 75th anniversary?',
  'When did Xi visit Moscow?',
  'What does the joint statement say about Nazism?',
  'How many troops marched in the 2020 Victory Day parade?',
] as const;

/**
 * What the bot knows, for the "no sourced claims" reply (the topic list itself
 * would need a Scan). Keep it to what data/claims holds: five articles, the
 * leaders' words in 2020 and 2025, the two death tolls, and the few other
 * figures users ask about.
 */
export const KNOWLEDGE_SUMMARY =
  'I know what five news articles report about Putin, Xi and the Second World War: what they said in 2020 and 2025 ' +
  '(their Moscow and Beijing meetings, their messages and the May 2025 joint statement), sourced death tolls for China ' +
  'and the Soviet Union, and a few other figures (troops in the 2020 Red Square parade, the length of the Moscow talks, ' +
  'the ceasefire proposals around Victory Day 2025).';
