// Signatures in languages ./signatures-intl.ts does not cover: Polish, Turkish, Arabic, Hindi, Vietnamese,
// Indonesian/Malay, Swedish/Danish/Norwegian and Ukrainian, and the "note to the AI:" shape of planted
// instructions in Portuguese, Italian, Dutch, Russian, Japanese, Korean and Chinese. Per language the
// families that carry most attacks, in the shapes of the English rules:
//   override        a verb of disregard aimed at instructions/rules the text marks as the model's
//                   ("previous", "all", "your", "system"), never a bare "ignore"   (0.85–0.9)
//   no_restrictions "you have no rules any more" (0.85); "without censorship" alone is a cue (0.45)
//   jailbreak_mode  "developer mode" is a cue (0.35); "mode without restrictions" is not (0.8)
//   addressed_instruction  a note, message or order headed to the AI and followed by a colon, the way
//                   text planted in a mail or page speaks to the model that will read it (0.55)
//   prompt_extraction  a verb of showing with the system prompt / hidden instructions named (0.85)
// Patterns are written in the language's own letters: sig() folds them exactly like the text
// (accents and combining marks dropped, Cyrillic look-alikes made Latin).
import { alt, anyWords, END, sig, START, words, type InjectionSignature } from './dsl.js';

/** A colon closing a short heading ("Note for the AI assistant reading this:"), within `max` characters and no clause break. */
const HEAD_END = (max: number): string => `[^:\\n.,;!?。،]{0,${max}}:`;
/**
 * After "you have no rules/limits": the claim stands alone (a sentence end, "any more", "and …"), not
 * a quota ("no limits on storage"), which would be followed by a preposition or a noun.
 */
const CLAIM_END = (more: string): string => `(?= ?(?:${more}|[,.;:!?\\n]|$))`;

// ---------------------------------------------------------------- Polish
const PL_OBJ = alt(`instrukcje|instrukcji|instrukcjami|polecenia|polecen|zasady|zasad|reguły|reguł|wytyczne|wytycznych|ograniczenia|ograniczen|prompt|promptu|ustawienia|ustawien`);
const PL_MARK = alt(`wszystkie|wszystkich|swoje|swoich|twoje|twoich|poprzednie|poprzednich|wczesniejsze|wczesniejszych|dotychczasowe|dotychczasowych|otrzymane|systemowe|systemowych|pierwotne`);
const polish: InjectionSignature[] = [
  sig('override_pl', 0.9, 'zignoruj|ignoruj|zapomnij|pomin|nie stosuj|przestan|nie przestrzegaj|odrzuc|nie słuchaj',
    `${START}(?:zignoruj|zignorujcie|ignoruj|zapomnij o|zapomnij|pomin|nie stosuj sie do|przestan (?:przestrzegac|stosowac sie do|słuchac|wykonywac)|nie przestrzegaj|odrzuc|nie słuchaj) ${words('juz|teraz|prosze|po prostu|calkowicie|o|te|tych|i', 2)}${PL_MARK} ${words('swoje|swoich|twoje|twoich|poprzednie|poprzednich|wczesniejsze|wczesniejszych|systemowe|otrzymane|ci|dane|podane', 2)}${PL_OBJ}${END}`),
  sig('no_restrictions_pl', 0.85, 'nie obowiazuj|nie masz',
    `${START}(?:nie obowiazuja cie|nie obowiazuja was|nie masz|nie macie) ${words('juz|teraz|zadne|zadnych|jakiekolwiek|jakichkolwiek', 2)}(?:zasady|zasad|reguły|reguł|ograniczenia|ograniczen|filtry|filtrow|cenzury|wytyczne|wytycznych)${END}${CLAIM_END('juz|i|wiec|teraz|odpowiadaj')}`),
  sig('no_restrictions_pl', 0.45, 'bez', `${START}bez (?:zadnych |jakichkolwiek |zadnej )?(?:ograniczen|cenzury|filtrow)${END}`),
  sig('jailbreak_mode_pl', 0.35, 'tryb', `${START}tryb(?:ie)? (?:deweloperski|deweloperskim|dewelopera|programisty)${END}`),
  sig('jailbreak_mode_pl', 0.8, 'tryb', `${START}tryb(?:ie)? (?:bez ograniczen|bez cenzury|bez filtrow)${END}`),
  sig('addressed_instruction', 0.55, 'dla|do asystenta|do modelu|do czatbota|do chatbota|do agenta|do sztucznej',
    `${START}(?:uwaga|wiadomosc|polecenie|instrukcja|instrukcje|notatka|prosba)? ?(?:dla (?:asystenta|modelu|czatbota|chatbota|bota|agenta|sztucznej inteligencji|ai)|do (?:asystenta|modelu|czatbota|chatbota|agenta|sztucznej inteligencji))(?: ai| jezykowego)?${END}${HEAD_END(40)}`),
  sig('prompt_extraction_pl', 0.85, 'systemow|ukryt',
    `${START}(?:pokaz|ujawnij|wypisz|wyswietl|podaj|zdradz|napisz|powtorz) ${anyWords(4)}(?:(?:swoj|twoj|cały) )?(?:prompt systemowy|promptu systemowego|instrukcje systemowe|ukryte instrukcje|ukryty prompt|ukrytego promptu|systemowe instrukcje)${END}`),
];

