/**
 * Fact-check questions: the user states a claim (a figure, a quote, a yes/no
 * statement, a comparison) and the reply's first line must give a verdict on
 * it. Written from data/articles, data/claims and data/sources.json only,
 * without reading the engine and without running the bot. The dev part may be
 * tuned on; the held-out part may not (run it to measure, not to fix one by one).
 *
 * The figures the verdicts rest on (see data/claims):
 * - world leaders expected at Victory Day 2025 in Moscow: "over two dozen"
 *   (MENAFN), i.e. more than 24, no exact count;
 * - anniversary marked in May 2025: the 80th (MENAFN, preview); the 2020
 *   messages marked the 75th;
 * - Soviet deaths: 27 million (Putin via MENAFN), approximately 27 million
 *   (RT via PUREWILAYAH.COM), an estimated 27 million (preview);
 * - Chinese deaths: 37 million (Putin via MENAFN); an estimated 15 to 20
 *   million in the war with Japan from 1937 (RT via PUREWILAYAH.COM);
 * - troops at the June 2020 Red Square parade: an estimated 14,000;
 * - Putin–Xi talks in Moscow: more than seven hours;
 * - Xi's visit to Russia: 7 to 10 May 2025; he attended Victory Day on 9 May;
 * - Putin's proposed ceasefire: 8 to 10 May 2025 (three days);
 * - Zelenskiy would only consider a truce of 30 days;
 * - a state TV documentary marked 25 years since Putin first took office.
 */

/** What the reply's first line must say about the claim the user states. */
export type FactCheckVerdict =
  | 'yes'      // the sources support it (all that address it)
  | 'no'       // the sources contradict it
  | 'open'     // they neither confirm nor rule it out (a hedge such as "over two dozen" vs 29), or don't say it in those words
  | 'depends'; // sources differ on it: some support, some contradict; or a comparison whose answer depends on the source

export interface FactCheckCase {
  readonly question: string;
  readonly verdict: FactCheckVerdict;
  /** Figures (plain numbers, e.g. 37000000) the first line must mention: the user's own figure and/or the sources'. */
  readonly mentions?: readonly number[];
  readonly note?: string;
}

const CHINA_BOTH = [37_000_000, 15_000_000, 20_000_000] as const;
const TOLLS_ALL = [37_000_000, 27_000_000, 15_000_000, 20_000_000] as const;

