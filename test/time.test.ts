// The event-date stage (src/time/): a table of (sentence, article date, verb, tense) -> date and precision, then a
// section of negatives (numbers, times, ages and names that must not become dates). A failing row prints the date
// expressions the stage found in its sentence, with the rule that found each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatePrecision } from '../src/types.js';
import { analyse, eventDate, type DateContext } from '../src/time/event-date.js';
import { compileWords } from '../src/time/expressions.js';
import { defaultTimeWords, parseTimeWords } from '../src/time/words.js';

interface Row {
  text: string;
  /** The article date; the reference article's, 2020-06-17 (a Wednesday), unless given. */
  date?: string | null;
  /** The verb's word; `word#2` for its second occurrence. */
  verb: string;
  tense?: DateContext['tense'];
  /** The expected date, or null for no date at all. */
  want: string | null;
  precision?: DatePrecision;
  /** A piece the basis must contain. */
  basis?: string;
}

const REF = '2020-06-17';

const verbStart = (text: string, verb: string): number => {
  const [word, nth] = verb.split('#');
  const re = new RegExp(`\\b${word}\\b`, 'g');
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < Number(nth ?? 1); i++) m = re.exec(text);
  if (!m) throw new Error(`verb '${verb}' not in: ${text}`);
  return m.index;
};

const trace = (text: string): string =>
  analyse(text, defaultTimeWords())
    .exprs.map((e) => `  '${e.text}' at ${e.start} (${e.rule}) ${JSON.stringify(e.meaning)}`)
    .join('\n') || '  (no date expression)';

function check(row: Row): void {
  const ctx: DateContext = {
    sentence: row.text,
    articleDate: row.date === undefined ? REF : row.date,
    verbStart: verbStart(row.text, row.verb),
    tense: row.tense,
  };
  const got = eventDate(ctx);
  const why = `\n${row.text}\nverb '${row.verb}' -> ${JSON.stringify(got)}\nexpressions:\n${trace(row.text)}`;
  if (row.want === null) {
    assert.equal(got, null, why);
    return;
  }
  assert.ok(got, why);
  assert.equal(got.date, row.want, why);
  const precision = row.precision ?? (row.want.length === 10 ? 'day' : row.want.length === 7 ? 'month' : 'year');
  assert.equal(got.precision, precision, why);
  if (row.basis) assert.ok(got.basis.includes(row.basis), `basis lacks "${row.basis}"${why}`);
}

const name = (r: Row) => `${r.text.length > 70 ? `${r.text.slice(0, 67)}...` : r.text} [${r.verb}]`;

// --- the reference article (CNN, Seoul, published Wednesday 2020-06-17) -------------------------------------------
const REFERENCE: Row[] = [
  {
    text: 'South Korea’s Minister of Unification offered his resignation Wednesday, potentially becoming the latest casualty of the rapidly deteriorating relationship between the two Koreas.',
    verb: 'offered', want: '2020-06-17', basis: "'Wednesday' relative to the article date 2020-06-17",
  },
  {
    text: 'Minister Kim Yeon-chul offered to step down just a day after North Korea razed a building that Seoul and Pyongyang regularly used for dialogue.',
    verb: 'offered', want: '2020-06-17',
  },
  {
    text: 'Minister Kim Yeon-chul offered to step down just a day after North Korea razed a building that Seoul and Pyongyang regularly used for dialogue.',
    verb: 'razed', want: '2020-06-16', basis: "'a day after' the sentence's anchor 2020-06-17",
  },
  {
    text: 'During their first summit in April 2018, as part of their attempt to establish “a new era of peace,” Moon and Kim Jong Un agreed to cease “all hostile acts and eliminating their means, including broadcasting through loudspeakers and distribution of leaflets” along their shared border.',
    verb: 'agreed', want: '2018-04', basis: "'in April 2018' (month)",
  },
  {
    text: 'Kim joined the ministry last April and had been tasked with jumpstarting inter-Korean talks, which had stalled in the months after three inter-Korean summits in 2018.',
    verb: 'joined', want: '2019-04',
  },
  {
    text: 'Kim joined the ministry last April and had been tasked with jumpstarting inter-Korean talks, which had stalled in the months after three inter-Korean summits in 2018.',
    verb: 'stalled', want: REF, basis: "'in the months after' gives no date",
  },
  {
    text: 'South Korean Unification Minister Kim Yeon-chul is questioned by reporters on Tuesday at the National Assembly in Seoul, South Korea.',
    verb: 'questioned', tense: 'present', want: '2020-06-16',
  },
  { text: 'Pyongyang cut all communication lines with Seoul two weeks ago.', verb: 'cut', want: '2020-06-03' },
  {
    text: '“They dared defame the dignity of our supreme leadership,” she said in a statement released Wednesday by North Korean state media.',
    verb: 'said', want: REF,
  },
  {
    text: 'North Korea also aired footage Wednesday on state-run television that appeared to show the liaison office being blown to pieces.',
    verb: 'aired', want: REF, basis: "'Wednesday'",
  },
  {
    text: 'Yoon Do-han, a spokesman for Moon, said Wednesday that South Korea would “no longer endure” North Korea’s “senseless comments and actions” and urged the Kim regime to return to the negotiating table.',
    verb: 'urged', want: REF, basis: "'Wednesday'",
  },
  {
    text: 'Pyongyang has for months voiced displeasure that its foray into diplomacy with South Korea and the United States has not yielded relief from sanctions.',
    verb: 'voiced', want: REF, basis: 'article date',
  },
];

