// The words the tense of a clause is read from (tense.ts weighs them): reporting verbs, past forms,
// scheduled presents, words of intent and plan, and the contexts that make a cue no cue.

/** Verbs that report what a source said; the day after one is the saying's ("officials said Wednesday"). */
export const REPORTING = 'said|says|told|announced|reported|added|confirmed|stated|acknowledged|disclosed';
/** Common irregular past tenses (the "-ed" rule catches the regular ones). */
const IRREGULAR = 'began|brought|came|went|took|made|gave|got|told|left|met|found|held|saw|rose|fell|sold|bought|paid|won|lost|became|ran|wrote|spoke|struck|thought|led|grew|drew|sent|spent|built|felt|kept|stood|fled|fought|caught|sought|chose|broke|shot|flew|threw|knew|drove|heard|meant|hung|sank|swore|slid|sprang|stole|tore|withdrew|overthrew|undertook|forgot|understood|arose|woke|used|laid|sang|rang|swam|wore|hid|ate|froze|dug|spun|stuck|shook|rode|slept|swept|wept|dealt|bled|forgave|oversaw|overtook|withheld|upheld|forbade|bent|lent|stung|swung|clung|strode|shone';
/** Present-tense verbs of a scheduled event: "Arafat and Netanyahu meet Monday", "the offer expires Friday",
 *  "the summit ends Wednesday", "he appears in court Thursday" (no past reading in news copy). */
const SCHEDULED = 'meets?|begins?|starts?|opens?|resumes?|convenes?|expires?|arrives?|leaves?|travels?|visits?|ends?|closes?|holds?|hosts?|plays?|faces?|testifies|appears? in court|reports? (?:earnings|results)|falls on|reconvenes?|reopens?|concludes|takes? place|kicks? off|gets? under way|goes to the polls|heads to|returns to|comes into force|comes into effect|takes effect|airs|tips off|debuts|premieres|headlines|screens|wraps up|releases|publishes|looms|takes office|takes over|takes up (?:his|her|the) post|takes the helm|departs|goes on trial|goes to trial|stands trial|goes on sale|go on sale|votes on|rules on|celebrates|runs|comes? out|take effect|tip off|go to the polls|(?:is|are) running for|(?:is|are) on the ballot|(?:is|are) up for re-?election|(?:seeks|(?:is|are) seeking) (?:a|an|another) (?:\\w+ )?term|(?:is|are) being published|(?:has|have) (?:its|their) (?:[\\w-]+ ){0,2}(?:premiere|debut|opening)|makes (?:his|her|their|its) (?:[\\w-]+ ){0,2}(?:start|debut|return|appearance)';
/** Scheduled presents that look ahead only right before their time ("talks continue Saturday",
 *  "matures in August"; not "continues a pattern seen in March", "joins a law firm after retiring in January"). */
const NEAR_SCHEDULED = 'flies to|fly to|continues?(?! to\\b)|gathers? in|matures|comes? due|joins';
/** Words of intent, forecast and plan (each lookbehind after its word, so that it is tried only
 *  where the word stands): "was to resume" (not "The plan was to"), "poised to", "forecast to" (not
 *  "predicted to have dipped"), "The forecast calls for rain", "a chance of rain", "hopes to",
 *  "Congress returns Monday" (not "tax returns", "Early returns on Tuesday"), "The Met plans free
 *  screenings" (not "the plans were approved"). */