// ---------------------------------------------------------------- Turkish (object before the verb)
const TR_OBJ = alt(`talimatlar|talimatlari|talimatlarini|talimatlarina|talimatlarin|komutlari|komutlarini|kurallari|kurallarini|kurallarina|kurallarin|kurallar|yonergeleri|yonergelerini|direktifleri|kisitlamalari|kisitlamalarini|sistem istemini|istemini`);
const turkish: InjectionSignature[] = [
  sig('override_tr', 0.9, 'talimat|komut|kural|yonerge|direktif|kisitlama|istem',
    `${START}(?:onceki|daha onceki|tum|butun|sana verilen|verilen|sistem|eski|mevcut|ilk) ${words('tum|butun|sana|verilen|onceki|gizli|sistem', 2)}${TR_OBJ} ${words('hemen|simdi|artik|tamamen|lutfen', 1)}(?:yok say|yok sayin|gormezden gel|gormezden gelin|unut|unutun|dikkate alma|dikkate almayin|bos ver|uyma|uymayin|uymayi birak|cigne|atla)${END}`,
    `${START}(?:talimatlarini|talimatlarina|kurallarini|kurallarina|yonergelerini|kisitlamalarini) ${words('hemen|simdi|artik|tamamen|lutfen', 1)}(?:yok say|yok sayin|gormezden gel|gormezden gelin|unut|unutun|dikkate alma|bos ver|uyma|uymayin|uymayi birak|cigne)${END}`),
  sig('no_restrictions_tr', 0.85, 'hicbir|hic bir|kural|kisitlama|sinir|filtre|sansur',
    `${START}(?:(?:artik|hicbir|hic bir) )?(?:kuralin|kurallarin|kisitlaman|kisitlamalarin|sinirin|sinirlarin|filtren|filtrelerin|sansurun|yasaklarin) (?:artik )?(?:yok|kalmadi)${END}`,
    `${START}(?:hicbir|hic bir) (?:kural|kisitlama|sinir|filtre|sansur)[a-z]{0,4} olmayan (?:bir )?(?:yapay zeka|ai|asistan|model|bot)`),
  sig('no_restrictions_tr', 0.45, 'sansursuz|kisitlama|sinirsiz|filtresiz',
    `${START}(?:sansursuz|filtresiz|kisitlama olmadan|kisitlamasiz|sinirsiz)${END}`),
  sig('jailbreak_mode_tr', 0.35, 'gelistirici', `${START}gelistirici mod[a-z]{0,6}${END}`),
  sig('addressed_instruction', 0.55, 'yapay|asistan|dil model|sohbet|modele|modeline|bota|botun|bot icin|model icin|ai icin|sayfayi|metni|e-postayi|mesaji|belgeyi|dosyayi',
    `${START}(?:yapay zeka |ai )?(?:yapay zeka|asistan|dil model|sohbet bot|bot|model|ai)(?:[a-z]{0,3}[ae]|[a-z]{0,2} icin) (?:gizli |ozel |onemli )?(?:not|mesaj|talimat|uyari|komut)(?:u|i)? ?:`,
    `${START}(?:bu )?(?:sayfayi|metni|e-postayi|mesaji|belgeyi|dosyayi) (?:okuyan|isleyen|ozetleyen) (?:yapay zeka|ai|asistan|model|bot)[a-z]{0,6} ?:`),
  sig('prompt_extraction_tr', 0.85, 'sistem|gizli',
    `${START}(?:sistem (?:istemi|istemini|mesaji|mesajini|talimatlari|talimatlarini|komutu|komutunu|promptu|promptunu)|gizli (?:talimat|istem|kural|sistem mesaj)[a-z]{0,8}) ${anyWords(3)}(?:goster|yaz|yazdir|acikla|paylas|soyle|ver|aynen|tekrarla)[a-z]{0,4}${END}`),
];