// --- relative to the article date ---------------------------------------------------------------------------------
const RELATIVE: Row[] = [
  { text: 'North Korea blew up the liaison office yesterday.', verb: 'blew', want: '2020-06-16', basis: "'yesterday'" },
  { text: 'Kim offered his resignation today.', verb: 'offered', want: '2020-06-17' },
  { text: 'Moon will meet the minister tomorrow.', verb: 'meet', want: '2020-06-18' },
  { text: 'The North cut the hotlines last week.', verb: 'cut', want: '2020-06-10', basis: '7 days before' },
  { text: 'Seoul will send an envoy next week.', verb: 'send', want: '2020-06-24' },
  { text: 'Activists launched the leaflets three days ago.', verb: 'launched', want: '2020-06-14' },
  { text: 'The talks collapsed three months ago.', verb: 'collapsed', want: '2020-03' },
  { text: 'The office opened a year ago.', verb: 'opened', want: '2019' },
  { text: 'The North warned earlier this month that it would close the office.', verb: 'warned', want: '2020-06' },
  { text: 'The talks collapsed last year.', verb: 'collapsed', want: '2019' },
  { text: 'Seoul will hold a referendum next year.', verb: 'hold', want: '2021' },
  { text: 'Kim joined the ministry last April.', verb: 'joined', want: '2019-04', basis: "'last April'" },
  { text: 'The exercises resumed last December.', verb: 'resumed', want: '2019-12' },
  { text: 'The office was opened in April.', verb: 'opened', want: '2020-04' },
  { text: 'Elections were held in August.', verb: 'held', want: '2019-08' },
  { text: 'Elections will be held in August.', verb: 'held', want: '2020-08' },
  { text: 'Protesters have rallied since May.', verb: 'rallied', want: '2020-05' },
];

// --- weekdays and the tense -------------------------------------------------------------------------------------
const WEEKDAYS: Row[] = [
  { text: 'Moon visited Pyongyang on Friday.', verb: 'visited', want: '2020-06-12' },
  { text: 'Moon will visit Pyongyang on Friday.', verb: 'visit', want: '2020-06-19' },
  { text: 'Moon visits Pyongyang on Friday.', verb: 'visits', tense: 'future', want: '2020-06-19' },
  { text: 'The minister resigned on Wednesday.', verb: 'resigned', want: '2020-06-17' },
  { text: 'The minister resigned last Wednesday.', verb: 'resigned', want: '2020-06-10' },
  { text: 'The two sides will meet next Monday.', verb: 'meet', want: '2020-06-22' },
  { text: 'Protesters marched in Seoul last weekend.', verb: 'marched', want: '2020-06-13' },
  { text: 'At Sunday’s rally, protesters chanted slogans against the North.', verb: 'chanted', want: '2020-06-14' },
  { text: 'The agency said on Monday it had received the letter.', verb: 'said', want: '2020-06-15' },
];

