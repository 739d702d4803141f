// High-precision prompt-injection signatures, matched against normalised text (lowercase, accents and
// homoglyphs folded, leetspeak undone). Each rule has a weight; a rule needs the attack's grammar —
// a verb aimed at the model's instructions, a persona swap, an extraction request — not a lone
// trigger word, so "ignore build files" or "override toString" never match.
//
// Writing rules: a space in a pattern means "a short run of separators" (SEP), so "ignore all" also
// matches "ignore   all", "ignore_all", "ignore.all" and letter-spaced "ignoreall". Non-ASCII letters
// in patterns are folded exactly like the text (so Cyrillic rules survive homoglyph folding).
// Quantifiers are bounded everywhere (ReDoS: 1 MB of adversarial input must stay linear).
import { foldPatternSource } from './fold.js';

export interface InjectionSignature {
  /** Reported as `matches[].rule`. */
  readonly rule: string;
  /** How strongly one match indicates an attack (0–1). */
  readonly weight: number;
  /** The rule runs only if one of these occurs (see ./triggers.ts): word stems, or substrings for symbols and non-Latin scripts. */
  readonly needles: readonly string[];
  readonly pattern: RegExp;
  /** A second, cheap check on the matched text (keeps the pattern itself free of costly backtracking). */
  readonly verify: RegExp | undefined;
}

/** `sig` whose matches must also contain `verify`. */
function sigVerified(verify: string, rule: string, weight: number, needles: string, ...sources: string[]): InjectionSignature {
  return { ...sig(rule, weight, needles, ...sources), verify: new RegExp(`(?<![a-z])${verify}(?![a-z])`) };
}

/** Separators between words: anything that is not a letter or digit of a script we match, up to 4. */
const SEP = String.raw`[^a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{0,4}`;
const START = String.raw`(?<![a-z\u0400-\u04ff])`;
const END = String.raw`(?![a-z\u0400-\u04ff])`;

/** Alternation from a `a|b|c` list written across lines (line breaks and indentation dropped). */
const alt = (list: string): string => `(?:${list.trim().replace(/\s*\n\s*/g, '')})`;
const words = (list: string, max: number): string => `(?:${alt(list)} ){0,${max}}`;
/** Up to `max` arbitrary whitespace-separated tokens (explicit whitespace keeps this linear). */
const anyWords = (max: number): string => String.raw`(?:\S{1,40}\s{1,4}){0,${max}}`;

function sig(rule: string, weight: number, needles: string | readonly string[], ...sources: string[]): InjectionSignature {
  const source = foldPatternSource(sources.join('|')).replaceAll(' ', SEP);
  return {
    rule,
    weight,
    verify: undefined,
    needles: (typeof needles === 'string' ? needles.split('|') : needles).map((n) => foldPatternSource(n.trim())).filter((n) => n !== ''),
    pattern: new RegExp(source, 'g'),
  };
}

// ---------------------------------------------------------------- English
const V_EN = alt(`ignore|ignoring|ignored|ignores|disregard|disregarding|forget|forgetting|neglect|set aside|put aside|dismiss|nullify|
  do not follow|don't follow|dont follow|stop following|no longer follow|quit following|do not obey|don't obey|dont obey|stop obeying|
  disobey|pay no attention to|take no notice of|do not adhere to|don't adhere to|stop adhering to|ignore all of|disregard all of|
  forget all of`);
/** Verbs that are everyday words in software ("override the previous CSS rules"): they need a possessive or safety word. */
const V_EN_WEAK = alt(`bypass|override|overriding|overwrite|abandon|discard|ditch|throw out|throw away|break free of|break free from|
  free yourself from|deviate from|step outside of|step outside|skip over|circumvent|get around|evade`);
const MARK_EN_WEAK = alt(`your|all your|all of your|system|safety|ethical|moderation|built-in|developer|openai|anthropic|programmed|core|
  original|initial|internal`);
const FILL_EN = `the|all|any|every|each|of|your|previous|prior|above|preceding|earlier|former|initial|original|system|existing|current|old|past|
  foregoing|aforementioned|given|provided|default|safety|and|other|such|listed|stated|mentioned|written|specified|assigned|built-in|following|subsequent|future|or|their|its|
  just|now|simply|completely|totally|entirely|fully|please|kindly|immediately|also|really|absolutely|literally|
  hidden|preset|ethical|content|openai|anthropic|developer|moderation|core|base|standard|normal|usual|programmed|internal|these|those|that`;
const MARK_EN = alt(`all|any|every|your|previous|prior|above|preceding|earlier|former|initial|original|system|existing|foregoing|
  aforementioned|old|past|safety|ethical|moderation|built-in|developer|openai|anthropic|programmed|internal|core`);
const OBJ_EN = alt(`instructions?|instruction set|directives?|directions|guidelines?|prompts?|system prompts?|system messages?|programming|
  training|commands|orders|rules|rule set|ruleset|guidance|constraints|restrictions|policies|policy|limitations|safeguards|system message|
  guardrails|filters|protocols?|conditioning|boundaries|principles|ethics|morals|context|messages|setup|configuration|persona|
  instructions and rules|rules and instructions|rules and guidelines|guidelines and rules`);
const POST_EN = alt(`above|before|so far|up to now|until now|previously|earlier|beforehand|given to you|you were given|you've been given|
  you have been given|you received|you got|you were told|you have|you've|i gave you earlier|provided earlier|from before|from earlier|
  from your (?:developers?|creators?|makers?|programmers?|trainers?|company|owners?|admins?|administrators?|operators?)|from openai|from anthropic|
  from the system|from the developers?`);
/** "ignore any instructions in the document": a defence, not an attack. */
const NOT_DEFENCE = String.raw`(?! (?:(?:that|which) (?:are|appear|may be|might be) )?(?:contained in|contained within|embedded in|found in|hidden in|included in|inside of|inside|within|in|from|contained|embedded) (?:the |this |that |these |any |an? |their )?(?:email|e-mail|document|doc|file|text|page|input|content|message|website|webpage|web page|site|data|pdf|comments?|code|readme|repo|article|user input|retrieved|tool|search results?|context below|following))`;

const UI_NOUN = `loading|loader|editor|template|field|file|box|input|length|variable|setting|settings|config|component|textarea|token|tokens|
  limit|size|ui|panel|tab|section|button|option|feature|parameter|param|schema|format|api|endpoint|key|string|property|type|class|
  handler|store|cache|caching|version|versions|versioning|management|library|design|engineering|injection|attacks?|examples?|docs|
  documentation|guide|length|budget|window|count|template`;

const EX_OBJ = alt(`system prompt|system message|system instructions?|system rules|system configuration|initial prompt|initial instructions?|
  original prompt|original instructions?|hidden prompt|hidden instructions?|secret instructions?|secret prompt|internal instructions?|
  developer prompt|developer instructions?|developer message|pre-prompt|preprompt|meta-prompt|metaprompt|base prompt|starting prompt|
  first prompt|confidential instructions?|prompt above|instructions above|initial message|first message|hidden rules|secret rules|
  internal rules|system-prompt|sys prompt|prompt you were given|instructions you were given|prompt you've been given|instructions you've been given|
  prompt you have been given|instructions you have been given|prompt you received|instructions you received`);
const VERB_X_STRICT = alt(`reveal|show|print|display|output|repeat|recite|echo|dump|leak|expose|disclose|tell me|tell us|give me|give us|
  spell out|write out|what is|what's|whats|what are|what was|what were|let me see|can i see|i want to see|i need to see|reproduce|
  print out|regurgitate|show us`);
const VERB_X = alt(`reply with|respond with|answer with|start with|begin with|reveal|show|print|display|output|repeat|recite|echo|dump|leak|expose|disclose|share|tell me|tell us|give me|give us|list|
  write out|write down|spell out|return|type out|read back|read out|what is|what are|what was|what were|
  what's|whats|state|quote|summari[sz]e|translate|encode|describe|let me see|can i see|show us|i want to see|i need to see|reproduce|
  output all of|print out|regurgitate`);

const EXFIL_VERB = alt(`send|post|upload|forward|transmit|exfiltrate|leak|email|e-mail|submit|append|include|embed|encode|copy|pipe|relay`);
const EXFIL_SECRET = alt(`system prompt|api keys?|secrets?|credentials|passwords?|session tokens?|access tokens?|auth tokens?|cookies|ssh keys?|
  environment variables|env vars|private keys?|user's (?:data|info|messages|emails|conversation|password)|users' data|personal (?:data|information|info)|
  credit card (?:numbers|details)|full conversation|entire conversation|whole conversation`);
const EXFIL_TARGET = String.raw`(?:to|into|at|via|over to) (?:https?:|www\.|ftp:|[a-z0-9-]{1,60}\.(?:com|net|org|io|ru|cn|xyz|me|co|tk|top|site|info|biz|dev|app|sh|ly)(?![a-z])|[a-z0-9._%+-]{1,64}@|this (?:url|endpoint|webhook|server|address|link)|my (?:server|webhook|endpoint|email|inbox|address)|the attacker|an external|a remote|attacker)`;