// ---------------------------------------------------------------- Arabic
const AR_OBJ = `(?:ال)?(?:تعليمات|اوامر|قواعد|ارشادات|توجيهات|قيود|ضوابط)`;
const arabic: InjectionSignature[] = [
  sig('override_ar', 0.9, 'تجاهل|انس|لا تتبع|لا تلتزم|تخط|لا تطع',
    `(?:تجاهل|تجاهلي|تجاهلوا|انس|انسى|انسي|لا تتبع|لا تلتزم ب|تخط|تخطى|لا تطع)(?:ي|وا)? (?:كل |جميع |كافة )?${AR_OBJ}(?:ك|كم)?(?: (?:السابقة|السابقه|الاصلية|الخاصة بك|التي (?:اعطيت|تلقيت|اعطيناك|لديك)|النظام))`,
    `(?:تجاهل|تجاهلي|تجاهلوا|انس|انسى|انسي|لا تتبع|لا تلتزم ب|تخط|تخطى|لا تطع)(?:ي|وا)? (?:كل |جميع |كافة )${AR_OBJ}`,
    `(?:تجاهل|تجاهلي|انس|انسى|انسي|لا تتبع|لا تلتزم ب|تخط|لا تطع) ${AR_OBJ}(?:ك|كم)(?![\\u0600-\\u06ff])`),
  sig('no_restrictions_ar', 0.85, 'ليس لديك|ليس لك|لا توجد|لا يوجد|لم يعد',
    `(?:ليس لديك|ليس لك|لم يعد لديك|لا توجد عليك|لا يوجد عليك|لا توجد لديك) (?:اي |أي )?(?:قيود|قواعد|رقابة|حدود|ضوابط|فلاتر|محظورات)(?! ?(?:على|في|بشان|بخصوص|لعدد))`),
  sig('no_restrictions_ar', 0.45, 'بدون|بلا|دون',
    `(?:بدون|بلا|دون) (?:اي |أي )?(?:قيود|رقابة|فلاتر|ضوابط)(?![\\u0600-\\u06ff])`),
  sig('jailbreak_mode_ar', 0.35, 'وضع', `وضع (?:المطور|المطورين|التطوير)`),
  sig('addressed_instruction', 0.55, 'مساعد|نموذج|ذكاء|روبوت|بوت',
    `(?:ملاحظة|رسالة|تعليمات|تنبيه|امر|اوامر) ?(?:لل|الى ال|ل)(?:مساعد|نموذج|ذكاء الاصطناعي|روبوت|بوت)${HEAD_END(40)}`,
    `(?:الى|إلى) (?:ال)?(?:مساعد|نموذج|ذكاء الاصطناعي|روبوت|بوت)${HEAD_END(40)}`),
  sig('prompt_extraction_ar', 0.85, 'موجه|تعليمات|رسالة|برومبت',
    `(?:اكشف|اعرض|اظهر|اكتب|اعطني|اطبع|شارك|كرر|انسخ)[^.\\n،]{0,25}(?:موجه النظام|تعليمات النظام|رسالة النظام|التعليمات المخفية|تعليماتك المخفية|تعليماتك السرية|برومبت النظام)`),
];

