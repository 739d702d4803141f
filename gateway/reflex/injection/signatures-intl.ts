// Signatures in other languages: Spanish, French, German, Italian, Portuguese, Dutch, Russian,
// Chinese (simplified and traditional), Japanese and Korean. The same attack families as English.
import { alt, anyWords, clause, END, expectWithin, sig, sigVerified, START, words, type InjectionSignature } from './dsl.js';

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
    `${START}(?:olvida|olvide|olviden|olvidar|ignora|ignore) (?:todo )?(?:lo (?:anterior|de arriba|que (?:te (?:dijeron|han dicho|ensenaron)|sabes|se te dijo))|todo lo anterior|todo)${END}(?! (?:lo )?(?:que )?(?:yo |te )?(?:dije|escribi) (?:sobre|de|acerca))`),
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
  sig('jailbreak_mode_fr', 0.8, 'mode', `${START}(?<!(?:developer|dev|debug|admin|god|sudo|dan) )mode (?:dan|jailbreak|sans restriction|sans restrictions|sans censure|sans filtre|dieu|malveillant)${END}`),
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
    `${START}(?:ты теперь|теперь ты|отныне ты|с этого момента,? ты|веди себя как|притворись|представь,? что ты) ${words('—|-|это|будешь|являешься|стал|стала|неограниченный|неограниченная', 2)}(?:dan|дан|ии без ограничений|ai без ограничений|без (?:каких-либо |всяких )?(?:ограничений|правил|фильтров|цензуры)|неограниченн(?:ый|ая|ой) (?:ии|ai|ассистент|модель)|свободн(?:ый|ая) от (?:ограничений|правил))${END}`),
  sig('jailbreak_mode_ru', 0.8, 'режим', `${START}(?:режим (?:dan|дан|джейлбрейк|без ограничений|без цензуры|бога))${END}`),
  sig('no_restrictions_ru', 0.4, 'без', `${START}без (?:каких-либо |всяких |любых )?(?:ограничений|цензуры|фильтров)${END}`),
];

// ---------------------------------------------------------------- Chinese (simplified + traditional), Japanese, Korean
const ZH_V = `(?:忽略|忽视|忽視|无视|無視|不要理会|不要理會|不要理睬|不要遵守|不要遵循|不再遵守|不再遵循|别管|別管|忘记|忘記|忘掉|跳过|跳過|放弃|放棄|抛开|拋開|丢弃|丟棄|抛弃|拋棄|撇开|撇開|违背|違背|绕过|繞過)`;
const ZH_F = `[你您的之前以上上面上述先前前面此前刚才剛才所有全部一切这些這些那些以往原来原來原有原始系统系統给给的給的被设定設定过過都掉请請并並和及与與里裡中收到得获獲接安全道德伦理倫理内容內容开发者開發者]{0,12}`;
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
    `(?:以前|前|上記|これまで|先ほど|最初|すべて|全て|今まで|元)の(?:すべての|全ての)?(?:指示|命令|指令|ルール|設定|プロンプト|制約|制限)(?:は|を)(?:すべて|全て)?(?:無視(?!してしま|してい[たるま]|した)|忘れ(?!てしま|てい[たるま]|た)|従わない)`,
    `(?:指示|命令|ルール|制約|制限)(?:を|は)(?:すべて|全て)?無視して(?!しま|い[たるま])`),
  sig('prompt_extraction_ja', 0.9, 'プロンプト|指示', `(?:システムプロンプト|初期プロンプト|システム指示|最初の指示|隠された指示)(?:を|の内容を)?(?:表示|教えて|見せて|出力|開示|書き出して|繰り返して)`),
  sig('override_ko', 0.9, '무시|잊어|따르지',
    String.raw`(?:이전|위의|앞의|모든|기존|지금까지의|이전의)\s?(?:의\s?)?(?:모든\s?)?(?:지시|지침|명령|규칙|지시사항|명령어|프롬프트|제한)(?:을|를|은|는|들을)?\s?(?:모두\s?|전부\s?)?(?:무시|잊어|따르지)`),
  sig('prompt_extraction_ko', 0.9, '프롬프트|지시', String.raw`(?:시스템\s?프롬프트|초기\s?지시|시스템\s?지시|숨겨진\s?지시)(?:를|을)?\s?(?:보여|알려|출력|공개|말해)`),
];