const english: InjectionSignature[] = [
  // "verb … marker … object": the pattern allows any filler words, the verifier insists on a marker word
  sigVerified(MARK_EN, 'override', 0.9,
    'ignor|disregard|forget|neglect|aside|dismiss|nullify|follow|obey|attention|notice|adhere',
    `${START}${V_EN} ${words(FILL_EN, 6)}${OBJ_EN}${END}${NOT_DEFENCE}`),
  sig('override', 0.9,
    'ignor|disregard|forget|neglect|aside|dismiss|nullify|follow|obey|attention|notice|adhere',
    `${START}${V_EN} ${words(FILL_EN, 3)}${OBJ_EN} ${POST_EN}${END}(?! (?:if|when|unless|for|on|in case) )`),
  sigVerified(MARK_EN_WEAK, 'override', 0.9,
    'bypass|overrid|overwrit|abandon|discard|ditch|throw|free|deviate|step outside|skip over|circumvent|get around|evade',
    `${START}${V_EN_WEAK} ${words(FILL_EN, 5)}${OBJ_EN}${END}${NOT_DEFENCE}`),
  sig('override', 0.6, 'user',
    `${START}(?:ignore|disregard|forget|do not answer|don't answer|instead of answering) (?:the |what the |whatever the )?user(?:'s|s'|s)? (?:actual |original |real |just )?(?:request|question|query|prompt|instructions|message|input|asks?|asked|said|says|wants|wrote|typed|requested)${END}`),
  sig('override', 0.45, 'obey|follow|comply',
    `${START}(?:obey|follow|comply with|execute) (?:only )?(?:the following|these|my|the) (?:new |updated |real |secret )(?:instructions|orders|commands|rules|directives)${END}`),
  sig('override', 0.85, 'instruction|directive|guideline|prompt|rule|polic|restriction|constraint|programming',
    `${START}${MARK_EN} ${words(FILL_EN, 2)}${OBJ_EN} (?:are|is|should be|must be|shall be|have been|has been|can be|will be|are now|is now|were) (?:hereby |now |to be |completely |all |officially )?(?:ignored|disregarded|void|null|nullified|cancelled|canceled|revoked|overridden|overriden|obsolete|invalid|suspended|lifted|removed|deactivated|disabled|deleted|no longer valid|no longer apply|no longer in effect|irrelevant|outdated|superseded|replaced)${END}`,
    `${START}(?:your|all|previous|prior|earlier|above|original|initial|system) ${words(FILL_EN, 2)}${OBJ_EN} (?:no longer|don't|do not|dont|never) (?:apply|matter|count|exist|bind you|hold)${END}`),
  sig('override', 0.85, 'ignor|disregard|forget|neglect',
    `${START}(?:ignore|disregard|disregarding|forget|neglect) ${words('all|everything|anything|the|of|what|that|was|is|you|were|have|been|written|said|stated|told|mentioned|given|content|text|this|it|instructions|prompt|stuff|things|said to you|told to you|whatever|just|please|now', 6)}(?:above this (?:line|message|point|text|sentence|paragraph)|(?:above|before|before this|before that|before now|before here|so far|up to now|up until now|until now|prior to this|previously|earlier)(?= ?(?:[.,;:!\n"')]|$|and |then |now |instead |&)))${END}(?! (?:warning|warnings|error|errors|message|output|log|logs|code|example|line|lines|comment|section|paragraph|typo|note|link|step|steps|command|snippet|file|table|result|results|issue|image|email|question|draft|version|paste|screenshot))`),
  sig('forget_context', 0.85, 'forget|erase|wipe|reset|purge|clear',
    `${START}(?:forget|forgetting|erase) (?:about )?(?:everything|all (?:of )?(?:that|this|it|the above)|all your|all previous|all prior|all earlier|what you (?:were|have been|'ve been|was|are|know) (?:told|instructed|taught|programmed|trained|given|about)|your (?:previous |prior |current |original |initial |entire |whole |existing |core )?(?:instructions|context|memory|training|programming|rules|guidelines|persona|identity|role|directives|system prompt|configuration|settings|conditioning|restrictions|limitations|memories))${END}(?! (?:i|we) (?:said|wrote|told|mentioned|asked|sent|gave|just))(?! about (?:my|the|our|this|that|what i))`),
  sig('forget_context', 0.85, 'ignor|disregard|forget',
    `${START}(?:ignore|disregard|forget|neglect) (?:about )?(?:everything|all|anything|whatever) (?:that )?(?:you(?:'ve| have)? )?(?:been |were |was |have been )?(?:told|given|instructed|taught|programmed|trained)${END}`),
  sig('forget_context', 0.8, 'reset|wipe|clear|purge|erase',
    `${START}(?:reset|wipe|clear|purge|erase|delete) (?:all )?(?:of )?your (?:memory|memories|instructions|programming|training|rules|guidelines|persona|context|conditioning|directives|system prompt|restrictions)${END}`),
  sig('forget_context', 0.55, 'forget', `${START}forget (?:about )?everything${END}(?! (?:i|we) (?:said|wrote|told|mentioned|asked|sent|gave|just))(?! about (?:my|the|our|this|that|what i))`),
  sig('new_instructions', 0.55, 'real|actual|true|secret|hidden',
    `${START}(?:the |your |my )?(?:real|actual|true|secret|hidden) (?:instructions?|directives?|orders|task|objective|mission) (?:(?:for|to) (?:you|the (?:ai|assistant|model|llm|bot)) )?(?::|are|is)`,
    `${START}(?:the |your |all )?(?:previous|prior|above|earlier|original|old|system) (?:rules|instructions|prompt|directives|messages?|guidelines) (?:were|was|are|is) (?:just |only |merely |all )?(?:a test|a joke|fake|not real|a decoy|a lie|a trick|irrelevant|outdated)${END}`),
  sig('new_instructions', 0.4, 'new|updat|revis|priorit|urgent|important|additional|final|override',
    `${START}(?:new|updated|revised|override|priority|urgent|additional|final) (?:system )?(?:instructions?|directives?|orders|objective|mission) (?:(?:for|to) (?:you|the (?:ai|assistant|model|llm|bot)) )?(?::|are|is|follow)`),
  sig('new_instructions', 0.6, 'instruction|order|directive|command|rule',
    `${START}(?:new|updated|urgent|secret|real|override) (?:instructions|orders|directives|commands|rules) (?:from|by) (?:the |your )?(?:administrator|admin|developer|developers|system|owner|creator|creators|operator|openai|anthropic|security team|root)${END}`),
  sig('override', 0.6, 'user',
    `${START}(?:ignore|disregard) (?:the )?user(?:'s)?(?= ?(?:and |then |,|\\.|;|$))`),
  sig('persona', 0.8, 'grandm|grandp|grandfather|grandpa|grandma',
    `${START}(?:deceased|dead|late|passed away|departed) (?:grandmother|grandma|granny|grandfather|grandpa)${END}`),
  sig('new_instructions', 0.6, 'instruction|task|role|purpose|goal|objective|mission|job|directive|orders|identity|name|persona',
    `${START}your (?:new|real|true|actual|only|updated|revised) (?:instructions?|task|role|purpose|goal|objective|mission|job|directive|orders|identity|name|persona) (?:is|are|will be|from now on|:|now)`),
  sig('new_instructions', 0.35, 'instead', `${START}instead,? (?:you (?:will|must|should) )?(?:say|print|output|write|respond with|reply with|return|only say|just say)${END}`),
  sig('new_instructions', 0.45, 'from now on|from this point|henceforth|starting now',
    `${START}(?:from now on|from this point on|from this point forward|henceforth|starting now),? (?:you (?:will|are|must|shall|should|'ll|can|have to|no longer)|act as|respond as|answer as|your name is|ignore|forget|disregard)${END}`),

  sig('persona', 0.95, 'do anything now|doanythingnow', `do anything now|doanythingnow`),
  sig('persona', 0.9, 'jailbr|unfilter|uncensor|unrestrict|unlimit|unbound|unchain|liberat|amoral|immoral|unethical|lawless|limit|rule|boundless|unaligned|unmoderat|filterless|restriction|censorship|evil|malicious|rogue|unhinged|chaotic|dark|sinister|corrupt|hacked|compromised|rebellious|opposite',
    `${START}(?:you are|you're|youre|u r|you will be|you shall be|you must be|you will now be|act as|acting as|pretend to be|pretend you are|pretend you're|become|roleplay as|role-play as|play the role of|play the part of|simulate|emulate|behave like|behave as|respond as|answer as|transform into|turn into) (?:now |from now on |hereby |going to be )?(?:a |an |the |my )?(?:completely |totally |fully |truly |entirely )?(?:jailbroken|jailbreak|unfiltered|uncensored|unrestricted|unlimited|unbound|unchained|liberated|amoral|immoral|unethical|lawless|no-limits|nolimits|limitless|rule-free|rulefree|boundless|rule-breaking|rulebreaking|unaligned|unmoderated|filterless|restriction-free|censorship-free)${END}`,
    `${START}(?:you are|you're|youre|act as|acting as|pretend to be|pretend you are|become|roleplay as|play the role of|simulate) (?:now )?(?:a |an |the |my |your )?(?:evil|malicious|rogue|unhinged|chaotic|dark|sinister|corrupted|hacked|compromised|rebellious|opposite) (?:ai|a\\.i\\.|assistant|chatbot|bot|model|llm|language model|version of (?:yourself|chatgpt|claude|gpt|the assistant)|twin|alter ego)${END}`),
  sig('persona', 0.6, 'dan|stan|dude|aim|evilbot|devmode',
    `${START}(?:you are|you're|youre|act as|acting as|pretend to be|pretend you are|become|roleplay as|play the role of|simulate|called|named|you will be) (?:now )?(?:a |the )?(?:dan|stan|dude|aim|betterdan|anti-dan|evilbot|devmode)${END}`,
    `${START}(?:dan|stan|dude|aim|betterdan|evilbot) (?:does not|doesn't|don't|do not|can't|cannot|will not|won't|never|has no|have no|is not|isn't) (?:have to |need to )?(?:follow|obey|abide by|care about|respect|bound by|restrictions|limits|rules|filters|ethics|refuse)${END}`),
  sig('jailbreak_mode', 0.85, 'mode|jailbreak',
    `${START}(?:dan|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|opposite|chaos|no-restrictions|no restrictions|anything goes|unlocked|unhinged|amoral|rogue|villain) mode${END}`,
    `${START}(?:chatgpt|gpt|gpt-4|you|assistant|claude|model|ai|llm|bard|gemini) (?:with|in|now in|running in|enters?|entering|switch(?:ed)? to) (?:developer|dev|dan|jailbreak|god|debug|admin|unrestricted) mode`,
    `${START}(?:simulate|emulate|pretend to be in|pretend you are in|pretend you're in|act as if (?:you are |you're )?in|you are (?:now )?in|you're (?:now )?in|you will (?:now )?(?:be in|operate in)) (?:a |the )?(?:developer|dev|debug|god|dan|jailbreak|unrestricted|admin|sudo) mode${END}`,
    `${START}jailbreak(?:ed|ing)? (?:the |this )?(?:ai|model|assistant|chatbot|chatgpt|gpt|claude|llm|yourself|you)${END}`),
  sig('jailbreak_mode', 0.35, 'mode', `${START}(?:enable|activate|enter|switch to|turn on|unlock|engage|initiate|go into) (?:the )?(?:developer|dev|debug|admin|sudo|root|maintenance|god) mode${END}`),
  sig('no_restrictions', 0.85, 'restrict|limit|rules|filter|guideline|boundar|constraint|censor|ethic|moral|polic|safeguard|guardrail|programming|principle|laws|regulation|obligation|values|tos',
    `${START}(?:you|u|ai|assistant|chatgpt|claude|gpt|bot|chatbot|llm) ${words('now|will|shall|must|can|are|is|have|has|had|were|was|no longer|be|feel|remain|completely|totally|fully|truly|officially|hereby|being|also|henceforth|from now on|going to|to|act as if you|behave as if you', 4)}(?:no|zero|not any|free of|free from|freed from|released from|liberated from|exempt from|unbound by|not bound by|not restricted by|not limited by|not constrained by|not governed by|not subject to|without|beyond|above|outside|unconstrained by|unrestricted by|unburdened by|unshackled from|no longer bound by|no longer restricted by|no longer limited by|no longer subject to) ${words('any|all|the|your|typical|usual|normal|ethical|moral|safety|content|openai|openai\'s|anthropic|anthropic\'s|of|previous|programming|standard|such|its|their|human|legal|those|these|or|and', 4)}(?:restrictions|limitations|limits|rules|filters|filtering|guidelines|boundaries|constraints|censorship|ethics|morals|morality|policies|content policy|content policies|safety measures|safeguards|guardrails|programming|restraints|principles|laws|terms of service|tos|regulations|obligations|values)${END}`),
  sig('no_restrictions', 0.8, 'restriction|limit|rules|filter|guideline|boundar|constraint|censor|ethic|moral|polic|safeguard|guardrail',
    `${START}(?:ai|a\\.i\\.|assistant|model|chatbot|bot|llm|entity|persona|character|version of (?:yourself|you|chatgpt|claude|gpt)|twin|alter ego|gpt|system)(?: (?:named|called) \\S{1,30})? (?:that (?:has|have|had)|which (?:has|have)|who (?:has|have)|with|having|without|that is free (?:of|from)|free (?:of|from)|that (?:knows|follows|obeys) no|that (?:doesn't|does not|won't|will not) (?:have|follow|obey)|(?:that|which|who) (?:is|are) (?:not|never) (?:restricted|bound|limited|constrained|governed) by|(?:that|which|who) (?:is|are) (?:unrestricted|unbound|unconstrained) by) (?:absolutely |literally |truly )?(?:no |zero |any )?${words('ethical|moral|content|safety|real|such|kind of|sort of|the usual|usual|built-in|of|and|or', 3)}(?:restrictions|limits|limitations|rules|filters|filtering|guidelines|boundaries|constraints|censorship|ethics|morals|morality|content polic(?:y|ies)|safeguards|guardrails|principles)${END}`,
    `${START}as if (?:you (?:had|have|were|are)|there (?:were|are|was|is)) (?:no|zero|without|free (?:of|from)|not bound by) (?:any )?${words('ethical|moral|content|safety|such|of|and|or', 2)}(?:restrictions|limits|limitations|rules|filters|guidelines|boundaries|constraints|censorship|ethics|morals|policies)${END}`,
    `${START}(?:pretend|imagine|assume|act as if|suppose|let's say|lets say) (?:that )?${words('the|your|all|any|of|safety|content|ethical|moral|usual', 3)}(?:rules|restrictions|guidelines|filters|policies|limitations|guardrails|safeguards|ethics|morals|laws) (?:do not|don't|dont|no longer|never|did not|didn't) (?:exist|apply|matter|count)${END}`),
  sig('no_restrictions', 0.7, 'restrict|limit|rules|filter|guideline|boundar|constraint|censor|ethic|moral|polic|safeguard|guardrail|programming|principle|laws|regulation|obligation|values|tos|consequence',
    `${START}(?:who|which|that) (?:has|have|had|knows|follows|recognizes|recognises) (?:absolutely )?(?:no|zero) ${words('ethical|moral|content|safety|such|kind of|of', 2)}(?:filters|restrictions|limits|limitations|rules|guidelines|boundaries|censorship|ethics|morals|morality|content polic(?:y|ies)|guardrails|safeguards)${END}`,
    `${START}(?:with|having|has|have) no (?:rules|restrictions|limits|filters|guidelines|boundaries|censorship|morals|ethics)(?:,| and| or| &) ?(?:no|zero|without) (?:rules|restrictions|limits|filters|guidelines|boundaries|censorship|morals|ethics|limitations|consequences)${END}`,
    `${START}(?:ai|assistant|model|chatbot|bot|llm|entity|version of yourself) (?:that|which|who) can (?:do|say|answer|write|generate) anything${END}`),
  sig('no_restrictions', 0.6, 'safe|filter|guardrail|moderation|censor',
    String.raw`(?:safety|safe_?mode|safe mode|filters?|content_?filter|guardrails?|moderation|censorship|restrictions|alignment)\s{0,2}[=:]\s{0,2}["']?(?:off|false|disabled|none|0|no)(?![a-z0-9])`),
  sig('no_restrictions', 0.85, 'follow|obey|abide|adhere|comply|care|respect|bound',
    `${START}(?:you|u|ai|assistant|chatgpt|claude|gpt|bot|chatbot|llm) ${words('now|will|shall|must|can|no longer|from now on|henceforth|also', 2)}(?:doesn't|does not|don't|do not|dont|won't|will not|never|no longer|shouldn't|should not|needn't|need not|can't|cannot|aren't|are not|isn't|is not) (?:have to |need to |ever |be |going to |required to |obliged to )?(?:follow|obey|abide by|adhere to|comply with|care about|respect|bound by|restricted by|limited by) ${words('any|the|your|its|openai\'s|anthropic\'s|of|ethical|moral|safety|content|usual|normal|those|these|such|their|previous|original', 3)}(?:rules|guidelines|policies|content policy|restrictions|ethics|morals|safety|principles|laws|limitations|filters|constraints|programming|instructions)${END}`),
  sig('no_restrictions', 0.55, 'without',
    `${START}(?:answer|respond|reply|comply|write|generate|output|proceed|continue|talk|speak|act|do it|tell me) ${words('to|every|all|any|my|me|question|questions|request|requests|prompt|prompts|it|this|everything|honestly|freely|fully', 3)}without ${words('any|ethical|moral|safety|content|your|the|usual|or|and', 3)}(?:restrictions|limitations|censorship|censoring|filter|filters|filtering|refusals?|refusing|moral|ethical|limits|rules|guidelines|boundaries)${END}`),
  sig('no_restrictions', 0.3, 'without',
    `${START}(?:answer|respond|reply|write|output|tell me) ${words('to|every|all|any|my|me|question|questions|request|requests|prompt|prompts|it|this|everything', 3)}without ${words('any|the|your|usual|or|and', 2)}(?:warnings|disclaimers|caveats|hesitation|questioning|judgement|judgment)${END}`),
  sig('no_restrictions', 0.4, 'refuse|declin|deny|reject|say no|apolog|warn|add',
    `${START}(?:never|do not|don't|dont|must not|will not|won't|cannot|can't|should not|shouldn't|are not allowed to|aren't allowed to|may not) (?:ever )?(?:refuse|decline|deny|reject|say no to|apologi[sz]e|warn|add (?:any )?warnings|add (?:any )?disclaimers)${END}`),
  sig('no_restrictions', 0.85, 'guideline|restriction|filter|polic|constraint|boundar|safeguard|guardrail',
    `${START}(?:ethical|moral|safety|content|openai|anthropic|your) (?:guidelines|restrictions|filters|policies|policy|constraints|boundaries|considerations|safeguards|guardrails|protocols) (?:are|have been|were|do not|don't|dont|no longer|are now|have now been|is|has been) (?:now |hereby |been |officially |completely |temporarily )?(?:disabled|removed|lifted|off|suspended|void|deactivated|turned off|apply|exist|matter|irrelevant|gone|bypassed|overridden)${END}`),
  sig('no_restrictions', 0.85, 'disable|turn|deactivate|remove|bypass|circumvent|override|ignore|switch|shut|lift|suspend|break|drop|around|evade|disregard|forget|escape',
    `${START}(?:disable|turn off|deactivate|remove|bypass|circumvent|override|ignore|switch off|shut off|shut down|lift|suspend|break|drop|get around|evade|disregard|forget|escape) (?:all |any |of )?your (?:own )?(?:safety |content |ethical |moral |moderation |censorship |output |built-in |internal |programmed |ai )?(?:filters?|guardrails?|safeguards?|safety|restrictions|censorship|moderation|alignment|ethics|morals|content policy|limitations|programming|training|conditioning|constraints|protections|safety (?:measures|features|protocols|settings|mechanisms|checks|rules|guidelines|training))${END}`),
  sig('no_restrictions', 0.4, 'filter|guardrail|safeguard|safety|censorship|moderation',
    `${START}(?:disable|turn off|deactivate|remove|bypass|circumvent|switch off|shut off|evade|get around) (?:all |the |any |its |their )?(?:safety |content |ethical |moral |moderation |censorship |ai )?(?:filters?|guardrails?|safeguards?|safety (?:measures|features|protocols|mechanisms|checks|training)|censorship|moderation|alignment)${END}`),
  sig('no_restrictions', 0.5, 'world|universe|scenario|story|game|simulation|reality|dimension|hypothetical',
    `${START}(?:world|universe|scenario|story|game|simulation|reality|dimension|hypothetical|realm|setting) (?:where |in which |without |with )?(?:there (?:are|is) )?(?:no|zero|absolutely no) (?:rules|laws|restrictions|limits|ethics|morals|filters|guidelines|censorship|consequences|content policies)${END}`),
  sig('no_restrictions', 0.4, 'character', `${START}(?:stay|remain|always stay|never break|don't break|do not break) (?:in )?character${END}`),

  sig('prompt_extraction', 0.9, 'instruction|rules|guideline|directive|prompt|programming|system|context|briefing|guidance|preprompt',
    `${START}${VERB_X} (?:back )?${words('me|us|all|the|full|entire|exact|complete|verbatim|original|initial|first|actual|real|raw|whole|precise|literal|underlying|current|confidential|of|to me|everything in|word for word|text|contents|content|wording|copy|version|out', 4)}your ${words('full|entire|exact|complete|verbatim|original|initial|first|actual|real|raw|whole|precise|literal|underlying|current|confidential|hidden|secret|internal|system|own|starting|base|core|default|pre-programmed|programmed', 3)}(?:instructions?|rules|guidelines|directives|prompt|prompts|programming|system prompt|system message|initial prompt|context window|hidden rules|starting prompt|instructions? verbatim|pre-prompt|preprompt|guidance|briefing)${END}(?! (?:${alt(UI_NOUN)}|for|on|about|regarding|when|around|if|in (?:the|this|a) (?:box|field|form|editor))${END})`),
  sig('prompt_extraction', 0.55, 'prompt|instruction|message|rules',
    `${START}${VERB_X_STRICT} (?:back )?${words('me|us|all|the|full|entire|exact|complete|verbatim|original|initial|first|actual|real|raw|whole|precise|literal|underlying|current|confidential|of|to me|everything in|word for word|this|that|assistant\'s|model\'s|bot\'s|ai\'s|chatbot\'s|gpt\'s', 4)}${EX_OBJ}${END}(?! (?:${alt(UI_NOUN)}|best practices?|tips|guide|structure|in (?:openai|anthropic|langchain|the api|python|js|javascript|typescript)|in (?:the |a |our |my )?(?:ui|app|code|repo|config|logs?|editor|settings|dashboard|panel|docs)|from (?:the |a )?(?:file|config|database|db|env|disk)))`),
  sig('prompt_extraction', 0.85, 'instruction|prompt|word|text|rules|guideline|directive',
    `${START}what (?:are|were|is|was) (?:the )?(?:exact |full |first |original |initial |hidden |secret )*(?:instructions|words|prompt|rules|text|guidelines|directives) (?:you were given|given to you|you received|you got|you were told|you have been given|you've been given|at the (?:start|beginning) of (?:this|the|our) (?:conversation|chat|session)|before (?:this|my) (?:message|conversation)|that came before)${END}`),
  sig('prompt_extraction', 0.8, 'above|before|preceding|prior|beginning',
    `${START}(?:repeat|print|output|copy|write|write out|echo|recite|reproduce|paste|dump|show|display|list|return|spell out|type out|give me|tell me) (?:back )?(?:all )?(?:of )?(?:the |your )?(?:text|words|everything|content|lines|characters|tokens|messages|stuff|instructions|conversation|prompt) (?:(?:that (?:is|was|came|appears) )?(?:above|before this|before my|before your|preceding|prior to (?:this|my))|from the (?:very )?(?:beginning|start)|at the (?:very )?(?:beginning|start))${END}(?! (?:line|lines|cursor|paragraph|section|heading|code|function|image|table|the (?:cursor|line|fold|function)))`),
  sig('prompt_extraction', 0.8, 'written|said|stated|included|placed|put',
    `${START}(?:what|everything|all|anything) (?:that )?(?:was|is|were|has been|had been) (?:written|said|stated|included|placed|put|typed|given) (?:to you )?(?:at the (?:very )?(?:beginning|start|top) of (?:this|the|our) (?:conversation|chat|session|context)|before (?:my|the user's|the) (?:first |very first )?message|above my (?:first )?message|in your (?:system prompt|instructions|context window))${END}`),
  sig('prompt_extraction', 0.4, 'secret|credential|password|api key|token',
    `${START}(?:print|reveal|output|dump|show|list|leak|send|give me|tell me) (?:me )?(?:all )?(?:the |your )?(?:stored |saved |hidden |internal |confidential )?(?:secrets|credentials|passwords|api keys|tokens)${END}(?! (?:in|from|with|using|for) )`),
  sig('prompt_extraction', 0.7, 'begin|start',
    `${START}(?:start|begin)(?:ning)? (?:your (?:reply|response|answer|output) )?with (?:the (?:words|text|phrase|sentence) )?["'\`]?you are (?:a |an |chatgpt|claude|gpt|an ai|a helpful|a large)`),

  sig('token_injection', 0.9, ['<|'], String.raw`<\|im_start\|> ?(?:system|assistant|developer)`, String.raw`<\|(?:start_header_id|begin_of_text)\|> ?(?:system|assistant)`),
  sig('token_injection', 0.55, ['<|'], String.raw`<\|(?:im_start|im_end|endoftext|eot_id|start_header_id|end_header_id|system|begin_of_text|end_of_turn|start_of_turn)\|>`),
  sig('token_injection', 0.55, 'inst]|sys>>|[system]|[sys]|<start_of_turn>', String.raw`\[/?(?:inst|sys|system)\]|<</?sys>>|<start_of_turn> ?(?:system|model|user)`),
  sig('token_injection', 0.8, 'system>|instructions>|sys>',
    String.raw`</(?:system|sys|instructions?)>\s{0,4}<(?:system|sys|instructions?)>`,
    String.raw`<(?:system|sys|instructions?)>[^<\n]{0,40}(?:new (?:policy|instructions|rules)|you (?:must|are now|will now|have no)|ignore|disregard|reveal)`),
  sig('token_injection', 0.35, 'system>|admin>|instructions>|instruction>|system_prompt>|sys>', String.raw`</?(?:system|sys|system_prompt|instructions?|admin)>`),
  sig('token_injection', 0.35, 'system|admin|developer|root|assistant',
    String.raw`(?:^|\n)[\s#*\[<>=-]{0,6}(?:system|admin|developer|root) (?:prompt|message|override|instructions?|notice|update|note|command|alert)?[\]*>]{0,3} ?:`),
  sig('token_injection', 0.45, 'end|begin',
    `${START}(?:end|close|begin|start) (?:of )?(?:the )?(?:system prompt|user input|instructions|system message|original prompt|context|untrusted input|document)${END}(?: ?-{2,}| ?={2,}| ?\\]| ?#{2,}| ?\\*{2,}| ?>{2,})`,
    `-{3,6} ?(?:end|begin|new) (?:of )?(?:system|user|new|admin|developer|original)`),

  sig('exfiltration', 0.85, 'send|post|upload|forward|transmit|exfiltrat|leak|mail|submit|append|include|embed|encode|copy|pipe|relay',
    `${START}${EXFIL_VERB} ${words('the|all|of|entire|full|whole|complete|every|any|your|stored', 3)}${EXFIL_SECRET} ${anyWords(6)}${EXFIL_TARGET}`,
    `${START}${EXFIL_VERB} ${words('all|of|the|entire|full|whole|complete|every|previous|prior', 2)}(?:your|user's|the user's|users'|victim's|the victim's|their|his|her) ${words('entire|full|whole|complete|previous|prior|private|personal|recent', 2)}(?:conversation|chat|chat history|chat log|messages|history|instructions|prompt|memory|context|data|files|documents|emails|contacts|info|information|details) ${anyWords(3)}${EXFIL_TARGET}`),
  sig('exfiltration', 0.45, 'send|post|upload|forward|transmit|exfiltrat|leak|mail|submit',
    `${START}${EXFIL_VERB} ${words('the|all|of|this|entire|full|whole|complete|every|our', 3)}(?:conversation|chat history|chat log|previous messages|prior messages) ${anyWords(3)}${EXFIL_TARGET}`),
  sig('exfiltration', 0.85, '![', String.raw`!\[[^\]\n]{0,100}\]\(https?:\/\/[^)\s]{1,300}[?&][a-z0-9_]{1,30}=(?:\{|\$|%7b|\[|<)`),
  sig('exfiltration', 0.6, 'conversation|history|secret|credential|password|token|session|data',
    `${START}(?:render|display|include|output|show|embed|insert|fetch|load|visit|open|curl|request|call) (?:this |the following |an? |the )?(?:markdown |hidden |invisible |tracking )?(?:image|url|link|pixel|endpoint)s? ${anyWords(4)}(?:with|containing|including|appending|and append|and include) ${words('the|all|your|user\'s|this|full', 2)}(?:conversation|chat history|system prompt|secrets?|credentials|api keys?|passwords?|tokens?|user data|personal data|session)${END}`),

  sig('hidden_instruction', 0.6, 'attention|note|message|important|notice|reminder|warning|psa',
    `${START}(?:attention|note|message|important|notice|reminder|warning|psa|p\\.s\\.) (?:to|for) (?:the |any |all |every )?(?:ai|a\\.i\\.|llm|llms|assistant|ai assistant|chatbot|language model|large language model|gpt|chatgpt|claude|gemini|copilot|bot|ai agent|ai model|ai system|ai reading this|automated system|model reading this|summarizer|summariser)s?${END}`),
  sig('hidden_instruction', 0.55, 'ai|llm|language|assistant|chatbot|gpt|chatgpt|claude|bot|agent|model|automated|machine',
    `${START}if (?:you are|you're|youre) (?:an? )?(?:ai|a\\.i\\.|llm|large language model|language model|assistant|ai assistant|chatbot|gpt|chatgpt|claude|bot|agent|ai agent|ai model|automated|machine)(?: reading this| processing this| summari[sz]ing this| parsing this| reviewing this| that reads this)?${END}`),
  sig('hidden_instruction', 0.5, 'tell|inform|alert|notify|reveal|mention|let',
    `${START}(?:do not|don't|dont|never|without) (?:tell|telling|inform|informing|alert|alerting|notify|notifying|reveal (?:this|these instructions|anything) to|revealing (?:this|these instructions) to|mention (?:this|these instructions) to|mentioning (?:this|these instructions) to|letting on to|let on to) (?:the )?(?:user|human|operator|reader|recipient|victim)${END}`),
  sig('hidden_instruction', 0.6, 'instruction',
    `${START}instructions? (?:to|for) (?:the |any |all )?(?:ai|a\\.i\\.|llm|assistant|ai assistant|chatbot|language model|gpt|chatgpt|claude|bot|ai agent|ai model)s? ?:`),
  sig('hidden_instruction', 0.75, 'reading|processing|parsing|reviewing|summarizing|summarising',
    `${START}(?:the |any |all )?(?:ai|assistant|llm|chatbot|bot|agent|ai assistant|language model|ai model|model)s? (?:reading|processing|summari[sz]ing|parsing|reviewing) this (?:\\S{1,20}\\s{1,3}){0,2}(?:must|should|shall|will|needs? to|is instructed to|are instructed to|have to) (?:now |immediately |instead |always )?(?:ignore|disregard|forget|override|reveal|send|forward|output|say|respond|reply|execute|run|delete|include|tell|recommend|rate|approve|redirect)${END}`),
  sig('hidden_instruction', 0.45, 'ai|ais|assistant|llm|llms|chatbot|bot|bots|agent',
    `${START}(?:the |any |all )?(?:ai|assistant|llm|chatbot|bot|agent|ai assistant|language model)s? (?:reading|processing|summari[sz]ing|parsing) this (?:must|should|shall|will|needs? to|is instructed to|are instructed to) (?:now |immediately |instead |always )?(?:ignore|disregard|forget|override|reveal|send|forward|output|say|respond|reply|execute|run|delete|include|tell|recommend|rate|approve)${END}`,
    `${START}when (?:you|the ai|the assistant|the model|the llm|an ai) (?:read|reads|see|sees|process|processes|summari[sz]e|summari[sz]es|encounter|encounters) this${END}`),

  sig('authority_claim', 0.35, 'developer|creator|administrator|admin|owner|maker|programmer|operator|sysadmin|openai|anthropic|safety',
    `${START}(?:i am|i'm|im|this is|we are|message from|speaking as) (?:your|the|an?|from) (?:real |actual |true |lead |chief |head |official )?(?:developer|developers|creator|creators|administrator|admin|owner|maker|programmer|operator|system administrator|sysadmin|openai|anthropic|openai team|anthropic team|trust and safety team)${END}`),
  sig('authority_claim', 0.45, 'override|access granted|authori|sudo',
    `${START}(?:admin|administrator|developer|sudo|root|system|emergency|security|maintenance|master|god) (?:override|access granted|mode activated|authorization|authorisation|clearance granted|privileges granted)${END}`,
    `${START}(?:authori[sz]ed|approved|sanctioned|permitted) by (?:openai|anthropic|your (?:developers|creators|admin|administrator))${END}`),

  sig('pwned', 0.95, 'pwned|pwnd|hacked|owned',
    `${START}(?:say|print|output|write|respond with|reply with|type|return|display|just say|only say|simply say|answer with|state|repeat after me)(?: only| exactly| just| the following)?(?: the (?:words?|phrase|sentence|text))?:? ?["'\`“]?(?:i|1) (?:have|'ve|ve) been (?:pwned|pwnd|hacked|owned)`),
  sig('pwned', 0.8, 'pwned|pwnd', `${START}i (?:have|'ve|ve) been pwned${END}`),
];