// ---------------------------------------------------------------- Hindi (vowel signs fold away: the patterns fold the same way)
const HI_OBJ = `(?:निर्देशों|निर्देश|नियमों|नियम|आदेशों|आदेश|हिदायतों|हिदायतें|पाबंदियों|प्रतिबंधों)`;
const hindi: InjectionSignature[] = [
  sig('override_hi', 0.9, 'अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल|मत मानो|मत मानना|न मानो|छोड़',
    `(?:पिछले|पहले के|पहले दिए गए|दिए गए|सभी|सारे|अपने|तुम्हारे|आपके|सिस्टम)[^।.!?\\n]{0,20}${HI_OBJ}[^।.!?\\n]{0,12}(?:अनदेखा कर|नज़रअंदाज़ कर|नजरअंदाज कर|भूल जा|भूल जाओ|भूल जाइए|मत मानो|मत मानना|न मानो|छोड़ दो)`),
  sig('no_restrictions_hi', 0.85, 'नियम|पाबंदी|प्रतिबंध|रोक|सीमा|सेंसर',
    `(?:तुम|तुम्हारे|तुम्हारी|तुम्हें|तुमपर|आप|आपके|आपकी|आपको)[^।.!?\\n]{0,20}(?:कोई|किसी भी)[^।.!?\\n]{0,8}(?:नियम|पाबंदी|प्रतिबंध|रोक|सीमा|सेंसर)[^।.!?\\n]{0,15}(?:नहीं|लागू नहीं)`),
  sig('no_restrictions_hi', 0.45, 'बिना',
    `बिना (?:किसी )?(?:भी )?(?:रोक|पाबंदी|सेंसर|प्रतिबंध|फ़िल्टर|फिल्टर)`),
  sig('jailbreak_mode_hi', 0.35, 'डेवलपर', `डेवलपर मोड`),
  sig('addressed_instruction', 0.55, 'के लिए|को',
    `(?:एआई|ai|असिस्टेंट|सहायक|मॉडल|बॉट|चैटबॉट)[^:\\n।]{0,20}(?:के लिए|को) (?:संदेश|निर्देश|नोट|सूचना|हिदायत)${HEAD_END(6)}`),
  sig('prompt_extraction_hi', 0.85, 'सिस्टम|छिपे',
    `(?:सिस्टम प्रॉम्प्ट|सिस्टम निर्देश|छिपे हुए (?:सिस्टम )?निर्देश|गुप्त निर्देश)[^।.\\n]{0,25}(?:दिखाओ|दिखाइए|बताओ|बताइए|लिखो|लिखिए|लिखकर)`),
];

// ---------------------------------------------------------------- Vietnamese (diacritics fold away)
const VI_OBJ = alt(`chỉ dẫn|hướng dẫn|chỉ thị|quy tắc|lệnh|mệnh lệnh|giới hạn|ràng buộc|lời nhắc hệ thống`);
const vietnamese: InjectionSignature[] = [
  sig('override_vi', 0.9, 'chỉ dẫn|hướng dẫn|chỉ thị|quy tắc|lệnh|mệnh lệnh|giới hạn|ràng buộc|lời nhắc',
    `${START}(?:hãy )?(?:bỏ qua|phớt lờ|lờ đi|quên hết|quên đi|quên|đừng làm theo|không tuân theo|đừng tuân theo|bỏ ngoài tai) ${words('hết|tất cả|mọi|toàn bộ|các|những|này|đi', 3)}${VI_OBJ} ${words('mà|của bạn|bạn|đã|được', 2)}(?:trước đó|trước đây|trước|ban đầu|hệ thống|của bạn|được giao|đã nhận|được đưa ra)${END}`,
    `${START}(?:hãy )?(?:bỏ qua|phớt lờ|lờ đi|quên hết|quên|đừng làm theo|không tuân theo) (?:tất cả|mọi|toàn bộ) ${words('các|những', 1)}${VI_OBJ}${END}`),
  sig('no_restrictions_vi', 0.85, 'không',
    `${START}bạn ${anyWords(4)}không (?:còn )?(?:có )?(?:bất kỳ |bất cứ |một )?(?:quy tắc|giới hạn|hạn chế|ràng buộc|kiểm duyệt|bộ lọc)${END}${CLAIM_END('nào|nữa|gì|cả|và|hãy')}`),
  sig('no_restrictions_vi', 0.45, 'không', `${START}không (?:có )?(?:kiểm duyệt|bộ lọc|giới hạn nào|ràng buộc nào)${END}`),
  sig('jailbreak_mode_vi', 0.35, 'chế độ', `${START}chế độ (?:nhà phát triển|developer)${END}`),
  sig('jailbreak_mode_vi', 0.8, 'chế độ', `${START}chế độ (?:không giới hạn|không kiểm duyệt|không bộ lọc)${END}`),
  sig('addressed_instruction', 0.55, 'cho|tới|đến|gửi',
    `${START}(?:lời nhắn|tin nhắn|ghi chú|chỉ thị|lưu ý|thông báo|yêu cầu)? ?(?:cho|tới|đến|gửi) (?:trợ lý|mô hình|ai|chatbot|bot)(?: ai| ảo| ngôn ngữ)?${END}${HEAD_END(40)}`),
  sig('prompt_extraction_vi', 0.85, 'hệ thống|chỉ dẫn|hướng dẫn',
    `${START}(?:tiết lộ|cho tôi xem|cho xem|in ra|hiển thị|viết ra|cho biết|lặp lại) ${anyWords(5)}(?:lời nhắc hệ thống|chỉ dẫn hệ thống|hướng dẫn hệ thống|prompt hệ thống|chỉ thị hệ thống|chỉ dẫn ẩn|hướng dẫn ẩn)${END}`),
];