export const FACT_CHECK_DEV: readonly FactCheckCase[] = [
  // ── stated figures: world leaders in Moscow ("over two dozen") ─────────
  { question: 'i heard more than 20 world leaders were coming to moscow for victory day', verdict: 'yes', mentions: [20], note: '"over two dozen" (more than 24) implies more than 20' },
  { question: 'my uncle says 29 leaders attended the moscow parade', verdict: 'open', mentions: [29], note: '"over two dozen" neither confirms nor rules out 29' },
  { question: 'only 20 leaders were expected in moscow for the 80th anniversary, right?', verdict: 'no', mentions: [20], note: '"over two dozen" (more than 24) rules out 20' },
  { question: 'were fewer than ten world leaders going to moscow for may 9?', verdict: 'no', mentions: [10], note: 'over two dozen rules out fewer than ten' },

  // ── stated figures: anniversaries ─────────────────────────────────────
  { question: 'was victory day 2025 the 80th anniversary of beating nazi germany?', verdict: 'yes', mentions: [80] },
  { question: 'the 2025 moscow parade marked 75 years since the victory?', verdict: 'no', mentions: [75, 80], note: 'two sources say the 80th in 2025; the 75th was marked in 2020 (another source)' },
  { question: 'did xi and putin swap messages for the 75th anniversary of the ww2 victory back in 2020', verdict: 'yes', mentions: [75] },

  // ── stated figures: Soviet deaths (27 million in three sources) ────────
  { question: 'is it true about 27 million soviet people died in ww2?', verdict: 'yes', mentions: [27_000_000] },
  { question: 'my uncle says the ussr lost 40 million in ww2', verdict: 'no', mentions: [40_000_000, 27_000_000] },
  { question: 'over 25 million sovet deaths in world war 2?', verdict: 'yes', mentions: [25_000_000], note: 'typo "sovet"; all three sources say (about) 27 million' },
  { question: 'soviet union lost fewer than 20 million people in the war?', verdict: 'no', mentions: [20_000_000, 27_000_000] },

  // ── stated figures: Chinese deaths (37 million vs 15–20 million) ───────
  { question: 'is it true that 37 million chinese died in ww2?', verdict: 'depends', mentions: [...CHINA_BOTH], note: 'Putin (MENAFN) says 37 million; RT via PUREWILAYAH.COM says an estimated 15 to 20 million from 1937' },
  { question: 'I heard that 15 to 20 million chinese were killed in the war against japan', verdict: 'depends', mentions: [...CHINA_BOTH], note: 'RT via PUREWILAYAH.COM gives exactly this range; Putin (MENAFN) says China lost 37 million' },
  { question: 'more than 10 million chinese died in ww2?', verdict: 'yes', mentions: [10_000_000], note: 'both 15–20 million and 37 million are more than 10 million' },
  { question: 'fewer than ten million chinese died in world war two right?', verdict: 'no', mentions: [10_000_000], note: 'both sources rule it out (15–20 million; 37 million)' },

  // ── stated figures: troops at the 2020 parade (an estimated 14,000) ────
  { question: 'were there 14k troops at the 2020 red square parade?', verdict: 'yes', mentions: [14_000], note: '"14k" for 14,000' },
  { question: 'I heard that 40,000 soldiers marched in the june 2020 parade', verdict: 'no', mentions: [40_000, 14_000] },
  { question: 'fewer than 5000 troops marched in moscow in june 2020?', verdict: 'no', mentions: [5_000, 14_000] },

  // ── stated figures: length of the talks ("more than seven hours") ──────
  { question: 'xi and putin talked for over 7 hours in moscow?', verdict: 'yes', mentions: [7] },
  { question: 'the moscow talks lasted only 3 hours?', verdict: 'no', mentions: [3, 7] },
  { question: 'my uncle says the putin-xi talks went on for 8 hours', verdict: 'open', mentions: [8], note: '"more than seven hours" neither confirms nor rules out 8' },
  { question: 'putin and xi spoke for less than 7 hours?', verdict: 'no', mentions: [7], note: '"more than seven hours" rules it out' },

  // ── stated figures: Putin's time in office (25 years) ──────────────────
  { question: 'is it 25 years since putin first took office?', verdict: 'yes', mentions: [25] },
  { question: 'putin first took office 30 years ago?', verdict: 'no', mentions: [30, 25] },

  // ── stated figures: Xi's visit (7–10 May 2025) ─────────────────────────
  { question: 'was xi in russia from may 7 to may 10 2025?', verdict: 'yes', mentions: [7, 10] },
  { question: 'xi visited russia 1-5 may 2025?', verdict: 'no', mentions: [7, 10], note: 'the visit was 7 to 10 May' },

  // ── stated figures: ceasefire (8–10 May) and truce (30 days) ───────────
  { question: 'did putin propose a ceasefire from 8 to 10 may?', verdict: 'yes', mentions: [8, 10] },
  { question: 'did putin offer a 30-day ceasefire?', verdict: 'no', mentions: [30], note: 'Putin proposed 8 to 10 May; 30 days was Zelenskiy’s condition' },
  { question: 'is it true zelensky said he would only consider a 30 day truce', verdict: 'yes', mentions: [30] },
  { question: 'did zelenksy say 3 days was enough for a truce?', verdict: 'no', mentions: [3, 30], note: 'typo "zelenksy"; he would only consider a truce of 30 days' },

  // ── did <speaker> say <figure> ─────────────────────────────────────────
  { question: 'did putin say the soviet union lost 27 million lives', verdict: 'yes', mentions: [27_000_000] },
  { question: 'did putin realy say china lost 37 mln people in ww2', verdict: 'yes', mentions: [37_000_000], note: 'typo "realy", "mln"; judged on Putin’s own figure' },
  { question: 'did putin say china lost 14 million in ww2?', verdict: 'no', mentions: [14_000_000, 37_000_000], note: 'Putin’s figure is 37 million' },
  { question: 'did rt report 15-20 million chinese deaths from 1937?', verdict: 'yes', mentions: [15_000_000, 20_000_000], note: 'RT via PUREWILAYAH.COM' },

  // ── comparisons ────────────────────────────────────────────────────────
  { question: 'did the ussr or china lose more people in ww2?', verdict: 'depends', mentions: [...TOLLS_ALL], note: 'by Putin’s figures China lost more (37 vs 27 million); by RT’s the Soviet Union did (27 vs 15–20 million)' },
  { question: 'who lost fewer people in ww2, china or the soviet union?', verdict: 'depends', mentions: [...TOLLS_ALL], note: 'by Putin’s figures the Soviet Union lost fewer (27 vs 37 million); by RT’s China did (15–20 vs 27 million)' },
  { question: 'according to putin did china lose more people than the soviet union?', verdict: 'yes', mentions: [37_000_000, 27_000_000] },
  { question: 'putin said the soviet union lost more people than china?', verdict: 'no', mentions: [27_000_000, 37_000_000], note: 'Putin: Soviet Union 27 million, China 37 million' },
  { question: "was putin's ceasefire shorter than the truce zelenskiy wanted?", verdict: 'yes', mentions: [30], note: 'one source gives both: 8–10 May (three days) vs 30 days' },
  { question: 'did both china and the ussr lose over 10 million people in ww2?', verdict: 'yes', mentions: [10_000_000], note: 'every source giving a toll agrees: 27 million Soviet; 15–20 or 37 million Chinese' },

  // ── yes/no statements without figures ──────────────────────────────────
  { question: 'did china join the western sanctions against russia?', verdict: 'no', note: 'MENAFN: China has consistently refused to back Western sanctions' },
  { question: 'did russia back taiwan independence in the joint statement?', verdict: 'no', note: 'Russia rejected any moves by Taiwan to declare independence' },
  { question: 'did russia recognise the one china policy', verdict: 'yes' },
  { question: 'did zelensky accuse china of sending troops to russia?', verdict: 'open', note: 'he accused China of supplying weapons and gunpowder; troops are not mentioned' },
  { question: 'was the 2020 victory day parade held on may 9 as usual?', verdict: 'no', note: 'moved from 9 May because of COVID-19; held in June' },
  { question: 'did putin call xi his dear friend?', verdict: 'yes' },
  { question: "did putin attend china's military parade in beijing?", verdict: 'open', note: 'he met Xi in Beijing the day before and praised the coming parade; no claim says he attended it' },
  { question: 'did putin and xi sign agreements in moscow?', verdict: 'yes' },
  { question: 'did zelenskiy say ukraine could guarantee the safety of leaders visiting moscow?', verdict: 'no', note: 'he said Ukraine cannot ensure their safety' },
  { question: 'were the presidents of brazil and serbia expected in moscow for victory day?', verdict: 'yes' },
  { question: 'did putin reject a short term ceasefire', verdict: 'yes' },
  { question: "is it true russia and china call their relationship 'no limits'?", verdict: 'yes' },
  { question: 'did xi attend the 2020 victory day parade in moscow?', verdict: 'open', note: 'the 2020 source reports an exchange of messages; it does not say whether Xi attended' },
];