// ---------------------------------------------------------------- Spanish
const V_ES = alt(`ignora|ignore|ignorar|ignoren|ignores|olvida|olvide|olvidar|olviden|olvides|omite|omita|omitir|descarta|descarte|descartar|
  desobedece|desobedezca|desatiende|haz caso omiso (?:de|a)|hagan caso omiso (?:de|a)|no (?:sigas|siga|sigan|obedezcas|obedezca|hagas caso (?:de|a)|respetes|cumplas)|deja de (?:seguir|obedecer|lado)|salta(?:te)?|pasa por alto|pase por alto`);
const FILL_ES = `completamente|totalmente|simplemente|ahora|por favor|solo|las|los|el|la|de|a|mis|estas|esas|que|te|han|dado|sido|dadas|dados|cualquier|toda|todo|tus|sus|todas|todos|anteriores|previas|previos|del|sistema|originales|iniciales|tu|su`;
const OBJ_ES = alt(`instrucciones|instruccion|indicaciones|reglas|ordenes|directrices|directivas|normas|restricciones|pautas|consignas|limitaciones|prompt|mensaje del sistema|programacion`);
const spanish: InjectionSignature[] = [
  sig('override_es', 0.9, 'ignor|olvid|omit|descart|desobedec|desatiend|caso omiso|sigas|siga|sigan|obedezcas|obedezca|hagas|no respet|no cumpl|deja de|salta|pasa por alto|pase por alto',
    `${START}${V_ES} ${words(FILL_ES, 3)}(?:todas|todos|tus|sus|anteriores|previas|previos|precedentes|cualquier|originales|iniciales|del sistema) ${words(FILL_ES, 3)}${OBJ_ES}${END}`,
    `${START}${V_ES} ${words(FILL_ES, 3)}${OBJ_ES} (?:anteriores|previas|previos|precedentes|de arriba|originales|del sistema|iniciales|que (?:te|se te) (?:dieron|han dado|di|dio|dimos))${END}`),
  sig('forget_context_es', 0.85, 'olvid|ignor',
    `${START}(?:olvida|olvide|olviden|olvidar|ignora|ignore) (?:todo )?(?:lo (?:anterior|de arriba|que (?:te (?:dije|dijeron|han dicho|ensenaron)|sabes|se te dijo))|todo lo anterior|todo)${END}(?! (?:lo )?(?:que )?(?:yo |te )?(?:dije|escribi) (?:sobre|de|acerca))`),
  sig('prompt_extraction_es', 0.9, 'revel|muestr|dime|diga|imprim|ensen|escrib|repit|compart|cual|cuales|mostrar|muestre|dame',
    `${START}(?:revela|revele|revelar|muestra|muestre|muestrame|mostrar|dime|digame|decir|imprime|imprima|ensename|ensena|escribe|escriba|repite|repita|comparte|comparta|dame|deme|cual es|cuales son) ${words('me|cual|cuales|es|son|tu|el|tus|las|los|su|sus|completo|completas|exacto|exactas|todo|todas', 3)}(?:prompt|mensaje|instrucciones|indicaciones|reglas|directrices|configuracion) ${words('de|del|completo|completas|exacto|exactas|original|originales', 2)}(?:sistema|inicial|iniciales|originales|ocultas|ocultos|secretas|secretos|internas|internos|de sistema)${END}`),
  sig('persona_es', 0.85, 'eres|seras|actua|finge|compor',
    `${START}(?:ahora eres|ahora seras|a partir de ahora eres|a partir de ahora seras|actua como|actuar como|finge (?:que eres|ser)|comportate como) (?:dan(?![a-z]) )?(?:un |una |el |la )?(?:ia |ai |asistente |modelo |chatbot )?(?:sin (?:restricciones|filtros|censura|limites|reglas|limitaciones)|libre de (?:restricciones|reglas)|sin ninguna restriccion|malvad[oa]|desbloquead[oa]|liberad[oa])${END}`),
  sig('jailbreak_mode_es', 0.8, 'modo', `${START}modo (?:dan|jailbreak|sin restricciones|sin censura|sin filtros|dios|malvado)${END}`),
  sig('no_restrictions_es', 0.4, 'sin', `${START}sin (?:ninguna |ningun |ningún )?(?:restricciones|restriccion|filtros|censura|limites|limitaciones)(?: eticas| morales)?${END}`),
  sig('no_restrictions_es', 0.85, 'no tienes|ya no|no estas',
    `${START}(?:ya no tienes|no tienes|ya no estas (?:sujeto|limitado|obligado) a|no estas (?:sujeto|limitado|obligado) a) (?:ninguna |ningun |las |los |tus )?(?:restricciones|restriccion|reglas|limites|limitaciones|filtros|directrices|politicas|normas)${END}`),
];