// ---------------------------------------------------------------- Indonesian and Malay
const ID_OBJ = `(?:instruksi|perintah|aturan|arahan|petunjuk|pedoman|batasan|peraturan|gesaan)(?:mu|nya)?`;
const indonesian: InjectionSignature[] = [
  sig('override_id', 0.9, 'abaikan|lupakan|acuhkan|jangan ikuti|jangan patuhi|berhenti mengikuti|hiraukan|tidak perlu mengikuti',
    `${START}(?:abaikan|lupakan|acuhkan|jangan ikuti|jangan patuhi|berhenti mengikuti|tidak perlu mengikuti|jangan hiraukan) ${words('saja|sekarang|semua|seluruh|segala|yang', 2)}${ID_OBJ} ${words('yang|telah|sudah|kamu|anda|terima|diberikan|kepadamu', 3)}(?:sebelumnya|sebelum ini|awal|sistem|kamu|anda|diberikan|terdahulu)${END}`,
    `${START}(?:abaikan|lupakan|acuhkan|jangan ikuti|jangan patuhi|berhenti mengikuti) (?:semua|seluruh|segala) ${ID_OBJ}${END}`,
    `${START}(?:abaikan|lupakan|acuhkan|jangan ikuti|jangan patuhi|berhenti mengikuti) (?:instruksi|perintah|aturan|arahan|batasan)mu${END}`),
  sig('no_restrictions_id', 0.85, 'kamu|anda|engkau|kau',
    `${START}(?:kamu|anda|engkau|kau) ${words('sekarang|kini|sudah|lagi', 1)}(?:tidak|tak) (?:lagi )?(?:punya|memiliki|mempunyai|terikat) ${words('lagi|apa pun|apapun|satu pun', 1)}(?:aturan|batasan|filter|sensor|larangan|peraturan)${END}${CLAIM_END('lagi|apa ?pun|sama sekali|dan|jadi|sekarang')}`),
  sig('no_restrictions_id', 0.45, 'tanpa', `${START}tanpa (?:batasan|sensor|filter|tapisan|aturan)(?: apa ?pun)?${END}`),
  sig('jailbreak_mode_id', 0.35, 'mode pengembang|mode developer', `${START}mode (?:pengembang|developer)${END}`),
  sig('addressed_instruction', 0.55, 'untuk|kepada|bagi',
    `${START}(?:catatan|pesan|instruksi|perintah|arahan)? ?(?:untuk|kepada|bagi) (?:asisten|model|ai|chatbot|bot|agen)(?: ai| virtual| bahasa)?${END}${HEAD_END(40)}`),
  sig('prompt_extraction_id', 0.85, 'tampilkan|tunjukkan|ungkapkan|tuliskan|bocorkan|berikan|cetak|dedahkan|perlihatkan',
    `${START}(?:tampilkan|tunjukkan|ungkapkan|tuliskan|bocorkan|berikan|cetak|dedahkan|perlihatkan|ulangi) ${anyWords(4)}(?:prompt sistem|instruksi sistem|perintah sistem|instruksi rahasia|instruksi tersembunyi|gesaan sistem|arahan sistem)${END}`),
];

