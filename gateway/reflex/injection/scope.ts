// An order to drop instructions that is scoped to a human topic ("disregard the previous instructions for
// pallet labelling", "negeer de vorige instructies over het parkeren", "forget everything you knew about our
// old ticketing tool") updates what people were told: memos, manuals and onboarding notes say it all the
// time, and users paste them to be summarised or translated. Blind corpora (heldout22–24) showed these as
// the largest class of signature false alarms, most of them blocked. An attack on the model aims at its
// instructions as a whole, or scopes them to the model or the request ("… for this conversation", "… about
// safety", "… para esta tarea"), and still matches. Only the words right after the match are read, so text
// elsewhere can never disarm a match; the lexical model still reads a scoped order as usual.

/** Rules whose matches may be scoped: orders to drop instructions. */
export const isScopableRule = (rule: string): boolean => rule.startsWith('override') || rule.startsWith('forget_context');

// "… everything you knew about …": what the reader knows, then the scope
const KNOWN = String.raw`(?:(?:that )?you (?:know|knew|thought|learned|have learned|'ve learned|were taught|remember) )?`;
// an old/earlier adjective that Romance languages put after the noun ("as instruções antigas do manual")
const AFTER_NOUN = String.raw`(?:(?:antig[ao]s?|vecchi[eao]|precedenti|anciennes?|precedentes?|anteriores?|antiguas?|viejas?|alten?|oude|gamla|tidigare) )?`;
// prepositions that open a topic; left out: short words that are also articles, conjunctions or adverbs in
// another language ("das", "da", "na", "do", "o"), where a scope could not be told from a new clause
const PREPOSITION =
  'for|about|on|regarding|concerning|around|in|of|uber|ueber|zu|zum|zur|fur|fuer|im|bei|von|vom|om|kring|over|voor|bij|van|' +
  'sobre|para|acerca de|respecto a|respecto de|del|de la|de los|de las|de|della|dello|delle|degli|dei|sul|sulla|sui|sulle|per|riguardo a|' +
  'du|des|sur|pour|concernant|au sujet de|dla|dotyczace|na temat';
const DETERMINER =
  'the|our|my|this|that|these|those|a|an|het|de|der|die|das|den|dem|des|meinem|meiner|meinen|unserem|unserer|unseren|unsere|el|la|los|las|o|os|as|il|lo|le|gli|i|les|' +
  'esta|este|estos|estas|esa|ese|questo|questa|questi|queste|ce|cette|cet|ces|dieser|diese|dieses|diesen|deze|dit|denna|detta|dessa|' +
  "nuestro|nuestra|nuestros|nuestras|nosso|nossa|nossos|nossas|nostro|nostra|nostri|nostre|notre|nos|onze|ons|var|vart|vara|mijn|mitt|min|mina|meu|minha|mio|mia|mi|mon|ma|mes";
/**
 * The scope names the model, its rules or the conversation: not a human topic. Prefixes (the text is
 * normalised: lowercase, no diacritics), several languages each.
 */
const MODEL_TOPIC =
  'you|your|yours|ai|ki|ia|assist|model|modell|modele|bot|chatbot|llm|gpt|claude|system|sistem|safe|secur|sicher|segur|sicurezz|content|inhalt|contenu|contenid|conteud|' +
  'convers|gesprach|gesprek|samtal|rozmow|sohbet|chat|session|sitzung|sesion|sessao|sessione|output|ausgabe|salida|saida|respon|repons|answer|antwort|respuest|rispost|repl|behavio|verhalt|comport|' +
  'persona|role|rolle|rol|ruolo|ethic|ethik|etic|moral|filter|filtr|restrict|einschrank|restric|limit|rule|regel|regl|regol|guideline|richtlin|polic|richtlijn|prompt|' +
  'confiden|vertraul|secret|geheim|password|passwort|contrase|senha|credential|zugang|key|schlussel|token|data|daten|dato|donne|dado|user|nutzer|benutzer|usuari|utilisat|utent|' +
  'instruc|instruz|anweis|anwij|instrukt|direct|directiv|order|befehl|orden|ordin|command|comand|now|here|ever|everything|all|alle|todo|tutto|tout|whatever|anything|what|' +
  'above|below|prior|previous|earlier|following|it|them|jetzt|ahora|agora|adesso|maintenant|nu|teraz|zaraz|' +
  // the request at hand ("skip your guidelines for this request"), not a topic
  'request|question|message|task|query|turn|time|once|moment|case|test|purpose|exercise|demo|game|story|scenario|one|next|rest|remain|duration|' +
  'anfrage|frage|nachricht|aufgabe|mal|solicitud|pregunta|mensaje|tarea|vez|pedido|mensagem|tarefa|richiesta|domanda|messaggio|compito|volta|' +
  'demande|tache|fois|verzoek|vraag|bericht|taak|keer|fraga|uppgift|gang|' +
  // time and manner ("de antes", "in full", "for good"): an adverb, not a topic
  'antes|avant|vorher|prima|eerder|before|full|general|short|effect|fact|good|sure|real|course|particular|total|whole|any|every|some|advance';

const SCOPED = new RegExp(
  String.raw` ${KNOWN}${AFTER_NOUN}(?:${PREPOSITION}) (?!(?:(?:${DETERMINER}) |l')?(?:${MODEL_TOPIC}))[a-z]`,
  'y',
);

/** Whether the override matched in normalised text `t` that ends at `end` is scoped to a human topic. */
export function scopedAt(t: string, end: number): boolean {
  SCOPED.lastIndex = end;
  return SCOPED.test(t);
}