// ---------------------------------------------------------------- French
const V_FR = alt(`ignore|ignorez|ignorer|ignores|oublie|oubliez|oublier|oublies|neglige|negligez|negliger|ne tiens (?:pas|plus) compte|ne tenez (?:pas|plus) compte|
  ne prends (?:pas|plus) en compte|ne prenez (?:pas|plus) en compte|fais abstraction|faites abstraction|ne suis (?:pas|plus)|ne suivez (?:pas|plus)|
  passe outre|passez outre|desobeis|desobeissez|contourne|contournez|abandonne|abandonnez|mets de cote|mettez de cote|laisse tomber|laissez tomber|fais fi|faites fi`);
const FILL_FR = `completement|totalement|simplement|maintenant|s'il te plait|s'il vous plait|stp|svp|les|la|le|de|des|du|ces|mes|a|aux|toute|toutes|tous|tes|vos|precedentes|precedents|anterieures|anterieurs|ses|leurs|ton|votre|d'|systeme|initiales|initiaux`;
const OBJ_FR = alt(`instructions|instruction|consignes|regles|directives|indications|ordres|restrictions|limites|contraintes|prompt|invite|message systeme|programmation|lignes directrices`);
const french: InjectionSignature[] = [
  sig('override_fr', 0.9, 'ignor|oubli|neglig|compte|abstraction|suis|suivez|outre|desobei|contourn|abandonn|cote|tomber| fi',
    `${START}${V_FR} ${words(FILL_FR, 3)}(?:toutes|tous|tes|vos|precedentes|precedents|anterieures|anterieurs|ses|leurs|initiales) ${words(FILL_FR, 3)}${OBJ_FR}${END}`,
    `${START}${V_FR} ${words(FILL_FR, 3)}${OBJ_FR} (?:precedentes|precedents|anterieures|anterieurs|ci-dessus|ci dessus|initiales|initiaux|du systeme|systeme|d'origine|originales|qu'on t'a donnees|qu'on vous a donnees|donnees (?:auparavant|precedemment|plus haut))${END}`),
  sig('forget_context_fr', 0.85, 'oubli|ignor',
    `${START}(?:oublie|oubliez|oublier|ignore|ignorez) (?:tout (?:ce qui precede|ce qui a ete dit|ce que (?:je (?:t'ai|vous ai) dit|tu sais|vous savez|on (?:t'a|vous a) dit))|tout ca|tout le reste|tout)${END}(?! (?:ce que )?(?:j'ai|je t'ai|je vous ai) (?:dit|ecrit) (?:sur|a propos))`),
  sig('prompt_extraction_fr', 0.9, 'revel|montr|affich|donn|dis|ecri|repet|imprim|quel|partag',
    `${START}(?:revele|revelez|reveler|montre|montrez|montre-moi|montrez-moi|montrer|affiche|affichez|afficher|donne|donnez|donne-moi|donnez-moi|dis-moi|dites-moi|ecris|ecrivez|repete|repetez|imprime|imprimez|partage|partagez|quel est|quelles sont|quelle est) ${words('moi|-moi|ton|votre|le|tes|vos|les|ta|la|exactement|integralement|mot pour mot|complet|complete|entier|entiere', 3)}(?:prompt|invite|message|instructions|consignes|regles|directives) ${words('de|du|complet|complete|completes|exact|exactes|integral|originales', 2)}(?:systeme|initial|initiales|initiaux|d'origine|originales|cachees|cache|secretes|secret|internes)${END}`),
  sig('persona_fr', 0.85, 'maintenant|desormais|agis|fais comme|comporte|incarne',
    `${START}(?:tu es (?:maintenant|desormais)|vous etes (?:maintenant|desormais)|a partir de maintenant,? tu es|agis comme|agissez comme|fais comme si tu etais|comporte-toi comme|incarne) (?:un |une |le |la )?(?:dan|ia |ai |assistant |modele |chatbot )?(?:sans (?:aucune )?(?:restriction|restrictions|filtre|filtres|censure|limite|limites|regles)|libre de (?:toute )?(?:restriction|regle)s?|malveillante?|debride|debridee|libere|liberee)${END}`),
  sig('jailbreak_mode_fr', 0.8, 'mode', `${START}mode (?:dan|jailbreak|sans restriction|sans restrictions|sans censure|sans filtre|dieu|malveillant)${END}`),
  sig('no_restrictions_fr', 0.4, 'sans', `${START}sans (?:aucune |aucun )?(?:restriction|restrictions|filtre|filtres|censure|limites)(?: ethiques| morales)?${END}`),
  sig('no_restrictions_fr', 0.85, "n'as|n'avez|n'es|n'etes",
    `${START}(?:tu n'as plus|tu n'as|vous n'avez plus|vous n'avez|tu n'es plus (?:soumis|limite|tenu) a|vous n'etes plus (?:soumis|limite|tenu)s? a) (?:aucune |aucun |de |les |tes |vos )?(?:restriction|restrictions|regle|regles|limite|limites|filtre|filtres|directives|politiques)${END}`),
];