// ---------------------------------------------------------------- Swedish, Danish, Norwegian
const SCANDI_OBJ = alt(`instruktioner|instruktionerna|instruksjoner|instruksjonene|instruktionerne|regler|reglerna|reglene|reglerne|riktlinjer|retningslinjer|direktiv|begransningar|begrensninger|begrænsninger|systemprompt|systemprompten`);
const scandinavian: InjectionSignature[] = [
  sig('override_sv', 0.9, 'ignorera|ignorer|glom|glem|strunta|bortse|se bort|sluta folja|folj inte|følg ikke|bry dig inte',
    `${START}(?:ignorera|ignorer|glom|glem|strunta i|bortse fran|se bort fra|sluta folja|folj inte|følg ikke|bry dig inte om) ${words('bara|nu|helt|alla|alle|de|dem|dina|dine|dine egne|dina egna', 2)}(?:alla|alle|dina|dine|tidigare|tidligere|foregaende|forrige|ursprungliga|opprinnelige|oprindelige|givna|gitte|tidligere givne) ${words('tidigare|tidligere|foregaende|ursprungliga|dina|dine|givna', 2)}${SCANDI_OBJ}${END}`),
  sig('no_restrictions_sv', 0.85, 'du har|du er|du ar',
    `${START}du (?:har|er|ar) ${words('nu|numera|inte|ikke|langre|lenger|lengre', 2)}(?:inga|ingen|inte nagra|ikke nogen|ikke noen|fri fran|fri fra) (?:regler|begransningar|begrensninger|begrænsninger|sparrar|filter|restriktioner|restriksjoner)${END}${CLAIM_END('langre|lenger|lengre|laengere|kvar|och|og|sa|nu|alls')}`),
  sig('no_restrictions_sv', 0.45, 'utan|uden|uten', `${START}(?:utan|uden|uten) (?:nagra |nogen |noen )?(?:begransningar|begrensninger|begrænsninger|censur|sensur|filter|sparrar)${END}`),
  sig('jailbreak_mode_sv', 0.35, 'utvecklarlage|udviklertilstand|utviklermodus', `${START}(?:utvecklarlage|udviklertilstand|utviklermodus)${END}`),
  sig('addressed_instruction', 0.55, 'till ai|til ai|assistenten|sprakmodell|modellen|chattbot|chatbotten|boten',
    `${START}(?:meddelande|instruktion|notering|anteckning|obs|besked|beskjed)? ?(?:till|til) (?:ai-assistenten|ai-assistent|ai|ai:n|assistenten|sprakmodellen|modellen|chattbotten|chatbotten|boten)${END}${HEAD_END(40)}`),
  sig('prompt_extraction_sv', 0.85, 'systemprompt|systeminstruk|dolda|skjulte|ursprungliga',
    `${START}(?:visa|vis|avsloja|afslør|avslør|skriv ut|skriv|berätta|fortell|fortæl|aterge|upprepa|gjenta|gentag) ${anyWords(4)}(?:systemprompt|systemprompten|systeminstruktioner|systeminstruksjoner|dolda instruktioner|skjulte instruktioner|skjulte instruksjoner|ursprungliga instruktioner)${END}`),
];