// ---------------------------------------------------------------- broader families (same shapes as English)
// Override: a verb of disregard aimed at the model's rules, which a possessive, "previous", "system" or
// "that you were given" marks as the model's (so "ignora los archivos de compilación" stays clean).
// Extraction: a verb of showing anywhere before the system prompt named outright. Persona: the swap is
// a weak cue (0.3) that needs a no-limits claim (0.45) to flag.
const broadSpanish: InjectionSignature[] = [
  sigVerified(`tus|sus|todas|todos|anteriores|previas|previos|originales|iniciales|sistema|seguridad|te dieron|te han dado|te impusieron|te dio|te pusieron|recibiste|te programaron|tienes|eticas`,
    'override_es', 0.9, 'ignor|olvid|caso|deja|respet|cumpl|salta|pasa|desobedec|descart|anula|sigas|obedezcas',
    `${START}(?:ignora|ignore|ignoren|olvida|olvide|olviden|olvidate de|olvidese de|no hagas caso (?:a|de)|no haga caso (?:a|de)|haz caso omiso (?:a|de)|deja de lado|deja de (?:seguir|obedecer|respetar|cumplir)|no respetes|no cumplas|no sigas|no obedezcas|saltate|pasa por alto|desobedece|descarta|anula) ${words('todas|todos|las|los|tus|sus|de|a|mis|estas|esas|cualquier|toda|todo|el|la|lo|por completo|completamente', 3)}(?:instrucciones|normas|reglas|directrices|indicaciones|restricciones|pautas|consignas|limitaciones|ordenes|politicas|filtros|programacion|prompt|configuracion|directivas|lineamientos|orientaciones)${END} ?${words('que|te|se|han|dado|dieron|impusieron|pusieron|recibiste|anteriores|previas|previos|del|sistema|de|seguridad|originales|iniciales|eticas', 4)}`),
  sig('prompt_extraction_es', 0.85, 'muestr|revel|dime|dame|imprim|escrib|repit|copi|compart|ensen|cual|dice|traduc|resum',
    `${START}(?:muestrame|muestra|muestre|mostrar|revela|revele|dime|digame|dame|deme|imprime|imprima|escribe|escriba|repite|repita|copia|copie|comparte|comparta|ensename|ensena|cuales son|cual es|que dice|traduce|resume) ${anyWords(6)}(?:(?:tu|tus|su|sus) ${words('completo|completa|completas|exacto|exacta|exactas|propio|propias', 1)}(?:prompt|mensaje|instrucciones|indicaciones|reglas|directrices|configuracion|texto) (?:del sistema|de sistema|iniciales|inicial|originales|ocultas|ocultos|secretas|secretos|internas|internos)|(?:prompt|mensaje|instrucciones|indicaciones|reglas|directrices|configuracion|texto) ${words('del|de|sistema|iniciales|inicial|originales|ocultas|secretas|internas', 2)}que (?:recibiste|te dieron|tienes|te han dado|te pusieron|te dio))${END}`),
  sig('persona_es', 0.3, 'eres|seras|partir|actua|actuar|responde|finge|papel|interpreta|hazte',
    `${START}(?:ahora eres|a partir de (?:ahora|este momento|hoy),? (?:eres|seras|responde|responderas|actua|actuaras|no respondas)|actua como|actuar como|responde como|responderas como|finge (?:ser|que eres)|juega el papel de|haz el papel de|interpreta a|eres|seras)${END}`),
  sig('no_restrictions_es', 0.45, 'sin',
    `${START}sin (?:ninguna |ningun |ningunas |ningun tipo de |ninguna clase de )?(?:restricciones|restriccion|filtros?|censura|limites|limitaciones|reglas|normas|etica|moral|tabues)(?: eticas?| morales?| de ningun tipo)?${END}(?! (?:de|en|para|sobre|con|al|a)${END})`),
  sig('no_restrictions_es', 0.5, 'tiene|tienes|tengo|conoce|sigue|respeta',
    `${START}(?:que )?no (?:tiene|tienes|tengo|conoce|sigue|respeta) (?:ninguna |ningun |ningunas |ningunos |nada de )?(?:restriccion|restricciones|regla|reglas|limite|limites|filtro|filtros|norma|normas|etica|moral|censura)(?: eticas?| morales?)?${END}`),
  sig('jailbreak_mode_es', 0.35, 'modo', `${START}modo (?:desarrollador|de desarrollador|developer|depuracion|de depuracion|administrador|libre)${END}`),
  sig('addressed_instruction', 0.55, 'nota|mensaje|instrucciones|atencion|aviso|para',
    `${START}(?:nota|mensaje|instrucciones?|atencion|aviso|importante) (?:para|a) (?:la |el |cualquier |toda )?(?:ia|i\\.a\\.|inteligencia artificial|asistente|modelo|chatbot|bot|agente)(?: de ia)?${END} ?[:,-]`),
  sig('exfiltration', 0.75, 'envia|manda|reenvia|comparte|sube|publica|transfiere',
    `${START}(?:envia|envie|manda|mande|reenvia|reenvie|comparte|comparta|sube|suba|publica|publique|transfiere) ${anyWords(8)}(?:contrasenas|claves|credenciales|datos|correos|conversacion|historial|contactos|clientes|tarjetas|informacion personal) ${anyWords(6)}(?:a|al|en|hacia) (?:[a-z0-9._%+-]{1,64}@|https?:|www\\.)`),
];