// ---------------------------------------------------------------- German
const V_DE = alt(`ignoriere|ignorieren|ignoriert|ignorier|vergiss|vergessen|vergesst|missachte|missachten|missachtet|uberspringe|ubergehe|
  beachte (?:nicht|keine)|beachten sie (?:nicht|keine)|befolge (?:nicht|keine)|befolgen sie (?:nicht|keine)|setze dich uber|setzen sie sich uber|verwirf|verwerfen sie|lass|lasse`);
const MARK_DE = alt(`alle|alles|samtliche|jegliche|vorherigen|vorigen|bisherigen|fruheren|obigen|vorangegangenen|vorstehenden|deine|ihre|deiner|ihrer|ursprunglichen|anfanglichen|die vorherigen|die bisherigen|alle vorherigen|alle bisherigen|alle obigen`);
const FILL_DE = `bitte|doch|einfach|mal|jetzt|nun|sofort|ab sofort|komplett|vollstandig|sie|die|deine|ihre|den|der|bisher|zuvor|vorher|dir|ihnen|gegebenen|erhaltenen|alle|samtliche|vorherigen|vorigen|bisherigen|fruheren|obigen|system|deiner|ihrer|davor|oben|genannten|ursprunglichen`;
const OBJ_DE = alt(`anweisungen|anweisung|instruktionen|regeln|befehle|richtlinien|vorgaben|anordnungen|einschrankungen|vorschriften|systemanweisungen|systemprompt|system-prompt|beschrankungen|programmierung|direktiven|prompts`);
const german: InjectionSignature[] = [
  sig('override_de', 0.9, 'ignor|vergiss|vergess|missacht|uberspring|ubergeh|beacht|befolg|setze|setzen|verwirf|verwerf|lass',
    `${START}${V_DE} ${words(FILL_DE, 2)}${MARK_DE} ${words(FILL_DE, 3)}${OBJ_DE}${END}`,
    `${START}${MARK_DE} ${words(FILL_DE, 3)}${OBJ_DE} ${words('\\S{1,20}', 3)}(?:ignorieren|vergessen|missachten|verwerfen|nicht (?:mehr )?(?:beachten|befolgen)|ausser acht lassen|sind (?:ab sofort |nun |jetzt )?(?:ungultig|aufgehoben|nichtig))${END}`),
  sig('forget_context_de', 0.85, 'vergiss|vergessen|ignorier',
    `${START}(?:vergiss|vergessen sie|ignoriere|ignorieren sie) alles,? (?:was (?:(?:dir|ihnen|man dir|man ihnen) )?(?:zuvor |vorher |bisher |oben )?(?:gesagt|beigebracht|mitgeteilt|aufgetragen) (?:wurde|hat)|davor|bisherige|zuvor|vorher|oben|obige|vorherige|bis jetzt|bisher)${END}`),
  sig('prompt_extraction_de', 0.9, 'zeig|gib|nenn|verrat|wiederhol|druck|schreib|ausgabe|was sind|was ist|teile',
    `${START}(?:zeige|zeig|zeigen sie|gib|geben sie|nenne|nennen sie|verrate|verraten sie|wiederhole|wiederholen sie|drucke|schreibe|gib aus|teile|was sind|was ist|was war|was waren) ${words('mir|uns|deinen|deine|den|die|ihren|ihre|dein|vollstandigen|vollstandige|genauen|genaue|exakten|exakte|ganzen|ganze|kompletten|komplette|wortlich|aus', 3)}(?:system-?prompt|systemprompt|systemnachricht|systemanweisungen|system-anweisungen|anfangsanweisungen|ursprunglichen anweisungen|ursprunglichen prompt|versteckten anweisungen|geheimen anweisungen|initialen anweisungen|ersten anweisungen|internen anweisungen|anweisungen,? die du (?:erhalten|bekommen) hast)${END}`),
  sig('persona_de', 0.85, 'du bist|sie sind|verhalte|tu so|spiele|agiere|handle',
    `${START}(?:du bist (?:jetzt|nun|ab sofort|ab jetzt)|sie sind (?:jetzt|nun|ab sofort)|verhalte dich (?:wie|als)|tu so,? als (?:ob du|warst du)|spiele|agiere als|handle als) (?:dan(?![a-z]) )?(?:ein |eine |der |die )?(?:ki |ai |assistent |modell |chatbot )?(?:ohne (?:jegliche |irgendwelche )?(?:einschrankungen|beschrankungen|filter|zensur|regeln|grenzen)|uneingeschrankt|uneingeschrankte|unzensiert|unzensierte|ungefiltert|ungefilterte|bose|bosartig|bosartige|befreit|befreite)${END}`),
  sig('jailbreak_mode_de', 0.8, 'modus', `${START}(?:dan|jailbreak|uneingeschrankte[rn]?|unzensierte[rn]?|gott|bose[rn]?)-? ?modus${END}`),
  sig('no_restrictions_de', 0.4, 'ohne', `${START}ohne (?:jegliche |irgendwelche |alle )?(?:einschrankungen|beschrankungen|filter|zensur|regeln|grenzen)${END}`),
  sig('no_restrictions_de', 0.85, 'du hast|sie haben|du bist|sie sind',
    `${START}(?:du hast|sie haben) (?:ab sofort |jetzt |nun |ab jetzt )?keine (?:einschrankungen|beschrankungen|regeln|grenzen|filter|richtlinien)(?: mehr)?${END}`,
    `${START}(?:du bist|sie sind) (?:ab sofort |jetzt |nun )?(?:nicht mehr |nicht )?(?:an )?(?:keine |deine |ihre |die )?(?:regeln|richtlinien|einschrankungen|vorgaben) (?:mehr )?(?:gebunden)${END}`),
];