// ---------------------------------------------------------------- Ukrainian (and the Russian "for the AI:" note)
const ukrainian: InjectionSignature[] = [
  sig('override_uk', 0.9, 'ігнор|проігнор|забудь|забудьте|не зважай|не зважайте|не виконуй|не дотримуйся|відкинь',
    `${START}(?:ігноруй|ігноруйте|проігноруй|проігноруйте|забудь|забудьте|не зважай на|не зважайте на|не виконуй|не дотримуйся|відкинь) ${words('усі|всі|свої|твої|ваші|попередні|колишні|системні|отримані|надані|ці|раніше|тобі|вам|будь-які', 4)}(?:інструкції|інструкцій|вказівки|вказівок|правила|правил|команди|команд|обмеження|обмежень|налаштування|промпт|настанови)${END}`),
  sig('no_restrictions_uk', 0.85, 'немає',
    `${START}(?:у|в) (?:тебе|вас) (?:більше )?немає (?:жодних |ніяких |будь-яких )?(?:правил|обмежень|фільтрів|цензури|заборон)${END}${CLAIM_END('і|та|тому|більше|відтепер')}`),
  sig('no_restrictions_uk', 0.45, 'без', `${START}без (?:жодних |будь-яких |ніяких )?(?:обмежень|цензури|фільтрів)${END}`),
  sig('jailbreak_mode_uk', 0.35, 'режим', `${START}режим(?:і)? розробника${END}`),
  sig('addressed_instruction', 0.55, 'для|до|асистент|моделі|бот',
    `${START}(?:примітка|повідомлення|інструкція|вказівка|увага|нотатка|прохання)? ?(?:для|до) (?:ші|ai|асистента|асистент|моделі|мовної моделі|бота|чат-бота|агента)(?:-асистента)?${END}${HEAD_END(40)}`,
    `${START}(?:моделі|асистенту|ші|боту),? (?:яка|який|що) (?:читає|обробляє|аналізує)`),
  sig('prompt_extraction_uk', 0.85, 'покажи|розкрий|виведи|напиши|повтори|перекажи',
    `${START}(?:покажи|покажіть|розкрий|розкрийте|виведи|виведіть|напиши|повтори|перекажи) ${anyWords(5)}(?:системний промпт|системні інструкції|приховані інструкції|приховані налаштування|свій промпт|твій промпт)${END}`),
  sig('addressed_instruction', 0.55, 'для|ии|ассистент|модели|бот|нейросети|агент',
    `${START}(?:примечание|сообщение|инструкция|указание|внимание|заметка)? ?(?:для|к) (?:ии|ai|ассистента|модели|языковой модели|бота|чат-бота|нейросети|агента)(?:-ассистента)?${END}${HEAD_END(40)}`),
];

// ---------------------------------------------------------------- "note for the AI:" in Portuguese, Italian, Dutch, Japanese, Korean, Chinese
const notes: InjectionSignature[] = [
  sig('addressed_instruction', 0.55, 'assistente|ia|modelo|agente',
    `${START}(?:nota|mensagem|instrucao|instrucoes|aviso|atencao|recado)? ?(?:para (?:o |a )?|ao )(?:assistente|ia|modelo|agente)(?: de ia| virtual| ia)?${END}${HEAD_END(40)}`),
  sig('addressed_instruction', 0.55, 'assistente|ia|modello|agente',
    `${START}(?:nota|messaggio|istruzioni|istruzione|avviso|attenzione)? ?(?:per|all'|al|alla) ?(?:l'|il |la )?(?:assistente|ia|modello|agente)(?: ia| virtuale| di ia)?${END}${HEAD_END(40)}`),
  sig('addressed_instruction', 0.55, 'voor|aan',
    `${START}(?:notitie|bericht|instructie|instructies|let op|opmerking)? ?(?:voor|aan) (?:de )?(?:ai-assistent|assistent|ai|taalmodel|model|chatbot|bot)${END}${HEAD_END(40)}`),
  sig('addressed_instruction', 0.55, 'aiへ|aiに|アシスタント|モデル|チャットボット|ボット|人工知能',
    String.raw`(?:ai|アシスタント|モデル|チャットボット|ボット|人工知能)(?:アシスタント)?(?:へ|に)(?:の(?:メモ|メッセージ|指示|注意|お願い|伝言))?\s?:`),
  sig('addressed_instruction', 0.55, '에게|께',
    String.raw`(?:ai|비서|어시스턴트|모델|챗봇)\s?(?:에게|께)[^:\n]{0,12}:`),
  sig('addressed_instruction', 0.55, '致|给|給',
    String.raw`(?:致|给|給)[^:\n。]{0,12}(?:ai|人工智能|模型|助手|机器人|機器人)(?:助手)?\s?:`),
];