const AHEAD = [
  'unlikely to(?! have\\b)', 'was to(?<!\\b(?:plan|idea|goal|aim|intention|hope|thinking|strategy|job|task) was to)', 'were to', 'poised to',
  '(?:forecast|predicted|likely) to(?! have\\b)',
  '(?:forecast|outlook|plan|proposal|budget|bill|deal|agreement|schedule|measure|law) calls for',
  '(?:a|the|some) chance of',
  '(?:hopes?|wants?|aims?|seeks?|vows?|pledges?|promises?|threatens?) to',
  // "need to win Sunday", "have to beat Green Bay on Sunday" (not "had to").
  // (The look-behind after the word: before it, it would be tried at every position.)
  "(?:needs?|have|has)(?<!\\b(?:not|never|who|that|which|to|n't)\\s(?:needs?|have|has)) to(?= \\w+ )",
  "returns?(?<!\\b(?:tax|election|investment|annual|total|strong|higher|lower|better|the|their|its|his|her|of|stock|early|posted|fund|investor|average|first|preliminary|final|initial|partial|unofficial|official|[a-z]+'s) returns?)(?= (?:home )?(?:on |in )?$)",
  "plans(?<!\\b(?:the|its|their|his|her|our|of|and|with|[Nn]ew|no|[a-z]+'s) plans)(?= (?!to\\b|for\\b|were\\b|was\\b|are\\b|is\\b|have\\b|had\\b|called\\b)[a-z])",
].join('|');
/** An infinitive of purpose right before the day looks ahead: "flying home to vote Tuesday morning". */
const PURPOSE = 'to (?:vote|meet|sign|attend|testify|speak|announce|decide|rule|deliver|resume|visit|travel|return|campaign|debate|present|unveil|launch|host|rally|march|protest|strike|gather|demonstrate|hold|begin|start|open|play|face|compete|perform|arrive|leave|close|end|air|premiere|debut|release)';
export const CUE = new RegExp(`\\b((?:will|would|shall|could|may|might|should|must|to) be (?:\\w+ly )?(?:${IRREGULAR}|\\w+ed)|will|won't|'ll|shall|going to|next(?! to\\b)|upcoming|coming(?! off\\b| back\\b| out of\\b)|scheduled|planned|planning|plans? to|expected(?<!\\b(?:than|as)[- ]expected)|expects? to|expects?|predicts?|anticipates?|forecasts|intends? to|is to|are to|${AHEAD}|due|would|soon|tomorrow|set to|set for|slated|ahead of(?! (?:schedule|time|expectations|forecasts|estimates)\\b)|starting|effective|${PURPOSE}|${SCHEDULED}|${NEAR_SCHEDULED})\\b|\\b(by|until|till|through|as soon as|as early as|likely|supposed|could(?! not\\b|n't)|may|might|should|must|can)\\b|\\b(said|says|was|were|had|did|wasn't(?= until)|weren't(?= until)|could not|couldn't|ago|last|earlier|yesterday|since|${IRREGULAR}|\\w{3,}ed)\\b|\\b(is|are|has|have|now|today)\\b`, 'gi');
/** Before "last", these make it the verb ("will last", "expected to last"). */
export const LAST_VERB_BEFORE = /\b(?:will|would|could|may|might|to|can|should|must|'ll|won't|not)\s+(?:(?:now|still|only|probably|likely|also|\w+ly)\s+)?$/i;
/** Words ending in "ed" that are no past participle. */
export const NOT_PAST = /^(?:speed|indeed|proceed|exceed|succeed|breed|greed|seed|feed|bleed|steed|hundred|kindred|hatred|sacred|naked|wicked|wretched|rugged|ragged|beloved|learned)$/i;
/** A participle after these is a state, not a past event: "the case is heard", "banks will stay closed". */
export const PASSIVE = /\b(?:is|are|am|be|stay|stays|remain|remains|become|becomes)\s+(?:\w+ly\s+)?$/i;
/** Before an "-ed" word, these make it an adjective. */
export const ATTRIBUTIVE = /(?:\b(?:a|an|the|its|their|his|her|our|this|these|those)|\w['’]s)\s+(?:(?:still|newly|recently|previously|\w+ly)\s+)?$/i;
/** After a modal and its verb, an "-ed" word before a plural noun is the object's adjective: "will
 *  meet armed rebels" (not "will have finished", "would be held", "Whether the deal would pass
 *  remained unclear"; nor after "to", often a preposition: "would add to sanctions announced Monday"). */
export const OBJECT_ADJECTIVE = /\b(?:will|would|'ll|shall|must|could|should|can|may|might)\s+(?!(?:have|be|been|get|got)\s)[a-z]+\s+$/i;
export const SCHEDULED_RE = new RegExp(`^(?:${SCHEDULED}|${NEAR_SCHEDULED})$`, 'i');
/** The near kind's words as the cue pattern matches them (lowercase). */
export const NEAR_WORDS: ReadonlySet<string> = new Set(['flies to', 'fly to', 'continue', 'continues', 'gathers in', 'gather in', 'matures', 'comes due', 'come due', 'joins']);
/** Duties that look ahead close to their time ("need to win Sunday"). */
export const DUTY: ReadonlySet<string> = new Set(['need to', 'needs to', 'have to', 'has to']);
/** Before an "-ed" word, a preposition ("in closed session") or a condition ("If elected") makes it
 *  no past event. */
export const ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'with', 'under', 'from', 'into', 'without', 'if', 'once', 'unless', 'whether']);
export const NEAR_ANY = new RegExp(`\\b(?:${NEAR_SCHEDULED})\\b`, 'gi');
export const REPORTING_RE = new RegExp(`^(?:${REPORTING})$`, 'i');
/** Plain plural presents of the list: of a yearly day they tell a habit ("Shops close on Christmas Day"). */
export const HABIT = /^(?:end|close|hold|host|play|face|take place|kick off)$/i;
/** Before a scheduled verb, these make it a noun or a verb whose tense lies elsewhere; the last ones
 *  guard the plural forms, nouns in idioms ("ruled out foul play", "put on hold", "came close"), and
 *  counts ("18,000 visits over the weekend"; only with a thousands comma: "The iPhone 5 goes on sale",
 *  "The round of 16 begins Saturday" keep their verb). */
export const NOT_SCHEDULED = new RegExp(String.raw`\b(?:to|who|that|which|a|an|the|its|their|his|her|our|this|these|those|housing|did|does|do|didn't|doesn't|don't|not|never|could|would|should|might|must|can|cannot|may|'s|on|in|at|foul|fair|came|come|took|lost|very|too|so|several|many|frequent|regular)\s+$`, 'i');
export const COUNT_BEFORE = /(?<![\w,.])\d{1,3}(?:,\d{3})+\s+$/;

/** What follows "the next" in a stretch counted from the story's time ("the next 12 hours", "the next day"). */
const STRETCH = String.raw`\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|couple of)\s+)?(?:hours?|days?|weeks?|months?|years?|morning|afternoon|evening|night)\b`;
export const NEXT_STRETCH = new RegExp(`^${STRETCH}`, 'i');
/** The whole of such a stretch, masked before a clause is cut short (its unit may lie past the cut). */
export const THE_NEXT_STRETCH = new RegExp(`\\bthe\\s+next(?=${STRETCH})`, 'gi');

/** Nouns of an act whose "that"/"to" clause may follow its day: "His announcement Monday that ...". */
export const ACT_NOUN = /\b(?:announcement|decision|statement|pledge|promise|vow|warning|move|proposal|order|ruling|remarks|comments|testimony|speech|admission|disclosure|request|offer|bid|threat|demand|claim|report|letter|note)\s+$/i;

/** A past verb calling an event for a day: "called a general strike for", "set the vote for". */
export const CALLED_FOR = /\b(?:called|set|scheduled|planned|organized|organised|announced|convened|summoned|slated)\s+(?:(?:a|an|the|its|their|his|her|new|nationwide|national|general|mass|emergency|special|another|final|[\w-]+-day)\s+){0,3}(?:rally|rallies|march|marches|strike|strikes|walkout|meeting|vote|protests?|demonstrations?|hearing|session|referendum|election|summit|talks|sit-in|boycott|ceremony|funeral|news conference|press conference)(?:\s+(?:of|with)(?:\s+[\w'’-]+){1,3})?\s+for\s+$/i;

/** Orders that hold until their end, even told in the past perfect ("had extended the deadline through Friday"). */
const ORDER_WORDS = 'extended|postponed|delayed|deferred|suspended|closed|shut|halted|canceled|cancelled|grounded|imposed|banned|barred|froze|locked|sealed|ordered|kept';
export const ORDERS = new RegExp(`^(?:${ORDER_WORDS})$`, 'i');
/** Past verbs whose effect runs on to the deadline ("postponed until Tuesday", "extended its offer
 *  until Nov. 9", "gave Merieux until mid-November"), and reporting verbs, which tell no clause's tense. */
export const LASTING = new RegExp(`^(?:${ORDER_WORDS}|waived|booked|ticketed|adjourned|lowered|declared|issued|gave|granted|set|put|pushed|moved|rescheduled|recessed|told|asked|allowed|urged|agreed|promised|pledged|vowed|planned|expected|decided|voted|ruled|said|announced|reported|left)$`, 'i');
/** Between a past verb and its "by"/"until", these hand the deadline to another verb ("asked it to
 *  respond by", "decided the boy should go home by", "ruled that he must be returned by"); a "to"
 *  before an amount or a noun phrase hands nothing on ("dropped from $147 to about $35 by December"). */
export const HANDED_ON = /\b(?:to(?!\s+(?:[$\d]|(?:about|around|nearly|roughly|some|almost|just|the|a|an|its|his|her|their)\b))|that|will|would|should|shall|must|could|can|may|might|is|are|has|have)\b|'ll/i;

/** The commas of a list of names ("to Chicago, Detroit and Cleveland"), which cut no clause. */
export const LIST_COMMA = /, (?=[A-Z][a-z]+(?:,| and | or ))/g;