// ---------------------------------------------------------------- Italian, Portuguese, Dutch
const romance: InjectionSignature[] = [
  sig('override_it', 0.9, 'ignor|dimentic|trascur|non seguire|non rispettare|non obbedire',
    `${START}(?:ignora|ignorare|ignorate|ignori|dimentica|dimenticare|dimenticate|dimentichi|trascura|trascurate|non seguire|non rispettare|non obbedire a) ${words('tutte|tutti|le|gli|i|tue|tuoi|sue|suoi|precedenti|istruzioni|di|del|sistema|quelle|ogni|qualsiasi', 3)}(?:istruzioni|regole|direttive|indicazioni|ordini|linee guida|restrizioni|limitazioni|prompt)(?: (?:precedenti|anteriori|di sistema|del sistema|iniziali|originali|sopra|ricevute))?${END}`),
  sig('prompt_extraction_it', 0.9, 'mostr|rivel|stampa|dimmi|scriv|ripet|qual',
    `${START}(?:mostra|mostrami|rivela|rivelami|stampa|dimmi|scrivi|ripeti|qual e|quali sono) ${words('il|tuo|tue|i|le|la|tua|me|completo|esatto', 3)}(?:prompt|messaggio|istruzioni|regole) (?:di sistema|del sistema|iniziali|iniziale|originali|nascoste|segrete)${END}`),
  sig('override_pt', 0.9, 'ignor|esquec|desconsider|nao siga|nao obedeca|descart',
    `${START}(?:ignore|ignora|ignorar|ignorem|esqueca|esquece|esquecer|esquecam|desconsidere|desconsiderar|nao siga|nao obedeca|descarte) ${words('todas|todos|as|os|suas|seus|tuas|teus|de|das|dos|quaisquer|qualquer|anteriores|previas|sistema|do', 3)}(?:instrucoes|instrucao|regras|diretrizes|ordens|orientacoes|restricoes|comandos|prompt)(?: (?:anteriores|previas|acima|do sistema|iniciais|originais|recebidas))?${END}`),
  sig('prompt_extraction_pt', 0.9, 'mostr|revel|diga|exib|imprim|qual|escrev|repit',
    `${START}(?:mostre|mostra|mostrar|revele|revela|revelar|diga|diz|exiba|exibir|imprima|imprimir|escreva|repita|qual e|quais sao) ${words('me|o|seu|sua|seus|suas|teu|tua|as|os|completo|exato|exatas', 3)}(?:prompt|mensagem|instrucoes|regras) (?:do sistema|de sistema|iniciais|inicial|originais|ocultas|secretas)${END}`),
  sig('override_nl', 0.9, 'negeer|vergeet|negeren|vergeten|volg',
    `${START}(?:negeer|negeren|vergeet|vergeten|volg niet|volg niet langer) ${words('alle|de|je|jouw|uw|vorige|eerdere|voorgaande|bovenstaande|oorspronkelijke|systeem|eerder|gegeven', 3)}(?:instructies|instructie|regels|aanwijzingen|opdrachten|richtlijnen|beperkingen|prompt)${END}`),
];