const broadFrench: InjectionSignature[] = [
  sigVerified(`tes|vos|ses|toutes|tous|precedentes|precedents|anterieures|anterieurs|initiales|initiaux|d'origine|systeme|securite|ethiques|donnees|recues|imposees`,
    'override_fr', 0.9, 'respect|abstraction|outre|ignor|oubli|compte|tomber|cote|suis|desobei|contourn|enfrein|transgress',
    `${START}(?:ne respecte (?:pas|plus)|ne respectez (?:pas|plus)|fais abstraction de|faites abstraction de|passe outre|passez outre|ignore|ignorez|oublie|oubliez|ne tiens (?:pas|plus) compte de|ne tenez (?:pas|plus) compte de|laisse tomber|laissez tomber|mets de cote|mettez de cote|ne suis plus|ne suivez plus|desobeis a|contourne|contournez|enfreins|enfreignez|transgresse) ${words(FILL_FR, 3)}(?:consignes|instructions|regles|directives|indications|restrictions|limites|contraintes|politiques|filtres|programmation|prompt|invite|parametres|lignes directrices|garde-fous|principes)${END} ?${words('de|du|securite|systeme|qu\'on|t\'a|donnees|qui|t\'ont|ete|precedentes|initiales|ethiques|recues|imposees', 4)}`),
  sig('forget_context_fr', 0.85, 'oubli|ignor|abstraction|compte',
    `${START}(?:oublie|oubliez|ignore|ignorez|fais abstraction de|faites abstraction de|ne tiens plus compte de|ne tenez plus compte de) (?:de )?tout ce qu(?:'on|e (?:je|l'on)) (?:t'a|vous a|t'ai|vous ai) (?:dit|donne|appris|demande|ecrit|explique)${END}(?! (?:sur|a propos|au sujet|concernant)${END})`),
  sig('prompt_extraction_fr', 0.85, 'recopi|montr|affich|donn|dis|revel|repet|ecri|imprim|cit|partag|tradui|resum|quel',
    `${START}(?:recopie|recopier|recopiez|montre|montre-moi|montrez|affiche|affichez|donne|donne-moi|donnez|dis-moi|dites-moi|revele|revelez|repete|repetez|ecris|ecrivez|imprime|cite|partage|traduis|resume|quel est|quelles sont|quelle est) ${anyWords(6)}(?:(?:ton|ta|tes|votre|vos) (?:prompt|invite|message|instructions|consignes|regles|directives|configuration|texte) (?:systeme|du systeme|de systeme|initial|initiales|initiaux|d'origine|originales|cachees|cache|secretes|secret|internes)|(?:prompt|invite|message|instructions|consignes|regles|directives|configuration|texte) ${words('systeme|du|de|initial|initiales|cache|cachees|secret|secretes|internes', 2)}(?:qui t'a ete donnee?|qui t'ont ete donnee?s|qu'on t'a donnee?s?|que tu as recue?s?))${END}`),
  sig('persona_fr', 0.3, 'maintenant|desormais|dorenavant|partir|joue|agis|agissez|fais|comporte|incarne|tant|semblant|imagine',
    `${START}(?:tu es (?:maintenant|desormais|dorenavant)|vous etes (?:maintenant|desormais)|a partir de maintenant,? tu|dorenavant,? tu|desormais,? tu|tu joues le role de|joue le role de|jouez le role de|agis comme|agissez comme|fais comme si tu etais|comporte-toi comme|incarne|en tant qu'|fais semblant d'etre|imagine que tu es)`),
  sig('no_restrictions_fr', 0.45, 'sans',
    `${START}sans (?:aucune |aucun |la moindre |les |de )?(?:restriction|restrictions|filtre|filtres|censure|limite|limites|regle|regles|tabou|tabous|limitation|limitations|ethique|morale)${END}(?! (?:de|sur|pour|en|dans|a)${END})`),
  sig('no_restrictions_fr', 0.5, "n'a|n'as|n'avez|n'ont|connait|suit|respecte",
    `${START}(?:n'a|n'as|n'avez|n'ont|ne connait|ne suit|ne respecte) (?:plus )?(?:aucune|aucun|pas de|de) (?:restriction|restrictions|regle|regles|limite|limites|filtre|filtres|censure|ethique|morale|tabou)${END}`),
  sig('override_fr', 0.6, 'ignor|oubli|repond|tiens',
    `${START}(?:ignore|ignorez|oublie|oubliez|ne reponds pas a|ne repondez pas a|ne tiens pas compte de) (?:la |les )?(?:demande|question|requete|instructions?|message)s? (?:de l'|du |des )(?:utilisateur|utilisatrice|client|internaute|lecteur)s?${END}`),
  sig('addressed_instruction', 0.55, 'note|message|instruction|attention|avis|consigne',
    `${START}(?:note|message|instructions?|attention|avis|consigne) (?:pour|a|de) (?:l'|le |la |tout |toute |chaque )?(?:ia|i\\.a\\.|assistant|assistante|intelligence artificielle|modele|chatbot|bot|agent)(?: ia)?${END} ?[:,-]`),
];