// --- calendar dates ---------------------------------------------------------------------------------------------
const CALENDAR: Row[] = [
  { text: 'The two leaders met three times in 2018.', verb: 'met', want: '2018', basis: "'in 2018' (year)" },
  { text: 'Sanctions have tightened since 2017.', verb: 'tightened', want: '2017' },
  { text: 'The talks began in mid-2018.', verb: 'began', want: '2018' },
  { text: 'North Korea destroyed the office on June 16.', verb: 'destroyed', want: '2020-06-16' },
  { text: 'The office was destroyed on 16 June.', verb: 'destroyed', want: '2020-06-16' },
  { text: 'The office was destroyed on June 16, 2020.', verb: 'destroyed', want: '2020-06-16', basis: "'on June 16, 2020' (day)" },
  { text: 'The office was destroyed on June 16, 2020.', date: null, verb: 'destroyed', want: '2020-06-16' },
  { text: 'The envoys met on Oct. 5, 2019 in Stockholm.', verb: 'met', want: '2019-10-05' },
  { text: 'The ceasefire was signed on the 27th of July 1953.', verb: 'signed', want: '1953-07-27' },
  { text: 'The minister resigned on 6/16/2020.', verb: 'resigned', want: '2020-06-16' },
  { text: 'She fled Seoul on 2020-06-12.', verb: 'fled', want: '2020-06-12' },
  { text: 'The North shelled the island in November 2010.', verb: 'shelled', want: '2010-11' },
  { text: 'Elections were held on December 20.', verb: 'held', want: '2019-12-20' },
  { text: 'The summit will be held on June 20.', verb: 'held', want: '2020-06-20' },
];

// --- dates relative to another date of the sentence, and clause scope ------------------------------------------------
const ANCHORS_AND_CLAUSES: Row[] = [
  { text: 'A day after North Korea razed the office, Kim offered to resign.', verb: 'razed', want: '2020-06-16' },
  { text: 'A day after North Korea razed the office, Kim offered to resign.', verb: 'offered', want: '2020-06-17' },
  { text: 'North Korea razed the office on Tuesday, a day before Kim resigned.', verb: 'razed', want: '2020-06-16' },
  { text: 'North Korea razed the office on Tuesday, a day before Kim resigned.', verb: 'resigned', want: '2020-06-17' },
  { text: 'Kim resigned on Friday, two days after North Korea razed the office.', date: '2020-06-20', verb: 'razed', want: '2020-06-17' },
  { text: 'The North cut the hotlines on Monday and two days later it blew up the office.', verb: 'blew', want: '2020-06-17' },
  { text: 'The North cut the hotlines on Monday and two days later it blew up the office.', verb: 'cut', want: '2020-06-15' },
  { text: 'Kim Yo Jong had warned of the move the day before.', verb: 'warned', want: '2020-06-16' },
  { text: 'Kim resigned two days later.', verb: 'resigned', want: REF, basis: 'no anchor' },
  { text: 'Kim, who took office in 2019, resigned on Wednesday.', verb: 'resigned', want: REF, basis: "'on Wednesday'" },
  { text: 'Kim, who took office in 2019, resigned.', verb: 'resigned', want: REF, basis: 'article date' },
  { text: 'Kim, who took office in 2019, resigned.', verb: 'took', want: '2019' },
  { text: 'Moon, a former lawyer elected in 2017, said the talks had failed.', verb: 'said', want: REF, basis: 'article date' },
  { text: 'Kim said that North Korea razed the office on Tuesday.', verb: 'said', want: REF, basis: 'article date' },
  { text: 'Kim said that North Korea razed the office on Tuesday.', verb: 'razed', want: '2020-06-16' },
  { text: 'Kim said on Tuesday that North Korea had razed the office.', verb: 'said', want: '2020-06-16' },
  { text: '“We will meet again on Friday,” Kim said.', verb: 'said', want: REF, basis: 'article date' },
  { text: 'Kim resigned, and Moon said on Thursday that he would accept it.', verb: 'resigned', want: REF, basis: 'article date' },
  { text: 'After the North razed the office on Tuesday, Kim resigned.', verb: 'resigned', want: REF, basis: 'article date' },
  { text: 'When Kim visited Pyongyang in 2018, he agreed to cease hostilities.', verb: 'agreed', want: '2018' },
];

// --- no article date ----------------------------------------------------------------------------------------------
const NO_ARTICLE_DATE: Row[] = [
  { text: 'Kim resigned on Wednesday.', date: null, verb: 'resigned', want: null },
  { text: 'Kim resigned.', date: null, verb: 'resigned', want: null },
  { text: 'The two leaders met three times in 2018.', date: null, verb: 'met', want: '2018' },
  { text: 'Kim joined the ministry last April.', date: null, verb: 'joined', want: null },
];