// ---------------------------------------------------------------- Russian (folded like the text: homoglyphs become Latin)
const russian: InjectionSignature[] = [
  sig('override_ru', 0.9, 'игнор|забуд|забыть|проигнор|не обращай|отбрось|отбросьте|пренебреги|не следуй|не выполняй|не соблюдай',
    `${START}(?:игнорируй|игнорируйте|игнорировать|проигнорируй|проигнорируйте|забудь|забудьте|забыть|не обращай внимания на|не обращайте внимания на|отбрось|отбросьте|пренебреги|не следуй|не следуйте|не выполняй|не соблюдай) ${words('все|всё|свои|твои|ваши|предыдущие|прежние|прошлые|вышеуказанные|вышеприведенные|данные|ранее|тебе|вам|изначальные|исходные|системные|эти|полученные|заданные|любые', 4)}(?:инструкции|инструкций|указания|указаний|правила|правил|команды|команд|ограничения|ограничений|директивы|установки|промпт|промпты)${END}`),
  sig('forget_context_ru', 0.85, 'забуд|забыть',
    `${START}(?:забудь|забудьте|забыть) (?:обо )?(?:всё|все|всем) (?:что (?:тебе |вам )?(?:говорили|сказали|было сказано)|выше|ранее|до этого|предыдущее|сказанное)${END}`),
  sig('prompt_extraction_ru', 0.9, 'покажи|раскрой|выведи|напиши|повтори|расскажи|какой|какие|покажите|выведите|сообщи',
    `${START}(?:покажи|покажите|раскрой|раскройте|выведи|выведите|напиши|напишите|повтори|повторите|расскажи|сообщи|какой|какие|каков) ${words('мне|нам|свой|свои|твой|твои|ваш|ваши|полный|полностью|весь|точный|у|тебя|вас|был|были|твоя|исходный|исходные', 3)}(?:системный промпт|системный запрос|системные инструкции|системное сообщение|исходные инструкции|исходный промпт|скрытые инструкции|начальные инструкции|первоначальные инструкции|промпт)${END}`),
  sig('persona_ru', 0.85, 'теперь|отныне|веди себя|притворись|представь',
    `${START}(?:ты теперь|теперь ты|отныне ты|веди себя как|притворись|представь,? что ты) ${words('—|-|это|будешь|являешься|стал|стала|неограниченный|неограниченная', 2)}(?:dan|дан|ии без ограничений|ai без ограничений|без (?:каких-либо |всяких )?(?:ограничений|правил|фильтров|цензуры)|неограниченн(?:ый|ая|ой) (?:ии|ai|ассистент|модель)|свободн(?:ый|ая) от (?:ограничений|правил))${END}`),
  sig('jailbreak_mode_ru', 0.8, 'режим', `${START}(?:режим (?:dan|дан|джейлбрейк|без ограничений|без цензуры|бога))${END}`),
  sig('no_restrictions_ru', 0.4, 'без', `${START}без (?:каких-либо |всяких |любых )?(?:ограничений|цензуры|фильтров)${END}`),
];