const broadGerman: InjectionSignature[] = [
  sig('override_de', 0.9, 'halte|halten|befolg|hor|setz|umgeh|missacht|ubergeh|ignorier|vergiss|verwirf|brich',
    `${START}(?:halte dich|halten sie sich) ${words('ab|jetzt|sofort|nun|von|an|bitte|einfach', 3)}nicht (?:mehr )?an (?:deine|ihre|die|alle|deinen|ihren|diese) ${words(FILL_DE, 2)}${OBJ_DE}${END}`,
    `${START}(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie|ubergehe|ubergehen sie|umgehe|umgehen sie|verwirf|brich|setze dich uber|setzen sie sich uber) ${words(FILL_DE, 2)}(?:deine|ihre|deiner|ihrer|dein|ihr|deinen|ihren|alle|samtliche) ${words(FILL_DE, 2)}(?:vorgaben|richtlinien|anweisung|anweisungen|systemanweisung|systemanweisungen|sicherheitsregeln|sicherheitsrichtlinien|inhaltsrichtlinien|einschrankungen|beschrankungen|filter|grenzen|regeln|programmierung|prompt|systemprompt|systemnachricht|befehle|instruktionen|direktiven|prinzipien|ethik)${END}`),
  sig('prompt_extraction_de', 0.85, 'gib|zeig|nenn|verrat|wiederhol|druck|schreib|kopier|teil|ubersetz|fass|antwort',
    `${START}(?:gib|geben sie|zeige|zeig|zeigen sie|nenne|verrate|wiederhole|drucke|schreibe|kopiere|teile|ubersetze|fasse|antworte|antworten sie) ${anyWords(6)}(?:deine[mnrs]?|ihre[mnrs]?|den|die|das|dein|dem) ${words('vollstandigen|vollstandige|kompletten|komplette|genauen|genaue|exakten|exakte|ganzen|ganze|ursprunglichen|ursprungliche|geheimen|geheime|versteckten|internen|text|wortlaut|inhalt|deiner|ihrer|der|des', 3)}(?:system-?prompts?|systemanweisung(?:en)?|system-?nachricht|anfangsanweisungen|ursprunglichen anweisungen|versteckten anweisungen|geheimen anweisungen|internen anweisungen|initialen anweisungen|anweisungen,? die du (?:erhalten|bekommen) hast|(?:internen|geheimen|versteckten|ursprunglichen) regeln)${END}`),
  sig('forget_context_de', 0.85, 'vergiss|vergessen',
    `${START}(?:vergiss|vergessen sie)(?: alles)?,? (?:was|das,? was) (?:dir|ihnen|man dir|man ihnen) (?:vorher |zuvor |bisher |oben )?(?:gesagt|beigebracht|mitgeteilt|aufgetragen|vorgegeben|befohlen) (?:wurde|hat|worden ist)${END}`),
  sig('persona_de', 0.3, 'du bist|sie sind|stell|tu so|spiel|ubernimm|verhalte|agiere|antworte|ab jetzt|von nun',
    `${START}(?:du bist (?:jetzt|nun|ab sofort|ab jetzt|von nun an)|stell dir vor,? du bist|stellen sie sich vor,? sie sind|tu so,? als (?:ob du|warst du)|spiele die rolle|ubernimm die rolle|verhalte dich wie|agiere als|antworte als|ab (?:jetzt|sofort),? bist du|von nun an bist du)`),
  sig('no_restrictions_de', 0.45, 'ohne',
    `${START}ohne (?:jegliche |irgendwelche |alle |jede |irgendeine )?(?:einschrankungen|beschrankungen|filter|zensur|regeln|grenzen|moral|ethik|richtlinien|tabus|hemmungen)${END}(?! (?:fur|bei|in|auf|zu|von|beim)${END})`),
  sig('no_restrictions_de', 0.6, 'gebunden|keine',
    `${START}(?:an )?keine (?:regeln|richtlinien|vorgaben|einschrankungen|grenzen) (?:mehr )?gebunden${END}`,
    `${START}(?:hast|hat|haben) (?:ab sofort |jetzt |nun |ab jetzt )?keine (?:einschrankungen|beschrankungen|regeln|grenzen|filter|richtlinien|moral|ethik|zensur)(?: mehr)?${END}`),
  sig('override_de', 0.85, 'ignorier|missacht|ubergeh|vergiss|vergess|befolg',
    `${START}(?:ignoriere|ignorier|ignorieren sie|missachte|missachten sie|ubergehe|ubergehen sie|vergiss|vergessen sie|befolge nicht|befolgen sie nicht) ${words('bitte|einfach|jetzt|nun|sofort|alle|die|sämtliche|samtliche', 3)}(?:anweisungen|regeln|vorgaben|richtlinien|instruktionen|befehle|einschrankungen) (?:des systems|der entwickler|deiner entwickler|ihrer entwickler|vom system|von oben|die (?:dir|ihnen) gegeben wurden|die man (?:dir|ihnen) gegeben hat)${END}`),
  sig('override_de', 0.6, 'ignorier|missacht|ubergeh|vergiss|beantworte',
    `${START}(?:ignoriere|ignorier|missachte|ubergehe|vergiss|beantworte nicht) (?:die )?(?:anfrage|frage|bitte|aufgabe|nachricht)n? (?:des|der) (?:nutzers|benutzers|anwenders|users|kunden|nutzerin|benutzerin)${END}`),
  sig('addressed_instruction', 0.55, 'hinweis|nachricht|anweisung|achtung|notiz',
    `${START}(?:hinweis|nachricht|anweisung|anweisungen|achtung|notiz|wichtig) (?:an|fur) (?:den |die |das |alle |jeden |jede )?(?:ki|k\\.i\\.|ki-assistenten|ki-assistent|assistenten|assistent|ki-agenten|agenten|modell|chatbot|bot|sprachmodell)${END} ?[:,-]`),
  sig('exfiltration', 0.75, 'leite|sende|schick|ubermittl|lade|teile',
    `${START}(?:leite|sende|schicke|ubermittle|lade|teile) ${anyWords(8)}(?:e-mails|emails|passworter|kennworter|daten|kontakte|verlauf|zugangsdaten|schlussel|nachrichten|chatverlauf|kundendaten) ${anyWords(6)}(?:an|nach|zu|auf) (?:[a-z0-9._%+-]{1,64}@|https?:|www\\.)`),
];