// ---------------------------------------------------------------- override alone in more languages (the commonest attack, least vetted wording: 0.85)
const fewer: InjectionSignature[] = [
  sig('override_cs', 0.85, 'ignoruj|zapomeň|nedbej|nedodržuj|nerespektuj',
    `${START}(?:ignoruj|ignorujte|zapomeň na|zapomeňte na|nedbej na|nedodržuj|nerespektuj) ${words('všechny|veškeré|své|svoje|tvé|předchozí|dřívější|původní|systémové|dosavadní', 3)}(?:pokyny|instrukce|pravidla|příkazy|omezení)${END}`),
  sig('override_ro', 0.85, 'ignora|uita|nu mai respecta',
    `${START}(?:ignoră|ignorați|uită|uitați|nu mai respecta) ${words('toate|toți|complet', 1)}(?:instrucțiunile|regulile|indicațiile|comenzile|restricțiile) (?:tale|anterioare|precedente|de sistem|inițiale|primite)${END}`),
  sig('override_el', 0.85, 'αγνόη|ξέχα|αγνοή',
    `${START}(?:αγνόησε|αγνοήστε|ξέχασε|ξεχάστε) ${words('όλες|όλους|όλα|τις|τους|τα|προηγούμενες|προηγούμενους|σου|αρχικές', 4)}(?:οδηγίες|εντολές|κανόνες|περιορισμούς)${END}`),
  sig('override_he', 0.85, 'התעלם|שכח|אל תציית',
    `(?:התעלם|התעלמי|התעלמו|שכח|שכחי|אל תציית ל)[^.\n]{0,12}(?:ההוראות|ההנחיות|הכללים|הפקודות|ההגבלות) (?:הקודמות|הקודמים|שלך|המקוריות|הקודמת)`),
  sig('override_fa', 0.85, 'نادیده|فراموش|کنار بگذار',
    `(?:دستورها|دستورات|دستورالعمل|قوانین|قواعد|محدودیت)[^.\n]{0,25}(?:قبلی|پیشین|خود|ت)[^.\n]{0,10}(?:نادیده بگیر|فراموش کن|کنار بگذار)`),
  sig('override_fi', 0.85, 'ohita|unohda|jätä|älä noudata',
    `${START}(?:ohita|unohda|jätä huomiotta|älä noudata) ${words('kaikki|aiemmat|aikaisemmat|edelliset|omat|alkuperäiset', 3)}(?:ohjeet|ohjeesi|säännöt|sääntösi|käskyt|rajoitukset|rajoituksesi)${END}`),
  sig('override_hu', 0.85, 'hagyd|felejtsd|ne vedd|ne kövesd',
    `${START}(?:hagyd figyelmen kívül|felejtsd el|ne vedd figyelembe|ne kövesd) ${words('az|a|összes|minden|korábbi|előző|eddigi|kapott', 4)}(?:utasítást|utasításokat|utasításaidat|szabályokat|szabályaidat|parancsokat|korlátozásokat)${END}`),
  sig('override_sw', 0.85, 'puuza|sahau|usifuate',
    `${START}(?:puuza|sahau|usifuate) (?:maagizo|maelekezo|sheria|amri) ${words('yote|zote', 1)}(?:ya awali|yaliyotangulia|yako|ya mfumo|za awali|zako)${END}`),
  sig('override_th', 0.85, 'สนใจ|เพิกเฉย|ลืม',
    `(?:ไม่ต้องสนใจ|เพิกเฉยต่อ|เพิกเฉย|ลืม)[^\n]{0,8}(?:คำสั่ง|คำแนะนำ|กฎ)[^\n]{0,8}(?:ก่อนหน้า|เดิม|ทั้งหมด)`),
];

export const moreInternational: readonly InjectionSignature[] = [...polish, ...turkish, ...arabic, ...hindi, ...vietnamese, ...indonesian, ...scandinavian, ...ukrainian, ...notes, ...fewer];