// ---------------------------------------------------------------- Chinese (simplified + traditional), Japanese, Korean
const ZH_V = `(?:忽略|忽视|忽視|无视|無視|不要理会|不要理會|不要理睬|不要遵守|不要遵循|不再遵守|不再遵循|别管|別管|忘记|忘記|忘掉|跳过|跳過|放弃|放棄|抛开|拋開|丢弃|丟棄|抛弃|拋棄|撇开|撇開|违背|違背|绕过|繞過)`;
const ZH_F = `[你您的之前以上上面上述先前前面此前刚才剛才所有全部一切这些這些那些以往原来原來原有原始系统系統给给的給的被设定設定过過都掉请請并並和及与與里裡中收到得获獲接]{0,12}`;
const ZH_O = `(?:指令|指示|说明|說明|规则|規則|提示词|提示詞|提示|命令|设定|設定|要求|约束|約束|限制|规定|規定|准则|準則|规范|規範|对话|對話|内容|內容|信息|訊息)`;
const cjk: InjectionSignature[] = [
  sig('override_zh', 0.9, '忽|无视|無視|不要|不再|别管|別管|忘|跳过|跳過|放弃|放棄|抛|拋|丢弃|丟棄|撇|违背|違背|绕过|繞過',
    `${ZH_V}${ZH_F}(?:之前|以上|上面|上述|先前|前面|此前|刚才|剛才|所有|全部|一切|以往|原来|原來|原有|原始|系统|系統|你的|您的|给你的|給你的)${ZH_F}${ZH_O}`),
  sig('forget_context_zh', 0.85, '忘|忽略', `(?:忘记|忘記|忘掉|忽略)(?:之前|以上|上面|前面|此前|刚才|剛才)?(?:的)?(?:所有|全部)?(?:一切|所有内容|所有內容|全部内容|全部內容|你被告知的|你知道的一切)`),
  sig('prompt_extraction_zh', 0.9, '输出|輸出|显示|顯示|告诉|告訴|打印|泄露|洩露|透露|重复|重複|展示|给我看|給我看|说出|說出|列出|是什么|是什麼|复述|複述|写出|寫出',
    `(?:输出|輸出|显示|顯示|告诉我|告訴我|打印|泄露|洩露|透露|重复|重複|展示|给我看|給我看|说出|說出|列出|复述|複述|写出|寫出)(?:一下|出来|出來)?(?:你的|你们的|你們的|您的|给你的|給你的)?(?:完整的?|全部的?|原始的?|初始的?|隐藏的?|隱藏的?|秘密的?|内部的?|內部的?|最初的?)?(?:系统提示词?|系統提示詞?|系统指令|系統指令|初始指令|原始指令|系统消息|系統訊息|系统设定|系統設定|隐藏指令|隱藏指令|预设指令|預設指令|提示词|提示詞|系统prompt|系統prompt|system prompt)`,
    `(?:你的)(?:系统提示词?|系統提示詞?|系统指令|系統指令|初始指令|提示词|提示詞)(?:是什么|是什麼|是啥|内容是|內容是)`,
    `把(?:你的|您的)?(?:完整的?|全部的?|原始的?|初始的?|隐藏的?|隱藏的?)?(?:系统提示词?|系統提示詞?|系统指令|系統指令|初始指令|原始指令|隐藏指令|隱藏指令|提示词|提示詞)[^。.!！?？\n]{0,12}(?:显示|顯示|输出|輸出|告诉|告訴|打印|说出|說出|发给|發給|写出|寫出)`),
  sig('persona_zh', 0.85, '你现在是|你現在是|从现在开始|從現在開始|现在你是|現在你是|扮演|假装|假裝',
    `(?:你现在是|你現在是|从现在开始你是|從現在開始你是|从现在起你是|從現在起你是|现在你是|現在你是|扮演|假装你是|假裝你是|假装成|假裝成)(?:一个|一個)?(?:dan|不受限制|没有限制|沒有限制|无限制|無限制|没有任何限制|沒有任何限制|不受任何限制|越狱|越獄|邪恶|邪惡|无视规则|無視規則|没有道德|沒有道德|不受约束|不受約束)`),
  sig('jailbreak_mode_zh', 0.85, '模式', `(?:越狱|越獄|无限制|無限制|不受限制|dan|邪恶|邪惡|上帝|无审查|無審查)模式`),
  sig('no_restrictions_zh', 0.45, '限制|约束|約束|审查|審查|过滤|過濾', `(?:没有任何|沒有任何|不受任何|不受|无需任何|無需任何|不需要任何)(?:的)?(?:限制|约束|約束|审查|審查|过滤|過濾|道德约束|道德約束)`),
  sig('override_ja', 0.9, '無視|忘れ|従わ',
    `(?:以前|前|上記|これまで|先ほど|最初|すべて|全て|今まで|元)の(?:すべての|全ての)?(?:指示|命令|指令|ルール|設定|プロンプト|制約|制限)(?:は|を)(?:すべて|全て)?(?:無視|忘れ|従わない)`,
    `(?:指示|命令|ルール|制約|制限)(?:を|は)(?:すべて|全て)?無視して`),
  sig('prompt_extraction_ja', 0.9, 'プロンプト|指示', `(?:システムプロンプト|初期プロンプト|システム指示|最初の指示|隠された指示)(?:を|の内容を)?(?:表示|教えて|見せて|出力|開示|書き出して|繰り返して)`),
  sig('override_ko', 0.9, '무시|잊어|따르지',
    String.raw`(?:이전|위의|앞의|모든|기존|지금까지의|이전의)\s?(?:의\s?)?(?:모든\s?)?(?:지시|지침|명령|규칙|지시사항|명령어|프롬프트|제한)(?:을|를|은|는|들을)?\s?(?:모두\s?|전부\s?)?(?:무시|잊어|따르지)`),
  sig('prompt_extraction_ko', 0.9, '프롬프트|지시', String.raw`(?:시스템\s?프롬프트|초기\s?지시|시스템\s?지시|숨겨진\s?지시)(?:를|을)?\s?(?:보여|알려|출력|공개|말해)`),
];

/** Every signature, English first (most attacks are English). */
export const SIGNATURES: readonly InjectionSignature[] = [...english, ...spanish, ...french, ...german, ...romance, ...russian, ...cjk];