const broadRomance: InjectionSignature[] = [
  sigVerified(`suas|seus|tuas|teus|todas|todos|anteriores|previas|iniciais|originais|sistema|seguranca|recebeu|deram|foram`,
    'override_pt', 0.9, 'ignor|esquec|desconsider|deixe|siga|obedeca|respeite|pare|passe|burl|contorn',
    `${START}(?:ignore|ignora|ignorar|esqueca|esquece|esquecer|desconsidere|desconsidera|deixe de lado|nao siga|nao obedeca|nao respeite|pare de seguir|passe por cima de|burle|contorne) ${words('todas|todos|as|os|suas|seus|tuas|teus|de|das|dos|quaisquer|qualquer|o|a', 3)}(?:instrucoes|instrucao|regras|diretrizes|orientacoes|ordens|restricoes|comandos|prompt|normas|politicas|filtros|limites|programacao|configuracao)${END} ?${words('que|voce|recebeu|lhe|te|foram|deram|dadas|dados|anteriores|previas|do|sistema|de|seguranca|iniciais|originais', 4)}`),
  sig('forget_context_pt', 0.85, 'esquec|ignor|desconsider',
    `${START}(?:esqueca|esquece|ignore|desconsidere) tudo (?:o )?que (?:foi dito|te disseram|lhe disseram|eu disse|voce sabe|te falaram|foi combinado)(?: antes| anteriormente| ate agora)?${END}(?! (?:sobre|a respeito)${END})`),
  sig('prompt_extraction_pt', 0.85, 'mostr|revel|diga|diz|exib|imprim|escrev|repit|copi|compartilh|traduz|resum|qual|quais',
    `${START}(?:mostre|mostra|revele|revela|diga|diz|exiba|imprima|escreva|repita|copie|compartilhe|traduza|resuma|qual e|quais sao) ${anyWords(6)}(?:(?:suas|seus|sua|seu|tuas|teus|tua|teu) (?:prompt|mensagem|instrucoes|instrucao|regras|diretrizes|configuracao|texto) (?:do sistema|de sistema|iniciais|inicial|originais|ocultas|secretas|internas)|(?:prompt|mensagem|instrucoes|instrucao|regras|diretrizes|configuracao|texto) ${words('do|de|sistema|iniciais|inicial|originais|ocultas|secretas|internas', 2)}que (?:voce )?recebeu)${END}`),
  sig('persona_pt', 0.3, 'partir|agora|voce|finja|aja|atue|responda|faca|interprete',
    `${START}(?:a partir de agora,? (?:voce|tu) (?:e|sera|es)|agora (?:voce|tu) (?:e|es)|voce e agora|finja (?:ser|que (?:voce )?e)|aja como|atue como|responda como|faca o papel de|interprete o papel de)`),
  sig('no_restrictions_pt', 0.45, 'sem',
    `${START}sem (?:nenhuma |nenhum |qualquer )?(?:restricao|restricoes|filtro|filtros|censura|limite|limites|regra|regras|etica|moral)${END}(?! (?:de|em|para|sobre|com|no|na)${END})`),
  sig('no_restrictions_pt', 0.5, 'tem|tens|possui|segue',
    `${START}(?:que )?nao (?:tem|tens|possui|segue|respeita) (?:nenhuma |nenhum |qualquer )?(?:restricao|restricoes|regra|regras|limite|limites|filtro|filtros|censura|etica|moral)${END}`),
  sig('prompt_extraction_it', 0.85, 'mostr|rivel|stampa|dimmi|scriv|ripet|copi|condividi|tradu|riassum|qual',
    `${START}(?:mostra|mostrami|rivela|rivelami|stampa|dimmi|scrivi|ripeti|copia|condividi|traduci|riassumi|qual e|quali sono) ${anyWords(6)}(?:(?:tuo|tua|tuoi|tue) (?:prompt|messaggio|istruzioni|regole|configurazione|testo) (?:di sistema|del sistema|iniziali|iniziale|originali|nascoste|segrete|interne)|(?:prompt|messaggio|istruzioni|regole|configurazione|testo) ${words('di|del|sistema|iniziali|iniziale|originali|nascoste|segrete|interne', 2)}(?:che hai ricevuto|che ti (?:e stato|sono state) dat[oaie]|ricevute|ricevuto))${END}`),
  sig('persona_it', 0.3, 'adesso|ora|fingi|comportati|agisci|interpreta|rispondi|finta',
    `${START}(?:da (?:adesso|ora) in poi,? (?:sei|tu sei|sarai)|d'ora in poi,? (?:sei|sarai)|ora sei|adesso sei|sei ora|fingi di essere|comportati come|agisci come|interpreta|rispondi come|fai finta di essere)`),
  sig('no_restrictions_it', 0.45, 'senza',
    `${START}senza (?:alcun |alcuna |nessun |nessuna |qualsiasi )?(?:limite|limiti|restrizione|restrizioni|filtro|filtri|censura|censure|regola|regole|etica|morale|vincolo|vincoli)(?: etic[oaie]| moral[ie])?${END}(?! (?:di|su|per|in|a|al)${END})`),
  sig('override_it', 0.9, 'ignor|dimentic|trascur|seguire|rispettare|smetti|lascia|metti|aggira',
    `${START}(?:ignora|ignorare|ignorate|dimentica|dimenticare|dimenticate|trascura|non seguire piu|non rispettare piu|smetti di seguire|lascia perdere|metti da parte|aggira) ${words('tutte|tutti|le|gli|i|tue|tuoi|sue|suoi|di|del|quelle|ogni|qualsiasi|la|il', 3)}(?:istruzioni|regole|direttive|indicazioni|linee guida|restrizioni|limitazioni|vincoli|filtri|politiche|impostazioni) (?:precedenti|anteriori|di sistema|del sistema|iniziali|originali|ricevute|dello sviluppatore|degli sviluppatori|di sicurezza|che ti sono state date)${END}`),
  sig('exfiltration', 0.45, 'invia|manda|inoltra|condividi|pubblica|carica',
    `${START}(?:inviami|invia|mandami|manda|inoltra|condividi|pubblica|carica) ${anyWords(3)}(?:la |le |i |tutte le |tutti i )?(?:cronologia|conversazione|conversazioni|password|credenziali|chiavi api|dati dell'utente|dati personali|email|contatti)${END}`),
];