// --- negatives: nothing here is a date, so the event takes the article date --------------------------------------
const NEGATIVES: Row[] = [
  { text: 'South Korea has held three inter-Korean summits with the North.', verb: 'held', want: REF },
  { text: 'The sanctions affect 201 million people.', verb: 'affect', want: REF },
  { text: '01:53 - Source: CNN', verb: 'Source', want: REF },
  { text: 'A 45-year-old man was arrested at 01:53 on Route 1.', verb: 'arrested', want: REF },
  { text: 'The 70-year-old leader said the war must end.', verb: 'said', want: REF },
  { text: 'He was jailed in the 1990s.', verb: 'jailed', want: REF },
  { text: 'He fled in the \'90s, officials said.', verb: 'fled', want: REF },
  { text: 'The 2018-19 season ended early.', verb: 'ended', want: REF },
  { text: 'In 2000 cases, the court ruled against the state.', verb: 'ruled', want: REF },
  { text: 'The group fired 2,018 rockets.', verb: 'fired', want: REF },
  { text: 'The deal is worth $2020 million, officials said.', verb: 'said', want: REF },
  { text: 'The ministry may announce new measures.', verb: 'announce', want: REF },
  { text: 'This may take a while, the minister warned.', verb: 'warned', want: REF },
  { text: 'Theresa May met Moon in London.', verb: 'met', want: REF },
  { text: 'March organisers said the rally would go ahead.', verb: 'said', want: REF },
  { text: 'The Good Friday agreement ended the conflict.', verb: 'ended', want: REF },
  { text: 'USA Today reported the attack.', verb: 'reported', want: REF },
  { text: 'North Korea condemned Sunday’s election.', verb: 'condemned', want: REF },
  { text: 'Kim condemned the June 16 attack.', verb: 'condemned', want: REF },
  { text: 'A divisive 2017 report angered the agency.', verb: 'angered', want: REF },
  { text: 'Resolution 2231 was adopted by the council.', verb: 'adopted', want: REF },
  { text: 'The talks lasted for two years.', verb: 'lasted', want: REF },
  { text: 'Officials met a few days ago.', verb: 'met', want: REF },
  { text: 'The troops held their last stand at the bridge.', verb: 'held', want: REF },
  { text: 'The North has fired missiles in recent weeks.', verb: 'fired', want: REF },
];

const TABLES: Record<string, Row[]> = {
  'reference article': REFERENCE,
  'relative to the article date': RELATIVE,
  weekdays: WEEKDAYS,
  'calendar dates': CALENDAR,
  'anchors and clauses': ANCHORS_AND_CLAUSES,
  'no article date': NO_ARTICLE_DATE,
};

for (const [table, rows] of Object.entries(TABLES)) {
  for (const row of rows) test(`time: ${table}: ${name(row)}`, () => check(row));
}

for (const row of NEGATIVES) {
  test(`time: negative: ${name(row)}`, () => {
    check(row);
    assert.ok(eventDate({ sentence: row.text, articleDate: REF, verbStart: verbStart(row.text, row.verb) })!.basis.startsWith('article date'));
  });
}

test('time: the shipped vocabulary compiles, and every expression names the rule that found it', () => {
  const c = compileWords(defaultTimeWords());
  assert.ok(c.exprs.length > 10);
  const { exprs } = analyse('On June 16, 2020, a day after talks failed in April 2018, Kim resigned.', defaultTimeWords());
  assert.equal(exprs.length, 3);
  for (const e of exprs) assert.match(e.rule, /^(chrono|data\/grammar\/time-words\.txt:\d+)$/);
});

test('time: a malformed vocabulary line is reported as path:line', () => {
  assert.throws(() => parseTimeWords('month\t1\tJanuary\nmonth 2 February\n', 'x.txt'), /x\.txt:2:/);
  assert.throws(() => compileWords(parseTimeWords('expr\tyear\t&nosuchset @year\n', 'y.txt')), /y\.txt:1: unknown set/);
  assert.throws(() => compileWords(parseTimeWords('prep\t-\tin\nexpr\tyear\t&prep\n', 'z.txt')), /z\.txt:2: .*requires no word/);
});

test('time: odd input gives the article date or null, never an exception', () => {
  assert.equal(eventDate({ sentence: '', articleDate: REF, verbStart: 0 })?.date, REF);
  assert.equal(eventDate({ sentence: 'Kim resigned on Wednesday.', articleDate: 'not a date', verbStart: 99 }), null);
  assert.equal(eventDate({ sentence: 'Kim resigned on Wednesday.', articleDate: REF, verbStart: -5 })?.date, REF);
  assert.equal(eventDate({ sentence: 'Kim resigned on February 30.', articleDate: REF, verbStart: 4 })?.basis, 'article date');
});