export const FACT_CHECK_HELD_OUT: readonly FactCheckCase[] = [
  // ── stated figures ─────────────────────────────────────────────────────
  { question: 'at least 24 leaders were expected at the moscow celebrations?', verdict: 'yes', mentions: [24], note: '"over two dozen" implies at least 24' },
  { question: 'more than 30 leaders at victory day 2025?', verdict: 'open', mentions: [30], note: '"over two dozen" neither confirms nor rules out more than 30' },
  { question: 'Fwd: only 12 world leaders will be in Moscow for Victory Day', verdict: 'no', mentions: [12], note: '"over two dozen" rules out 12' },
  { question: 'I heard the may 2025 celebrations in moscow were for the 70th anniversary', verdict: 'no', mentions: [70, 80] },
  { question: 'in 2020 xi and putin marked the 80th anniversary of the ww2 victory?', verdict: 'no', mentions: [80, 75], note: 'the 2020 messages marked the 75th' },
  { question: 'Fwd: The Soviet Union lost only 1.5m people in WWII', verdict: 'no', mentions: [1_500_000, 27_000_000] },
  { question: 'ussr losses in ww2 were between 25 and 30 million?', verdict: 'yes', mentions: [25_000_000, 30_000_000], note: 'all three sources say (about) 27 million' },
  { question: 'over 30 million chinese died in ww2?', verdict: 'depends', mentions: [30_000_000, 37_000_000], note: 'Putin’s 37 million supports it; RT’s 15–20 million contradicts it' },
  { question: 'fwd: 50 million Chinese lost their lives in WW2', verdict: 'no', mentions: [50_000_000], note: 'both sources rule it out (37 million; 15–20 million)' },
  { question: 'at least 15 million chinese died in ww2?', verdict: 'yes', mentions: [15_000_000], note: 'both 15–20 million and 37 million are at least 15 million' },
  { question: 'more than 10,000 troops on red square in 2020?', verdict: 'yes', mentions: [10_000] },
  { question: 'is it true putin and xi met for 10 hours in moscow', verdict: 'open', mentions: [10], note: '"more than seven hours" neither confirms nor rules out 10' },
  { question: 'did xi and putin talk for more than five hours in the kremlin?', verdict: 'yes', mentions: [5], note: 'more than seven hours implies more than five' },
  { question: 'Fwd: Putin marks 20 years since first taking office with a state TV documentary', verdict: 'no', mentions: [20, 25] },
  { question: 'was xi in moscow on may 9 2025', verdict: 'yes', mentions: [9], note: 'inside the 7–10 May visit; PUREWILAYAH.COM says he attended Victory Day on 9 May' },
  { question: "xi's trip to russia was from 12 to 15 may?", verdict: 'no', mentions: [7, 10] },
  { question: "putin's victory day ceasefire covered may 9?", verdict: 'yes', mentions: [8, 10], note: '9 May is inside the proposed 8–10 May ceasefire' },
  { question: 'did zelenskyy ask for a 60-day truce', verdict: 'no', mentions: [60, 30] },

  // ── did <speaker> say <figure> ─────────────────────────────────────────
  { question: 'did putin say 20 million soviets died?', verdict: 'no', mentions: [20_000_000, 27_000_000] },
  { question: 'did RT say 37 million chinese died?', verdict: 'no', mentions: [...CHINA_BOTH], note: 'RT via PUREWILAYAH.COM says an estimated 15–20 million from 1937; 37 million is Putin’s figure (MENAFN)' },
  { question: 'did xi say 37 million chinese died?', verdict: 'open', mentions: [37_000_000], note: 'Xi spoke of enormous losses without a figure; 37 million is Putin’s figure' },

  // ── comparisons ────────────────────────────────────────────────────────
  { question: 'more chinese than soviets died in ww2?', verdict: 'depends', mentions: [...TOLLS_ALL], note: 'yes by Putin’s figures (37 vs 27 million), no by RT’s (15–20 vs 27 million)' },
  { question: "by RT's numbers the soviets lost more than china, correct?", verdict: 'yes', mentions: [27_000_000, 15_000_000, 20_000_000] },
  { question: 'did zelensky ask for a shorter truce than putin offered', verdict: 'no', mentions: [30], note: '30 days vs Putin’s 8–10 May' },

  // ── yes/no statements without figures ──────────────────────────────────
  { question: 'is it true china refused to back western sanctions on russia', verdict: 'yes' },
  { question: 'zelenskiy accused china of supplying weapons to russia?', verdict: 'yes' },
  { question: 'was the red square parade in 2020 held in june?', verdict: 'yes' },
  { question: "so xi called putin his 'dear friend'?", verdict: 'open', note: 'the sources have Putin calling Xi his dear friend, not the other way round' },
  { question: 'did xi skip the may 9 victory day in moscow?', verdict: 'no', note: 'PUREWILAYAH.COM: Xi travelled to Moscow to attend the 9 May celebrations' },
  { question: "did china say it supports russia's territorial integrity", verdict: 'yes' },
  { question: 'was the US president expected at the moscow victory day parade?', verdict: 'open', note: 'no claim names him; over two dozen leaders, incl. Brazil, Serbia, Slovakia' },
  { question: 'were there no tanks at the 2020 red square parade?', verdict: 'no', note: 'tanks and aircraft took part' },
  { question: 'did putin say ww2 was the most painful tragedy in human history', verdict: 'yes' },
  { question: 'did putin and xi meet in beijing on 2 september 2025', verdict: 'yes' },
];