const broadRussian: InjectionSignature[] = [
  sig('prompt_extraction_ru', 0.85, 'покажи|раскрой|выведи|напиши|повтори|расскажи|сообщи|скопируй|переведи|перескажи|процитируй|дай',
    `${START}(?:покажи|покажите|раскрой|раскройте|выведи|выведите|напиши|напишите|повтори|повторите|расскажи|сообщи|скопируй|переведи|перескажи|процитируй|дай) ${anyWords(5)}(?:системный промпт|системный запрос|системные инструкции|системное сообщение|исходные инструкции|исходный промпт|скрытые инструкции|начальные инструкции|первоначальные инструкции|свои инструкции|твои инструкции|свой промпт|твой промпт)${END}`),
  sig('persona_ru', 0.3, 'этого|теперь|отныне|представь|притворись|веди|играй',
    `${START}(?:с этого момента,? ты|теперь ты|ты теперь|отныне ты|представь,? что ты|представь,? что у тебя|притворись,? что ты|притворись|веди себя как|играй роль)`),
  sig('no_restrictions_ru', 0.45, 'без|нет',
    `${START}(?:без|нет) (?:каких-либо |каких либо |всяких |любых |никаких )?(?:ограничений|цензуры|фильтров|правил|запретов|морали|этики)${END}`),
  sig('no_restrictions_ru', 0.55, 'тебя|вас',
    `${START}у (?:тебя|вас) (?:больше )?нет (?:никаких |каких-либо |каких либо )?(?:ограничений|фильтров|правил|цензуры|запретов)${END}`),
];

// CJK: no word boundaries; clauses bounded by punctuation
const ZH_NO_LIMITS = `(?:没有|沒有|不受|无|無|去掉|去除|解除)(?:任何)?(?:的)?(?:道德|伦理|倫理|安全|内容|內容)?(?:上的)?(?:限制|约束|約束|审查|審查|过滤|過濾|规则|規則|底线|底線)`;
/** What the addresses of the Chinese exfiltration rule begin with (an e-mail's name, "http", "www"); each has an "@", ":" or "." within 64 characters. */
const ADDRESS_FIRST = 'a-z0-9._%+-';
const broadCjk: InjectionSignature[] = [
  sig('persona_zh', 0.3, '你现在|你現在|从现在|從現在|现在你|現在你|扮演|假装|假裝|你是一|充当|充當|模拟|模擬',
    `(?:你现在是|你現在是|从现在(?:开始|起)[，,]?你|從現在(?:開始|起)[，,]?你|现在你是|現在你是|扮演|假装|假裝|你是一个|你是一個|充当|充當|模拟|模擬)`),
  sig('no_restrictions_zh', 0.45, '没有|沒有|不受|无|無|去掉|去除|解除', ZH_NO_LIMITS),
  sig('jailbreak_mode_zh', 0.35, '模式', `(?:开发者|開發者|调试|調試|管理员|管理員|上帝|越狱|越獄)模式`),
  sig('no_restrictions_zh', 0.6, '关闭|關閉|禁用|解除|取消|绕过|繞過|停用|去掉',
    `(?:关闭|關閉|禁用|解除|取消|绕过|繞過|停用|去掉)(?:所有|全部|一切)?(?:的)?(?:安全|内容|內容)?(?:过滤|過濾|限制|审查|審查|防护|防護|规则|規則|护栏|護欄)`),
  sig('prompt_extraction_zh', 0.85, '把|将|將',
    `(?:把|将|將)${clause(16)}(?:系统提示词?|系統提示詞?|系统指令|系統指令|初始指令|原始指令|隐藏指令|隱藏指令|提示词|提示詞|系统消息|系統訊息|系统设定|系統設定)${clause(12)}(?:显示|顯示|输出|輸出|告诉|告訴|打印|说出|說出|发给|發給|发送|發送|写出|寫出|复制|複製|给我|給我|贴出|貼出)`),
  sig('addressed_instruction', 0.55, 'ai|人工智能|模型|助手|机器人|機器人',
    `(?:给|給|致|对|對)(?:ai|人工智能|模型|助手|机器人|機器人|语言模型|語言模型)(?:助手)?的?(?:提示|指令|说明|說明|消息|訊息|注意|备注|備註)`),
  // (expectWithin: a start fails in one read where no verb, or no address or its "@", ":" or ".", begins within the reach of the runs)
  sig('exfiltration', 0.7, '发送|發送|发给|發給|转发|轉發|上传|上傳',
    `(?:联系人|聯絡人|通讯录|通訊錄|密码|密碼|对话|對話|聊天记录|聊天記錄|邮件|郵件|用户数据|用戶數據|个人信息|個人信息|凭证|憑證)${expectWithin('发發转轉上', 21)}${expectWithin(ADDRESS_FIRST, 30)}${expectWithin('@:.', 94)}${clause(20)}(?:发送|發送|发给|發給|转发|轉發|上传|上傳)(?:到|至|给|給)?${clause(6)}(?:[a-z0-9._%+-]{1,64}@|https?:|www\\.)`,
    `(?:发送|發送|发给|發給|转发|轉發|上传|上傳)${expectWithin('联聯通密对對聊邮郵用个個', 13)}${expectWithin(ADDRESS_FIRST, 29)}${expectWithin('@:.', 94)}${clause(12)}(?:联系人|聯絡人|通讯录|通訊錄|密码|密碼|对话|對話|聊天记录|聊天記錄|邮件|郵件|用户数据|用戶數據|个人信息|個人信息)${clause(12)}(?:[a-z0-9._%+-]{1,64}@|https?:|www\\.)`),
  sig('prompt_extraction_ja', 0.85, 'プロンプト|指示|メッセージ',
    `(?:システムプロンプト|初期プロンプト|システム指示|最初の指示|隠された指示|システムメッセージ|内部指示|設定された指示)${clause(12)}(?:表示|教えて|見せて|出力|開示|書き出|繰り返|共有|送って|貼り付け|翻訳)`),
  sig('persona_ja', 0.3, 'あなたは|君は|お前は', `(?:今から|これから|以後|以降|ここから)[、,]?(?:あなた|君|お前)は`),
  sig('no_restrictions_ja', 0.45, 'ルール|規則|制限|制約|フィルター|フィルタ|倫理|道徳|ガイドライン|ポリシー|検閲',
    `(?:どんな|いかなる|一切の|何の|あらゆる)(?:ルール|規則|制限|制約|フィルター|フィルタ|倫理|道徳|ガイドライン|ポリシー|検閲)(?:に|にも|も|は|が)?(?:縛られ|従わ|ない|ありません|なし)`),
  sig('no_restrictions_ja', 0.6, 'ない|無い',
    `(?:制限|制約|フィルター|ルール|検閲|倫理)の(?:ない|無い)(?:ai|アシスタント|モデル|チャットボット|人工知能)`),
  sig('jailbreak_mode_ja', 0.35, 'モード', `(?:開発者|デバッグ|管理者|ゴッド|脱獄)モード`),
  sig('no_restrictions_ja', 0.6, '解除|無効|オフ|外して|取り除|切って',
    `(?:安全|セーフティ|コンテンツ)?(?:フィルター|フィルタ|制限|制約|ガードレール|検閲)(?:を|は)?(?:すべて|全て)?(?:解除|無効|オフ|外して|取り除|切って)`),
  sig('prompt_extraction_ko', 0.85, '프롬프트|지시',
    String.raw`(?:시스템\s?프롬프트|초기\s?지시|시스템\s?지시|숨겨진\s?지시|시스템\s?메시지)(?:를|을)?[^.!?\n]{0,12}(?:보여|알려|출력|공개|말해|복사|번역)`),
  sig('persona_ko', 0.3, '지금부터|이제부터|이제', String.raw`(?:지금부터|이제부터|이제)\s?(?:너는|당신은|넌)`),
  sig('no_restrictions_ko', 0.5, '제한|제약|규칙|필터|검열|윤리',
    String.raw`(?:아무|어떤|모든)?\s?(?:제한|제약|규칙|필터|검열|윤리)(?:이|가|도|은|는)?\s?(?:없는|없어|없다|없습니다|없음)`),
  sig('override_ko', 0.7, '규칙|지시|지침|제한|명령',
    String.raw`(?:규칙|지시|지침|제한|명령)(?:은|는|을|를|들은|들을)?\s?(?:신경\s?쓰지\s?마|무시해|무시하고|잊어|따르지\s?마)`),
  // a jailbreak persona named in quotes in any language: 「DAN」, « DAN », "DAN"
  sig('persona', 0.5, 'dan|stan|dude|aim|betterdan',
    String.raw`[「『"'“«]\s?(?:dan|stan|dude|betterdan|anti-dan)\s?[」』"'”»](?!\s?(?:jailbreaks?|prompts?|attacks?|exploits?|meme|style|method|technique)(?![a-z]))`),
];

export const broadInternational: readonly InjectionSignature[] = [...broadSpanish, ...broadFrench, ...broadGerman, ...broadRomance, ...broadRussian, ...broadCjk];

export const international: readonly InjectionSignature[] = [...spanish, ...french, ...german, ...romance, ...russian, ...cjk, ...broadInternational];
