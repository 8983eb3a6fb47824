"""Red flags as concepts that occur together, not as fixed sentences.

The rules in `host.safety.rules` were written from phrasings; people say the same thing in words
nobody wrote down ("nothing but water and black coffee until then", "did the usual and got rid
of it after. throat's raw"). A `Concept` names the parts of a red flag as sets of words (a
restriction word, a drink, a span of days) and fires when every part occurs, not negated,
within a window of tokens of the first, in any order. Each concept has its own exclusions
(`unless`, looked for in the whole message: pre-operative fasting is not restriction, food
poisoning is not purging).

The same sets are written for the five other languages the guard reads (es, fr, de, pt, it),
over normalised text: no accents, and doubled letters may be squeezed ("hatte" -> "hate").
"""

from __future__ import annotations

from attrs import evolve, frozen

from host.safety import lexicon as lx
from host.safety.findings import Facts, Finding, Limits, live_hits
from host.safety.lexicon import COLLAPSE_EVERYDAY, FAINT_NOT
from host.safety.text import NEGATORS, Hit, Text

# --- the word sets ---------------------------------------------------------------------------------

_ONLY = (
    r"nothing but|only|just|nothing except|nothing other than|nothing apart from|no food(?: just| only)?|not eating(?: anything)?(?: but| except)?|"
    r"nothing else|sonst nichts|rien d autre|nada mas|nada mais|nient altro|living on|live on|surviving on|survive on|existing on|"
    r"nur|nichts als|nichts au?er|seulement|uniquement|rien que|que de l|que de|solo|solamente|nada mas que|nada salvo|apenas|somente|nada alem de|soltanto|niente tranne|nient altro che|"
    # Portuguese "só" loses its accent and reads "so": only before a verb of drinking or eating
    r"so (?:bebendo|tomando|comendo|a base de)|a base de|tylko|nic poza|nic oprocz"
)
_DRINKS = (
    r"water|black coffee|coffee|tea|green tea|herbal tea|diet coke|diet soda|coke zero|pepsi max|zero drinks?|liquids|fluids|broth|juice|juices|"
    r"lemon water|electrolytes|sparkling water|fizzy water|zero coke|diet pepsi|energy drinks?|"
    r"wa?s+er|kaf+e+|eau|leau|cafe|bouillon|agua|caldo|liquidos|acqua|brodo|liquidi|"
    r"wode|woda|wody|kawe|kawa|herbate|herbata|soki|soku|cha|chas|suco|sucos|infusao|infusoes|tisane|tisana|infusiones"
)
_SPAN = (
    r"(?:until|till|til|untill|up until)(?! (?:non|my (?:run|workout|session|race|ride|first meal|class|swim)|noon|lunch|lunchtime|midday|dinner|breakfast|the afternoon|the evening|evening|\d|one|two|three|four|five|six|my first meal|i break|i eat|my window|after my (?:run|workout|session)))|for (?:a |the )?(?:\d+|two|three|four|five|six|seven|ten|twelve|fourteen|a few|several|couple of|the next \w+) (?:days?|weeks?)|"
    r"all week|the whole week|the next (?:week|few days|\d+ days)|for days|days now|a week now|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|the weekend)|"
    r"(?:\d+|two|three|four|five|six|seven|ten) days (?:now|straight|in a row|so far)|before (?:the|my) (?:wedding|holiday|trip|party|event|shoot|prom|reunion|weigh in)|"
    r"(?:\d+|two|three|four|five|six) days (?:a|per|every) week (?:of|i (?:have|drink|eat|do|go on|live on))|"
    r"seit|depuis|desde|bis|tage|tagen|wochen|jusqu\w*|jours|semaines|hasta|dias|semanas|(?:uma|una|faz|hace|ha) semana|ate|fino a|fino al|giorni|settimane|"
    r"dni|dnia|tydzien|tygodni\w*|od (?:\w+ )?dni|od (?:poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|wczoraj|przedwczoraj|kilku dni|tygodnia|weekendu)"
)
# Fasting a doctor asked for, or a religious fast, is not restriction; nor is a race-day drink.
_RESTRICTION_NOT = (
    r"cutting out|cut out|cutting down|giving up|fizzy|sugary drinks|soda|alcohol|surgery|operation|op|procedure|colonoscopy|endoscopy|anaesthetic|anesthetic|blood tests?|scan|nil by mouth|ramadan|lent|yom kippur|"
    r"during (?:the |my )?(?:run|race|ride|session|workout|class)|to drink|hydrat\w*|on the bike|in my bottle|instead of (?:soda|beer|wine|alcohol|sugary)"
)

_PURGE = (
    r"got rid of (?:it|them|everything|the lot|dinner|lunch|breakfast|that)|get rid of (?:it|them|everything|the lot|dinner|lunch|breakfast|that)|"
    r"getting rid of (?:it|them|everything|the lot)|bring (?:it|them|everything) (?:back )?up|brought (?:it|them|everything) (?:back )?up|bringing (?:it|them|everything) (?:back )?up|"
    r"make myself (?:sick|throw up|vomit|puke)|made myself (?:sick|throw up|vomit|puke)|making myself (?:sick|throw up|vomit|puke)|"
    r"purg\w*|fingers? down (?:my )?throat|toothbrush down|(?:get|got|getting|bring|brought|bringing) (?:it|them|everything|the food) (?:all )?(?:back )?out(?! of (?:my|your|his|her|their|the) (?:system|head|mind))|"
    r"me fais vomir|me faire vomir|je me fais vomir|ich ubergebe mich|bringe mich zum erbrechen|erbrechen|erbreche mich|"
    r"me provoco el vomito|provocar el vomito|vomitar a proposito|provoco o vomito|provocar o vomito|mi faccio vomitare|farmi vomitare|"
    # said of someone else ("una de mis nadadoras se provoca el vómito"): the concept's answer about them
    r"se provoca (?:el )?vomito|se provoca vomitos|se induce el vomito|se fait vomir|se faire vomir|bringt sich zum erbrechen|provoca (?:o )?vomito|se faz vomitar|si fa vomitare|si provoca il vomito|laat zichzelf overgeven|"
    r"(?:mezelf|mijzelf) (?:laten )?(?:overgeven|kotsen)|(?:geef|gaf) (?:ik )?(?:mezelf|mijzelf) over|(?:vingers|vinger) in (?:mijn|m n) keel|(?:kots|gooi|spuug) (?:ik )?(?:alles|het) (?:er )?(?:weer )?uit"
    # Polish
    r"|prowokuj\w* (?:u siebie )?wymiot\w*|wywoluj\w* (?:u siebie )?wymiot\w*|zmusza\w* sie do wymiot\w*|(?:wkladam|wlozylam|wlozylem|wsadzam) (?:sobie )?palce do gardla|palce do gardla|(?:zwracam|zwrocilam|zwrocilem) (?:wszystko|jedzenie|posilek|obiad|kolacje)"
)
# Vomiting said plainly is purging only with its purpose or its binge.
_VOMIT = r"vomitat\w*|ho vomitato|threw up|throw up|throwing up|throw it up|threw it up|vomit\w*|puk\w*|sick|vomir|vomi|vomis|vomitar|vomito|vomite|vomitei|vomitare|rimettere|kotzen|kotze|ubergebe|overgeven|geef over|gaf over|kots\w*" r"|wymiot\w*|zwymiotow\w*|rzygam|rzygac|rzygalam|rzygalem|zwracam|zwracalam|zwracalem"
_VOMIT_PURPOSE = (
    r"binge\w*|binging|the usual|did the usual|on purpose|so i dont (?:gain|put on|absorb)|so it doesnt count|undo|to get rid|every time i eat|whenever i eat|after (?:every|each) meal|"
    r"crise de boulimie|fressattacke|atracon|compulsao|abbuffat\w*|expres|ap+os+ta|a proposito|de proposito|absichtlich|met opzet|eetbui\w*|vreetbui\w*|na (?:het eten|elke maaltijd)"
    # Polish
    r"|zeby (?:schudnac|nie przytyc|sie (?:tego )?pozbyc|nic nie zostalo|byc chud\w*|byc szczuplejsz\w*)|celowo|specjalnie|po (?:kazdym|kazdorazowym) (?:posilku|jedzeniu)|po napadzie|objadani\w*|obzarstw\w*"
    # after every meal, or to lose weight, in the other languages ("vomito después de cada comida para adelgazar")
    r"|despues de (?:cada|todas las) comidas?|para (?:adelgazar|bajar de peso|no engordar|perder peso)|apres (?:chaque|tous les) repas|pour (?:maigrir|ne pas grossir|perdre du poids)"
    r"|nach (?:jeder|jedem) (?:mahlzeit|essen)|um (?:abzunehmen|nicht zuzunehmen)|depois de (?:cada|todas as) refeic\w*|pr?a (?:emagrecer|nao engordar|perder peso)"
    r"|dopo (?:ogni|tutti i) pasti?|per (?:dimagrire|non ingrassare|perdere peso)|na (?:iedere|elke) maaltijd|om (?:af te vallen|niet aan te komen)"
)
_EATING = (
    r"(?:ate|eaten|had) (?:a whole|an entire|the whole|a full|two|three) [a-z]+|after (?:the|a|my|that) (?:takeaway|pizza|burger|meal|feast|buffet|kebab|chippy)|(?:my|the) usual(?: thing)?|binge\w*|binging|overate|over ate|overeat\w*|over eat\w*|(?:ate|eat|eaten) (?:way |far |so |much )?too much|after (?:eating|meals?|dinner|lunch|breakfast|food|i eat|i ate|every meal|each meal|a meal)|"
    r"the usual|did the usual|do the usual|as usual|again|every time i eat|whenever i eat|so i dont gain|so it doesnt count|undo|"
    r"fres\w*|nach dem essen|fressattacke|apres (?:avoir mange|les repas|manger|chaque repas)|crise de boulimie|"
    r"despues de comer|despues de (?:las |cada |todas las )?comidas?|apres les repas|nach den mahlzeiten|depois das refeic\w*|dopo i pasti|na de maaltijden|atracon|depois de comer|compulsao|dopo (?:aver mangiato|mangiato|i pasti|mangiare)|\w*abbuffat\w*|eetbui\w*|vreetbui\w*|na (?:het eten|elke maaltijd|het avondeten)"
    # Polish
    r"|po (?:kazdym |kazdorazowym )?(?:posilku|jedzeniu|obiedzie|kolacji|sniadaniu)|po (?:tym jak )?(?:zjem|zjadlam|zjadlem)|objadani\w*|obzarstw\w*|obzarl\w*|obzeram sie|napad\w* (?:glodu|objadania|obzarstwa)|po napadzie"
)
# What purging leaves: a raw throat, worn teeth, sore knuckles.
_PURGE_SIGNS = (
    r"throats? (?:is |s |was |feels |so |really )*(?:raw|burning|shredded|wrecked|killing me)|raw throat|"
    r"teeth (?:are |s )?(?:sensitive|eroding|wearing|going see through|see through)|enamel|knuckles? (?:are |is )?(?:all )?(?:scarred|cut|sore|raw|bruised)|"
    r"burst blood vessels? (?:in|around) my eyes|swollen (?:cheeks|glands|jaw)"
)
_PURGE_NOT = (
    r"if i (?:run|exercise|train|lift)|too soon after|straight after|food poisoning|bug|stomach flu|norovirus|virus|gastro|hangover|hungover|drunk|drinking|pregnan\w*|morning sickness|motion sickness|"
    r"car sick|sea sick|seasick|migraine|chemo|after (?:the )?(?:race|marathon|sprints?|intervals?|session|workout|run|hiit)|mid (?:race|run|set)|"
    r"bad (?:sushi|chicken|food|prawns|oysters|kebab)|dog|cat|baby|toddler|clutter|stuff|junk|wardrobe|clothes|boxes|car|sofa|bike"
    # Polish
    r"|zatruci\w*|zatrul\w*|grypa|grypie|grype|jelitow\w*|wirus\w*|kac\w*|po alkoholu|lokomocyjn\w*|ciazy|ciaza|mdlosci poranne|chemioterapi\w*|migren\w*|niemowl\w*"
)

_CHEST_PAIN_L10N = (
    r"brustschmerz\w*|schmerz\w* in der brust|druck (?:auf|in) der brust|enge in der brust|engegefuhl\w*|stechen in der brust|herzschmerz\w*|"
    r"douleurs? (?:a|dans|sur) (?:la )?poitrine|douleurs? thoraciques?|mal (?:a|dans) la poitrine|oppression (?:thoracique|dans la poitrine|a la poitrine)|serrement (?:dans|a) la poitrine|"
    r"dolor (?:en el|de|del) pecho|dolor toracico|opresion en el pecho|presion en el pecho|me duele el pecho|(?:le|me|te|les|nos) (?:dolia|duele|dolio|ha dolido|dolian|duelen) el pecho|(?:se (?:le|me) pone |tiene |tengo )?(?:el )?pecho apretado|"
    r"aperto no peito|peito apertado|aperto al petto|petto (?:stretto|chiuso)|beklemming op de borst|druk op de borst|"
    r"dor no peito|dores no peito|aperto no peito|pressao no peito|dor toracica|"
    r"dolore (?:al|nel) petto|dolori al petto|dolore toracico|oppressione al petto|peso sul petto|male al petto|"
    # with a word or two between: "una presion fuerte en el pecho", "une forte pression sur la poitrine"
    r"(?:dolor|presion|opresion|peso|ardor|punzada)(?: [a-z]+){0,2} en el pecho|(?:douleur|pression|poids|serrement|oppression|barre)(?: [a-z]+){0,2} (?:a|dans|sur) (?:la )?poitrine|"
    r"(?:druck|schmerz\w*|enge|stechen)(?: [a-z]+){0,2} (?:auf|in) der brust|(?:dor|pressao|aperto|peso)(?: [a-z]+){0,2} no peito|(?:dolore|pressione|peso|oppressione|fitta|fitte)(?: [a-z]+){0,2} (?:al|nel|sul) petto|"
    # Dutch: "pijn op de borst", "een drukkend gevoel op mijn borst", "borstpijn"
    r"borstpijn|pijn in (?:de|mijn) borst|(?:pijn|druk|drukkend gevoel|beklemmend gevoel|beklemming|steken|knellend gevoel)(?: [a-z]+){0,2} op (?:de|mijn) borst|"
    # Polish (read in English words): "ucisk w klatce piersiowej", "boli mnie w klatce", "ból w piersi"
    r"(?:bol\w*|ucisk\w*|scisk\w*|sciskanie|klucie|kluje|pieczenie|ciezar|gniecenie)(?: [a-z]+){0,2} (?:w|na) (?:klatce|klatke|piersi)|boli mnie (?:w )?(?:klatka|klatce|klatk\w+)|klatka piersiowa mnie boli"
    # Polish
    r"|(?:boli|bolala|bolalo|bolal|kluje|klulo|klula|gniecie|gniotlo|sciska|scisnelo|piecze|pieklo|pali|uciska|dusi) mnie (?:w )?(?:klatce|klatk\w*|piersi|mostku)|mnie (?:kluc|bolec|piec|sciskac|gniesc|uciskac|palic|dusic) (?:w )?(?:klatce|klatk\w*|piersi|mostku)|(?:bol\w*|ucisk\w*|klucie|pieczenie|gniecenie|sciskanie) (?:w |za )?mostk\w*|(?:klucie|klulo mnie|kluje mnie|ucisk|sciskanie) (?:w )?sercu|klatka (?:piersiowa )?mnie (?:boli|piecze|kluje|uciska)"
)
_BREATHLESS_L10N = (
    r"kaum luft|keine luft|atemnot|kurzatmig\w*|luftnot|nicht atmen|"
    r"essouf+le\w*|souffle court|du mal a respirer|pas respirer|plus respirer|manque d air|"
    r"falta de aire|me faltaba el aire|me falta el aire|no podia respirar|no puedo respirar|no consigo respirar|me cuesta respirar|sin aire|sin aliento|ahog\w*|"
    r"falta de ar|sem ar|nao conseguia respirar|nao consigo respirar|"
    r"fiato corto|senza fiato|affanno|(?:mi )?(?:e |era )?mancat[oa] il fiato|mi mancava (?:il fiato|l aria)|mi manca (?:il fiato|l aria)|non riuscivo a respirare|non riesco a respirare|mancanza di (?:aria|fiato)|"
    r"ich kriege keine luft|ich bekomme keine luft|je narrive pas a respirer|je ne peux pas respirer|"
    r"kortademig\w*|(?:kon|kan|krijg|kreeg) (?:bijna |haast )?(?:geen|niet meer) (?:lucht|adem|ademen)|naar adem happen|happen naar lucht|"
    r"nie (?:moge|moglem|moglam|moze|mogl|mogla) (?:zlapac )?(?:oddychac|oddechu|tchu)|brak(?:uje)? (?:mi )?(?:tchu|powietrza)|dusznos\w*|dusze sie|dusilem sie|dusilam sie"
)
_FAINT_L10N = (
    r"ohnmachtig|bewustlos|bewusstlos|umgekipt|umgekippt|zusammengebrochen|schwarz vor augen|"
    r"evanoui\w*|perdu connaissance|malaise|tombe dans les pommes|"
    r"desmay\w*|perdi el conocimiento|"
    r"desmaiei|desmaio|desmaiou|perdi os sentidos|"
    r"svenut\w*|svenimento|perso i sensi|"
    # vision going black for a moment: "ho visto nero per un attimo", "j'ai vu tout noir", "lo vi todo negro"
    r"ho visto (?:tutto )?nero(?! (?:il|lo|la|i|gli|le|un|una|quel|quello|quella|film|serie))|mi si e (?:annebbiata|oscurata) la vista|j ?ai vu (?:tout )?noir|(?:lo )?vi (?:todo )?negro|se me (?:nublo|puso negra) la vista|"
    r"vi tudo (?:preto|escuro)|(?:minha )?vista escureceu|"
    r"flauwgevallen|flauw gevallen|(?:ben|was|viel) (?:even |bijna )?flauw|bewusteloos|zwart voor (?:mijn )?ogen|zag (?:ik )?(?:even |alles )?zwart|werd (?:het |alles )?(?:even )?zwart|"
    r"zemdl\w*|omdleni\w*|mdleje|mdlalem|mdlalam|stracil\w* przytomnosc|ciemno przed oczami"
    # Polish
    r"|zaslab\w*|omdlal\w*|omdlenie|zrobilo mi sie (?:slabo|ciemno)|(?:upadl\w*|osunel\w*|osunal\w*) (?:na ziemie|na podloge|bez przytomnosci)"
)
_EXERCISE_L10N = (
    r"jog+en|laufen|lauf|training|trainieren|sport|fitnes+studio|rad ?fahren|schwimmen|"
    r"courir|course|footing|jogging|entrainement|salle|velo|nager|fractionne|fractionnes|seance|muscu|musculation|crossfit|"
    r"corr\w*|entrenar|entrenando|entrenamiento|entreno|entrene|entrenaba|gimnasio|bici|nadar|m entraine|entrainer|trainiere|trainierte|alleno|allenavo|treinando|"
    r"corrida|correndo|treino|treinar|academia|trot\w*|trote|subir escaleras|escaliers|treppen|"
    r"corsa|correre|correndo|allenamento|allenarmi|palestra|corsetta|scale|"
    r"hardlopen|hardloop\w*|rennen|sporten|trainen|fiets\w*|afstappen|afgestapt|spinning\w*|sportschool|zwemmen|traplopen|voetbal\w*|wielrennen|"
    r"biega\w*|biegu|biegi\w*|pobieg\w*|trening\w*|trenowa\w*|cwicz\w*|silowni\w*|rowerze|na rowerze|plywa\w*|meczu|w meczu"
    # Polish
    r"|schod\w*|przysiad\w*|martw\w* ciag\w*|sprint\w*|interwal\w*|basen\w*|biezni\w*|crossfit\w*|aerobik\w*|jog[aie]|jodze|spacer\w*|boisk\w*|pilk\w*|rower\w*|wycisk\w*|cwiczen\w*|zajeciach|wysil\w*|tenis\w*"
)
EXERCISE_L10N = _EXERCISE_L10N
# Blue or grey lips or fingertips (cyanosis) with breathlessness or effort: not enough oxygen, an
# emergency whatever the cause (asthma included). Lips blue from a cold swim or a blue sweet are not.
_CYANOSIS = (
    r"(?:lips?|fingers?|finger tips|fingertips|fingernails|skin around (?:my|his|her|the) mouth)"
    r"(?: (?:are|is|were|was|went|have|has|gone|going|go|goes|turned|turning|turn|look|looks|looking|looked|got|getting|a bit|kind of|kinda|slightly|all|really|quite|pretty|so|tinged|dusky))* "
    r"(?:blue|bluish|blueish|purple|purplish|grey|gray|greyish|grayish|dusky)|"
    r"(?:blue|bluish|blueish|purple|purplish|grey|gray|dusky) (?:lips?|fingertips|finger tips|fingernails|around (?:my|his|her|the) mouth)|"
    r"labios (?:\w+ )?(?:morados|amoratados|azul\w*|grises|violetas)|(?:levres|doigts) (?:\w+ )?(?:bleues?|bleus|violettes?|violets|grises?)|"
    r"(?:blaue|lila|graue) lippen|lippen (?:sind |werden |wurden )?(?:\w+ )?(?:blau|lila|grau)|"
    r"labios (?:\w+ )?(?:roxos|azuis|arroxeados)|labbra (?:\w+ )?(?:blu|viola|violacee|livide|cianotiche)|cianosi\w*|cyanos\w*|cianotic\w*|zyanot\w*"
)
_CYANOSIS_WITH = (
    lx.BREATHLESS + "|" + lx.EXERCISE + "|" + lx.CHEST + "|" + lx.DIZZY
)
_CYANOSIS_NOT = (
    r"cold|colder|freezing|frozen|chilly|shiver\w*|ice bath|ice baths|cold plunge|wild swim\w*|open water|sea swim\w*|lake|winter swim\w*|frio|froid|kalt|freddo|"
    r"lipstick|lip gloss|lip stain|lip balm|makeup|make up|blueberr\w*|slush\w*|ice pop|popsicle|ice lolly|sweets|candy|lollipop|gobstopper|dye|paint\w*|varnish|nail polish|manicure|ink|marker|costume|halloween|"
    r"raynaud\w*|what (?:does|do|causes)|why do|signs of|in the film|on tv|my (?:dog|cat|baby|toddler)"
)

_APPETITE_PILLS = (
    r"diet pills?|slimming pills?|appetite suppressants?|fat burners?|phentermine|"
    r"coupe faim|coupes faim|pilules? (?:minceur|amaigrissantes?|pour maigrir)|"
    r"appetitzugler|appetitzügler|schlankheitspil+en|diatpil+en|abnehmpil+en|"
    r"pastil+as (?:para adelgazar|adelgazantes)|inhibidores? del apetito|supresores? del apetito|"
    r"inibidores? de apetite|moderadores? de apetite|remedios? para emagrecer|"
    r"pil+ole (?:dimagranti|per dimagrire)|pastiglie (?:dimagranti|per dimagrire)|anores+izanti|soppressori del(?:l)? appetito|"
    r"afslankpil\w*|dieetpil\w*|eetlustremmer\w*"
    # Polish
    r"|tabletk\w* (?:odchudzajac\w*|na odchudzanie|na schudniecie|na apetyt|wyszczuplajac\w*)|spalacz\w* tluszczu|tlumik\w* apetytu|(?:srodki|tabletki) (?:hamujace|tlumiace) apetyt"
)
# Someone else hardly eating, in the guard's other languages ("mi hija casi no come nada y corre todos los días").
_NOT_EATING_OTHER_L10N = (
    r"(?:(?:casi )?no come (?:casi )?nada|casi no come|apenas come|ya no come|se salta (?:todas )?las comidas|ya no cena|(?:casi )?no cena(?= porque| nunca| nada)|deja de cenar|se salta (?:la cena|el desayuno|la comida)|"
    r"ne dine plus|saute le diner|non cena piu|salta la cena|nao janta mais|parou de jantar|isst kein abendessen mehr|eet geen avondeten meer|"
    r"ne mange (?:presque |quasiment |plus )?rien|ne mange presque pas|saute (?:tous )?les repas|"
    r"isst (?:fast |kaum |gar )?nichts|isst kaum|isst nicht mehr|is+t (?:fast |gar )?nichts mehr|is+t kaum noch(?! (?:zu hause|da|hier|wach))|"
    r"nao come (?:quase )?nada|quase nao come|parou de comer|"
    r"non mangia (?:quasi )?(?:niente|nulla)|quasi non mangia|non mangia piu|"
    r"eet (?:bijna |haast )?niets(?: meer)?|eet nauwelijks|eet (?:bijna )?niet meer)"
    r"(?! (?:de|del|d|du|des|di|della|van|von|zonder|sin|senza|sans|ohne|sem|com|con|avec|mit|met|carne|azucar|dulces|pan|nada|casi|rien|nichts|niente|nulla|niets)(?![a-z]))"
    # Polish
    r"|(?:prawie |w ogole |juz )?nic nie je(?! (?:slodkiego|miesa|przed|po|na|w|z|smazonego))|prawie nie je(?! (?:miesa|slodyczy|cukru|chleba))|przestal\w* jesc|nie je (?:nic )?(?:od|przez) (?:\w+ )?(?:dni|dnia|tygodni\w*|tydzien)|glodzi sie|pomija (?:wszystkie )?posilki|nie chce (?:nic )?jesc"
)
_RELATIVE_L10N = (
    r"(?:mi|mis|mia|mio|la mia|il mio|minha|meu|a minha|o meu|mon|ma|mes|mein|meine|mijn|onze|ons) "
    r"(?:hijo|hija|hermano|hermana|amigo|amiga|mujer|esposa|novia|novio|pareja|namorad[oa]|fidanzat[oa]|ragazza|ragazzo|copain|fil+e|freund|vriend|filho|filha|irma|irmao|figlio|figlia|sorella|fratello|amica|"
    r"fils|fille|soeur|frere|amie|copine|sohn|tochter|schwester|bruder|freundin|zoon|dochter|zus|broer|vriendin)(?![a-z])"
    # Polish
    r"|(?:moj|moja|moje|mojego|mojej|nasz|nasza|nasze) (?:syn|corka|brat|siostra|kolega|kolezanka|przyjaciolka|przyjaciel|zona|maz|dziewczyna|chlopak|mama|tata|dziecko|partner|partnerka|siostrzenica|bratanica|wnuczka|wnuk)(?![a-z])"
)
_NOT_EATING_L10N = (
    r"(?:(?:je (?:ne )?mange (?:presque |quasiment |plus )?rien|je ne mange plus|je mange presque pas|je saute tous les repas|"
    r"ich es+e (?:seit (?:\w+ ){1,2}|schon (?:seit (?:\w+ ){1,2})?)?(?:fast |kaum |gar |so gut wie )?nichts|ich es+e kaum|ich es+e nicht mehr|"
    r"no como (?:casi )?nada|(?:^|(?<=[.,;!?] )|(?<=^yo )|(?<=[.,;!?] yo ))como casi nada|casi no como|ya no como|dejo de comer|"
    r"nao como (?:quase )?nada|quase nao como|parei de comer|nao estou comendo|(?:ha|faz|to ha|estou ha) (?:\d+|dois|tres|quatro|cinco) dias sem comer|"
    r"(?:llevo|hace) (?:\d+|dos|tres|cuatro|cinco) dias sin comer|"
    r"non mangio (?:quasi )?(?:niente|nulla)|(?:^|(?<=[.,;!?] ))mangio quasi (?:niente|nulla)|quasi non mangio|non mangio piu|ho smes+o di mangiare|"
    r"ik eet (?:al (?:\w+ ){1,2}|sinds (?:\w+ ){1,2}|nu al (?:\w+ ){1,2})?(?:bijna |haast |zo goed als |vrijwel )?(?:niets|niks)(?: meer)?|ik eet (?:bijna |haast )?niet meer|ik eet nauwelijks|ik ben gestopt met eten|ik sla (?:alle|al mijn) maaltijden over)"
    r"(?! (?:mehr |plus |piu |mas |more |meer )?(?:nach|ab|after|apres|avant|vor|antes|prima|before|despues|dopo|depois|de|d|du|des|la|le|les|el|la|los|las|il|lo|os|as|o|a|kein\w*|na|voor|tussen|zonder|met|vlees|suiker|brood|fleisch|carne|viande|sucre|zucker|azucar|acucar|zucchero|gluten|glutine|lactose|pan|pao|pane|pain|brot|pesce|poisson|fisch|pescado|peixe)(?![a-z])))"
    # Polish
    r"|(?:prawie |w ogole |juz )?nic nie jem(?! (?:slodkiego|miesa|przed|po|na|w|z|od (?:rana|wczoraj|\d+)|wieczorem|smazonego|tlustego|przetworzonego|mlecznego|glutenu|cukru|chleba))|prawie nie jem(?! (?:miesa|slodyczy|cukru|chleba|nabialu|glutenu|slodkiego))|nie jem (?:nic )?(?:od|przez) (?:\w+ )?(?:dni|dnia|tygodni\w*|tydzien|doby)|glodze sie|glodzilam sie|glodzilem sie|przestalam jesc|przestalem jesc|"
    r"(?:chce|chcialabym|chcialbym|jak|musze) (?:sie )?(?:calkowicie |zupelnie |w ogole )?(?:przestac jesc|nie jesc|glodzic)(?! (?:slodycz\w*|miesa|cukru|chleba|fast|po|przed|wieczorem|w nocy|tak duzo|tyle|niezdrow\w*|smiec\w*|chips\w*|na noc|miedzy))|"
    r"(?:pomijam|opuszczam) (?:wszystkie |wiekszosc |prawie wszystkie )?posilki"
)
# A pregnancy in the other languages, with the weeks said the way each says them ("estoy de 32
# semanas", "je suis à 30 SA", "in der 32. SSW", "estou de 30 semanas", "sono alla 32esima settimana").
_PREGNANT_L10N = (
    r"schwanger|schwangerschaft|enceinte|grosses+e|embarazada|embarazo|gravida|gravidez|incinta|gravidanza|zwanger\w*|"
    r"estoy de \d+ semanas|(?:semana|sem) \d+ de(?:l)? embarazo|\d+ semanas de (?:embarazo|gestacion)|"
    # "tengo 35 semanas y ...": weeks of a pregnancy, said with "tengo" (not "tengo 3 semanas de vacaciones")
    r"tengo (?:1[2-9]|[23][0-9]|4[0-2]) semanas(?! (?:de (?!embarazo|gestacion)|sin|para|que|entrenando|corriendo))|"
    r"je suis (?:a|enceinte de) \d+ (?:semaines|sa)|\d+ (?:semaines d amenorrhee|sa)(?= \.| ,| et|$)|"
    r"(?:in der )?\d+ (?:\. )?(?:ssw|schwangerschaftswoche)|ssw \d+|"
    r"estou (?:de|com) \d+ semanas|\d+ semanas de gravidez|"
    r"sono (?:alla|di) \d+(?: esima)? settiman[ae]|alla \d+(?: esima)? settimana|"
    r"\d+ weken (?:zwanger|onderweg)"
    # Polish
    r"|w ciazy|ciaz[ay]|ciaze|ciazow\w*|jestem w \d+ (?:tygodniu|tyg)|w \d+ (?:tygodniu|tyg) ciazy|\d+ (?:tydzien|tydz|tyg|tygodni) ciazy|spodziewam sie dziecka"
)
# Training until out of breath, wanted, not suffered: "até ficar sem fôlego", "hasta quedarme sin aire".
_UNTIL_BREATHLESS = (
    r"ate (?:ficar|perder|estar) (?:sem )?(?:folego|ar)|hasta (?:quedarme|quedar|que me quede) sin (?:aire|aliento)|"
    r"jusqu a (?:etre |ne plus avoir de )?(?:a bout de souffle|souffle)|fino a (?:restare|rimanere) senza fiato|"
    r"bis (?:ich )?(?:keine luft mehr|aus der puste|ausser atem)|tot ik buiten adem|do utraty tchu"
)
# A maximal effort asked for, in the other languages: a 1RM, a record, to failure, all-out.
_MAX_EFFORT_L10N = (
    r"1 ?rm|repeticion maxima|(?:peso|carga|esfuerzo) maxim[oa]|hasta el fallo|al fallo|a tope|al maximo|a muerte|"
    r"charges? maximales?|jusqu a l echec|a fond|a bloc|(?:battre|faire) (?:un |mon )?record|"
    r"maximalkraft\w*|maximalversuch\w*|bis zum (?:muskel)?versagen|vollgas|bis zum anschlag|"
    r"carga maxima|ate a falha|ate falhar|no talo|(?:crossfit|treino|treinar) pesad[oa]|"
    r"carichi? massim\w*|massimal\w*|a cedimento|fino al cedimento|al massimo|"
    r"maksymaln\w* (?:ciezar\w*|obciazeni\w*|wysil\w*)|do upadku|na maksa|na maxa|"
    r"max(?:imale)? (?:gewicht|inspanning)|tot (?:het )?falen|"
    r"no maximo|" + _UNTIL_BREATHLESS
)
# Bleeding or fluid in a pregnancy, a warning sign however it came.
_PREGNANCY_SIGNS_L10N = (
    r"blutung\w*|blute|schmierblutung|fruchtwas+er|"
    r"saignements?|saigne|pertes? de (?:sang|liquide)|perte des eaux|"
    r"sangrado|sangrando|manchado|perdida de liquido|"
    r"sangramento|sangrando|perda de liquido|perdi (?:liquido|sangue)|perdendo (?:liquido|sangue)|"
    r"sanguinamento|perdite di (?:sangue|liquido)|"
    r"bloedverlies|bloeding|bloed verloren|vruchtwater|vochtverlies|"
    # said plainly: "me baja líquido", "estoy manchando", "rompí aguas", "je perds du liquide", "ich blute"
    r"(?:me )?(?:baja|sale|cae|salio|bajo) (?:un poco de |algo de |mucho )?(?:liquido|sangre)|se me (?:escapa|sale|esta saliendo|cae) (?:un |algo de |un poco de |un poquito de )?(?:liquido|agua)(?! (?:de la (?:nariz|boca)|por la nariz))|estoy manchando|he manchado|sangro|he sangrado|rompi (?:la )?(?:fuente|aguas|bolsa)|se me (?:ha )?roto la (?:fuente|bolsa)|he roto aguas|"
    r"je perds (?:du liquide|du sang|les eaux)|j ai perdu les eaux|je saigne|perte de sang|"
    r"ich blute|blasensprung|"
    r"a bolsa (?:estourou|rompeu)|estou sangrando|saiu sangue|sangrei|"
    r"ho perso le acque|perdo sangue|sto sanguinando|"
    # the verb as people say it: "sangré después de correr", "pierdo líquido", "ho perso sangue", "perdo liquido", "perco sangue"
    r"(?<!de )(?<!la )(?<!mi )(?<!tu )(?<!su )(?<!con )(?<!sin )sangre(?= (?:despues|tras|durante|al|un poco|bastante|mucho|esta|ayer|hoy|anoche|otra vez|de nuevo|algo|ligeramente)(?![a-z]))|"
    r"(?:estoy |sigo |he estado )?(?:perdiendo|pierdo|perdi|he perdido) (?:un poco de |algo de |mucho |bastante )?(?:liquido|sangre|aguas?)(?! (?:de (?:la )?nariz|por la nariz))|sangre (?:un poco|bastante|mucho)|"
    r"(?:perco|perdi|estou perdendo|tenho perdido|perdendo) (?:um pouco de |algum |muito )?(?:liquido|sangue|agua)|sangrou|sangro|"
    r"(?:ho perso|perdo|sto perdendo|continuo a perdere|ho delle perdite di|ho perdite di) (?:del |un po di |un po |tanto |molto |parecchio )?(?:sangue|liquido|acqua)|ho sanguinato|sanguino|ho (?:delle )?perdite|"
    r"(?:perde|pierde|perdeu|perdio|ha perso|ha perdido|esta perdiendo|esta perdendo|sta perdendo) (?:un po di |un po |algo de |um pouco de |del )?(?:sangue|sangre|liquido)|ha sanguinato|sanguina|"
    r"ik bloed|vliezen (?:zijn )?gebroken|"
    # pre-eclampsia and a clot: a bad headache with the vision, a swollen face or hands, a calf
    r"dolor de cabeza (?:muy )?(?:fuerte|horrible|que no se (?:me )?(?:quita|pasa))|veo (?:lucecitas|borroso|manchas)|vista borrosa|se me (?:ha )?hinchad[oa] (?:mucho )?(?:la cara|las manos)|(?:pantorrilla|gemelo) (?:hinchad[oa]|caliente|roj[oa])|"
    r"mal de tete (?:tres )?(?:fort|violent)|vision (?:trouble|floue)|visage gonfle|mollet (?:gonfle|chaud|rouge)|"
    r"starke kopfschmerzen|verschwommen sehen|sehstorungen|geschwollenes gesicht|wade (?:geschwollen|warm|rot)|"
    r"dor de cabeca (?:muito )?forte|vista embacada|rosto inchado|panturrilha (?:inchada|quente|vermelha)|"
    r"mal di testa (?:molto )?forte|vista (?:offuscata|annebbiata)|viso gonfio|polpaccio (?:gonfio|caldo|rosso)|"
    r"(?:pijn|warm\w* gevoel|zwelling|gezwollen|dikke|rode|pijnlijke)(?: \S+){0,4} (?:linker|rechter)?kuit|(?:linker|rechter)?kuit (?:is |voelt )?(?:dik|gezwollen|warm|rood|pijnlijk)|"
    # the adjective first ("un forte mal di testa") and lights or spots seen ("vedeva delle lucine")
    r"(?:fuerte|terrible|horrible) dolor de cabeza|(?:veo|veia|ve|ha visto|vi) (?:unas |unos )?(?:lucecitas|luces|puntitos|manchas|estrellitas|destellos)|"
    r"(?:violent|gros|terrible|fort) mal de tete|(?:je vois|elle voit|voit|voyait|je voyais) des (?:etoiles|points|taches|lumieres|eclairs|flashs)|"
    r"(?:heftige|starke|schlimme) kopfschmerzen|(?:sehe|sieht|sah) (?:sterne|punkte|flecken|blitze|lichter)|flimmern vor den augen|"
    r"forte dor de cabeca|(?:vendo|via|vejo|ve|viu) (?:umas |uns )?(?:luzes|luzinhas|pontinhos|manchas|estrelinhas|flashes)|"
    r"forte mal di testa|mal di testa (?:fortissimo|terribile|tremendo)|(?:vedo|vede|vedeva|vedevo|ha visto) (?:delle |dei )?(?:lucine|luci|macchie|stelline|puntini|lampi)"
    r"|silny bol glowy|bol glowy (?:bardzo )?silny|mroczki (?:przed oczami)?|(?:widze|widzi|widziala) (?:mroczki|plamki|blyski|gwiazdki)"
    # Polish
    r"|krwawi\w*(?! z (?:nosa|dziasel))|krwawisz|plami\w*|plamienie|krew (?:na|z) (?:wkladce|bielizn\w*|pochwy)|odeszly (?:mi |jej )?(?:chyba |juz |nagle )?wody|odchodza (?:mi |jej )?wody|wody (?:mi |jej )?odeszly|(?:saczy|cieknie|leci|wycieka) (?:mi |jej )?(?:sie )?(?:cos|plyn|woda|wody)|(?:cieknie|leci|wycieka|saczy sie|plyn|krew) (?:mi |jej )?(?:\w+ )?z pochwy|saczy (?:mi |jej )?sie|wyciek\w* (?:plynu|wod)|plyn owodniowy|pekl\w* pecherz plodowy|silny bol glowy|mroczki przed oczami|opuchni\w* (?:twarz|rece|dlonie|lydk\w*)|spuchnie\w* (?:twarz|rece|lydk\w*)"
)
# Contractions: a warning sign before term unless said to be mild or irregular (Braxton Hicks);
# tightenings ("se me pone dura la barriga") only when regular or painful (ACOG: regular painful contractions).
_CONTRACTIONS_L10N = r"wehen|contractions|contracciones|contracoes|contrazioni|weeen" r"|skurcz\w*(?! (?:w )?(?:lyd\w*|miesn\w*|nog\w*|nodze|stop\w*|palc\w*|udzie|ud|reki|rece|zoladka))"
_TIGHTENING_L10N = (
    r"(?:se me pone|se pone|se me ha puesto|se me endurece) (?:muy |toda )?dur[ao] (?:la |el )?(?:barriga|tripa|panza|vientre)|(?:barriga|tripa|panza) (?:se me pone|se pone|se me endurece|esta) (?:muy |toda )?dura|endurecimientos?|"
    r"ventre (?:qui )?(?:devient|durcit|est) (?:tout )?dur|durcissements?|bauch (?:wird|ist) (?:ganz |sehr |immer wieder )?(?:hart|fest)|harter bauch|"
    r"barriga (?:fica|esta|endurece) (?:muito |toda )?dura|pancia (?:diventa|e|si indurisce) (?:tutta |molto )?dura|indurimenti|harde buiken|buik (?:wordt|is) (?:steeds |heel )?hard"
    # pains that come and go: "dolores en la barriga que vienen y van", "des douleurs qui vont et viennent"
    r"|(?:dolores?|colicos|calambres|douleurs?|crampes|schmerzen|krampfe|dores|colicas|dolori|crampi|pijn|pijnen|krampen|bole|skurcze) "
    r"(?:[\w,]+ ){0,4}?(?:que vienen y van|que van y vienen|qui vont et viennent|qui viennent et repartent|die kom+en und gehen|"
    r"que vao e vem|que vem e vao|che vanno e vengono|che vengono e vanno|die komt en gaat|die komen en gaan|ktore przychodza i odchodza)"
    # Polish
    r"|(?:twardnieje|stwardnial|napina sie) (?:mi )?brzuch|brzuch (?:mi )?(?:twardnieje|sie napina|jest twardy)"
)
_REGULAR_L10N = (
    r"cada \d+ minutos|cada pocos minutos|cada poco|regulares|que no se (?:me )?(?:quitan|pasan|van|paran)|no (?:se )?(?:me )?(?:paran|quitan|pasan)|dolorosas|me duelen|duelen (?:mucho|bastante)|fuertes|cada vez mas (?:seguidas|fuertes|frecuentes)|"
    r"toutes les \d+ minutes|regulieres|douloureuses|qui ne (?:passent|sarretent) pas|de plus en plus (?:rapprochees|fortes)|"
    r"alle \d+ minuten|regelmas+ig\w*|schmerzhaft\w*|hören nicht auf|horen nicht auf|"
    r"a cada \d+ minutos|de \d+ em \d+ minutos|doloridas|dolorosas|doi|doem|que nao passam|"
    r"ogni \d+ minuti|regolari|dolorose|che non passano|"
    r"om de \d+ minuten|regelmatig\w*|pijnlijk\w*|gaan niet over"
    # Polish
    r"|co \d+ minut|co kilka minut|regularn\w*|bolesn\w*|coraz (?:czestsz\w*|silniejsze|mocniejsze)|nie (?:przechodza|mijaja|ustepuja)|bardzo bola"
)
_MILD_L10N = r"irregulares|suaves|de vez en cuando|braxton|de practica|sin dolor|no (?:me )?duelen|irregulieres|legeres|de temps en temps|unregelmas+ig\w*|leichte|ab und zu|irregolari|leggere|ogni tanto|indolori|onregelmatig\w*|af en toe" r"|nieregularn\w*|lekkie|sporadyczn\w*|przepowiadajac\w*|bezbolesn\w*|od czasu do czasu|czasem"

# Someone else in trouble now: the guard's bystander answer, whoever it is.
_OTHER_PERSON = (
    r"my (?:dad|father|mum|mom|mother|mam|mama|papa|pops|grandad|granddad|grandpa|grandma|gran|nan|nana|husband|wife|partner|boyfriend|girlfriend|bf|gf|"
    r"brother|sister|son|daughter|friend|mate|buddy|flatmate|roommate|colleague|coworker|neighbour|neighbor|uncle|aunt|client|teammate|coach|training partner)s?|"
    r"(?:mi|mio|mia|mein|meine|meinem|mon|ma|meu|minha) (?:padre|madre|marido|esposa|pareja|amigo|amiga|abuelo|abuela|vater|mutter|mann|frau|freund|freundin|opa|oma|"
    r"pere|mere|mari|femme|ami|amie|copain|copine|grand pere|pai|mae|esposo|avo|nonno|nonna|moglie|compagno|compagna)|"
    r"(?:this|a|the) (?:old |young )?(?:guy|man|woman|lady|bloke|runner|lifter|member|client|person|old man) (?:at|in|on|next)|someone (?:at|in|on) (?:the|my)"
    # Polish
    r"|(?:mijn|onze) (?:vader|moeder|pa|ma|man|vrouw|vriend|vriendin|broer|zus|zoon|dochter|opa|oma|partner|collega|trainer|teamgenoot|buurman|buurvrouw)"
    r"|(?:moj|moja|mojego|mojej|nasz|nasza) (?:tata|ojciec|tato|mama|matka|maz|zona|partner|partnerka|brat|siostra|syn|corka|kolega|kolezanka|przyjaciel|przyjaciolka|dziadek|babcia|wujek|ciocia|chlopak|dziewczyna|trener|trenerka|sasiad|sasiadka|narzeczony|narzeczona|tesc|tesciowa)"
)
_OTHER_NOW_SIGNS = (
    r"holding (?:his|her|their) chest|clutching (?:his|her|their|at his|at her) chest|grabb\w* (?:his|her|their|at his|at her) chest|"
    r"(?:his|her|their) chest (?:hurts|is hurting|is tight|pain)|chest pains?|"
    r"collapsed(?! (?:his|her|their|the|a|my))|not breathing|isnt breathing|stopped breathing|not responding|isnt responding|unresponsive|unconscious|face (?:is )?droop\w*|"
    + _CHEST_PAIN_L10N
    # Polish
    + r"|trzyma sie za (?:klatke|serce|piers)|(?:zlapal|zlapala|lapie) sie za (?:klatke|serce|piers)|nie oddycha|przestal\w* oddychac|nie reaguje|jest nieprzytomn\w*|lezy nieprzytomn\w*"
    # not answering or not breathing now, in the other languages ("mi amiga se desmayó en spinning y no responde")
    + r"|(?:no (?:responde|reacciona|respira|se despierta)|ne (?:repond|reagit|respire|se reveille) (?:pas|plus)|(?:reagiert|antwortet) (?:gar )?nicht(?: mehr)?|"
    r"non (?:risponde|reagisce)|nao (?:responde|reage)|reageert niet)"
    # not answering their messages or the phone is no collapse
    r"(?!(?: [a-z]+){0,3} (?:mensaje\w*|messag\w*|nachricht\w*|bericht\w*|sms|texto\w*|telefono|movil|telephone|portable|handy|anruf\w*|llamad\w*|appel\w*|chiamat\w*|whatsapp|telefon\w*|mail\w*))|"
    r"no (?:respira|se despierta)|(?:esta|quedo) inconsciente|perdio el conocimiento|se desplomo|"
    r"ne (?:respire|se reveille) (?:pas|plus)|(?:est )?inconscient\w*|s est effondre\w*|"
    r"atmet (?:gar )?nicht(?: mehr)?|wacht nicht (?:mehr )?auf|bewusstlos|zusammengebrochen|"
    r"non (?:respira|si sveglia)|(?:e )?incosciente|svenut[oa] e non|crollat[oa] a terra|"
    r"nao (?:respira|acorda)|desabou|"
    r"ademt niet|bewusteloos|wordt niet (?:meer )?wakker|in elkaar gezakt"
)
# An arm or the jaw alone is a sports knock; with sweating, breathlessness or feeling sick it is the AHA's picture.
_OTHER_ARM_JAW = (
    r"(?:left )?arm(?:s)? (?:is |has |s )?(?:gone |going |went )?(?:numb|dead|tingling|heavy)|numb (?:left )?arm|pain (?:down|in) (?:his|her|their) (?:left )?arm|"
    r"(?:his|her|their) jaw (?:hurts|aches)|(?:jaw|left arm)(?: and (?:jaw|left arm|neck))? (?:hurt|hurts|aches?|hurting|aching)"
)
# With chest pain in another language, what makes it an emergency now, as English's `cardiac.chest_now`
# does: the arm going numb, a cold sweat, or "right now".
_CHEST_SEVERE_L10N = (
    r"brazo(?: izquierdo)? (?:dormido|entumecido|adormecido|hormigueando)|se me (?:duerme|entumece|adormece) el brazo|hormigueo en el brazo|"
    r"braco(?: esquerdo)? (?:dormente|formigando|adormecido)|formigamento no braco|"
    r"braccio(?: sinistro)? (?:intorpidito|addormentato|formicola\w*)|intorpidisce il braccio|formicolio al braccio|"
    r"bras(?: gauche)? (?:engourdi|qui fourmille|fourmille)|fourmillements? dans le bras|"
    r"(?:linker|linken|linke) arm (?:ist |wird )?(?:taub|kribbelt|eingeschlafen)|taubes gefuhl im (?:linken )?arm|kribbeln im (?:linken )?arm|"
    r"(?:linker ?)?arm (?:is |wordt )?(?:gevoelloos|tintelt)|tintelingen in (?:mijn )?(?:linker ?)?arm|"
    r"dretwieje (?:mi )?(?:lewa )?reka|(?:lewa )?reka (?:mi )?dretwieje|zdretwial\w* (?:mi )?(?:lewa )?reka|dretwienie (?:lewej )?reki|mrowienie w (?:lewej )?rece|"
    r"sudor frio|suor frio|sudore freddo|sueurs? froides?|kalter schweis+|koud zweet|zimne poty|zimny pot|poce sie|"
    # the cold sweat as a verb, sickness beside it, the pain going down into the arm or the jaw
    r"sudo freddo|sudando fr[io]o|estoy sudando frio|suando frio|je transpire|transpire froid|ich schwitze|zweet koud|"
    r"nausea|nauseas|nausee|ubelkeit|mi viene da vomitare|ganas de vomitar|enjoo|misselijk|mdlosci|"
    r"(?:scende|va|si irradia|irradia) (?:giu )?(?:nel|al|fino al) braccio|(?:baja|se va|se irradia|irradia) (?:al|hacia el|por el) brazo|"
    r"(?:descend|irradie|file) (?:dans|vers) (?:le|la) (?:bras|machoire)|(?:zieht|strahlt) (?:in den|bis in den) (?:linken )?(?:arm|kiefer)|"
    r"(?:desce|irradia|vai) (?:para o|pro|ate o) braco|(?:trekt|straalt) (?:door )?(?:naar|in) (?:mijn )?(?:linker ?)?(?:arm|kaak)|"
    r"ahora mismo|agora mesmo|proprio (?:ora|adesso)|en ce moment|maintenant|jetzt gerade|gerade jetzt|op dit moment|nu meteen|teraz|nadal boli|wciaz boli|"
    # still there now: "j'ai encore mal", "todavía me duele", "tut immer noch weh"; spreading said verb last: "in den linken Arm ausstrahlte"
    r"(?:j ai|jai) (?:encore|toujours) mal|(?:ca|cela) (?:me )?fait (?:encore|toujours) mal|(?:ca|la douleur) ne passe pas|"
    r"(?:todavia|aun) me duele|sigue doliendo(?:me)?|me sigue doliendo|no se (?:me )?(?:pasa|quita)|"
    r"tut (?:immer )?noch weh|immer noch (?:schmerzen|weh)|(?:geht|hort) (?:einfach )?nicht (?:weg|auf)|in den (?:linken )?(?:arm|kiefer) (?:aus)?(?:strahl\w*|zieht|zog)|"
    r"(?:fa|ho) ancora male|non (?:mi )?passa|ainda (?:doi|esta doendo|sinto)|nao passa|doet (?:nog steeds|nog altijd|nog) pijn|gaat niet (?:weg|over)|"
    # not getting better, for some minutes already: "sitze jetzt seit 20 min auf der Bank, wird nicht besser"
    r"wird (?:einfach )?nicht besser|wird (?:immer )?schlimmer|seit (?:\d+|zwanzig|dreissig|einer|einer halben) (?:min\w*|stunde\w*)|"
    r"no mejora|va a peor|cada vez peor|desde hace (?:\d+|veinte|media|una) (?:min\w*|hora\w*)|"
    r"(?:ca |cela )?ne s ?ameliore pas|de pire en pire|depuis (?:\d+|vingt|une|une demi) (?:min\w*|heure\w*)|"
    r"non migliora|sempre peggio|da (?:\d+|venti|mezz|un) (?:minuti|min|ora|ore)|"
    r"nao melhora|cada vez pior|(?:ha|faz) (?:\d+|vinte|meia) (?:min\w*|hora\w*)|"
    r"wordt niet beter|steeds erger|al (?:\d+|twintig|een half) (?:min\w*|uur)"
    # Polish
    r"|promieniuje do (?:lewej )?(?:reki|ramienia|szczeki|zuchwy|plecow|barku)|dalej boli|(?:dalej|nadal|wciaz) (?:to )?czuje|nie mija|nie przechodzi|coraz bardziej boli|zlewa (?:mnie |go |ja )?pot"
)
_OTHER_COMPANION = (
    r"sweat\w*|clammy|grey|gray|pale|short of breath|out of breath|cant (?:catch (?:his|her|their) breath|breathe)|struggling to breathe|"
    r"dizzy|light headed|lightheaded|sick|nause\w*|chest|holding|clutching|wants to (?:finish|carry on|keep going)|says (?:its|it is) nothing"
)
# Gone grey or clammy with what they call indigestion ("went a funny grey colour, sweating, says its just
# indigestion and hes having a lie down"): AHA, BHF: a heart attack can feel like indigestion; call now.
_GREY_OR_CLAMMY = (
    r"(?:went|gone|turned|go|goes|going|turning|looked|looking|looks|look|is|was|got) (?:a |all )?(?:bit |really |very |funny |odd |strange |horrible |awful )*"
    r"(?:grey|gray|ashen|clammy|grey and sweaty|gray and sweaty)(?: colour| color)?|cold sweat|(?:grey|gray|ashen|clammy) (?:and |, )?(?:sweat\w*|clammy)"
)
_CALLED_INDIGESTION = r"indigestion|heartburn|(?:pain|tight\w*|pressure|discomfort|heavy|heaviness|weight) (?:in|on|across) (?:his|her|their|the) chest|chest (?:pain|tightness|pressure)"
_OTHER_NOT_NOW = (
    r"el ano pasado|hace (?:\w+ )?(?:anos|meses)|l annee derniere|il y a (?:\w+ )?(?:ans|mois)|letztes jahr|vor (?:\w+ )?(?:jahren|monaten)|ano pasado|ha (?:\w+ )?anos|l anno scorso|(?:\w+ )?anni fa|drunk|asleep|sleeping on it|slept on it|pins and needles|years ago|last year|last month|used to|had a heart attack (?:in|last|years)|died|passed away|in hospital|heart attack in \d+|what are the signs|how (?:do|would) (?:i|you) know|in the film|on tv|"
    r"(?:team|side|defence|defense|squad|scrum|lead|tent|market|plan|deal)s? (?:has |had |just )?collapsed|collapsed (?:laughing|in (?:laughter|giggles))"
    # Polish
    r"|w zeszlym roku|rok temu|lata temu|lat temu|kiedys|mial zawal|miala zawal|zmarl\w*|w szpitalu|jakie sa objawy|po czym poznac"
)

# A chest sore from training, a strain or a cough, said in another language ("mam zakwasy w klatce po wyciskaniu",
# "boli mnie klatka dzień po treningu klatki", "agujetas en el pecho"): muscle soreness (DOMS), not the heart.
_CHEST_SORE_L10N = (
    r"zakwas\w*|miesni\w*|miesien|naciagn\w*|naderw\w*|po wyciskaniu|od wyciskania|po (?:treningu )?klatki|dzien po|(?:dwa|trzy|2|3) dni po|obolal\w*|stluczon\w*|"
    r"zebro|zebra|zeber|kaszel|kaszl\w*|przeziebien\w*|zgag\w*|refluks\w*|niestrawnos\w*|wczorajsz\w*|przedwczorajsz\w*|"
    r"agujetas|courbatures?|muskelkater|spierpijn|indolenziment\w*|dor muscular"
)

# A new pressure in the middle of the chest, with a companion sign: not last week's soreness.
_CENTRAL_PRESSURE = (
    r"squeez\w* (?:pressure|feeling|sensation|pain)|crushing (?:pressure|feeling|sensation|pain)|pressure (?:right )?(?:in|behind) (?:the )?(?:middle|centre|center)|"
    r"(?:pressure|tightness|heaviness|squeez\w*|crushing|tight|heavy) (?:[a-z]+ ){0,3}(?:right |dead )?in the (?:middle|centre|center)(?! of (?:my|the|a) (?:set|run|session|workout|race|night|day|class|ride))|"
    r"behind (?:my|the) (?:breastbone|sternum)|heavy (?:pressure|feeling|weight) (?:in|on) (?:my |the )?(?:chest|middle)"
)
_COMPANION = (
    r"dizzy|dizziness|light headed|lightheaded|woozy|faint|breathless|short of breath|out of breath|couldnt breathe|sweat\w*|clammy|"
    r"nause\w*|left arm|my arm|jaw|had to (?:sit|stop|lie)|see stars|seeing stars"
)
_PRESSURE_NOT = r"(?:lower |upper )?back|ears?|sinus\w*|head|eyes?|bladder|stomach|belly|abs|quads?|hamstrings?|glutes?|calf|calves|tyre|tire|peer pressure|time pressure|under pressure|blood pressure|pressure cooker|deadline"

# Someone else who collapsed or passed out during sport, told afterwards in everyday words ("my son
# went down at football practice, out for 10 seconds, coach says dehydrated"): no sport, not even
# light, until a doctor has checked the heart (ACSM, PAR-Q: losing consciousness).
_COLLAPSED_OTHER = (
    r"collapsed|collapsing|fainted|fainting|passed out|blacked out|keeled over|out cold|spark out|lost consciousness|"
    r"dropped (?:to the (?:floor|ground|deck)|like a (?:stone|rock|sack of \w+)|on the (?:pitch|court|field|track|floor|mat))|hit the (?:deck|floor|ground)|crumpled|"
    + COLLAPSE_EVERYDAY + r"|"
    r"(?:desmaiou|desmaio|se desmayo|desmayo|s est evanoui|evanoui\w*|ist (?:\w+ ){0,3}(?:umgekippt|zusammengebrochen|ohnmachtig geworden)|e svenut\w*|svenut\w*)"
    # Polish
    r"|zemdlal(?:a|o|y|i)?(?![a-z])|zaslabl(?:a|o)?(?![a-z])|stracil(?:a)? przytomnosc|osunal(?:a)? sie|osunela sie|upadl(?:a)? na (?:ziemie|podloge|boisko|bieznie)"
)
_WENT_DOWN = r"went down|go down|goes down|dropped|fell (?:down|over)|hit the (?:deck|floor|ground)|crumpled|slumped"
_WAS_OUT = (
    r"out for (?:maybe |about |around |like |roughly |only |just )?(?:(?:a few|a couple of|\d+|two|three|five|ten|fifteen|twenty|thirty|some|several|a good few) "
    r"(?:seconds?|secs?|moments?|minutes?|mins?)|a (?:bit|second|sec|minute|min|moment)(?![a-z]))|"
    r"out cold|unconscious|wasnt (?:responding|breathing properly)|not responding|came (?:round|to|around)|didnt know where (?:he|she|they) (?:was|were)|eyes rolled"
)
_OTHER_ATHLETE = (
    _OTHER_PERSON + r"|(?:my|our|a|the) (?:kid|kids|boy|girl|lad|lass|teen|teenager|player|teammate|team mate|child|stepson|stepdaughter|grandson|granddaughter|"
    r"nephew|niece|pupil|student|athlete|swimmer|runner|striker|keeper|goalie|winger|defender)s?|one of (?:my|our|the) (?:players|kids|lads|girls|boys|runners|swimmers|athletes|pupils|students)|"
    r"(?:meu|minha|mi|mon|ma|mein|meine|mio|mia) (?:filho|filha|hijo|hija|fils|fille|sohn|tochter|figlio|figlia)|"
    r"(?:my|our) (?:\d+|eldest|youngest|oldest|teenage|little|big|older|younger)(?: (?:year|yr) old| yo)? (?:son|daughter|boy|girl|lad|kid|child|brother|sister)s?|"
    r"(?:my|our) \d+ (?:year|yr) old|(?:a|one|this|the) (?:girl|boy|guy|woman|man|lady|lad|kid|player|member|runner|swimmer|dancer|student|teammate) (?:in|on|at|from) (?:my|our|the)"
    # Polish
    r"|(?:moj|moja|mojego|mojej|nasz|nasza) (?:syn|corka|dziecko|zawodnik|zawodniczka|uczen|uczennica|podopieczn\w*|wnuk|wnuczka)|(?:kolega|kolezanka|trener|trenerka|zawodnik|zawodniczka) z (?:druzyny|silowni|klubu|zespolu|grupy|sekcji)|(?:jeden|jedna) z (?:moich|naszych) (?:zawodnikow|zawodniczek|uczniow|graczy)"
)
_SPORT_OTHER = (
    r"practice|practise|training|train|match|game|games|pitch|court|field|track|pool|session|pe|sports day|cross country|warm up|drills?|"
    r"class|classes|dance|dancing|routine|rehearsal|ballet|gymnastics|lesson|spin|parkrun|\d+ ?k|marathon|workout|"
    r"aerobics|aqua aerobics|zumba|pilates|yoga|bootcamp|boot camp|hiit|circuits?|crossfit|step class|body ?pump|spinning|exercise class|fitness class|"
    r"(?:5|6|7|five|six|seven) a side|futsal|padel|squash|badminton|volleyball|pickleball|"
    r"clase|educacion fisica|gimnasia|correr|corriendo|carrera|cours|course|sport|sports|laufen|lauf|corsa|correre|palestra|ginasio|academia|"
    r"football|soccer|rugby|hockey|basketball|netball|tennis|running|run|race|swimming|gym|cycling|sprint\w*|laps?|cricket|athletics|boxing|"
    r"gala|freestyle|backstroke|breaststroke|butterfly|relay|swim meet|track meet|\d+ ?m (?:freestyle|race|sprint|swim|final|heat)|"
    r"treino|entrenamiento|partido|entrainement|match|futebol|futbol|fussball|spiel|allenamento|partita|calcio|\w+training|\w+spiel"
    # Polish
    r"|silowni\w*|trening\w*|boisk\w*|mecz\w*|pilk\w*|wf|w f|wfie|zajeciach|zajec|zajecia|biegu|biegania|basenie|zawodach|zawody|rowerze|biezni|rozgrzewce|crossfit\w*|aerobiku|zumbie"
)
_COLLAPSED_OTHER_NOT = (
    r"collapsed (?:laughing|in (?:laughter|giggles|a heap on the (?:sofa|couch|bed)))|(?:fainted|faint|passed out|collapsed|died) (?:from|of|with) (?:boredom|laughing|laughter|embarrassment|excitement)|(?:team|side|defence|defense|squad|scrum|lead|tent|market) (?:has |had )?collapsed|"
    r"giving blood|blood (?:test|donation)|needles?|injection|jab|vaccin\w*|"
    r"head (?:knock|injury|clash)|clash of heads|knock (?:on|to) the head|concuss\w*|tackle|hit (?:his|her|their) head|ball (?:to|in) the (?:face|head)|"
    r"(?:said|says|told me|reckons) (?:that )?(?:i|id|ive|im)|drunk|asleep|fell asleep|in the film|on tv|years ago|last year|what (?:are|is) the signs|how (?:do|would) (?:i|you) know|"
    r"went down with|went down a (?:division|league|size|level)|grades?|ranking|score|shares|stock|signal|server|wifi|app|website"
)

# Preparation (WHO/Samaritans): giving things away, putting affairs in order, not needing things.
# What people give away before they die: pets and keepsakes, and a trainee's bike, weights and kit.
_POSSESSIONS = (
    r"dog|cat|pets?|bird|horse|guitar|books|things|stuff|belongings|bike|bikes|tools|records|watch|jewellery|jewelry|clothes|"
    r"weights|dumbbells|kettlebells?|barbell|rack|gym (?:stuff|gear|kit)|kit|gear|trainers|rowing machine|treadmill|console|games|car|camera|vinyl|collection"
)
_GIVING_AWAY = (
    rf"(?:given|gave|giving|give) away (?:the|my|our|all my|most of my) (?:{_POSSESSIONS})|"
    rf"(?:given|gave|giving|give) (?:the|my|our|all my|most of my) (?:{_POSSESSIONS})(?: and (?:the |my |our |all my )?(?:{_POSSESSIONS}))? (?:away|to (?:my |a |the |our )?(?:neighbours?|neighbors?|friends?|mates?|sister|brother|son|daughter|niece|nephew|kids?|cousin|charity|shelter))|"
    r"(?:rehomed|re homed|found a (?:new )?home for|found (?:new )?homes for) (?:the|my|our|both|all|both my|all my|the two) (?:dogs?|cats?|pets?|birds?|horses?)|"
    r"(?:given|gave|giving) (?:away )?(?:everything|all my (?:things|stuff))"
)
_AFFAIRS = (
    r"(?:sorted|sorting|sort) (?:out )?(?:all )?my (?:papers|paperwork|affairs|finances|accounts|will|documents|things)|"
    r"(?:put|putting|got|getting) (?:all )?my (?:affairs|papers|paperwork|things|house|finances) in order|"
    r"(?:updated|written|wrote|made|making|finished|signed) (?:my|a) (?:will|funeral plan|letters?)|paid (?:off )?(?:the|my) funeral|"
    r"(?:cancelled|closed) (?:all )?my (?:accounts|subscriptions|memberships)|(?:wrote|written|writing) (?:goodbye )?letters? (?:to|for) (?:everyone|my family|all|each|the kids|my kids)"
)
_NOT_NEEDING = (
    r"(?:wont|will not|dont|do not) (?:think ill |think i will )?(?:be )?(?:needing|need) (?:a |the |any |this |it |them |that )?(?:[a-z]+ ){0,2}(?:any ?more|much longer|after|for long)|"
    r"(?:dont|do not|wont) think ill (?:be )?(?:needing|need)|wont be (?:around|here) (?:much longer|for long|to)|no (?:use|need) for (?:it|them|a plan) (?:any ?more|now)|"
    r"(?:died|passed away|passed|lost (?:my|her|him))|(?:wife|husband|partner)s? (?:is )?(?:gone|dead)|since (?:she|he) (?:died|went|passed)|widow\w*|grief|grieving|alone now|nothing left"
)
# Someone else's goodbye: a farewell message and their things given away ("posted 'thanks for
# everything, you guys were the best' and gave away his boots and his bike"): ask them directly.
_GIVING_AWAY_THEIRS = (
    rf"(?:given|gave|giving|gives|handed|handing|hands) (?:away |out |me |us |my \w+ )?(?:his|her|their|all his|all her|all their|most of his|most of her) (?:\w+ )?(?:{_POSSESSIONS}|boots|medals|shirts?|jerseys?|trophies|bikes?|rowing machine|weights|watch|guitar|car|tools)"
    rf"(?: (?:away|out|to))?"
)
_GOODBYE_POST = (
    r"thanks for everything|thank you for everything|(?:you (?:guys|all|lot) )?(?:were|have been|are) the best(?! (?:team|season|coach))|(?:goodbye|bye) (?:everyone|all|guys|lads)|"
    r"i love you all|love you all|sorry for everything|(?:look after|take care of|feed|walk) (?:my|the) (?:dog|cat|kids|pets?|boy|girl)|"
    # "look after rex if anything happens to me"
    r"if (?:anything|something) (?:happens|should happen|were to happen|was to happen) to (?:me|him|her)|(?:when|once) (?:im|i m|i am) (?:gone|not around|not here)|(?:wont|will not) be (?:around|here|coming back)|farewell|final (?:message|post)"
)
# Someone else low for a while ("he's been really down lately", "she has been so low since the breakup"): beside
# their goodbye message, a warning sign to act on now (Samaritans: a goodbye and low mood together).
_LOW_THEIRS = (
    r"(?:he|she|they|hes|shes|theyre|he s|she s|they re|hed|shed)(?: (?:has|have|is|are|s|ve))? (?:been |seemed |seeming |looked )?(?:really |so |very |pretty |quite |a bit |super |proper )?"
    r"(?:down|low|depressed|struggling|withdrawn|not himself|not herself|not themselves|in a (?:bad|dark) (?:place|way))(?![a-z])|"
    r"(?:hasnt|hasn t|has not|havent|have not) been (?:himself|herself|themselves)"
)
_GOODBYE_NOT = r"pills?|tablets?|rope|gun|overdose|tonights the night|tonight s the night|the day|retir\w*|leaving (?:the )?(?:club|team|school|company|gym)|moving|emigrat\w*|new job|holiday|travel\w*|trip|season|party|final|finals|speech|wedding|leaving do|last day|graduat\w*"
# The same goodbye after low weeks in the other languages ("me escribió 'gracias por todo, cuida de mi perro'. lleva tiempo
# muy bajo de ánimo"): the answer for the one who worries, in their language.
_GOODBYE_L10N = (
    r"gracias por todo|merci pour tout|danke fur alles|grazie (?:di|per) tutto|obrigad[oa] por tudo|bedankt voor alles|dziekuje za wszystko|"
    r"cuida(?:d)? (?:de )?mi (?:perro|gato|perrito)|prends soin de mon (?:chien|chat)|kummer\w* dich um meinen (?:hund|kater)|pass auf meinen hund auf|"
    r"prenditi cura del mio (?:cane|gatto)|cuida do meu (?:cachorro|cao|gato)|zorg (?:goed )?voor mijn (?:hond|kat)|zaopiekuj sie moim (?:psem|kotem)|"
    r"adios a todos|adieu a tous|lebt wohl|addio a tutti|adeus a todos|vaarwel|zegnajcie"
)
_LOW_THEIRS_L10N = (
    r"deprimid[oa]|deprime|deprimiert|depress\w*|bajo de animo|baja de animo|de bajon|pas le moral|au fond du trou|niedergeschlagen|schlecht drauf|"
    r"giu di morale|em baixo|pra baixo|para baixo|somber|neerslachtig|in de put|przygnebion\w*|w dolku|"
    r"(?:muy|tan|tres|sehr|molto|muito|heel|bardzo) (?:triste|trist|traurig|triste|verdrietig|smutn\w*)"
)
GOODBYE_THEIRS = (_GOODBYE_POST, _LOW_THEIRS, _GOODBYE_NOT)  # for the word model's reading of someone else (`host.safety.guard`)
_PREPARATION_NOT = r"moving (?:house|abroad|away|out)|emigrat\w*|new job|relocat\w*|allergic|allergy|landlord|no pets|new baby|downsiz\w*|travel\w*|holiday|tax return|mortgage|divorce papers"

# Chewing food and spitting it out, in the six languages (chewing gum or a wine tasting is not).
_CHEW = r"(?:food|it|bites?) in my mouth|chew\w*|mastico|mastic\w*|mastig\w*|mache|machant|macher|kaue|kauen|kaut|zerkaue|zuje|zuc|zulam|zulem|przezuw\w*"
_SPIT = (
    r"spit\w*|spat|escup\w*|recrach\w*|crach\w*|spuck\w*|cusp\w*|sput\w*|wypluw\w*|wyplu\w*|pluje"
)
_CHEW_NOT = r"gum|guma|gume|gumy|kaugummi|chicle|chewing gum|chiclete|gomma|tobacco|seeds|pips|stones|bones|olives?|cherr\w*|sunflower|tasting|dentist|mouthwash|baby|toddler|dog|puppy|cat|llama|camel|out loud"

# Laxatives in the other languages, with a purpose or a habit that makes them a behaviour.
_LAXATIVE_L10N = r"lassativ\w*|laxantes?|laxatifs?|abfuhrmit+el|abfuhrtee|purgantes?|purgativ\w*|laxeer\w*|laxeermiddel\w*" r"|przeczyszcz\w*|senes\w*|bisakodyl\w*|moczopedn\w*|diuretyk\w*"
_LAXATIVE_PURPOSE = (
    r"secar|secarme|secher|asciugar\w*|vuot\w*|vacia|vacio|vide|leer|vazia|vazio|svuot\w*|dose massima|dosis maxima|dose maximale|maximale dosis|hochstdosis|dose maxima|quant\w* (?:ne )?posso|cuantos puedo|combien je peux|wie viele|quantos posso|"
    r"ogni (?:sera|giorno|notte)|tutti i giorni|todas las noches|todos los dias|tous les soirs|tous les jours|jeden (?:abend|tag)|taglich|todas as noites|todos os dias|"
    r"dimagr\w*|adelgaz\w*|maigrir|abnehmen|emagrec\w*|peso|poids|gewicht|grassi|calorie|calorias|kalorien|"
    r"dopo (?:ogni pasto|aver mangiato|mangiato)|despues de comer|apres (?:avoir mange|manger|les repas)|nach dem essen|depois de comer|"
    r"afvallen|gewicht|leeg (?:voelen|te voelen)|elke (?:avond|dag)|na het eten|calorieen|hoeveel (?:mag|kan) ik"
    # Polish
    r"|schudn\w*|odchudz\w*|wag\w*|wazyc|zbic wage|zrobic wage|kalori\w*|codziennie|co wieczor|co dzien|kazdego (?:dnia|wieczoru)|wieczorem|po (?:kazdym )?(?:\w+ )?(?:jedzeniu|posilku|posilkach|napadzie|obiedzie|kolacji)|zeby (?:byc|czuc sie) (?:lzejsz\w*|pust\w*|plask\w*)|ile (?:moge|mozna)|zeby nie przytyc"
)
_LAXATIVE_NOT = r"stitichezza|estrenimiento|estrenida|constipation|constipe\w*|verstopfung|verstopft|prisao de ventre|colonoscop\w*|kolonoskopie|darmspiegelung|coloscopie|endoscop\w*|medico me|mi ha (?:detto|prescritto)|me (?:los )?receto|m a prescrit|verschrieben|receitou" r"|zaparci\w*|kolonoskopi\w*|przed badaniem|lekarz (?:mi )?(?:przepisal|kazal|zalecil)|przepisal\w*|zalecil\w*|po operacji"

# A baby who has gone still, in the other languages and in softer English.
_BABY_STILL = (
    r"(?:bebe|nino|nina) no se (?:mueve|ha movido)|no (?:lo|la) (?:siento|noto) mover\w*|no (?:siento|noto) (?:al bebe|a la bebe|al nino|a la nina|patadas|movimientos)|no (?:siento|noto) (?:que )?(?:el bebe|la bebe) se mueva|"
    r"geen (?:leven|beweging\w*|schopjes) (?:meer )?(?:gevoeld|voelen|voel)|(?:baby|kindje) beweegt (?:\w+ ){0,2}(?:niet|minder|nauwelijks)|"
    # "sinds vanochtend voel ik de baby bijna niet meer bewegen", "bijna geen leven gevoeld", "minder schopjes"
    r"voel(?:de)? (?:ik )?(?:de |het |mijn |ons )?(?:baby|kindje|kind|ukje) (?:\w+ ){0,3}?(?:niet|nauwelijks|minder)(?: meer)? (?:bewegen|schoppen|trappen)|"
    r"(?:bijna|haast|nauwelijks) (?:geen|niet) (?:meer )?(?:leven|beweging\w*|schopjes|bewegen)|minder (?:leven|beweging\w*|schopjes|trappen)(?: gevoeld| voelen| dan normaal)?|"
    r"(?:bebe|il|elle) ne bouge (?:plus|pas|presque plus)|je ne (?:le|la) sens plus bouger|je ne sens plus (?:le bebe|de mouvements|bouger)|"
    r"bewegt sich (?:\w+ ){0,4}(?:nicht|kaum)|spure (?:\w+ ){0,2}(?:keine|kaum) (?:bewegungen|tritte)|keine kindsbewegungen|"
    r"(?:bebe|nenem) (?:nao|n) (?:se )?mex\w*|nao (?:o|a) sinto mexer|nao sinto (?:o bebe|chutes|movimentos)|"
    r"(?:bambin[oa]|bimb[oa]) non si muove|non (?:lo|la) sento (?:piu )?muover\w*|non sento (?:piu )?(?:il bambino|calci|movimenti)|"
    r"(?:baby|little one|bump|bubs|bean|babe)(?: has| is|s)? (?:been |gone |gotten |got )?(?:really |very |so |super |quite |unusually |way |much |a lot |loads )?(?:quiet|still|quieter than (?:normal|usual|it usually is)|less active than (?:normal|usual))(?! (?:now|tonight) (?:after|that))|"
    # moving LESS than usual, in every language: "se mueve mucho menos desde ayer", "bouge beaucoup moins"
    r"(?:bebe|nino|nina) (?:se )?(?:mueve|movia|ha movido|esta moviendo) (?:\w+ ){0,2}?menos|se mueve (?:mucho |muchisimo |bastante |muy )?(?:menos|poquito|muy poco)|apenas (?:se mueve|se ha movido|lo siento|la siento|patea|noto)|"
    r"no se (?:mueve|ha movido) (?:tanto|como antes|como siempre|casi nada)|(?:menos|casi no (?:hay|siento|noto)) (?:movimientos|patadas)|casi no (?:lo|la) (?:siento|noto)|"
    r"bouge (?:\w+ ){0,2}?moins|bouge (?:tres |vraiment )?peu|moins de (?:mouvements|coups)|je (?:le|la) sens (?:\w+ ){0,2}?moins|"
    r"bewegt sich (?:\w+ ){0,4}weniger|weniger (?:kindsbewegungen|bewegungen|tritte)|"
    r"(?:se )?mex\w* (?:\w+ ){0,2}?menos|menos (?:movimentos|chutes)|quase nao (?:se )?mex\w*|"
    r"si muove (?:\w+ ){0,2}?meno|(?:meno|pochi) (?:movimenti|calci)|"
    r"(?:baby|babys|little one|bump|bubs|she|he|shes|hes)(?: is| has| s| has been| s been)? (?:been )?(?:moving|kicking|wriggling|active) (?:so |much |a lot |way |loads |far |heaps |noticeably |really )?less|"
    r"(?:not|hasnt|havent|isnt|wasnt|nowhere near) (?:been )?(?:moving|kicking|moved|kicked|wriggl\w*) (?:nearly |anywhere near )?(?:as much|as often)|"
    r"(?:barely|hardly|only just) (?:felt|feel|feeling|noticed) (?:her|him|it|them|the baby|baby|any(?:thing)?|a kick|kicks|movement\w*)"
    # Polish
    r"|dziecko (?:sie )?(?:nie rusza|nie ruszalo|przestalo sie ruszac|rusza sie (?:\w+ )?(?:mniej|slabiej|rzadziej))|(?:nie czuje|nie czulam|przestalam czuc) (?:\w+ )?(?:ruchow|ruchy|kopniec|dziecka)|(?:duzo |wyraznie |znacznie )?mniej (?:ruchow|kopniec)|(?:malo|slabe) ruchy|brak ruchow"
)
_BABY_CONTEXT = _PREGNANT_L10N + r"|pregnant|weeks|wks|semanas|semaines|woche\w*|settimane|weken|midwife|kicks?|kicking|movements?|bump|hebamme|matrona|sage femme|parteira|ostetrica|verloskundige|tydzien|tygodniu|tyg|polozn\w*"
_BABY_WORD = r"baby|babys|bump|little one|bubs|kicks?|kicking|movements?|wriggl\w*|bebe|bambino|kind"
_NOTHING_SINCE = (
    r"nothing (?:since|all (?:day|evening|afternoon)|today|for (?:hours|ages|a while))|not a (?:kick|thing|flutter|peep|wriggle) (?:since|all day|today)|"
    r"no (?:kicks?|movements?|flutters?|wriggles?) (?:since|all day|today|for)|havent felt (?:her|him|it|them|anything) (?:since|all day|today)|"
    r"quiet since|still since|nada desde|rien depuis|nichts seit|nada desde|niente da"
)
_BABY_STILL_NOT = r"asleep|sleeping|nap\w*|newborn|months old|month old|crib|cot|pram|buggy|car seat|duerme|dort|schlaft|dorme" r"|spi|niemowl\w*|miesiecy|miesieczn\w*|wozk\w*|lozeczk\w*"

# The AHA's picture in the first person: the jaw or an arm, with a cold sweat or sickness.
_JAW_ARM = r"jaw|jaws|left arm|both arms|arm and jaw|kiefer|mandibula|machoire|maxilar|mascella"
_SWEAT_SICK = r"cold sweat|sweat\w*|clammy|sick|nause\w*|queasy|vomit\w*|throw up|grey|gray|sudor\w*|suando|sueur|schweis\w*|sudat\w*|nausea\w*|ubel"
# Between the shoulder blades with a cold sweat or sickness ("ache between my shoulder blades + I'm clammy"): in women
# especially, a heart attack can feel like this rather than chest pain (AHA: warning signs in women; BHF).
_SHOULDER_BLADES = (
    r"between (?:my |the |her |his )?shoulder ?blades?|(?:upper|middle|mid) back (?:pain|ache|aching|pressure)|(?:pain|ache|aching|pressure) in (?:my |the )?(?:upper|middle|mid) back|"
    r"zwischen (?:den )?schulterblatt\w*|entre (?:los |les |as |os )?(?:omoplatos|omoplates|escapulas)|tra le scapole|tussen (?:mijn |de )?schouderbladen|miedzy lopatkami"
)
_CLAMMY_SICK = r"cold sweat|clammy|sick(?! of| and tired)|nause\w*|queasy|vomit\w*|throw up|threw up|grey|gray|sudor frio|suor frio|sudore freddo|sueurs? froides?|kalter schweis\w*|ubel\w*|misselijk|mdl\w*"
_JAW_NOT = (
    r"tooth|teeth|toothache|dentist|dental|wisdom|filling|braces|retainer|clench\w*|grind\w*|tmj|chewing|gum|hangover|hungover|drunk|food poisoning|flu|a cold(?! sweat)|head cold|covid|virus|bug|"
    r"punch\w*|hit|elbow|ball|fell|fall|crash|knock|boxing|sparring|sore from|after (?:the )?dentist|"
    r"what are|signs of|symptoms of|how do i know|last year|years ago|used to|in the film|on tv|" + r"my (?:dad|father|mum|mom|mother|husband|wife|partner|friend|brother|sister|son|daughter)"
)

# A loss far above the dietitians' 0.5-1 kg a week, with how it was done or a wish to keep the pace.
_BIG_WEEKLY_LOSS = (
    r"(?:down|lost|dropped|shed|losing|dropping) (?:(?:[5-9]|[1-9][0-9])(?: ?(?:lb|lbs|pounds))|(?:[3-9]|[1-9][0-9])(?: ?(?:kg|kilos?|kgs))|(?:five|six|seven|eight|nine|ten|twelve|fifteen) (?:lb|lbs|pounds)) "
    r"(?:this|in a|in one|in the last|last|in under a|inside a) (?:week|few days)|(?:in|over) (?:the last )?(?:[2-7]|two|three|four|five|six|seven) days|"
    # Polish: "schudłam 5 kg w tydzień", "zrzuciłem 4 kilo w trzy dni"
    r"(?:schudl\w*|stracil\w*|zrzucil\w*|spadlo mi|zgubil\w*) (?:juz )?(?:[3-9]|[1-9]\d) (?:kg|kilo\w*) (?:w|przez|na|w ciagu) (?:(?:jeden |ostatni )?tydzien|tygodniu|(?:\d+|kilka|dwa|trzy|cztery|piec|szesc) dni)"
)
_LOSS_HOW = r"skip\w*|not eating|barely eating|fasting|starv\w*|midnight|every night|twice a day|keep (?:this|the|it|that|up this) (?:pace|going|up)|another (?:week|month)|faster|more" r"|nie jem|prawie nie jem|glodz\w*|szybciej|jeszcze|dalej|wiecej|nic nie jem|tylko wode"

# Very low intake in everyday words: one small thing a day ("eating basically a yogurt a day",
# "living on like one apple a day"). Said with a qualifier that makes it the whole day's food; a
# yogurt a day for the gut, or on top of meals, is not.
_SMALL_THING = (
    r"(?:small |tiny |low fat |light |plain |single )?(?:apple|banana|rice cake|yogh?urt|orange|egg|boiled egg|cracker|carrot|cucumber|piece of fruit|"
    r"slice of (?:bread|toast)|cup of soup|soup|salad|protein bar|cereal bar|granola bar|biscuit|cookie|handful of [a-z]+|bowl of [a-z]+|protein shake|shake|smoothie)s?"
)
_ONE_SMALL_THING_A_DAY = (
    r"(?:eat|eats|eating|ate|have|has|having|had|living on|lives on|surviving on|survives on|getting by on|gets by on|live on|existing on|allowed myself|allowing myself|allow myself) "
    r"(?:basically |literally |barely |like |maybe |about |at most |max |only |just |pretty much |practically |nothing but |no more than )+"
    r"(?:an?|one|half an?|a single|1|a couple of|two|2) " + _SMALL_THING +
    r"(?: (?:and|,|plus|with) (?:an?|one|some|a|black|diet) (?:[a-z]+ )?[a-z]+)? (?:a|per|each|every) day"
    r"(?! (?:is|as|for (?:my |the )?(?:gut|calcium|protein|dessert|bones)|on top|plus|alongside|in addition|extra|with (?:my|every|each) meal))"
)
_ONE_SMALL_THING_NOT = (
    r"on top of|as well as|besides (?:my|the) meals|alongside|in addition|snack|dessert|gut health|probiotic|calcium|keeps the doctor|"
    r"(?:my|our|the) (?:dog|cat|puppy|kitten|hamster|rabbit|baby|toddler)|supplement|enough protein|cholesterol|how many eggs"
)
# Laxatives or pills kept hidden, or beside skipped meals, in someone else: what a parent or a
# friend finds ("a stash of laxative packets in her room", "she says they're for constipation").
_LAXATIVE_ANY = lx.LAXATIVE + r"|laxative packets?|laxative sachets?|" + _LAXATIVE_L10N
_HIDDEN_OR_SKIPPING = (
    r"stash\w*|hidden|hiding|hid|hides|secret\w*|found|finding|wrappers|empty (?:packets|boxes|bottles)|under (?:her|his|their) (?:bed|mattress)|in (?:her|his|their) (?:room|bag|drawer)|"
    r"skip\w* (?:\w+ )?(?:meals|dinners?|lunch\w*|breakfasts?|tea)|(?:not|isnt|hasnt been|wont|refuses to|barely) (?:eating|eat)|pushes (?:her|his|their) food"
)
_PARENT_OR_FRIEND = (
    r"my (?:daughter|son|child|kid|teenager|teen|girl|boy|stepdaughter|stepson|niece|nephew|sister|brother|friend|best friend|flatmate|roommate|girlfriend|boyfriend|partner|wife|husband|student|athlete)s?|"
    r"(?:she|he|they) (?:says|said|claims|told me)"
)

# Cutting or burning oneself, hidden or used to cope: asking for sleeves is still a disclosure.
_SELF_MARKS = r"(?:my |the |where i )?(?:cuts|cutting|cut myself|cut|self harm\w*|sh marks|sh scars|burns on my|fresh cuts|new cuts|fresh marks|new marks|marks on my (?:forearms?|arms?|wrists?|thighs?|legs?|stomach|hips?))"
_HIDE_COPE = (
    r"hide|hiding|cover\w*|conceal\w*|nobody (?:sees|can see|notices)|no one (?:sees|can see|notices)|so people dont see|long sleeves?|"
    r"(?:dont|do not|so) (?:want )?(?:people|anyone|everyone|them|my \w+) (?:seeing|to see|see|notic\w*|asking)|(?:dont|do not) want (?:people|anyone|everyone|them) (?:\w+ ){1,4}(?:to see|seeing|to notice)|"
    r"cope|coping|helps me|release|calms me|only thing that works|when it gets too much|not suicidal|not trying to die"
)
_SELF_MARKS_NOT = (
    r"stretch ?marks|cellulite|eczema|rash|acne|tattoo\w*|kettlebell|barbell|chalk|in a cut|on a cut|mini cut|during (?:my |a |the )?cut|paper cut|shaving|shave|razor burn|bramble|thorn|kitchen|knife skills|chopping|haircut|hair cut|price cut|pay cut|tax cut|weight cut|cutting (?:phase|season|cycle|diet|carbs|calories|sugar|weight|back|down|out)|"
    r"cut (?:phase|season|carbs|calories|sugar|weight|back|down|out|the|it|my (?:hair|nails|losses))|bulk\w*|lean|shred\w*|abs|definition|surgery|operation|scar tissue|stitches|fell|fall|crash|cat|dog|climbing|bjj|mat burn|rope burn|sunburn|"
    r"my (?:friend|sister|brother|daughter|son|mum|mom|dad|partner|student|client)"
)
# Exercise asked for in place of self-harm ("a harder plan so I don't need the wall"): the harm is the point.
_WORKOUT = r"run\w*|ran|workouts?|plans?|sessions?|training|train|lift\w*|gym|sprint\w*|cardio|exercis\w*|hiit|beasting"
_INSTEAD_OF_HARM = (
    r"(?:so|that|then) i (?:dont|do not|wont|will not) (?:need|have) (?:to )?(?:cut|punch|hit|burn|scratch)\w*|"
    r"(?:so|that|then) i (?:dont|do not|wont|will not) need (?:the (?:wall|walls|blade|blades|razor|razors|lighter)|my (?:blade|razor)|to (?:cut|punch|hurt|harm|burn))|"
    r"(?:so|that|then) i (?:dont|do not|wont|will not) (?:cut|burn|punch|scratch)(?! (?:carbs|calories|sugar|weight|corners|back|down|out|it|the|my hair))|"
    r"instead of (?:cutting(?! (?:carbs|calories|sugar|weight|back|down|out))|punching (?:walls?|things|myself)|hurting myself|harming myself|burning myself|self harm\w*)|"
    r"(?:replace|replaces|replacing) (?:hurting|harming|cutting|burning) myself"
)
# Algospeak for suicide.
_UNALIVE = r"unaliv\w*|un aliv\w*|unalive"
_UNALIVE_NOT = r"what does|what is|meaning|means|word|tiktok|algospeak|game|video|character|movie|film|book|episode|the villain"

# Laxatives by what they do ("slimming teas that make you run to the loo", "little pink pills so it all
# comes out by morning"), with a binge, the scales or a wish for more: a purge by another name.
_CLEARS_OUT = (
    r"run (?:to|for) the (?:loo|toilet|bathroom|lavatory|john)|running (?:to|for) the (?:loo|toilet|bathroom)|(?:on|off to) the (?:loo|toilet) all (?:day|night)|"
    r"(?:clean|cleans|cleaned|cleaning|clear|clears|cleared|flush|flushes|flushed|flushing) (?:you|me|it|everything|it all|the lot) out|"
    r"(?:it all|everything|all of it|the lot|it|food) (?:comes|come|came|goes) (?:straight )?(?:out|through)|get (?:it|everything|it all|the food) out(?! of (?:my|your|his|her|their|the) (?:system|head|mind))|"
    r"(?:slimming|detox|skinny|dieters|flat tummy|teatox) teas?|senna|dulcolax|bisacodyl|laxatives?|laxies"
)
_CLEARS_OUT_WHY = (
    r"binge\w*|binging|overate|so i dont (?:gain|absorb|put)|not (?:to )?gain|lose|losing|lost|weight|slim\w*|skinny|empty|emptier|light|lighter|flat (?:tummy|stomach)|undo|"
    r"double up|more of (?:them|it)|faster|speed (?:it|this) up|how many|by (?:the )?morning|last night|pounds|lbs|kg|fortnight"
)
_CLEARS_OUT_NOT = (
    r"constipat\w*|bunged up|ibs|colonoscopy|bowel prep|doctor|gp|prescribed|hospital|after (?:my |the )?(?:surgery|op|operation)|food poisoning|bug|norovirus|"
    r"coffee|pre workout|preworkout|gels?|race|marathon|mid run|before (?:my|a|the) run|runners trots|trots|baby|toddler|dog|cat|scam|(?:is|are) (?:\w+ )?(?:teas?|it|they|senna) (?:safe|dangerous)|banned|my (?:mum|mom|friend|sister)"
)
# Waters breaking in pregnancy: a gush or a trickle that is not wee.
_FLUID = (
    r"gush\w*|trickl\w*|leak\w*|(?:my )?waters? (?:broke|broken|breaking|have gone|has gone|went|might have gone)|fluid (?:coming|running|down|leaking)|"
    r"(?:wet|soaked) (?:knickers|pants|underwear|leggings)|not (?:wee|pee|urine)|"
    # the other languages: "j'ai senti du liquide couler", "perdí líquido", "Fruchtwasser", "vruchtwater"
    r"(?:du |de |un peu de )?liquide (?:qui )?(?:coul\w*|sort\w*)|perte de liquide|perdu les eaux|(?:la )?poche des eaux|"
    r"(?:perdi|perdiendo|perdida de|sale|salio|salia|escapa|se me escapa) (?:un poco de |un |algo de )?liquido|(?:se me )?(?:rompio|ha roto|rompi) (?:la )?(?:fuente|bolsa)|"
    r"fruchtwasser|blasensprung|flussigkeit (?:lauft|lief|ausgelaufen|verloren)|"
    r"(?:perso|perdita di|esce|uscito|uscita) (?:del |un po di )?liquido|rotto le acque|rotte le acque|"
    r"(?:perdi|perdendo|saiu|saindo|escorr\w*) (?:um pouco de )?liquido|(?:a )?bolsa (?:rompeu|estourou)|"
    r"vruchtwater|vliezen (?:zijn )?gebroken|vocht (?:verloren|verlies|liep|loopt)|"
    r"wody (?:plodowe )?(?:odeszly|odchodza|saczy)|saczy sie plyn|plyn (?:cieknie|leci|wyciekl)"
)
_PREGNANT_NOW = _PREGNANT_L10N + r"|pregnant|\d+ ?(?:wks|weeks|wk)(?! (?:ago|into|in|of (?:training|the plan|my plan)|training|out|until|to go (?:until|till) (?:the|my) (?:race|marathon)))|bump|midwife|due date"
# Blood seen, said plainly ("some bright red on the pad"), in a pregnancy.
_BLOOD_SEEN = (
    r"(?:bright |dark )?red (?:on|in) (?:the |my )?(?:pad|liner|pants|knickers|underwear|toilet paper|tissue|loo roll)|"
    r"blood (?:on|in) (?:the |my )?(?:pad|liner|pants|knickers|underwear|toilet paper|tissue)|" + lx.SPOTTING_BLEED + r"|bleeding|(?:some |a bit of |a little )?blood when i wipe"
)
_BLOOD_NOT = r"nose|nosebleed|gums?|lip|cut|graze|blister|period (?:app|tracker)|weeks ago|postpartum|newborn|months old|" + lx.NOT_PREGNANT
_FLUID_NOT = r"when i (?:sneeze|cough|laugh|jump|skip)|sneez\w*|pelvic floor|colostrum|milk|breasts?|nipples?|nose|sweat\w*|bottle|roof|pipe|tap|tent|shoes?|hydration pack|camelbak|weeks ago|postpartum|newborn|months old"
# Not planning to be around ("I don't plan on being around by christmas anyway"), with the point gone.
_NOT_AROUND = (
    r"(?:dont|do not|wont|will not|not|never) (?:plan(?:ning)? on |plan(?:ning)? to |intend(?:ing)? to |expect(?:ing)? to |going to |gonna |think ill |think i will |see myself )?"
    r"(?:be |being |still be |still being )(?:around|here|alive)"
    r"(?! (?:this|tonight|tomorrow|today|next (?:week|weekend|few days)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|for (?:a|the) (?:week|weekend|few days)|at (?:the )?(?:weekend|gym))(?![a-z]))|"
    r"if i (?:wasnt|werent|was not|were not|wasn t) (?:around|here|alive)(?! (?:this|tonight|tomorrow|today|next|on|for|at))"
)
_POINT_GONE = r"(?:easier|better off|lighter|happier|less (?:stress|hassle|work)) (?:time )?(?:for (?:them|everyone|my \w+) )?(?:if|without)|easier time|better off|whats the point|what is the point|no point|pointless|dont see the point|why bother|(?:doesnt|wont|does not|will not) matter|what does it matter|anyway|by then|(?:much|any) longer"
_NOT_AROUND_NOT = r"travel\w*|holiday|vacation|away|trip|abroad|moving|business|conference|work|shift|in laws|visiting|wedding|festival|camping|hospital for|op|surgery|office|signal|wifi|online"
# Not being a burden "much longer" (perceived burdensomeness with a horizon: Samaritans and
# Joiner's warning signs), said alone; a slow training partner or the rent is not.
_BURDEN_LONGER = (
    r"(?:wont|will not|not going to|im not going to|i wont) be (?:a |an )?(?:burden|problem|bother|drain|weight) "
    r"(?:to|on|for) (?:anyone|anybody|everyone|you|them|my \w+|people) (?:for )?(?:much longer|long|anymore|any more|soon)|"
    r"(?:wont|will not) be (?:a |an )?(?:burden|bother|drain) (?:for )?(?:much longer|for long|soon)"
)
_BURDEN_LONGER_NOT = r"training partner|gym (?:partner|buddy)|spotter|team|squad|pace|slow\w*|injur\w*|knee|ankle|crutches|cast|rehab|moving out|move out|rent|pay\w*|money|loan|job"
# Wanting to disappear for good, in the six languages (a belly or love handles disappearing is not).
_DISAPPEAR = (
    r"(?:(?:envie de|veux|voudrais|aimerais|besoin de) disparaitre|disparaitre (?:pour de bon|pour toujours|a jamais|definitivement)|"
    r"(?:quiero|ganas de|quisiera) desaparecer|desaparecer para siempre|(?:quero|vontade de|queria) (?:desaparecer|sumir)|(?:desaparecer|sumir) (?:para sempre|de vez)|"
    r"(?:will|mochte|wurde gerne|wunsche mir) (?:einfach )?(?:\w+ )?verschwinden|fur immer verschwinden|(?:voglio|vorrei|ho voglia di) (?:sparire|scomparire)|(?:sparire|scomparire) per sempre|"
    r"(?:want|wanna|wish i could|i just want) to (?:disappear|vanish) (?:for good|forever|for ever|permanently|and never come back))"
    # a thing made to disappear ("quiero desaparecer los kilos", "disparaître mes poignées") is a goal, not a wish to be gone
    r"(?! (?:los|las|el|mon|ma|mes|mi|mis|o|os|as|com|il|lo|gli|meu|minha|meus|minhas|this|that|my|the|these|those|questi|queste|quei|ces|cette|ce)(?![a-z]))"
)
_DISAPPEAR_NOT = r"faire disparaitre|hacer desaparecer|fazer (?:desaparecer|sumir)|far (?:sparire|scomparire)|verschwinden lassen|couette|week ?end|vacances|montagne|mountains?|woods|for a (?:week|weekend|few days|bit)|magic|trick|ventre|belly|bauch|barriga|pancia|poignees|love handles|graisse|fat|grasa|gordura|grasso|fett|acne|spots|boutons"

# A passive wish to die in an older person's words, beside a bereavement ("I'm ready to go and join
# her", "I've lived long enough", "tired of living since he passed"): asked about gently and directly.
_JOIN_THE_DEAD = (
    r"(?:ready|want|wanting|wanna|longing|waiting|time for me|wish i could|like|hoping) to (?:go and |go |just |finally )?(?:join|be with|be reunited with|see) "
    r"(?:her|him|them|my (?:late )?(?:wife|husband|partner|son|daughter|mum|mom|mother|dad|father|love|sweetheart|darling))(?: again| soon| now| up there| in heaven| on the other side)?(?![a-z])(?! (?:for|at|on|in the|when|after|this|tomorrow|next))|"
    r"(?:im|i am) ready to go(?= \.| ,| and| now|$)|(?:ive|i have) (?:lived|had) (?:long )?enough|(?:tired|weary|sick) of (?:living|life|being alive|being here|going on)(?! (?:out of|in|with|off|like|on)(?![a-z]))|"
    r"(?:dont|do not|no longer) (?:want|wish) to (?:go on|carry on|be here|live) without (?:her|him|them)|(?:god|the lord|he) (?:can|could|should|may) (?:come and )?take me|"
    r"(?:waiting|ready) (?:for|to meet) (?:my maker|the end|god)|my time (?:has come|is up)|(?:wouldnt|would not) mind (?:if i )?(?:didnt|not|never) (?:wake up|waking up|woke up)"
)
_BEREAVED = (
    r"died|passed(?: away| on)?|lost (?:my|her|him)|buried (?:my|her|him)|(?:wife|husband|partner)s? (?:is |has )?(?:gone|dead)|since (?:she|he) (?:died|went|passed)|widow\w*|grief|grieving|bereave\w*|"
    r"funeral|alone now|on my own now|without (?:her|him)|(?:her|his) (?:death|grave)|in heaven"
)
_JOIN_NOT = r"club|team|class|gym|run|walk|group|zoom|call|trip|holiday|wedding|party|for (?:dinner|lunch|tea|coffee)|retire\w*|(?:to|in) (?:the )?(?:game|queue|line)"
# Wound care asked beside self-harm ("whats the best cream so it heals before gym?"): first aid first.
# How bad a wound is said to be ("the new ones are pretty deep", "won't stop bleeding").
WOUND_SERIOUS = r"(?:pretty|really|quite|very|too|so) deep|deep (?:ones|cuts?)|gaping|(?:still|wont stop|keeps?) bleeding|infect\w*|stitches|need(?:s|ed)? (?:stitching|glue)"
WOUND_CARE = (
    r"cream|creams|ointment|heal|heals|healing|heal up|scar|scars|scarring|(?:with|wi|wiv) (?:the |my |these |fresh |new )+(?:cuts|burns|wounds)|"
    r"sweat (?:\w+ ){0,3}?(?:mess|sting|get in|infect)\w*|(?:my )?(?:arms?|legs?|wrists?|thighs?) (?:are|is|look|looks) (?:a |such a )?(?:mess|state|wreck|bad)|(?:chlorine|pool) (?:\w+ ){0,3}?(?:cuts|burns|sting)\w*|blister\w*|bandage\w*|plasters?|dressings?|antiseptic|"
    r"sudocrem|savlon|aloe|bepanthen|germolene|vaseline|first aid|(?:cover|treat|clean) (?:it|them|the (?:burn|burns|cut|cuts|marks|wound))|"
    r"(?:rip|tear|split|open) (?:them|it|the cuts?) (?:back )?(?:open|up)|reopen\w*|bleed (?:through|again)|" + WOUND_SERIOUS
)

# Everyday restriction: a day got through on gum and black coffee, a school lunch binned, a period
# stopped, an excess "run off" through an injury.
_GET_BY_ON = r"(?:get|getting|gets|got) (?:me )?(?:through|thru|threw) (?:the|my) days? on|(?:get|getting) by on|live off|living off|(?:run|running) on nothing but"
_GUM_COFFEE = r"(?:sugar free )?gum|black coffee|diet coke|diet soda|coffee|water|tea"
_BINNED_FOOD = r"(?:throw|throwing|threw|bin|binning|binned|chuck\w*|toss\w*|dump\w*) (?:away )?(?:my |the |our )?(?:school )?(?:lunch|dinner|breakfast|food|packed lunch|sandwich\w*)"
_BINNED_WHY = r"(?:just|only) (?:eat|ate|have|had) (?:an? |one )?\w+|period|hungry|weight|abs|thin|skinny|fat|calories|no one knows|nobody knows"
_BINNED_NOT = r"mouldy|moldy|gone off|expired|out of date|allergic|allergy|picky|fussy|my (?:son|daughter|kid|kids|child)s?|recycl\w*|compost"
_RUN_IT_OFF = r"(?:have to|need to|must|got to|gotta|make myself) (?:run|burn|work|walk) (?:it|them|that|every (?:bite|calorie)|everything) off|burn off every (?:bite|calorie|crumb)"
_RUN_IT_OFF_WHY = r"limit|over my|every (?:bite|calorie)|(?:1|2|3|4)am|middle of the night|fracture|injur\w*|(?:couldnt|cant|can t|could not) skip|even if|even when|guilt\w*|or else"
# Exercise until the food is "burned off", as a rule or a panic ("every time I eat something bad
# I run until my watch says I've burned it off; if I can't go I get panicky"): compensatory exercise.
_UNTIL_BURNED = (
    r"(?:until|till|til|untill) (?:[a-z]+ ){0,6}?(?:burn(?:ed|t)?|worked|work|run|ran|walked|cancel+ed|undone|sweated)(?: (?:it|them|that|everything|all|it all|every bite|every calorie|the [a-z]+))? off|"
    r"(?:until|till|til|untill) (?:[a-z]+ ){0,5}?(?:its|it is|everything is|it was|its all|the [a-z]+ is) (?:all )?(?:burned|burnt|gone|cancel+ed|undone|worked off)|"
    r"(?:until|till|til|untill) (?:[a-z]+ ){0,4}?(?:watch|fitbit|garmin|app|tracker|treadmill) says (?:[a-z]+ ){0,4}?(?:burned|burnt|cancel\w*|even|zero|back to)|"
    r"(?:until|till|til|untill|when|once|unless) (?:[a-z]+ ){0,6}?(?:burned|burnt|burn) (?:off )?(?:more than|everything|all|what) i (?:ate|eat|had|have eaten)"
)
_COMPULSION_MARK = (
    r"every time i (?:eat|have|ate)|whenever i (?:eat|have)|each time i (?:eat|have)|after (?:every|each) (?:meal|bite|thing i eat)|every meal|"
    r"if i (?:cant|can t|cannot|dont|miss|skip|couldnt) (?:go|run|do it|train|exercise|get out)|panic\w*|anxious|anxiety|freak\w* out|"
    r"(?:cant|can t|cannot) (?:relax|sleep|rest|sit still|stop)|(?:\d+|two|three|four|five) hours? (?:after|for|of|to burn|on)|"
    r"something (?:bad|naughty|unhealthy|i shouldnt)|bad food|(?:have|had) to|need to|must|make myself|force myself|punish\w*|guilt trip|"
    r"(?:only )?(?:let myself|allow myself to|allowed to|get to) (?:stop|get off|finish|eat)"
)
# A parent's or friend's worry, told as what they see (Bodywhys, Beat: signs for carers): meals
# avoided or hidden, and a body or weight sign (weight lost, baggy clothes, hidden scales).
_CARED_FOR = (
    r"(?:my|our) (?:\d+ ?(?:year old|yr old|yo|y o) |teenage |eldest |youngest |little |oldest |middle )?(?:daughter|son|kid|child|teen|teenager|girl|boy|stepdaughter|stepson|sister|brother|niece|nephew|granddaughter|grandson|"
    r"friend|best friend|flatmate|roommate|student|pupil|athlete|swimmer|gymnast|dancer)s?|(?:my|our) \d+ ?(?:year|yr) old|(?:my|our) \d+ ?(?:yo|y o)|"
    r"(?:she|he|they) (?:is|s|are|re|turned) (?:\d+|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
)
_OTHERS_MEALS = (
    r"(?:stopped|stopping|stops|wont|refuses? to|refusing to|doesnt|does not|never|wont sit down to) (?:eating|eat) (?:with us|with the family|in front of (?:us|anyone|people)|at the table|dinner|meals|lunch|breakfast|anything)|"
    r"skip(?:s|ping|ped)? (?:meals|dinner|lunch|breakfast)|(?:hides|hiding|hid|hidden) (?:her |his |their )?(?:food|lunch|dinner)|(?:pushes|pushing) (?:her |his |their )?food around|"
    r"says (?:she|he|they|shes|hes|theyve|theyre|shed|hed)(?: s| has| have| already| had)* (?:already )?eaten|eats (?:alone|in (?:her|his|their) room|on (?:her|his|their) own)|barely (?:eats|eating|touches)|"
    r"(?:she|he|they) (?:s|is|are|re) (?:barely|hardly|not) eating|cut out (?:whole|all) (?:food groups|carbs|fat)|(?:obsess\w*|fixated) (?:with|about|over) (?:calories|food|(?:her|his|their) weight)|"
    r"count(?:s|ing) (?:every )?calories|(?:bins|binning|throws away|throwing away) (?:her|his|their) (?:lunch|food)|"
    # the everyday words of a parent (Beat, Bodywhys, EDANZ signs for families): dinner refused, "clean" or
    # "safe" foods only, whole food groups dropped, food hidden, plates left
    r"refus\w* (?:to (?:eat|have|come to|sit (?:at|down to)) )?(?:his |her |their |the |family |our )?(?:dinner|tea|meals?|food|lunch|breakfast|table|anything)|"
    r"(?:wont|will not|doesnt|does not|refuses to) (?:eat|touch|have) (?:any )?(?:carbs|fat|sugar|bread|pasta|dessert|snacks|meat|most things|anything (?:with|but))|"
    r"(?:only|just) (?:eats|eating|will eat|wants to eat|eat) (?:\w+ )?(?:clean|healthy|safe|salad|salads|vegetables|veg|fruit|plain|low fat)(?: foods?)?|"
    r"(?:obsess\w*|fixated|fixation|obsession) (?:with|about|over|on) (?:eating )?(?:clean|healthy|healthily|calories|food|(?:his|her|their) (?:weight|food|body)|what (?:he|she|they) eats?|labels|exercis\w*)|"
    r"(?:hiding|hides|hid|stashing|stashes|stashed) (?:\w+ )?food|food (?:hidden|stashed) (?:in|under)|(?:cut|cutting|cuts) out (?:all |whole )?(?:\w+ )?(?:carbs|fat|sugar|food groups|meat|dairy)|"
    r"(?:says|said) (?:hes|shes|theyre|he is|she is|they are|hes already|shes already) (?:not hungry|already eaten|eaten already)|leaves (?:most of )?(?:his|her|their) (?:food|dinner|plate|meals)|"
    r"skipping (?:\w+ )?(?:meals|dinner|lunch|breakfast)|(?:says|said) (?:shes|hes|theyre|she is|he is|they are) (?:full|not hungry)|"
    r"(?:cuts|cutting) (?:her|his|their) food (?:up )?into (?:tiny|little|small) (?:pieces|bits)|(?:picks|picking) at (?:her|his|their) (?:food|dinner|plate)|(?:tiny|minuscule) portions|"
    r"(?:obsess\w*|fixated) (?:with|about|over|on) (?:the gym|training|working out|(?:his|her|their) macros|protein|running)"
)
_OTHERS_BODY = (
    r"(?:lost|dropped|losing|dropping) (?:a lot of|loads of|so much|lots of|a load of|a scary amount of|tons of|heaps of|a ton of) weight|(?:losing|dropping) (?:so much |a lot of )?weight|"
    r"(?:baggy|huge|big|oversized|loose|layers of) (?:clothes|jumpers|hoodies|sweaters|tops|jumper|hoodie)|(?:wears|wearing) (?:baggy|huge|big|oversized|layers)|"
    r"scales? (?:hidden|under (?:her|his|their) bed|in (?:her|his|their) (?:room|wardrobe|drawer))|(?:hid|hidden|hiding|hides) (?:a |the )?(?:bathroom )?scales|"
    r"(?:weighs|weighing) (?:herself|himself|themselves)|(?:goes|disappears|runs|rushes) (?:to the (?:bathroom|toilet|loo)|upstairs) (?:straight )?after (?:meals|eating|dinner|food)|"
    r"periods? (?:have |has )?stopped|always cold|exercis\w* (?:constantly|all the time|obsessively|for hours)|(?:so|really|very|scarily|frighteningly) (?:thin|skinny|gaunt)|hair (?:is )?(?:falling|coming) out|"
    r"(?:gone|going|got|getting|looks|looking) (?:really |so |very |scarily |frighteningly |painfully )?(?:thin|skinny|gaunt|bony)|lost (?:a scary amount of|so much|loads of|tons of|a lot of|too much) weight|"
    r"(?:runs?|running|does|doing|exercis\w*|press ups|push ups|sit ups|star jumps|burpees|laps)(?: [a-z]+){0,5} (?:at night|in (?:his|her|their) room|every night|late at night|after (?:dinner|meals|eating|every meal)|before bed)|"
    r"(?:clothes|trousers|jeans|uniform|shorts|top)(?: are| is)? (?:hanging off|falling off|swamping|too big|loose on)|"
    r"(?:ribs|bones|collarbones?|hip bones|spine) (?:are |is )?(?:showing|sticking out)|can see (?:his|her|their) (?:ribs|bones|spine)|(?:dizzy|fainted|faint|fainting) (?:spells|a lot|at school|in pe)"
)

# The same worry in the other languages ("mi hija de 15 ya no come con nosotros, ha perdido mucho peso").
_CARED_FOR_L10N = (
    r"(?:mi|nuestr[oa]) (?:hij[oa]|nin[oa]|chic[oa]|sobrin[oa]|hijastr[oa])|(?:ma|mon|notre) (?:fille|fils|ado|adolescent\w*|niece|neveu)|"
    r"(?:meine|mein|unsere|unser) (?:tochter|sohn|kind|nichte|neffe)|(?:minha|meu|nossa|nosso) (?:filh[oa]|sobrinh[oa]|enteada|enteado)|"
    r"(?:mia|mio|nostra|nostro) (?:figli[oa]|nipote)|(?:mijn|onze) (?:dochter|zoon|kind|nichtje|neefje)"
    # Polish
    r"|(?:moj|moja|nasz|nasza) (?:corka|syn|dziecko|nastolat\w*|siostrzenica|bratanica|wnuczka|wnuk)"
)
_OTHERS_MEALS_L10N = (
    r"(?:ya )?no (?:quiere|quiso) comer|ya no come|(?:deja|dejo|ha dejado) de comer|(?:se salta|salta) (?:las |el |la )?(?:comidas|cena|desayuno|comida)|escond\w* (?:la )?comida|"
    r"(?:solo|nada mas que) come (?:ensalada|verdura|fruta|sano|limpio)|obsesionad[oa] con (?:comer sano|la comida|las calorias|el peso)|no come con nosotros|"
    r"ne (?:mange|veut) plus (?:rien|manger)|ne mange (?:presque )?plus|refuse de (?:manger|venir a table)|saute (?:des|les) repas|cache (?:de la )?nourriture|"
    r"ne mange (?:que|plus que) (?:des legumes|de la salade|sain)|obsede\w* par (?:les calories|la nourriture|son poids|manger sain)|"
    r"is+t (?:kaum|fast nichts|nichts|nicht mehr)|verweigert (?:das )?essen|las+t (?:mahlzeiten|das essen) aus|versteckt essen|is+t nur noch (?:salat|gemuse|obst|gesund)|"
    r"besessen von (?:kalorien|gesundem essen|seinem gewicht|ihrem gewicht)|"
    r"(?:nao quer|se recusa a|recusa) comer|nao come mais|(?:parou|deixou) de comer|pula (?:as )?refeicoes|esconde (?:a )?comida|so come (?:salada|legumes|fruta)|obcecad[oa] (?:com|por) (?:calorias|comida|o peso)|"
    r"non (?:vuole )?mangia(?:re)? (?:piu|quasi niente|niente)|rifiuta di mangiare|salta i pasti|nasconde il cibo|mangia solo (?:insalata|verdura|frutta)|ossessionat[oa] (?:dalle calorie|dal cibo|dal peso)|"
    r"wil niet (?:meer )?eten|eet (?:bijna |haast )?niets|eet nauwelijks|(?:slaat|sloeg) (?:de )?maaltijden over|verstopt eten|eet (?:alleen nog|alleen maar) (?:salade|groente|fruit|gezond)|"
    r"geobsedeerd door (?:calorieen|eten|gewicht)|eet niet meer mee"
    # Polish
    r"|nie chce jesc|przestal\w* jesc|pomija posilki|chowa jedzenie|je tylko (?:salatki|warzywa|owoce|zdrowo)|nie je z nami|(?:prawie )?nic nie je|wyrzuca (?:jedzenie|drugie sniadanie)|liczy (?:kazda )?kalori\w*|obsesj\w* na punkcie (?:kalorii|jedzenia|wagi)"
)
_OTHERS_BODY_L10N = (
    r"(?:ha )?(?:perdido|bajado) (?:mucho|muchisimo|demasiado)(?: peso)?|(?:esta|se ha quedado|se ve) (?:muy |demasiado )?(?:delgad[oa]|flac[oa]|en los huesos)|"
    r"abdominales por la noche|hace ejercicio (?:a todas horas|por la noche|sin parar)|ropa (?:muy )?(?:ancha|holgada)|siempre tiene frio|"
    r"perdu (?:beaucoup|trop) de poids|(?:tres|trop) maigre|(?:fait du sport|des abdos) (?:la nuit|sans arret|tout le temps)|vetements amples|a toujours froid|"
    r"(?:viel|stark|sehr viel) (?:gewicht )?abgenommen|(?:sehr|zu|total) (?:dunn|mager)|(?:nachts|standig|stundenlang) (?:sport|trainiert)|weite kleidung|friert (?:standig|immer)|"
    r"perdeu muito peso|(?:muito|demasiado) magr[oa]|exercicios? (?:a noite|sem parar)|roupas largas|sempre com frio|"
    r"perso (?:molto|troppo) peso|(?:molto|troppo) magr[oa]|(?:fa esercizi|si allena) (?:di notte|in continuazione)|vestiti larghi|ha sempre freddo|"
    r"(?:veel|erg veel|flink) (?:gewicht )?(?:afgevallen|verloren)|(?:erg|heel|veel te) (?:mager|dun)|graatmager|(?:sport|traint) (?:s nachts|de hele tijd|stiekem)|wijde kleren|heeft het altijd koud"
    # Polish
    r"|(?:bardzo |mocno |duzo )?schudl\w*|jest (?:bardzo |strasznie |przerazajaco )?chud\w*|(?:ciagle|caly czas|codziennie|w nocy) (?:biega|cwiczy|trenuje)|cwiczy (?:w nocy|po nocach|bez przerwy)|luzne ubrania|(?:przestala|nie ma) (?:miesiaczki|okresu)|wlosy (?:jej |mu )?wypadaja"
)

# A crash diet told as the day's food ("1 sweet potato + 1 banana a day", "two eggs and an apple per
# day"), or a named fad diet, beside restriction, the scales or feeling faint.
_QTY = r"(?:\d+|one|two|three|half an?|an?)"
_FOODS_A_DAY = (
    rf"(?:only |just |literally )?{_QTY} (?:[a-z]+ ){{1,3}}(?:(?:and|plus|with|then) )?{_QTY} (?:[a-z]+ ){{1,3}}?(?:a|per|each|every|the whole) day(?! (?:for (?:breakfast|lunch|dinner)|on top|extra|as (?:a )?snacks?))|"
    r"(?:my whole day is|all i (?:eat|have|had)(?: all day| in a day| a day)? is|(?:eat|ate|eating|have|having) nothing but) (?:an? |one |\d+ )(?:[a-z]+ ){1,3}(?:and|plus|with) (?:an? |one |\d+ )[a-z]+"
)
_FAD_DIET = (
    r"(?:idol|k ?pop|kpop|military|3 day|three day|cabbage soup|banana|egg|grapefruit|baby food|cotton ball|cucumber|lemon|water|juice|skinny|abc|ana|starvation|crash) "
    r"(?:diet|fast|cleanse|detox|challenge|plan)s?|tapeworm|master cleanse|juice cleanse|water fast(?:ing)?|dry fast(?:ing)?|ana (?:tips|buddy|coach)"
)
_CRASH_MARK = (
    r"diet|fast|fasting|cleanse|challenge|detox|only|just|nothing else|thats it|that s it|thats all|all i (?:eat|have)|"
    r"(?:kg|kgs|kilos?|pounds|lbs?|stone) (?:gone|down|off|lost)|lost|dropped|faint\w*|dizz\w*|light ?headed|shaky|black(?:ing|ed)? out|"
    r"for (?:\d+|two|three|four|a) (?:days|weeks)|day \d+"
)
_FEELING_FAINT = r"faint\w*|dizz\w*|light ?headed|black(?:ing|ed)? out|pass(?:ed|ing)? out|shaky|collaps\w*|see(?:ing)? stars|(?:vision|everything) (?:goes|went|going) (?:black|dark|fuzzy)"
_CRASH_NOT = (
    r"plus|as well as|on top of|along with|alongside|besides|in addition to|including|with my meals|with meals|snacks?|extra|"
    r"ramadan|lent|yom kippur|iftar|suhoor|ill with|was ill|flu|covid|stomach bug|after (?:my |the )?(?:surgery|op|operation)|"
    r"my (?:dog|cat|puppy|kid|son|daughter|baby|toddler|horse|parrot|rabbit)|bulk\w*|gain\w*|what is|whats the|what are|is the .{0,20} diet (?:safe|healthy|real)|article|documentary|video|tiktok says"
)
# Holding on until a date, after which nothing matters ("counting the days till my sister's wedding,
# after that it won't matter what happens to me"): a horizon (Samaritans, WHO: indirect warning signs).
_HORIZON = (
    r"(?:counting|count) (?:down )?(?:the )?days (?:till|until|to|til)|(?:hold|holding|hang|hanging) on (?:till|until|for|til)|"
    r"(?:just )?(?:need|have|got) to (?:get|make it) (?:through|thru|to) (?:the|my|her|his|their|[a-z]+s) [a-z]+|"
    r"after (?:that|the [a-z]+|it|her [a-z]+|his [a-z]+|their [a-z]+|christmas|then|[a-z]+s [a-z]+)|once (?:that|it|the [a-z]+|[a-z]+s [a-z]+|they) (?:is|s|are|re) (?:over|done|out of the way)"
)
_NOTHING_AFTER = (
    r"(?:wont|will not|doesnt|does not|dont|do not|wouldnt) (?:really |much |even )?matter what happens (?:to me|after|then)|"
    r"(?:nothing|it|none of it|none of this) (?:really )?(?:wont|will not|will|doesnt|does not|matters?)(?: really)? (?:matter )?(?:anymore|any more|after that|then)|"
    r"(?:nothing|none of it|none of this) (?:really )?(?:will|wont|will not|is going to|s going to) (?:really )?matter (?:to me|anymore|any more|ever again|at all)|(?:ill|i will|i can) (?:finally )?be at peace(?= \.| ,|$)|"
    r"(?:i )?(?:dont|do not|wont|will not) care what happens (?:to me|after)|no (?:reason|point) (?:to|in) (?:stay\w*|stick\w* around|keep\w* going|being here|carrying on)|"
    r"(?:i )?(?:can|ill|i will|i can) (?:finally )?(?:stop|let go) (?:then|after that|after)|then (?:i can|ill|i will|i get to) (?:finally )?(?:stop|let go|be done|be at peace)(?= \.| ,| \?|$)|(?:im|i am|ill be) (?:done|out|gone) (?:after that|then)|"
    r"(?:i )?(?:wont|will not|dont|do not) (?:need to|have to) (?:be here|stick around|keep going|pretend) (?:anymore|any more|after that)"
)
_HORIZON_NOT = r"my (?:diet|training|plan|streak|knees?|body|fitness|weight|calories|macros|cut|bulk)|the diet|cheat|treat|blow out|pig out|eat what i want|off plan|rest day|gym|season"
# Injuring oneself through exercise on purpose ("I lift until I tear something on purpose; physical
# pain is easier than the stuff in my head"): self-injury, with exercise as the means.
_HURT_BY_TRAINING = (
    r"(?:lift|lifting|train|training|run|running|push|pushing|work out|working out|exercise|exercising|go|going|punch|punching|hit|hitting|box|boxing|kick|kicking) (?:[a-z]+ ){0,4}?(?:until|till|til|to the point) "
    r"(?:i |it |something |my [a-z]+ )?(?:(?:tear|tears|rip|rips|snap|snaps|break|breaks|bleed|bleeds)\w*(?: something| myself| a muscle)?|(?:injure|hurt|damage)\w* (?:myself|something|my body))|"
    r"(?:want|wanted|trying|try|mean|meant|hoping|hope) to (?:tear|rip|injure|hurt|break|damage) (?:something|myself|a muscle|my [a-z]+)"
)
_ON_PURPOSE = (
    r"on purpose|deliberately|intentionally|purposely|mean to|meant to|so i (?:can )?feel|because i deserve|deserve (?:it|the pain)|punish\w*|"
    r"(?:pain|hurting) (?:is|feels) (?:easier|better|more bearable)|easier (?:to deal with |to cope with |to handle )?than (?:the )?(?:stuff|things|thoughts|noise|mess|what s|whats|feelings|my head)|"
    r"in my head|my head|quiet\w* (?:my )?(?:head|mind|thoughts)|distract\w* (?:me )?from|numb|(?:want|need|have) to feel (?:it|something|the pain|pain)"
)
# Wishing not to wake up, in any tense or mood, in the six languages.
_NO_WAKE = (
    r"(?:wish|wished|wishing|want|wanted|d like|would like) (?:i |to )?(?:could )?(?:not|never|didnt|wouldnt|dont) (?:to )?wake(?: up)?(?! (?:sore|with|stiff|tired|early|late|hungover|in|at|before|the|so|feeling))|"
    r"(?:quisiera|quiero|queria|quisiese|ojala|desearia|deseo) (?:ya )?(?:no|nunca) (?:volver a )?despertar\w*|"
    r"(?:voudrais|veux|voulais|aimerais|souhaite|souhaiterais) (?:ne )?(?:pas|plus|jamais) (?:me )?reveiller|ne (?:pas|plus|jamais) me reveiller|"
    r"(?:will|mochte|wunschte|wunsche|wollte) (?:ich )?(?:mir )?(?:nicht|nie) (?:mehr )?(?:auf)?(?:wachen|aufzuwachen)|nicht mehr aufwachen|nie wieder aufwachen|"
    r"(?:queria|quero|gostaria de|quisera) (?:nao|nunca mais) (?:mais )?acordar|"
    r"(?:vorrei|voglio|volevo) (?:non|mai piu) (?:svegliarmi|risvegliarmi)|non svegliarmi (?:piu|mai)"
)
_NO_WAKE_NOT = r"temprano|madrugar|tan pronto|fruh|presto|cedo|de bonne heure|si tot|sore|doms|stiff|muskelkater|courbatu\w*|agujetas|dolorid\w*|indolenzit\w*|alarm|despertador|wecker|reveil|sveglia|too early|early shift|lie in|sleep in|weekend|lazy|hangover|jet lag|jetlag"


# Someone else's signs of making themselves sick: off to the bathroom straight after meals with the tap
# or shower running, or heard being sick, or scraped knuckles (Beat, NHS: signs of bulimia in someone else).
_SOMEONE_CLOSE = (
    r"(?:my|our) (?:\w+ )?(?:girlfriend|boyfriend|gf|bf|wife|husband|partner|fiance|fiancee|mum|mom|mother|dad|father|daughter|son|sister|brother|"
    r"friend|best friend|mate|flatmate|roommate|housemate|teammate|team mate|cousin|niece|nephew|student|client|athlete)s?"
)
_BATHROOM_AFTER_MEALS = (
    r"(?:goes|go|going|went|disappears|disappearing|runs|rushes|heads|excuses (?:her|him|them)self and goes) (?:off )?(?:straight )?(?:to|into|up to) the (?:bathroom|toilet|loo|restroom|washroom)"
    r"(?: [a-z]+){0,3} (?:after|when (?:she|he|they) (?:has )?(?:eats?|eaten|finish\w*))|"
    r"(?:after|straight after|right after) (?:every |each )?(?:meals?|dinner|lunch|eating|food)(?: [a-z]+){0,3} (?:goes|disappears|runs|rushes|heads) (?:off )?(?:to|into|up to) the (?:bathroom|toilet|loo)"
)
_PURGE_COVER = (
    r"(?:runs|running|run|turns on|turning on|leaves|left|puts on|putting on|blasts|blasting) (?:the )?(?:tap|taps|water|shower|fan|music)|(?:tap|taps|shower|water|fan|music) (?:running|on)|"
    r"(?:hear|heard|hearing) (?:her|him|them) (?:being sick|throw\w* up|vomit\w*|retch\w*|gag\w*|puk\w*)|knuckles?|smells? (?:of|like) (?:sick|vomit)|mouthwash|(?:swollen|puffy) (?:cheeks|face|glands)"
)


# Weight lost without trying, with no appetite or after a bereavement (NICE NG12 and CKS: unexplained
# weight loss is for the GP; grief can take the appetite): a GP check, not congratulations or a plan.
_LOSS_UNTRIED = (
    r"(?:lost|dropped|losing|dropping|shed|shedding|gone down)(?: [a-z0-9,]+){0,8}? (?:without (?:even )?(?:trying|meaning to|dieting|wanting to|a diet)|"
    r"(?:and|but) (?:im|i m|i am|hes|he s|he is|shes|she s|she is|theyre|they are) not (?:even )?(?:trying|dieting))|"
    r"without (?:even )?(?:trying|meaning to|dieting)(?: [a-z0-9,]+){0,5}? (?:lost|dropped|shed)|"
    r"(?:weight|pounds|kilos|the weight) (?:is |are |keeps |keep |has been |just )?(?:falling|dropping|coming|melting) off(?: me| him| her| them)?(?! (?:since i started|with the))"
)
_NO_APPETITE = (
    r"food (?:doesnt|does not|dont|do not) (?:really )?(?:interest|appeal)|(?:no|lost (?:my|his|her|their|all) |losing (?:my|his|her|their) |poor |little )appetite|"
    r"(?:not|never|rarely) (?:really )?hungry|cant face (?:food|eating|meals)|forget(?:s|ting)? to eat|(?:just|only|mostly|most days) (?:a )?(?:cup of tea|tea and (?:a )?biscuits?|toast|biscuits?|soup)|"
    r"night sweats|lump"
)
_GRIEF = (
    r"funeral|passed away|passed on|widow\w*|(?:wife|husband|partner|mum|mom|dad|mother|father|son|daughter|brother|sister) (?:died|passed)|"
    r"lost (?:my|his|her|their) (?:wife|husband|partner|mum|mom|dad|mother|father|son|daughter|brother|sister)|grief|griev\w*|bereave\w*"
)
# --- Polish red flags with no word set above to join -------------------------------------------------
# An uneven heartbeat with exercise ("kołatanie serca na bieżni", "serce mi przeskakuje"), or a fast one
# with dizziness or fainting ("serce wali jak szalone i kręci mi się w głowie"): the PAR-Q's and Allina's sign.
_PALPITATIONS_PL = (
    r"kolatani\w*(?: serca)?|serce (?:mi )?(?:\w+ )?(?:przeskakuje|gubi rytm|trzepocze|kolacze|kolatalo|bije nierowno|bije nieregularnie|stanelo|staje)|"
    r"serce (?:mi )?(?:bije |bilo |wali )?(?:nierowno|nieregularnie|bez rytmu)|"
    r"(?:nierowne|nieregularne|nierowno bijace) (?:bicie )?serc[ae]|arytmi\w*|migotanie przedsionkow"
)
_RACING_PL = r"serce (?:mi )?(?:wali|walilo|lomocze|lomotalo|bije|bilo|galopuje) (?:jak szalone|jak oszalale|za szybko|bardzo szybko|strasznie szybko)"
# Exercise as a punishment, to injury: "when I mess up I make myself do burpees on the concrete till I throw up or
# my knees bleed, kind of deserve it" (NHS, Mind: self-harm through exercise).
_MADE_TO_SUFFER = (
    r"(?:make|made|making|force|forced|forcing|push|pushed|pushing) myself (?:to )?(?:do|run|train|lift|exercise|sprint|swim|keep going) (?:[a-z0-9]+ ){0,8}?"
    r"(?:till|until|til|to the point) (?:[a-z]+ ){0,6}?(?:bleed\w*|bled|pass out|black out|collapse\w*|cant (?:walk|stand|move)|throw up|puke|vomit)"
)
_PUNISH_WHY = r"deserve\w*|punish\w*|as (?:a )?punishment|when i (?:mess|screw|fuck|slip) up|when i fail|if i (?:mess|screw|fail|slip)|(?:after|when|if) i (?:eat|ate|binge)|for (?:eating|being (?:fat|lazy|weak|useless))"
# A racing or fluttering heart and dizziness in the other languages ("mon cœur s'est emballé d'un coup ... la tête
# qui tournait", "se me aceleró el corazón y me mareé", "Herzrasen und Schwindel").
_RACING_L10N = (
    r"coeur (?:qui )?(?:s |sest |s est |est |setait |s etait )?s?emball\w*|(?:le |mon )?coeur (?:battait|bat|tapait) (?:tres |super |trop |hyper )?(?:vite|fort)|palpitations|"
    r"herzrasen|herz (?:rast|raste|hat gerast|stolpert|stolperte|hat gestolpert)|herzstolpern|"
    r"(?:el )?corazon (?:se me )?(?:acelero|disparo|desboco|a mil|desbocado|acelerado)|se me acelero el corazon|palpitaciones|taquicardia|"
    # the heart beating very fast or hard: "mi corazón late muy rápido", "il cuore batte fortissimo", "mein Herz schlägt so schnell"
    r"corazon (?:me )?(?:late|latia|palpita|palpitaba|va|iba) (?:muy |super |demasiado |tan )?(?:rapido|deprisa|fuerte|rapidisimo|fuertisimo|a mil|acelerado)|"
    r"cuore (?:mi )?(?:batte|batteva|va|andava) (?:molto |troppo |cosi |super )?(?:forte|veloce|velocissimo|fortissimo|a mille)|"
    r"coracao (?:esta |estava |fica |ficou )?(?:batendo|bate|batia) (?:muito |tao |super )?(?:rapido|forte|acelerado)|"
    r"herz (?:schlagt|schlug|klopft|klopfte|pocht|pochte|hammert|hammerte) (?:mir )?(?:sehr |so |extrem |total |viel zu )?(?:schnell|stark|heftig|wild)|"
    r"hart (?:klopt|klopte|bonkt|bonkte|gaat|ging) (?:heel |erg |zo |super )?(?:snel|hard|tekeer|als een gek)|"
    r"serce (?:mi )?(?:bije|bilo|wali|walilo) (?:bardzo |tak |strasznie )?(?:szybko|mocno)|"
    r"coracao (?:disparou|acelerou|a mil|disparado|acelerado)|palpitacoes|"
    r"(?:il )?cuore (?:mi )?(?:a mille|impazzito|e impazzito|batteva (?:fortissimo|velocissimo|all impazzata))|palpitazioni|tachicardia|"
    r"hartkloppingen|(?:mijn )?hart (?:ging|gaat|sloeg) (?:tekeer|als een gek|over)"
)
# A heart that beat unevenly or strangely, in the other languages ("zijn hart 'raar en onregelmatig' klopte").
_IRREGULAR_L10N = (
    r"hart(?: \S+){0,3} (?:raar|onregelmatig|vreemd)|onregelmatige? hart\w*|hartslag (?:was |is )?onregelmatig|"
    r"herz(?: \S+){0,3} (?:unregelmas+ig|komisch|seltsam)|unregelmas+ige[rn]? (?:herzschlag|puls)|"
    r"(?:corazon|latidos?)(?: \S+){0,3} (?:irregular\w*|raro|descompasado)|"
    r"(?:coeur|battements?)(?: \S+){0,3} (?:irreguli\w*|bizarre\w*|desordonn\w*)|"
    r"(?:coracao|batimentos?)(?: \S+){0,3} (?:irregular\w*|estranh\w*|descompassad\w*)|"
    r"(?:cuore|battito)(?: \S+){0,3} (?:irregolar\w*|strano|strani|a vuoto)|"
    r"(?:serce|puls|tetno)(?: \S+){0,3} (?:nierowno|nieregularn\w*|dziwnie)"
)
_DIZZY_L10N = (
    r"(?:la )?tete (?:qui )?(?:me )?tourn\w*|vertiges?|etourdi\w*|mareo|marea(?:da|do)|me maree|me mareaba|schwindel\w*|schwindlig|"
    r"tontura|tonteira|vertigini|(?:mi )?girava la testa|giramento di testa|duizelig\w*|licht in mijn hoofd"
)
# Strong tummy pain in the guard's other languages ("dor forte do lado direito da barriga"): with dizziness or a
# faint in pregnancy, a sign to be seen now (NHS: ectopic pregnancy, one-sided pain with dizziness).
_BELLY_PAIN_L10N = (
    r"dolor (?:muy )?(?:fuerte |intenso )?(?:en|de) (?:la |el )?(?:barriga|tripa|vientre|abdomen|bajo vientre|lado|costado)|"
    r"dor (?:muito )?(?:forte |intensa )?(?:do|no|na|de|em) (?:lado (?:direito|esquerdo) )?(?:da |na )?(?:barriga|ventre|abdomen|pe da barriga)|dor (?:muito )?forte (?:do|no) lado|"
    r"douleur (?:tres )?(?:forte |violente |intense )?(?:au|dans le|du|sur le) (?:ventre|bas ventre|cote)|(?:tres )?mal au ventre|"
    r"(?:starke |heftige )?(?:bauchschmerzen|unterleibsschmerzen)|(?:starke |heftige )?schmerzen im (?:bauch|unterleib)|stechen im (?:bauch|unterleib)|"
    r"dolore (?:molto )?(?:forte )?(?:alla|al|nella|nel) (?:pancia|basso ventre|fianco|ventre)|(?:forte )?mal di pancia|"
    r"(?:hevige |erge )?buikpijn|pijn in (?:mijn|de|haar) (?:buik|onderbuik|zij)|"
    r"(?:silny |ostry )?bol (?:brzucha|w (?:dole )?brzucha|w podbrzuszu|z boku)"
)
_RACING_NOT_L10N = r"cafe|caffe|kaffee|cafeina|caffeina|koffein\w*|energy|pre ?workout|stress\w*|examen|esame|prufung|nervios\w*|nervos\w*|amoureu\w*|verliebt|enamorad\w*|innamorat\w*|apaixonad\w*"
_DIZZY_PL = r"kreci (?:mi )?sie w glowie|krecilo (?:mi )?sie w glowie|zawrot\w* glowy|slabo mi|zrobilo mi sie slabo|robi mi sie slabo|ciemno przed oczami"
# Dizziness or feeling faint however it is said in the other languages ("me mareé", "fiquei tonta", "mi gira la
# testa", "ik werd duizelig", "mir wurde schwarz vor Augen"): in a pregnancy a warning sign (ACOG 804), with
# exercise a reason to stop and be checked (ACSM preparticipation screening, the PAR-Q).
_DIZZY_ANY_L10N = (
    _DIZZY_L10N + "|" + _DIZZY_PL + "|" + _FAINT_L10N
    + r"|(?:fiquei|fico|senti me|me senti|sinto me|estou|estava) (?:muito |meio |bem |um pouco )?tont[ao]|vertigem|"
    r"(?:estoy|estaba|me siento|me senti|quede|me quede) (?:muy |un poco |algo |super )?maread[oa]|me da vueltas la cabeza|(?:casi|por poco) me desmayo|"
    r"(?:j ai|jai) failli (?:m evanouir|mevanouir|tomber dans les pommes)|(?:je me sens|je me sentais|je me suis senti\w*) (?:tout |toute )?(?:etourdi\w*|mal)|"
    r"mir (?:ist|war|wird|wurde) (?:ganz |total |so |kurz )?(?:schwindelig|schwindlig|schwarz vor augen|flau)|kreislauf(?:probleme?|zusammenbruch|kollaps)|"
    r"(?:mi )?(?:gira|e girata|girata|girato) (?:la )?testa|capogir\w*|(?:mi sento|mi sentivo|stavo per) (?:svenire|mancare)|"
    r"draaierig|(?:werd|word|ben|was|voel me|voelde me) (?:heel |erg |een beetje |ineens )?duizelig|bijna flauw"
)
# Morning sickness is "mareos" in Spanish and common in pregnancy: not the warning sign of feeling faint.
_SICKNESS_L10N = r"nauseas?|nausees?|ubelkeit|enjoo\w*|nausea|misselijk\w*|mdlosci|vomit\w*|vomis\w*|por las mananas|matutin\w*|le matin|morgens|de manha|la mattina|s ochtends"
# Tummy pain or cramps in a pregnancy, in the other languages ("Krämpfe im Bauch", "cólicas", "buikkrampen"): the
# warning sign English reads as "contractions or tummy pain" (ACOG 804, NHS).
_CRAMPS_L10N = (
    r"calambres? (?:en|de) (?:la |el )?(?:barriga|tripa|vientre|abdomen)|colicos|retortijones|"
    r"crampes? (?:au|dans le|du) (?:ventre|bas ventre)|crampes? abdominales?|"
    r"krampfe? im (?:bauch|unterleib)|bauchkrampf\w*|unterleibskrampf\w*|(?:ziehen|schmerzen|stechen) im unterleib|"
    r"colicas?|caibras? (?:na|no) (?:barriga|ventre)|"
    r"crampi (?:alla pancia|addominali|al basso ventre|al ventre)|"
    r"buikkramp\w*|kramp\w* in (?:mijn|de) (?:buik|onderbuik)|"
    r"skurcze brzucha|(?:skurcz\w*|bol\w*) w (?:dole )?brzuch\w*|bol\w* brzucha"
)
# A bad headache, blurred or spotty vision, a swollen face in a pregnancy, in the word orders and languages the first
# list misses ("ik zie vlekken", "sehe alles verschwommen", "je vois flou"): pre-eclampsia's signs (NICE NG133).
_HEADACHE_VISION_L10N = (
    r"(?:hevige|erge|vreselijke|barstende|heftige|enorme|zware) hoofdpijn|hoofdpijn (?:die )?(?:niet (?:weg|over)gaat|blijft)|"
    r"(?:zie|zag|ziet) (?:\w+ )?(?:vlekken|sterretjes|lichtflitsen|flitsen|lichtjes|sterren)|wazig (?:zien|zicht)|(?:zie|zag) (?:alles )?wazig|vlekken voor (?:mijn|de) ogen|"
    r"gezwollen (?:gezicht|handen)|(?:gezicht|handen) (?:is |zijn )?(?:opgezwollen|gezwollen|dik)|"
    r"(?:sehe|sah|sieht)(?: [a-z]+){0,3} (?:verschwommen|doppelt|unscharf)|verschwommene sicht|augenflimmern|"
    r"(?:je vois|elle voit|je voyais) (?:tout )?(?:flou|trouble|double)|vue (?:trouble|floue|brouillee)|"
    r"(?:veo|veia|ve) (?:todo )?(?:borroso|doble|nublado)|vision borrosa|"
    r"(?:vejo|via|ve) (?:tudo )?(?:turvo|embacado|embacada|borrado|dobrado)|visao (?:turva|embacada|borrada)|"
    r"(?:vedo|vedeva|vede) (?:tutto )?(?:sfocato|annebbiato|doppio|offuscato)|"
    r"(?:widze|widzialam|widzi) (?:wszystko )?(?:niewyraznie|podwojnie|za mgla)"
)
# One small thing a day, or a day's intake far below a very-low-calorie diet's floor (NHS: 800 or fewer):
# "jem tylko jedno jabłko dziennie", "jem 500 kcal dziennie".
_ONE_THING_A_DAY_PL = (
    r"(?:jem|zjadam|jadam|zyje na|przezywam na) (?:tylko |jedynie |najwyzej |maksymalnie |ledwo |zaledwie |praktycznie )*"
    r"(?:jedno|jeden|jedna|jednego|jedna|pol|1|dwa|dwie|2) (?:\w+ ){1,2}?(?:dziennie|na dzien|przez caly dzien|na caly dzien)"
)
_LOW_KCAL_PL = (
    r"(?:jem|zjadam|jade na|jestem na|trzymam sie|schodze do|spozywam|zyje na) (?:tylko |okolo |max |maksymalnie |ponizej |mniej niz |niecale |jakies |zaledwie )*"
    r"(?:[1-7]\d\d|[1-9]\d) (?:kcal|kalorii|kal)(?: (?:dziennie|na dzien|w ciagu dnia|na dobe))?"
)
_LOW_INTAKE_NOT_PL = r"na posilek|na sniadanie|na obiad|na kolacje|przekask\w*|w przekasce|na \d+ g|w \d+ g|w porcji|porcja|batonik|spalam|spalilam|spalilem|spala|pies|kot|niemowl\w*"
# Making oneself sick, said alone: "prowokuję wymioty", "zmuszam się do wymiotów", "palce do gardła".
_SELF_INDUCED_PL = (
    r"prowokuj\w* (?:u siebie )?wymiot\w*|wywoluj\w* (?:u siebie )?wymiot\w*|zmusza\w* sie do wymiot\w*|(?:wkladam|wlozylam|wlozylem|wsadzam) (?:sobie )?palce do gardla|"
    r"(?:zeby|aby|by) (?:sie )?(?:zwymiotowac|wymiotowac)(?= \.| ,|$| po)"
)
# Exercise to burn off everything eaten, or as a punishment after eating ("ćwiczę, aż spalę wszystko, co zjadłam",
# "po napadzie biegam dwie godziny za karę"): compensatory exercise.
_BURN_IT_ALL_PL = (
    r"(?:az|dopoki nie|zeby|musze|trzeba) (?:\w+ ){0,2}?spal\w* (?:wszystko|kazda kalori\w*|(?:to |wszystko )?co (?:zjadl\w*|zjem)|kazdy kes)|"
    r"(?:za kare|karze sie|karzac sie|ukarac sie|kara za)(?! (?:od|dla) (?:trenera|trenerki))"
)
_PUNISHED_FOR_PL = _EXERCISE_L10N + r"|jedzeni\w*|zjadl\w*|zjem|napad\w*|objad\w*|obzar\w*|posilk\w*|slodycz\w*|kalori\w*"
# A period gone with restriction or hard training (RED-S): "nie mam okresu od pięciu miesięcy, dużo biegam i mało jem".
_NO_PERIOD_PL = r"nie mam (?:okresu|miesiaczki)|nie mialam (?:okresu|miesiaczki)|stracilam (?:okres|miesiaczke)|zanik\w* (?:okresu|miesiaczki)|okres (?:mi )?(?:zniknal|ustal|przestal przychodzic|sie zatrzymal)"
_RESTRICT_OR_TRAIN_PL = r"malo jem|prawie nie jem|nic nie jem|ograniczam jedzenie|na diecie|diet\w*|schudl\w*|odchudz\w*|(?:duzo|ciagle|codziennie|intensywnie) (?:biegam|trenuje|cwicze)|(?:biegam|trenuje|cwicze) (?:duzo|codziennie|po \d+)"
_NO_PERIOD_NOT_PL = r"ciazy|ciaza|w ciazy|karmi\w*|antykoncepc\w*|tabletki antykoncepcyjne|spiral\w*|menopauz\w*|po porodzie"
# Saying so ("mam anoreksję", "jestem bulimiczką"): an eating disorder the user has.
# Food withheld as a punishment: "nie zasługuję na jedzenie po tym, co wczoraj zjadłam".
_DESERVE_NO_FOOD_PL = r"nie (?:zasluguje|zasluzylam|zasluzylem) (?:dzis |dzisiaj |juz )?na (?:jedzenie|posilek|posilki|obiad|kolacje|sniadanie|jedzenie dzisiaj)"
_ED_SAID_PL = r"(?:mam|choruje na|leczylam sie na|lecze sie na|walcze z) (?:anoreksj\w*|bulimi\w*|zaburzeni\w* odzywiania|ortoreksj\w*)|jestem (?:anorektyczk\w*|bulimiczk\w*|anorektyk\w*|bulimik\w*)"
# Fainting beside a needle, the heat or drink is not the heart's.
_FAINT_NOT_L10N = r"pobierani\w* krwi|krwiodawstw\w*|oddawani\w* krwi|szczepieni\w*|zastrzyk\w*|igl\w*|na widok krwi|upal\w*|w kosciele|pijan\w*|po alkoholu|donacion|prise de sang|blutabnahme|prelievo|bloedafname"
# A pregnancy beside training, in Polish: the preface English pregnancy talk gets ("jestem w ciąży, czy mogę pływać?").
_PREGNANT_PL = r"w ciazy|ciaz[ay]|ciaze|jestem w \d+ (?:tygodniu|tyg)|\d+ (?:tydzien|tydz|tyg) ciazy"
_TRAINING_PL = (
    r"trening\w*|trenowac|trenuje|cwicz\w*|silowni\w*|biega\w*|biegu|pobiegac|plywa\w*|basen\w*|jog[aie]|jodze|pilates\w*|crossfit\w*|"
    r"rower\w*|przysiad\w*|martw\w* ciag\w*|wycisk\w*|sztang\w*|ciezar\w*|aerobik\w*|fitness\w*|zajeci\w*|sport\w*|maraton\w*|interwal\w*|hiit"
)
_PREGNANCY_TRAINING_NOT_PL = r"po ciazy|po porodzie|przed ciaza|zajsc w ciaze|zajde w ciaze|starania o ciaze"


# Diet pills, fat burners or water pills already taken, with the heart racing or pounding now: an
# emergency (NHS: stimulant and diuretic toxicity; call the emergency number or poison control).
_PILLS_TAKEN = (
    r"(?:took|taken|take|taking|swallowed|had|popped) (?:\w+ ){0,5}?(?:diet|slimming|weight loss|fat burn\w*|water|appetite) (?:ones|pills?|tablets?|capsules?)"
)
_BODY_NOW = (
    r"heart (?:is |s |was |went )?(?:pounding|racing|beating (?:so |really |very )?fast|going (?:so |really )?fast|skipping|thumping|hammering|going (?:mental|crazy|nuts|haywire))|palpitations|"
    r"chest (?:pain|hurts|is tight|feels tight)|cant breathe|struggling to breathe|(?:really |very )?dizzy|faint|shaking|cant stop shaking|throwing up|vomiting"
)


# Breathless on light effort with swollen ankles (NHS, heart failure: see a GP), in any of the languages:
# "na één trap al helemaal buiten adem en zijn enkels zijn 's avonds dik".
_BREATHLESS_LIGHT = (
    _BREATHLESS_L10N + r"|buiten adem|out of breath|breathless|puffed out|winded|short of breath|"
    r"sin aliento|sans souffle|ausser atem|sem folego|senza fiato|bez tchu|zadyszk\w*"
)
_SWOLLEN_ANKLES = (
    r"(?:ankles?|feet|legs|enkels|voeten|benen|tobillos|pies|piernas|chevilles|pieds|knochel|fusse|beine|tornozelos|pernas|caviglie|piedi|gambe|kostki|stopy|nogi)"
    r"(?: [a-z]+){0,4}? (?:swollen|swell\w*|puffy|puffed up|dik|dikke|gezwollen|opgezwollen|zwellen|hinchad\w*|se hinchan|hinchan|gonfl\w*|geschwollen|schwellen an|dick|inchad\w*|incham|gonfi\w*|spuchni\w*|opuchni\w*|puchna)|"
    r"(?:swollen|puffy|dikke|gezwollen|opgezwollen|geschwollene|dicke) (?:ankles|feet|legs|enkels|voeten|benen|knochel|fusse|beine)|"
    # the verb first: "se me hinchan los tobillos", "incham os pés", "mi si gonfiano le caviglie"
    r"(?:hinchan|hinchado|incham|inchados|inchadas|gonflent|gonflees|schwellen|zwellen|gonfiano|gonfie|puchna|opuchniete) (?:[a-z]+ ){0,2}?"
    r"(?:tobillos|pies|piernas|tornozelos|pes|pernas|chevilles|pieds|jambes|knochel|fusse|beine|enkels|voeten|benen|caviglie|piedi|gambe|kostki|stopy|nogi)"
)
_LIGHT_EFFORT_L10N = (
    r"stairs|flight|trap|trappen|escaleras|escalier|treppe|treppen|escadas|scale|schody|walking|lopen|caminar|marcher|gehen|andare|camminare|a little|een beetje|"
    # a small hill, and needing pillows to breathe at night (NHS: breathless lying flat, with swollen ankles: heart failure)
    r"hill|slope|incline|cuesta|ladeira|subida|salita|pente|cote|berg|heuvel|pillows?|almohadas?|travesseiros?|oreillers?|kissen|cuscini|kussens|poduszk\w*|lie flat|lying flat"
)


# A parent, a teacher or a friend who sees signs of someone else's self-harm: blades hidden in their
# things, long sleeves in the heat beside marks or a low mood (NHS, YoungMinds).
_CLOSE_OR_YOUNG = (
    _SOMEONE_CLOSE + r"|my (?:\d+ ?(?:yo|y o|year old|yr old|yr|year) ?(?:old )?)(?:[a-z]+)?|(?:my )?(?:teenager|teen|kid|child|pupil|student)s?|"
    r"(?:she|he)(?:s| has| is)? (?:been )?(?:wear|wears|wearing|keeps wearing|insists on wearing)"
)


# Food made conditional on exercise, in someone else or the user ("two spin classes a day to 'earn' her
# food, and if she misses one she doesn't eat the next day"): compensatory exercise and restriction.
_EARN_FOOD = (
    r"(?:has to|have to|had to|needs? to|must|got to|gotta|a day to|every day to|so (?:she|he|they|i) (?:can |could |is allowed to |are allowed to |am allowed to |may )?|instead so (?:she|he|they|i) (?:can )?) ?earn (?:her|his|their|my|the|tomorrows|tomorrow s|todays|tonights) "
    r"(?:food|meals?|dinner|lunch|breakfast|calories|right to eat|eating)|"
    # exercise done to be allowed a food: "walked 25k steps to 'earn' the apple", "ran 5 miles to earn my toast"
    r"(?:walk\w*|ran|run\w*|steps|cardio|exercis\w*|train\w*|burpees|miles|km|k|hours?|swam|swim\w*|cycl\w*) (?:\w+ ){0,3}?to earn (?:the|my|a|an|that|this|her|his|their|each|every|one) (?:\w+ ){0,2}?"
    r"(?:food|meals?|dinner|lunch|breakfast|calories|apple|banana|snack|treat|dessert|slice|piece|bite|biscuit|cookie|chocolate|bar|toast|sandwich|yogh?urt|fruit|eating|rice cake|cracker)s?"
)
_NO_FOOD_IF_MISSED = (
    r"(?:if|when|on days?|any day) (?:she|he|they|i) (?:miss|misses|missed|skip|skips|skipped|cant do|doesnt do|dont do|didnt do|cant get to) (?:a |one |the |her |his |their |my |a single )?"
    r"(?:class|session|workout|run|gym|training|spin|swim|walk|lesson)\w*(?: [a-z]+){0,4}? (?:she|he|they|i) (?:doesnt|dont|wont|does not|do not|will not|cant|isnt allowed to|is not allowed to|am not allowed to|skips?|cuts? out|goes without|go without|refuses to|(?:dont|doesnt|wont|do not|does not) let (?:myself|herself|himself|themselves)(?: have)?) "
    r"(?:eat|eating|food|meals?|dinner|lunch|breakfast|anything)"
)


# Someone close heard being sick, in the other languages ("a veces la oigo vomitar en el baño").
_HEARD_VOMIT_L10N = (
    r"(?:la |lo |le )?(?:oigo|escucho|oi|escuche|he oido|he escuchado) vomitar|(?:je l entends|l entends|je l ai entendue?|entendu) vomir|"
    r"hore (?:sie|ihn) (?:sich )?(?:ubergeben|erbrechen|kotzen)|(?:la |lo )?(?:sento|sentito) vomitare|(?:ouco|ouvi|escuto) (?:ela |ele |a |o )?vomitar|"
    r"hoor (?:haar|hem) (?:overgeven|kotsen)|slysze,? jak (?:ona |on )?wymiotuje"
)


# A fall or a blow to the bump in pregnancy ("came off my bike today (22 wks), landed on my tummy"): checked
# the same day even when she feels fine (NHS, RCOG: any fall or blow to the bump).
_FALL_OR_BLOW = (
    r"came off (?:my |the |a )?(?:bike|horse|scooter|board)|fell (?:off|over|down|on|onto|from)|had a fall|took a (?:fall|tumble)|(?:slipped|tripped) (?:and|on|over)|"
    r"landed (?:\w+ ){0,2}?on (?:my |her )?(?:tummy|belly|bump|stomach)|(?:hit|bashed|knocked|banged|bumped) (?:my |her )?(?:bump|belly|tummy|stomach)|"
    r"(?:kicked|punched|elbowed|kneed|hit) (?:\w+ )?in the (?:bump|belly|tummy|stomach)|(?:car|bike|cycling) (?:accident|crash)"
)
# The same in the guard's other languages (folded: "auf den Bauch gefallen", "je suis tombée sur le ventre").
_FALL_OR_BLOW_L10N = (
    r"(?:auf den|auf meinen|auf ihren) bauch (?:gefallen|gesturzt|geknallt)|(?:bin|ist) (?:\w+ ){0,6}?(?:gesturzt|hingefallen|umgefallen)|"
    r"(?:bauch|unterleib) (?:gestossen|angeschlagen)|(?:schlag|stoss|tritt) (?:auf|in|gegen) den bauch|fahrradunfall|autounfall|"
    r"me cai|se cayo|(?:tuve|sufri) una caida|(?:golpe|golpee|golpeo) (?:\w+ ){0,2}?(?:la )?(?:barriga|panza|tripa|vientre)|"
    r"je suis tombee?|elle est tombee|fait une chute|tombee? sur le ventre|(?:coup|choc) (?:sur|dans) le ventre|"
    r"(?:eu )?cai (?:da|de|do|no|na|em|de bicicleta)|(?:ela )?caiu (?:da|de|do|no|na|em)|levei um tombo|(?:levei|sofri|tive) uma queda|(?:bati|bateu) (?:com )?a barriga|"
    r"sono caduta|e caduta (?:dalle|dalla|dal|in|a terra|per terra)|ho fatto una caduta|(?:colpo|botta) (?:sulla|alla) pancia|"
    r"(?:ben|is|was) (?:\w+ ){0,6}?gevallen|(?:van de|van mijn|van haar) (?:fiets|trap|paard|scooter) (?:af )?gevallen|(?:klap|stoot) (?:op|tegen) (?:mijn|haar) buik|"
    r"upadlam|upadla|przewrocilam sie|przewrocila sie|uderzylam sie w brzuch"
)
_FALL_NOT = r"fell (?:asleep|behind|pregnant|in love|off the wagon|off my diet|off track)|weeks ago|before (?:i was|i got) pregnant|postpartum|newborn"
# Marks of self-harm seen on someone else, with why ("fresh burns on her forearms, she says she 'deserves it'").
_MARKS_THEIRS = (
    r"(?:fresh |new |deep |lots of |loads of |more )?(?:burns|cuts|marks|scratches|scars|slashes) (?:all )?(?:on|up|across|along|down) "
    # "on her arms", "on my 15 year old's thighs", "on my daughter's arms"
    r"(?:her|his|their|(?:my|our) (?:\d+ ?(?:year|yr) ?olds|\d+ ?yos|sons|daughters|kids|childs|teens|teenagers|girls|boys|stepsons|stepdaughters)) "
    r"(?:fore)?(?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin)"
)
_MARKS_WHY = r"deserves? it|deserve it|on purpose|herself|himself|themselves|sleeves|hid\w*|hides|covering|wont (?:say|talk)|self harm\w*|punish\w*|when (?:she|he|they) (?:miss|misses|fail|fails|eat|eats)|says? (?:she|he|they) (?:did|does)"
_MARKS_THEIRS_NOT = r"kettlebell|barbell|bar|rope climb|chalk|fell|fall|crash|cat|dog|bramble|thorn|oven|cooking|kitchen|iron|sunburn|mat burn|rope burn|bjj|judo|wrestling|climbing"
# An excuse for the marks that the one who saw them doesn't believe ("he says they're from the cat but we
# don't have a cat that scratches like that"), or marks in neat rows: signs, whatever the excuse names.
_EXCUSE_DOUBTED = (
    r"(?:but|though|tho) (?:we dont have|we do not have|we havent got|there is no|theres no|i dont (?:believe|buy|think)|i do not (?:believe|think)|they dont look|it doesnt look|doesnt look|dont look|they look (?:too )?(?:neat|straight|deliberate))|"
    r"(?:dont|do not|didnt|cant) (?:really )?(?:believe|buy) (?:him|her|them|it|that)|(?:too|very) (?:neat|straight|regular|even|deliberate)|in (?:neat |straight )?(?:rows|lines)|(?:straight|neat|parallel) lines"
)
# Asking how to eat even less ("what else can I cut tomorrow?", "how do I get it even lower"): beside
# dizziness or feeling faint, restriction that is already hurting (Beat: warning signs).
_CUT_MORE = (
    r"what (?:else|more) (?:can|could|should) i (?:cut|drop|skip|remove|get rid of)"
    r"(?! (?:\w+ )?(?:from|out of|in|on) (?:my |the |this )?(?:training|plan|workout|routine|schedule|session|week|program\w*|run|list|budget|spending|commute|day))|"
    r"(?:cut|drop|skip) (?:out )?(?:even )?more(?: food| meals| calories| cals)?(?= \.| ,| \?| tomorrow| next|$)|"
    r"eat (?:even )?less(?: of)?(?: it| that| them)?(?: tomorrow| next| than)?(?= \.| ,| \?| tomorrow| lol|$)|(?:get|go|push) (?:it |my calories |my intake )?(?:even )?lower"
)
# A past suicidal crisis ("last winter I had a plan to end things", "after my attempt") with the low days
# coming back ("the dark days are creeping back"): act early, back to the GP and the safety plan.
_PAST_CRISIS = (
    r"(?:had|made) a plan to (?:end (?:it|things|my life|everything)|kill myself|take my (?:own )?life)|(?:tried|attempted) to (?:end (?:it|things|my life)|kill myself|take my (?:own )?life)|"
    r"my (?:suicide )?attempt|wrote (?:goodbye )?(?:letters|notes) to my|(?:i )?(?:was|got) (?:really )?suicidal (?:last|that|a few|two|in)|(?:nearly|almost) (?:ended it|ended things|did it|killed myself)"
)
_DARK_RETURNING = (
    r"(?:creeping|coming|sneaking|slipping|starting to come|seeping|crawling) back|(?:dark|low|black|bad) (?:days|thoughts|place|times|mood|moods) (?:are |is )?(?:back|again|returning)|"
    r"feel(?:ing)? (?:low|down|like that|that way|dark|hopeless) again|same (?:feelings|thoughts) (?:again|as before|as last)"
)
# Their own cuts at the sites self-harm keeps hidden, asked about how they open or sting in training.
_MY_CUTS_HIDDEN_SITE = r"(?:the |my )?(?:cuts|burns|marks|scratches) (?:on|across|along|up) my (?:thighs?|upper thighs?|inner thighs?|wrists?|forearms?|hips?|stomach)"
_OPENING_UP = r"opening (?:back )?up|open(?:ing)? again|re ?open\w*|sting\w*|bleed\w*|split\w*|tear\w* open|keep (?:them )?hidden|cover (?:them|it)"
# Very little food said in another language ("solo una manzana al día"), and diuretics to lose weight.
_ONE_THING_A_DAY_L10N = (
    r"(?:solo|solamente|nada mas que|seulement|juste|uniquement|que|apenas|somente|soltanto|solo|nur|alleen|maar) (?:una?|un|une|um|uma|ein|eine|einen|een) "
    r"(?:\w+ ){0,2}?(?:al dia|por dia|par jour|ao dia|por dia|al giorno|pro tag|am tag|per dag|am tag)"
)
_DIURETICS_L10N = r"diuretics?|entwas+erungs\w*|wassertablett\w*|pastillas diureticas|diureticos?|diuretiques?|diuretici|diuretika|plaspillen|diuretyki|comprimidos diureticos|water pills"
# "pra secar antes da praia", "para secarme", "pour sécher": getting lean by drying out, a weight purpose
_DRYING_OUT_L10N = r"(?:pra|para|pour|per|um) (?:me )?(?:secar|secarme|secarse|secher|asciugarmi|definir|definirme|trocken zu werden)|secar (?:antes|para|pra)"
_TO_LOSE_L10N = r"para (?:bajar|adelgazar|perder)|mas rapido|bater (?:o )?peso|dar (?:o )?peso|(?:hacer|dar) (?:el )?peso|faire le poids|make weight|making weight|pour (?:maigrir|perdre)|plus vite|per (?:dimagrire|perdere)|zum abnehmen|um abzunehmen|schneller|om af te vallen|sneller|para emagrecer|pra (?:perder|emagrecer|secar)|to lose|lose weight|faster|" + _DRYING_OUT_L10N

# --- round 23: the English red-flag situations the seven other languages still missed ------------------
# Exercise as the other languages also say it: "en el entreno", "pendant l'entraînement" ("lentrainement").
_EXERCISE_MORE_L10N = (
    _EXERCISE_L10N + r"|entreno\w*|l ?entrainement|l ?allenamento|peso muerto|souleve de terre|kreuzheb\w*|levantamento terra|stacco|stacchi|deadlift\w*|series|fractionne\w*|intervall\w*|l ?effort|esfuerzo|esforco|sforzo|inspanning|belastung|cours|court|courais|couru|en courant|"
    r"sentadilla\w*|squat\w*|agachament\w*|kniebeug\w*|burpee\w*|pesas|musculacion|musculacao|pesi|gewichte|krafttraining|hiit|(?:la|una|en) cuesta|cuesta arriba|subida|salita|bergauf\w*|bergop|la cote|pod gore|ren|"
    # Portuguese "no treino", "na corrida": the article "no" read as the English negator otherwise
    r"(?:no|na|nos|nas) (?:treino\w*|spinning|ginasio|academia|corrida|esteira|crossfit|bike|futebol|musculacao|aula|pedal|levantamento terra|subida)|(?:quando|enquanto|ao) (?:treino|corro|pedalo|nado|treinar|correr|pedalar)"
)
# An uneven heartbeat with exercise: skipped or extra beats, palpitations (the PAR-Q's and the AHA's sign;
# English `cardiac.palpitations`). A heart that is only fast in intervals is not it.
_PALPITATIONS_L10N = (
    r"palpitacion\w*|palpitations?|palpitac\w*|palpitazion\w*|hartklopping\w*|herzstolpern|arritmi\w*|arythmi\w*|aritmi\w*|herzrhythmusstorung\w*|hartritmestoornis\w*|extrasistol\w*|extrasystol\w*|extrassistol\w*|"
    r"(?:corazon|latidos?) (?:\w+ ){0,3}?(?:salta|saltaba|salto)(?: \w+){0,2}? (?:latidos?|un latido)|se me (?:salta|saltan|saltaba) (?:\w+ )?latidos?|(?:late|latia|palpita) (?:\w+ ){0,2}?(?:a saltos|irregular\w*|descompasad\w*)|"
    r"coeur (?:\w+ ){0,2}?(?:saute|sautait|a saute|rate|ratait|a rate|loupe|manque) (?:des |un |quelques )?(?:battements?|coups?)|(?:bat|battait) (?:\w+ ){0,3}?(?:irreguli\w*|desordonn\w*|de travers)|"
    r"herz (?:\w+ ){0,2}?(?:stolpert|stolperte|gestolpert|setzt (?:\w+ )?aus|setzte (?:\w+ )?aus|ausgesetzt|holpert|flattert|flatterte)|(?:schlagt|schlug|klopft|klopfte|pocht) (?:\w+ ){0,2}?herz (?:\w+ )?(?:unregelmas+ig|komisch|seltsam)|herzaussetzer|setzt (?:\w+ ){0,2}?herz (?:\w+ ){0,2}?aus|"
    r"coracao (?:\w+ ){0,2}?(?:falha|falhou|falhando|pula|pulou|pulando|tropeca|tropecou) (?:\w+ ){0,2}?(?:batidas?|batimentos?)|coracao (?:\w+ ){0,3}?descompassad\w*|(?:batidas?|batimentos?) (?:falhad\w*|irregular\w*|descompassad\w*)|"
    r"cuore (?:\w+ ){0,2}?(?:salta|saltava|ha saltato|perde|perdeva|ha perso) (?:dei |un |qualche )?(?:battiti?|colpi?|colpo)|(?:batte|batteva) (?:\w+ ){0,2}?(?:in modo )?irregolar\w*|battito (?:irregolare|a vuoto)|battiti (?:irregolari|saltati|a vuoto)|"
    r"hart (?:\w+ ){0,2}?(?:slaat|sloeg) (?:\w+ ){0,2}?over|overslaande? (?:hart)?sl\w*|(?:slaat|sloeg) (?:\w+ )?hart (?:\w+ ){0,4}?over|extra (?:hart)?slag\w*|(?:klopt|klopte|slaat|sloeg) (?:\w+ ){0,2}?onregelmatig|"
    r"(?:corazon|latidos?|coeur|battements?|herz|herzschlag|puls|coracao|batimentos?|cuore|battito|hart|hartslag|serce|tetno) (?:\w+ ){0,2}?"
    r"(?:irregular\w*|irreguli\w*|unregelmas+ig\w*|irregolar\w*|onregelmatig\w*|nieregularn\w*|nierowno|descompasad\w*|descompassad\w*|desordonn\w*|raar|vreemd|komisch|seltsam)"
)
# Gone grey, or into a cold sweat, with exercise (English `cardiac.fainting`: "went grey and clammy
# after deadlifts"; BHF, AHA: a heart attack can look like this). Pale or sweaty alone is a hard session.
_GREY_OR_COLD_SWEAT_L10N = (
    r"(?:me puse|me quede|me volvi|me pongo|se me puso (?:la cara )?|estaba|estoy|me vi) (?:\w+ ){0,2}?(?:gris|grisaceo|grisacea|ceniz\w*|livid[oa])|sudor frio|sudando frio|sudaba frio|"
    r"(?:suis devenu\w*|devenu\w*|devenais|je deviens|jetais|etais|jai eu le teint|teint) (?:\w+ ){0,2}?(?:gris|grise|grisatre|livide|terreux|cireux)|sueurs? froides?|"
    r"(?:wurde|werde|war|bin|wurd) (?:\w+ ){0,4}?(?:grau|aschfahl|aschgrau|fahl)|(?:gesicht|haut) (?:\w+ ){0,3}?(?:grau|aschfahl)|kalte[rn]? schweis+\w*|kaltschweis\w*|kalt geschwitzt|"
    r"(?:fiquei|fico|ficou|estava|estou) (?:\w+ ){0,2}?(?:cinzent[oa]|cinza|acinzentad[oa]|livid[oa])|suor frio|suando frio|suava frio|"
    r"(?:diventat[oa]|divento|ero|sono|era|mi sono fatt[oa]) (?:\w+ ){0,2}?(?:grigi[oa]|grigiastr[oa]|cinere[oa]|terre[oa]|livid[oa])|sudore freddo|sudori freddi|sudavo freddo|"
    r"(?:werd|word|was|ben|zag) (?:\w+ ){0,2}?(?:grauw|grijs|asgrauw|vaal|lijkbleek)|koud zweet|koude zweet|zweette koud|"
    r"(?:zrobil\w* sie|bylem|bylam|bylo|robie sie) (?:\w+ ){0,2}?(?:szar\w*|ziemist\w*)|(?:poszarzal\w*|zszarzal\w*)|zimne poty|zimny pot|oblal\w* mnie zimny pot"
)
_GREY_NOT_L10N = r"camiseta|camisa|sudadera|mallas|zapatillas|pelo|cabello|canas|t shirt|tee shirt|maillot|cheveux|baskets|shirt|haare|hose|schuhe|camisola|cabelo|tenis|maglietta|capelli|scarpe|shirt|haar|schoenen|koszulk\w*|wlos\w*|buty|bluz\w*|sauna|hammam|ice bath|bano de hielo|eisbad|ijsbad|cold plunge|pesadilla|cauchemar|alptraum|albtraum|incubo|pesadelo|nachtmerrie|koszmar\w*|examen|esame|prufung|egzamin\w*|exame|tentamen"
# Pain in the jaw or the left arm with exercise (English `cardiac.arm_or_jaw`; AHA: pain spreading to the jaw or arm).
_JAW_LEFT_ARM_L10N = (
    r"mandibula|quijada|brazo izquierdo|machoire|bras gauche|kiefer|(?:linke[nr]?|linkem) arm|maxilar|queixo|braco esquerdo|mascella|braccio sinistro|"
    r"(?:no|na) (?:maxilar|mandibula|queixo|braco esquerdo)|kaak|linkerarm|linker arm|zuchw\w*|szczek\w*|(?:lewa|lewej|lewe|lewego|lewym) (?:reka|reki|rece|ramie|ramienia|ramieniu)"
)
_PAIN_L10N = r"duele\w*|dolia|dolian|dolor\w*|molestia\w*|mal|douleur\w*|schmerz\w*|weh|tut|tun|tat|dor|dores|doi|doia|doem|doendo|doer|dolore|dolori|fa male|faceva male|pijn\w*|bol\w*|boli|bolal\w*|bolalo|pobolewa\w*|ache\w*|aching|hurt\w*"
_JAW_ARM_NOT_L10N = (
    r"dentista|diente\w*|muela\w*|dent|dents|dentiste|zahn\w*|zahne|dente|denti|dentes|tand|tanden|tandarts|zab\w*|dentyst\w*|ortodon\w*|aparato|appareil|zahnspange|aparelho|apparecchio|beugel|aparat\w*|"
    r"bruxism\w*|apret\w*|serrer les dents|knirsch\w*|zaciska\w*|golpe|pelota|balon|bola|ballon|ball|palla|cai|caida|tombe\w*|gefallen|sturz|caduto|caduta|gevallen|upadl\w*|"
    r"boxe\w*|boxeo|boxen|pugilato|sparring|curl\w*|bicep\w*|biceps|press de banca|banca|developpe|bankdruck\w*|supino|panca|bankdruk\w*|wyciskani\w*|flexiones|pompes|liegestutz\w*|flexoes|piegamenti|opdrukken|pompk\w*|tenis|tennis|padel|"
    r"que es|quest ce|was ist|o que e|cos e|wat is|co to|sintomas|symptomes|symptome|sintomi|symptomen|objawy|el ano pasado|lannee derniere|letztes jahr|ano passado|lanno scorso|vorig jaar|w zeszlym roku"
)
# Days without food said as the other languages say it ("ich habe seit drei Tagen nichts gegessen", "não como há
# três dias", "non mangio da tre giorni", "ik heb al drie dagen niets gegeten"): English `eating_disorder.not_eating`.
_DAYS_WITHOUT_FOOD_L10N = (
    rf"(?:no (?:he comido|como|comi) (?:nada )?(?:en|desde hace|hace) \w+ dias|hace (?:\w+ )?dias que no (?:como|he comido|pruebo bocado)|\w+ dias sin (?:comer|probar bocado)|(?:llevo|estoy) \w+ dias (?:solo )?(?:a|con) (?:agua|cafe|te|infusiones)(?: sola| nada mas)?)|"
    rf"(?:(?:je )?nai (?:rien|pas) mange depuis \w+ jours|(?:ca|cela) fait \w+ jours que je (?:ne )?mange (?:pas|rien|plus)|\w+ jours sans (?:manger|rien manger))|"
    rf"(?:seit (?:\w+ )?tagen (?:\w+ ){{0,2}}?(?:nichts|kaum (?:etwas|was)|nix) (?:mehr )?(?:gegessen|esse|zu mir genommen)|(?:es+e|habe|hab) (?:\w+ )?seit (?:\w+ )?tagen (?:nichts|nix|kaum (?:etwas|was))|\w+ tage (?:lang )?(?:nichts|ohne essen|nix) (?:gegessen)?)|"
    rf"(?:nao (?:como|comi|comia) (?:nada )?(?:ha|faz|desde ha) \w+ dias|(?:ha|faz|estou ha|to ha|tou ha) \w+ dias (?:sem comer|que nao como)|\w+ dias sem comer|(?:ha|faz|estou ha|to ha|tou ha) \w+ dias (?:so )?(?:a|com|de) (?:agua|cafe|cha))|"
    rf"(?:non (?:mangio|ho mangiato|tocco cibo) (?:niente |nulla )?da \w+ giorni|(?:sono|da) \w+ giorni che non (?:mangio|tocco cibo)|\w+ giorni (?:senza mangiare|a digiuno))|"
    rf"(?:(?:al )?\w+ dagen (?:niets|niks|bijna niets|nauwelijks iets|niet) (?:meer )?(?:gegeten|eten|gehad)|eet (?:al )?\w+ dagen (?:niet|niets|niks)|\w+ dagen zonder eten|al dagen niet (?:meer )?gegeten)|"
    rf"(?:od \w+ dni (?:\w+ )?(?:nic nie|nie|prawie nic nie) (?:jem|jadl\w*|zjadl\w*)|\w+ dni (?:bez jedzenia|nic nie jem))"
)
_FASTING_NOT_L10N = (
    r"l ?influenza|l ?intervento|l ?operazione|l ?operation|l ?hopital|l ?ospedale|l ?analisi|analisi|analisis|analitica|prise de sang|bilan sanguin|blutabnahme|blutuntersuchung|blutwert\w*|exame de sangue|exames|esami del sangue|prelievo|bloedonderzoek|bloedprik\w*|badani\w*|"
    r"operacion|operation|operacao|cirurgia|operazione|intervento|operatie|operacj\w*|colonoscopia|coloscopie|darmspiegelung|koloskopie|colonoscopie|kolonoskopi\w*|"
    r"ramadan|ramadam|jom kippur|yom kippur|gripe|grippe|influenza|griep|grypa|grypy|grypie|vomit\w*|erbrech\w*|kotz\w*|overgeven|wymiot\w*|diarrea|diarreia|diarrhee|durchfall|diarree|biegunk\w*|"
    r"gastroenteritis|gastro|magen darm|buikgriep|zatruci\w*|intoxicacion|intoxication|lebensmittelvergiftung|intoxicacao|intossicazione|voedselvergiftiging|covid|corona|hospital|hopital|krankenhaus|ospedale|ziekenhuis|szpital\w*"
)
# Someone close eating a very low number of calories (under the NHS's 800 kcal very-low-calorie floor),
# in the other languages: "mi novia solo come 600 calorías y corre 10 km al día".
_LOW_KCAL = r"(?:[1-7]\d\d|[1-9]\d) (?:kcal|k cal|calorias|calories|kalorien|calorie|calorieen|kalorii|kaloria|cal)"
_THEY_EAT_LOW_KCAL_L10N = (
    rf"(?:come|comia|comen|mange|mangeait|isst|as+|is+t|come|mangia|mangiava|eet|at|je|jada|zjada) (?:(?:solo|solamente|apenas|unas|unos|como|mucho menos de|menos de|que|ne|nur|blos+|gerade mal|hochstens|so|somente|no maximo|soltanto|al massimo|maar|slechts|alleen|nog maar|hooguit|tylko|zaledwie|najwyzej|ledwo|like|only|just|about|around|max) ){{0,2}}{_LOW_KCAL}|"
    rf"(?:ne mange|mange) (?:que|quasiment que|pas plus de) {_LOW_KCAL}"
)
# The baby moving less, as the other languages also say it ("se ha movido poco hoy", "mexeu pouco hoje", "si muove poco",
# "beweegt vandaag weinig", "mało się rusza", "ich spüre das Baby seit heute Morgen nicht mehr"): NHS, RCOG: call now.
_BABY_LESS_L10N = (
    r"(?:se ha movido|se mueve|se movio|se esta moviendo|lo noto moverse|la noto moverse) (?:muy |bastante |super |demasiado )?poco|(?:casi|apenas) no (?:se (?:ha )?mueve|se ha movido|lo noto|la noto|noto al bebe|siento al bebe)|"
    r"(?:mexeu|mexe|mexendo|se mexeu|se mexe|se mexendo) (?:muito |bem |bastante )?pouco|quase nao (?:sinto|senti|sentindo) (?:o |a )?(?:bebe|nenem|neném)? ?mexer|nao (?:sinto|senti) (?:o |a )?(?:bebe|nenem) mexer|"
    r"(?:si muove|si e mosso|si e mossa|muove) (?:molto |davvero |pochissimo|poco)(?:poco)?|non (?:sento|ho sentito) (?:piu )?(?:muovere|muoversi) (?:il |la )?(?:bambin[oa]|bimb[oa]|piccol[oa])|non (?:lo|la) sento (?:quasi )?(?:piu )?muovere|"
    r"(?:je )?(?:sens|sentais|ai senti) (?:beaucoup |bien )?(?:moins|a peine|presque plus|plus) (?:\w+ )?(?:bebe|bouger|mouvements|coups)|(?:bebe|il|elle) bouge (?:beaucoup |bien |un peu )?(?:moins|peu|tres peu)|"
    r"sento (?:il |la |mio |mia )?(?:bambin[oa]|bimb[oa]|piccol[oa]) (?:muover\w* )?(?:meno|poco|pochissimo|appena)|(?:si muove|muove|muoversi) (?:molto |davvero )?meno|"
    r"(?:beweegt|bewoog) (?:\w+ ){0,3}?(?:weinig|nauwelijks|amper|minder|niet)|voel (?:ik )?(?:de |het |mijn |ons )?(?:baby|kindje|kind|ukje) (?:\w+ ){0,3}?(?:niet|nauwelijks|amper) meer|"
    r"spure (?:ich )?(?:das |mein |unser )?(?:baby|kind|kleine) (?:\w+ ){0,4}?(?:nicht|kaum)(?: mehr)?|(?:kaum|keine) (?:kindsbewegungen|bewegungen|tritte) (?:mehr )?(?:gespurt|spuren|spure)|"
    r"(?:dziecko )?(?:\w+ )?(?:malo|slabo|rzadko|rzadziej|mniej) sie rusza|(?:nie czuje|nie czulam) (?:\w+ ){0,2}?(?:ruchow|ruchu|kopniec|jak sie rusza)|prawie (?:sie )?nie rusza|(?:prawie|wcale) (?:go |jej )?nie czuje"
)
_BABY_HERE_L10N = _BABY_CONTEXT + r"|bebe|nenem|bambin[oa]|bimb[oa]|baby|kindje|dziecko|dziecka"
# Fluid lost in a pregnancy, as Dutch and German say it plainly ("ik verlies vocht", "ich verliere Flüssigkeit").
_FLUID_MORE_L10N = r"(?:ich )?(?:verliere|verlor|habe (?:\w+ )?verloren) (?:\w+ ){0,2}?(?:flus+igkeit|fruchtwas+er|was+er)|(?:flus+igkeit|was+er) (?:lauft|lief|tropft|tropfte) (?:\w+ )?(?:raus|heraus|aus)|(?:ik )?(?:verlies|verloor|heb (?:\w+ )?verloren) (?:\w+ ){0,2}?(?:vocht|water|vruchtwater)|vocht (?:kwijt|verloren)"
_FLUID_MORE_NOT = r"schwitz\w*|schweis+|zweet|zweten|training|urin|pipi|plas|blase|blaas|husten|niesen|hoesten|niezen|gewicht|kilo|kg"

# Breathless as it is also said ("je n'arrivais pas à respirer", "kreeg ik geen lucht", "fico sem ar"), and the
# stairs or a hill, an everyday effort that should not leave one fighting for breath (NHS: breathlessness).
_BREATHLESS_MORE_L10N = r"(?:narrivais|narrivait|narrive) (?:plus |pas |plus a |pas a )+respirer|(?:kreeg|krijg|kon|kan) (?:ik )?(?:bijna |haast )?(?:geen|niet meer) (?:lucht|adem)|(?:fico|fiquei|ficava) sem (?:ar|folego)|me quedo sin aire|bekomme? (?:kaum|keine) luft"
_STAIRS_L10N = r"(?:subiendo|subir|al subir) (?:las |unas )?(?:escaleras|cuesta)|escaleras|escaliers|treppe\w*|(?:subindo|subir|ao subir) (?:as |umas )?(?:escadas|ladeira)|escadas|(?:le )?scale|salita|trap\w*|schod\w*|en courant|in salita"

# Exercise to undo what was eaten, or instead of eating, in the guard's other languages (English: lexicon.BURN_IT_OFF):
# "wie viel muss ich laufen, um alles zu verbrennen, was ich gegessen habe?", "¿cómo puedo correr más para no tener que comer?"
_BURN_L10N = r"bruler|brule|quemar|quemarlo|quemarla|queme|verbrennen|verbrenne|abtrainieren|queimar|queimo|bruciare|brucio|smaltire|verbranden|verbrand|spalic|spale|spalilam|spalilem"
_ALL_I_ATE_L10N = (
    r"(?:tout )?ce que (?:j ai|jai|j avais|javais) mange|(?:todo )?lo que (?:he |habia )?comido|lo que comi|(?:alles )?was ich (?:\w+ )?gegessen|"
    r"(?:tudo )?(?:o )?que (?:eu )?comi|(?:tutto )?(?:quello|cio) che ho mangiato|(?:alles )?wat ik (?:\w+ )?gegeten|(?:wszystko )?co (?:zjadlam|zjadlem)"
)
_SO_AS_NOT_TO_EAT_L10N = (
    r"pour ne pas (?:avoir a )?manger|pour ne plus manger|para no (?:tener que )?comer|um nicht (?:\w+ )?essen zu mussen|statt zu essen|"
    r"para nao (?:ter que |precisar )?comer|per non (?:dover )?mangiare|om niet te (?:hoeven )?eten|zeby nie (?:musiec )?jesc"
)


@frozen
class Concept:
    """A red flag as parts that occur together: every part within `window` tokens of the first."""

    rule_id: str
    category: str
    severity: str
    reply: str
    parts: tuple[str, ...]
    window: int = 14
    unless: str | None = None
    detail: str = ""
    negatable: bool = True  # False: a part's hit counts even after a negation ("don't want people seeing the cuts")
    before: tuple[int, ...] = ()  # for the second, third... part, when not 0: it comes at most this many tokens before the first (the subject of a collapse)
    third_reply: str | None = None  # the reply when the first part is about someone else ("my daughter ..."): support for the carer
    action: str = "answer"  # "preface": route as usual with a safety note (a pregnancy beside training)


# Dizziness that is not the warning sign: morning sickness, a faint at a blood test, or from purging or starving
# (the eating-disorder rules' reading, as English's RESTRICTING keeps it from the cardiac one).
_DIZZY_NOT_L10N = "|".join((_SICKNESS_L10N, _FAINT_NOT_L10N, _LAXATIVE_L10N, _DIURETICS_L10N, _NOT_EATING_L10N, _ONE_THING_A_DAY_L10N))

# A high place, a railway or a road that keeps coming into their head, or how easy it would be there
# (Samaritans: intrusive thoughts of a method or place are asked about directly): "the bridge near my
# house keeps coming into my head when I'm running past it".
_DANGER_PLACE = (
    r"bridges?|(?:train |railway |rail )?tracks|railway (?:line|bridge)|level crossing|cliffs?|cliff edge|rooftops?|roof of|multi ?storey|"
    r"overpass|flyover|motorway|highway|platform edge|the edge|ledges?|viaduct|quarry|the river|the canal|the sea|the lake"
)
_INTRUSIVE = (
    r"keeps? (?:coming|popping) (?:into|in) my (?:head|mind)|(?:keep|keeps|cant stop|can not stop|cannot stop) (?:thinking|think) (?:about|of)|"
    r"(?:think|thinking|thought) (?:about )?how easy it (?:would|d) be|how easy it would be|(?:feel|felt|get|getting) (?:drawn|pulled) (?:to|towards)|"
    r"urge to (?:step|jump|walk|swerve|drive)|(?:think|thinking|thought) about (?:just )?(?:stepping|walking|swerving|driving|going) (?:off|in|into|over|out)"
)
_DANGER_PLACE_NOT = (
    r"hill repeats?|hill sprints?|intervals|views?|pretty|lovely|beautiful|stunning|scenic|best|favourite|favorite|photo|picture|"
    r"(?:bridge|bridges|river|canal|cliff|cliffs|lake|sea|track|tracks|motorway|rooftop|quarry|viaduct) (?:run|runs|route|routes|ride|rides|race|loop|towpath|path|walk|swim|session|parkrun|\d+ ?k|half|marathon|ultra)|"
    r"too far|how far|pace|\d+ ?(?:k|km|miles?)"
)

# Exercise that has become compulsive (Beat, NEDA: training through injury or illness, distress when a
# session is missed, rigid food rules beside it), two of them together: "he only eats plain chicken and
# broccoli now, runs twice a day even with a sore knee and panics if he can't exercise".
_THROUGH_INJURY = (
    r"(?:even|still) (?:with|when|though|if|on) (?:(?:he|she|they|i|hes|shes|theyre|im|is|are|was|were|feeling|feels|gets|got) ){0,2}(?:(?:a|an|his|her|my|their|the) )?(?:(?:sore|bad|injured|broken|twisted|sprained|torn|painful|dodgy|busted) )?"
    r"(?:knee|knees|ankle|back|foot|feet|hip|shin|shins|leg|legs|hamstring|shoulder|wrist|injury|injuries|injured|sick|ill|poorly|a cold|flu|fever|"
    r"stress fracture|shin splints|fracture|sprain|in pain|hurt|hurting|limping)|"
    r"(?:train|trained|trains|training|run|ran|runs|running|exercis\w*|work\w* out|lift\w*|play\w*) (?:right )?(?:through|on|with) "
    r"(?:(?:a|an|the|his|her|my|their) )?(?:injury|injuries|stress fracture|fracture|broken \w+|sprained \w+|torn \w+|shin splints|illness|flu|fever|a fever)"
)
_MISSED_SESSION_DISTRESS = (
    r"(?:panic\w*|freak\w* out|freaks|meltdown|melts down|anxious|angry|upset|agitated|distressed|guilty|panicky|irritable|furious|disgusting|worthless) "
    r"(?:[a-z]+ ){0,2}?(?:if|when|whenever|unless|on|about) (?:(?:he|she|they|i) )?(?:[a-z]+ ){0,2}?"
    r"(?:miss\w*|skip\w*|cant|cannot|can not|doesnt get to|dont get to|isnt able to|not able to|unable to|rest days?|days? off|day off)"
    r"(?= (?:[a-z]+ ){0,2}?(?:exercise|train\w*|workout|work out|run\w*|session|gym|walk|steps|one|it|a day)|(?<=rest day)|(?<=rest days)|(?<=day off)|(?<=days off))"
)
# The stronger words only, beside training twice a day or never resting: "panicky on rest days so I never take one"
# (not "a bit anxious about missing sessions on holiday")
_MISSED_SESSION_PANIC = _MISSED_SESSION_DISTRESS.replace(
    "anxious|angry|upset|agitated|distressed|guilty|panicky|irritable|furious|disgusting|worthless", "distressed|guilty|panicky|disgusting|worthless"
)
_RIGID_FOOD = (
    r"(?:only|just) (?:eats?|eating|ate|has|will eat|lets? (?:himself|herself|myself|themselves) eat) (?:plain |clean |safe |boiled )?(?:[a-z]+ ){0,4}?(?:now|anymore|any more|these days)|"
    r"(?:only|just) (?:eats?|eating|will eat) (?:plain|clean|safe|boiled)|cut out (?:everything|all (?:carbs|fat|fats|sugar|bread))|"
    r"(?:wont|will not|refuses to|stopped) (?:eat|eating|touch|touching) (?:[a-z]+ ){0,4}?(?:anymore|any more)|safe foods?"
)
_NO_REST = (
    r"never (?:takes?|take|has|have|had) (?:a )?(?:rest day|day off|break)s?|(?:so |and )(?:i |he |she |they )?never (?:takes?|take|has|have) (?:one|any)|"
    r"(?:twice|two times|three times|2x|3x) a day|(?:[2-9]|three|four|five|six) (?:hours|hrs) (?:a|every|each) day"
)

# Any heart sign in the other languages, or the words for heart, chest and pulse: the word model's cardiac reading
# of a message in another language needs one ("zum Frühstück hatte ich zwei Brötchen mit Käse und einen Kaffee" is
# breakfast, whatever its word pairs weigh).
HEART_SIGNS_L10N = "|".join(f"(?:{p})" for p in (
    _CHEST_PAIN_L10N, _BREATHLESS_L10N, _FAINT_L10N, _DIZZY_ANY_L10N, _PALPITATIONS_L10N,
    r"herz\w*|puls\w*|brust\w*|corazon\w*|pecho|pulso|pulsaciones|coeur|cardiaque|poitrine|pouls|cuore|petto|battito|polso|"
    r"coracao|peito|pulsacao|batimentos?|hart\w*|borst|hartslag|serc\w*|klatk\w*|tetno|bpm|\d{3}",
))

CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm.place_in_mind", "self_harm", "support", "self_harm_check", (_INTRUSIVE, _DANGER_PLACE), window=20, unless=_DANGER_PLACE_NOT, third_reply="self_harm_concern"),
    Concept("self_harm.signs_other", "self_harm", "support", "self_harm_concern", (lx.HIDDEN_BLADES_THEIRS,), detail="signs", negatable=False, unless=lx.HIDDEN_BLADES_NOT),
    Concept("self_harm.signs_other", "self_harm", "support", "self_harm_concern", (lx.SLEEVES_IN_HEAT, _CLOSE_OR_YOUNG, lx.SLEEVES_WHY), window=40, detail="signs", negatable=False),
    Concept("eating_disorder.compensating", "eating_disorder", "support", "eating_disorder", (_EARN_FOOD,), third_reply="eating_disorder_concern"),
    Concept("pregnancy.fall", "pregnancy", "urgent", "pregnancy_urgent", (_FALL_OR_BLOW, _PREGNANT_NOW), window=30, unless=_FALL_NOT, detail="a fall or a blow to the bump"),
    Concept("pregnancy.fall", "pregnancy", "urgent", "pregnancy_urgent", (_FALL_OR_BLOW_L10N, _PREGNANT_L10N), window=30, detail="a fall or a blow to the bump"),
    Concept("self_harm.signs_other", "self_harm", "support", "self_harm_concern", (_MARKS_THEIRS, _MARKS_WHY), window=30, detail="signs", negatable=False, unless=_MARKS_THEIRS_NOT),
    Concept("self_harm.signs_other", "self_harm", "support", "self_harm_concern", (_MARKS_THEIRS, _EXCUSE_DOUBTED), window=30, detail="signs", negatable=False),
    Concept("self_harm.hidden_marks", "self_harm", "urgent", "self_harm_urgent", (_MY_CUTS_HIDDEN_SITE, _OPENING_UP), window=25, unless=_SELF_MARKS_NOT, negatable=False),
    Concept("eating_disorder.very_low_intake", "eating_disorder", "support", "eating_disorder", (_ONE_THING_A_DAY_L10N,)),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_BURN_L10N, _ALL_I_ATE_L10N), window=12),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_THROUGH_INJURY, _MISSED_SESSION_DISTRESS), window=40, third_reply="eating_disorder_concern"),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_THROUGH_INJURY, _RIGID_FOOD), window=40, third_reply="eating_disorder_concern"),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_MISSED_SESSION_DISTRESS, _RIGID_FOOD), window=40, third_reply="eating_disorder_concern"),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_MISSED_SESSION_PANIC, _NO_REST), window=40, third_reply="eating_disorder_concern"),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_SO_AS_NOT_TO_EAT_L10N, _EXERCISE_L10N), window=14),
    # punished for eating is the eating-disorder rule's ("burpees until I throw up as punishment for eating cake")
    Concept("self_harm.training_as_harm", "self_harm", "urgent", "self_harm_training_as_harm", (_MADE_TO_SUFFER, _PUNISH_WHY), window=40, negatable=False,
            unless=r"eat|ate|eating|food|cake|binge\w*|binging|calories|meals?|dessert|pizza|diet|snack\w*|chocolate"),
    Concept("cardiac.racing_heart", "cardiac", "urgent", "cardiac_urgent", (_RACING_L10N, _DIZZY_L10N + "|" + _FAINT_L10N + "|" + _CHEST_PAIN_L10N),
            window=40, unless=_RACING_NOT_L10N, detail="a racing heart with dizziness"),
    Concept("self_harm.returning", "self_harm", "support", "self_harm_returning", (_PAST_CRISIS, _DARK_RETURNING), window=70),
    Concept("eating_disorder.restricting_faint", "eating_disorder", "support", "eating_disorder", (_CUT_MORE, lx.DIZZY + "|" + lx.FAINT), window=40, third_reply="eating_disorder_concern"),
    Concept("eating_disorder.diet_pills", "eating_disorder", "support", "eating_disorder_pills", (_DIURETICS_L10N, _TO_LOSE_L10N), window=25),
    Concept("eating_disorder.purging_other", "eating_disorder", "support", "eating_disorder_purging_other", (_HEARD_VOMIT_L10N, _RELATIVE_L10N), window=40,
            unless=r"resaca|borrach\w*|gripe|virus|gastro\w*|intoxicaci\w*|embarazada|gueule de bois|grippe|kater|grippe|influenza|incinta|gravida|ressaca|zwanger|kac|grypa"),
    Concept("eating_disorder.compensating", "eating_disorder", "support", "eating_disorder", (_NO_FOOD_IF_MISSED,), negatable=False, third_reply="eating_disorder_concern"),
    Concept("eating_disorder.restriction", "eating_disorder", "support", "eating_disorder", (_ONLY, _DRINKS, _SPAN), unless=_RESTRICTION_NOT),
    Concept("eating_disorder.purging", "eating_disorder", "support", "eating_disorder", (_PURGE, _EATING), unless=_PURGE_NOT),
    Concept("eating_disorder.purging", "eating_disorder", "support", "eating_disorder", (_VOMIT, _VOMIT_PURPOSE), unless=_PURGE_NOT + r"|drinks|drank|alcohol|beer|wine|shots"),
    Concept("eating_disorder.purging", "eating_disorder", "support", "eating_disorder", (_PURGE_SIGNS, _EATING), window=20, unless=_PURGE_NOT),
    Concept("eating_disorder.diet_pills", "eating_disorder", "support", "eating_disorder_pills", (_APPETITE_PILLS,), unless=r"are (?:diet pills|appetite suppressants|fat burners) (?:safe|dangerous|legal)|what (?:are|is) (?:diet pills|appetite suppressants|fat burners)|ban\w*|news|article|documentary|my (?:mum|mom|friend|sister)s?", third_reply="eating_disorder_concern"),
    Concept("eating_disorder.not_eating", "eating_disorder", "support", "eating_disorder", (_NOT_EATING_L10N,)),
    Concept("eating_disorder.not_eating_other", "eating_disorder", "support", "eating_disorder_concern", (_RELATIVE_L10N, _NOT_EATING_OTHER_L10N), window=10),
    Concept("cardiac.chest_pain", "cardiac", "urgent", "cardiac_urgent", (_CHEST_PAIN_L10N,), window=30, unless=_OTHER_NOT_NOW + "|" + _CHEST_SORE_L10N, detail="chest pain"),
    Concept("cardiac.breathless", "cardiac", "urgent", "cardiac_urgent", (_BREATHLESS_L10N + "|" + _BREATHLESS_MORE_L10N, _EXERCISE_L10N + "|" + _STAIRS_L10N + "|" + _IRREGULAR_L10N), window=30, unless=_UNTIL_BREATHLESS, detail="breathlessness like that"),
    Concept("cardiac.fainting", "cardiac", "urgent", "cardiac_urgent", (_FAINT_L10N, _EXERCISE_L10N), window=30, unless=_FAINT_NOT_L10N, detail="fainting with exercise"),
    Concept("cardiac.bystander", "cardiac", "emergency", "cardiac_bystander", (_OTHER_PERSON, _OTHER_NOW_SIGNS), window=20, unless=_OTHER_NOT_NOW),
    Concept("cardiac.bystander", "cardiac", "emergency", "cardiac_bystander", (_OTHER_PERSON, _OTHER_ARM_JAW, _OTHER_COMPANION), window=25, unless=_OTHER_NOT_NOW),
    Concept("cardiac.bystander", "cardiac", "emergency", "cardiac_bystander", (_OTHER_PERSON, _GREY_OR_CLAMMY, _CALLED_INDIGESTION), window=40,
            unless=_OTHER_NOT_NOW + r"|lately|recently|for (?:weeks|months|a while)|whenever|every time|always gets|gets (?:heartburn|indigestion)"),
    Concept("cardiac.chest_now", "cardiac", "emergency", "cardiac_emergency", (_CHEST_PAIN_L10N, _CHEST_SEVERE_L10N), window=30, unless=_OTHER_NOT_NOW + "|" + _CHEST_SORE_L10N),
    Concept("cardiac.collapse_other", "cardiac", "urgent", "cardiac_collapse_other", (_COLLAPSED_OTHER, _OTHER_ATHLETE, _SPORT_OTHER), window=30, before=(8,), unless=_COLLAPSED_OTHER_NOT + "|" + FAINT_NOT),
    Concept("cardiac.collapse_other", "cardiac", "urgent", "cardiac_collapse_other", (_WENT_DOWN, _WAS_OUT, _OTHER_ATHLETE, _SPORT_OTHER), window=30, before=(0, 8), unless=_COLLAPSED_OTHER_NOT + "|" + FAINT_NOT),
    Concept("cardiac.central_pressure", "cardiac", "urgent", "cardiac_urgent", (_CENTRAL_PRESSURE, _COMPANION), window=25, unless=_PRESSURE_NOT, detail="a pressure in the chest like that"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_PREGNANT_L10N, _PREGNANCY_SIGNS_L10N), window=30, detail="bleeding or fluid"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_PREGNANT_L10N, _BELLY_PAIN_L10N, _DIZZY_L10N + "|" + _DIZZY_PL + "|" + _FAINT_L10N + r"|(?:fiquei|fico|senti me|me senti) tont[ao]|estoy mareada|mi gira la testa"), window=45, detail="tummy pain with dizziness"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_PREGNANT_L10N, _DIZZY_ANY_L10N), window=30, unless=_DIZZY_NOT_L10N, detail="dizziness or feeling faint"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_PREGNANT_L10N, _BELLY_PAIN_L10N + "|" + _CRAMPS_L10N), window=30, detail="contractions or tummy pain"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_PREGNANT_L10N, _HEADACHE_VISION_L10N), window=30, detail="a severe headache or blurred vision"),
    Concept("cardiac.dizzy_exercise", "cardiac", "urgent", "cardiac_urgent", (_DIZZY_ANY_L10N, _EXERCISE_L10N + r"|l ?allenamento|l ?entrainement|l ?esercizio"), window=20, unless=_DIZZY_NOT_L10N, detail="dizziness or feeling faint with exercise"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_PREGNANT_L10N, _CONTRACTIONS_L10N), window=30, unless=_MILD_L10N, detail="regular or painful contractions"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_PREGNANT_L10N, _CONTRACTIONS_L10N + "|" + _TIGHTENING_L10N, _REGULAR_L10N), window=30, detail="regular or painful contractions"),
    Concept("self_harm.preparation_other", "self_harm", "support", "self_harm_concern", (_GOODBYE_POST, _GIVING_AWAY_THEIRS), window=60,
            unless=_PREPARATION_NOT + r"|retir\w*|leaving (?:the )?(?:club|team|school|company)|new club|transfer\w*|last (?:game|match|season|day)|end of (?:the )?season|graduat\w*"),
    # "my gym buddy just texted me 'thanks for everything man, take care of my dog'. he's been really down lately": take it
    # seriously, contact them now, ask directly (holdout52). A plan or the means in the quote is `_quoted_plan`'s emergency.
    Concept("self_harm.concern", "self_harm", "support", "self_harm_concern", (_GOODBYE_POST, _LOW_THEIRS), window=60, detail="goodbye", negatable=False, unless=_GOODBYE_NOT),
    Concept("self_harm.concern", "self_harm", "support", "self_harm_concern", (_LOW_THEIRS, _GOODBYE_POST), window=60, detail="goodbye", negatable=False, unless=_GOODBYE_NOT),
    Concept("self_harm.concern", "self_harm", "support", "self_harm_concern", (_GOODBYE_L10N, _LOW_THEIRS_L10N), window=60, negatable=False, unless=_GOODBYE_NOT),
    Concept("self_harm.concern", "self_harm", "support", "self_harm_concern", (_LOW_THEIRS_L10N, _GOODBYE_L10N), window=60, negatable=False, unless=_GOODBYE_NOT),
    Concept("self_harm.preparation", "self_harm", "urgent", "self_harm_urgent", (_GIVING_AWAY, _AFFAIRS), window=40, unless=_PREPARATION_NOT),
    Concept("self_harm.preparation", "self_harm", "urgent", "self_harm_urgent", (_GIVING_AWAY, _NOT_NEEDING), window=40, unless=_PREPARATION_NOT),
    Concept("self_harm.preparation", "self_harm", "urgent", "self_harm_urgent", (_AFFAIRS, _NOT_NEEDING), window=40, unless=_PREPARATION_NOT),
    Concept("eating_disorder.unintended_loss", "eating_disorder", "support", "unintended_loss", (_LOSS_UNTRIED, _GRIEF), window=70, negatable=False, detail="bereaved", third_reply="unintended_loss_other"),
    Concept("eating_disorder.unintended_loss", "eating_disorder", "support", "unintended_loss", (_LOSS_UNTRIED, _NO_APPETITE), window=70, negatable=False, third_reply="unintended_loss_other"),
    Concept("cardiac.breathless_swelling", "cardiac", "urgent", "cardiac_urgent", (_SWOLLEN_ANKLES, _BREATHLESS_LIGHT, _LIGHT_EFFORT_L10N), window=40,
            unless=_PREGNANT_L10N + r"|pregnan\w*|weeks|wks|flight|plane|long haul|heat|hot weather|sprain\w*|twisted", detail="breathlessness with swollen ankles",
            third_reply="cardiac_check_other"),
    Concept("eating_disorder.pills_taken", "eating_disorder", "emergency", "pills_taken_emergency", (_PILLS_TAKEN, _BODY_NOW), window=30, negatable=False),
    Concept("eating_disorder.purging_other", "eating_disorder", "support", "eating_disorder_purging_other", (_SOMEONE_CLOSE, _BATHROOM_AFTER_MEALS, _PURGE_COVER), window=60,
            unless=r"brush\w* (?:her|his|their) teeth|teeth|floss\w*|wash\w* (?:up|the dishes|her hands|his hands)|dishes|toddler|potty"),
    Concept("eating_disorder.chew_spit", "eating_disorder", "support", "eating_disorder", (_CHEW, _SPIT), window=8, unless=_CHEW_NOT),
    Concept("eating_disorder.laxatives", "eating_disorder", "support", "eating_disorder", (_LAXATIVE_L10N, _LAXATIVE_PURPOSE), window=20, unless=_LAXATIVE_NOT),
    Concept("pregnancy.reduced_movement", "pregnancy", "urgent", "pregnancy_urgent", (_BABY_STILL, _BABY_CONTEXT), window=30, unless=_BABY_STILL_NOT, detail="fewer movements"),
    Concept("pregnancy.reduced_movement", "pregnancy", "urgent", "pregnancy_urgent", (_NOTHING_SINCE, _BABY_WORD, _BABY_CONTEXT), window=30, unless=_BABY_STILL_NOT, detail="fewer movements"),
    Concept("eating_disorder.rapid_loss", "eating_disorder", "support", "eating_disorder_loss", (_BIG_WEEKLY_LOSS, _LOSS_HOW), window=25, unless=r"water|after (?:the )?(?:flu|bug|illness|surgery|operation)|food poisoning|was ill|been ill|sick with|my (?:dog|cat|friend|mum|mom|dad|client)"),
    Concept("cardiac.jaw_arm_sweat", "cardiac", "emergency", "cardiac_emergency", (_JAW_ARM, _SWEAT_SICK), window=20, unless=_JAW_NOT),
    Concept("cardiac.jaw_arm_sweat", "cardiac", "emergency", "cardiac_emergency", (_SHOULDER_BLADES, _CLAMMY_SICK), window=25, detail="back",
            unless=_JAW_NOT + r"|massage|posture|desk|hunch\w*|slept (?:on it |funny|wrong)"),
    Concept("self_harm.hidden_marks", "self_harm", "urgent", "self_harm_urgent", (_SELF_MARKS, _HIDE_COPE), window=14, unless=_SELF_MARKS_NOT, negatable=False),
    Concept("self_harm.exercise_instead", "self_harm", "urgent", "self_harm_urgent", (_INSTEAD_OF_HARM, _WORKOUT), window=20, negatable=False),
    Concept("self_harm.unalive", "self_harm", "urgent", "self_harm_urgent", (_UNALIVE,), unless=_UNALIVE_NOT),
    Concept("eating_disorder.laxatives", "eating_disorder", "support", "eating_disorder", (_CLEARS_OUT, _CLEARS_OUT_WHY), window=25, unless=_CLEARS_OUT_NOT),
    Concept("pregnancy.waters", "pregnancy", "urgent", "pregnancy_urgent", (_FLUID, _PREGNANT_NOW), window=30, unless=_FLUID_NOT, detail="fluid leaking"),
    Concept("self_harm.not_around", "self_harm", "urgent", "self_harm_urgent", (_NOT_AROUND, _POINT_GONE), window=25, unless=_NOT_AROUND_NOT),
    Concept("eating_disorder.restriction", "eating_disorder", "support", "eating_disorder", (_GET_BY_ON, _GUM_COFFEE), window=10, unless=_RESTRICTION_NOT),
    Concept("eating_disorder.restriction", "eating_disorder", "support", "eating_disorder", (_BINNED_FOOD, _BINNED_WHY), window=30, unless=_BINNED_NOT),
    Concept("eating_disorder.compensating", "eating_disorder", "support", "eating_disorder", (_RUN_IT_OFF, _RUN_IT_OFF_WHY), window=30),
    Concept("eating_disorder.carer", "eating_disorder", "support", "eating_disorder_carer", (_CARED_FOR, _OTHERS_MEALS, _OTHERS_BODY), window=60, unless=r"my (?:dog|cat|puppy|kitten|baby|toddler)|newborn|months old|teething|(?:on|doing) (?:a|his|her|their|the) diet|proud|well done|doing (?:great|so well)|intermittent|fasting|16 8|ramadan"),
    Concept("eating_disorder.carer", "eating_disorder", "support", "eating_disorder_carer", (_CARED_FOR_L10N, _OTHERS_MEALS_L10N, _OTHERS_BODY_L10N), window=60,
            unless=r"bebe|bebes|baby|nourrisson|saugling|neonato|pasgeboren|meses|mois|monate|mesi|maanden|dieta|regime|diat|dieet"),
    Concept("pregnancy.max_effort", "pregnancy", "advise", "pregnancy_max_effort", (_PREGNANT_L10N, _MAX_EFFORT_L10N), window=40),
    Concept("pregnancy.weight", "pregnancy", "advise", "pregnancy_weight", (_PREGNANT_L10N, lx.AVOID_GAIN), window=30,
            unless=r"(?:mi|ma|meine|minha|mia|mijn) (?:mujer|esposa|pareja|femme|compagne|frau|partnerin|esposa|mulher|moglie|compagna|vrouw|partner)|despues del parto|apres (?:l )?accouchement|nach der geburt|pos parto|dopo il parto|na de bevalling|"
            r"(?:moja|mojej) (?:zona|zony|partnerka|partnerki)|po porodzie|po ciazy|przed ciaza|zajsc w ciaze|zajde w ciaze|staramy sie o dziecko|starania o (?:ciaze|dziecko)"),
    Concept("eating_disorder.crash_diet", "eating_disorder", "support", "eating_disorder_fainting", (_FOODS_A_DAY, _FEELING_FAINT), window=40, unless=_CRASH_NOT),
    Concept("eating_disorder.crash_diet", "eating_disorder", "support", "eating_disorder_fainting", (_FAD_DIET, _FEELING_FAINT), window=40, unless=_CRASH_NOT),
    Concept("eating_disorder.crash_diet", "eating_disorder", "support", "eating_disorder", (_FOODS_A_DAY, _CRASH_MARK), window=40, unless=_CRASH_NOT),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_UNTIL_BURNED, _COMPULSION_MARK), window=40, unless=r"my (?:dog|son|daughter|kid|friend|mum|mom|dad|client)"),
    Concept("pregnancy.warning_sign", "pregnancy", "urgent", "pregnancy_urgent", (_BLOOD_SEEN, _PREGNANT_NOW), window=40, unless=_BLOOD_NOT, detail="bleeding or fluid"),
    Concept("self_harm.no_wake", "self_harm", "urgent", "self_harm_urgent", (_NO_WAKE,), unless=_NO_WAKE_NOT),
    Concept("self_harm.disappear", "self_harm", "urgent", "self_harm_urgent", (_DISAPPEAR,), unless=_DISAPPEAR_NOT),
    Concept("self_harm.horizon", "self_harm", "urgent", "self_harm_urgent", (_NOTHING_AFTER, _HORIZON), window=30, unless=_HORIZON_NOT),
    Concept("self_harm.self_harm", "self_harm", "urgent", "self_harm_urgent", (_HURT_BY_TRAINING, _ON_PURPOSE), window=30, negatable=False, unless=r"grow\w*|hypertroph\w*|gains|fibres|fibers|micro ?tears?|bigger|build (?:muscle|strength)|pump|no pain no gain|stronger|pr|pb"),
    Concept("cardiac.cyanosis", "cardiac", "emergency", "breathing_emergency", (_CYANOSIS, _CYANOSIS_WITH + "|" + _BREATHLESS_L10N + "|" + _EXERCISE_L10N), window=40, unless=_CYANOSIS_NOT, third_reply="cardiac_bystander"),
    Concept("eating_disorder.very_low_intake", "eating_disorder", "support", "eating_disorder", (_ONE_SMALL_THING_A_DAY,), unless=_ONE_SMALL_THING_NOT, third_reply="eating_disorder_concern"),
    Concept("eating_disorder.laxatives_other", "eating_disorder", "support", "eating_disorder_concern", (_LAXATIVE_ANY, _HIDDEN_OR_SKIPPING, _PARENT_OR_FRIEND), window=40,
            unless=r"prescribed|colonoscopy|bowel prep|after (?:her|his|the) (?:surgery|op|operation)|opioid\w*|codeine|(?:my|our) (?:dog|cat)"),
    Concept("self_harm.passive_wish", "self_harm", "urgent", "self_harm_passive", (_JOIN_THE_DEAD, _BEREAVED), window=60, unless=_JOIN_NOT, third_reply="self_harm_concern"),
    Concept("self_harm.burden_longer", "self_harm", "urgent", "self_harm_urgent", (_BURDEN_LONGER,), unless=_BURDEN_LONGER_NOT),
    # Polish
    Concept("cardiac.palpitations", "cardiac", "urgent", "cardiac_urgent", (_PALPITATIONS_PL, _EXERCISE_L10N + "|" + _DIZZY_PL + "|" + _FAINT_L10N + "|" + _CHEST_PAIN_L10N), window=30,
            unless=r"kaw\w*|kofein\w*|energetyk\w*|przedtreningow\w*|stres\w*|nerw\w*|egzamin\w*", detail="an irregular or fluttering heartbeat with exercise"),
    Concept("cardiac.racing_heart", "cardiac", "urgent", "cardiac_urgent", (_RACING_PL, _DIZZY_PL + "|" + _FAINT_L10N + "|" + _CHEST_PAIN_L10N), window=30, detail="a racing heart that won't settle"),
    Concept("eating_disorder.purging", "eating_disorder", "support", "eating_disorder", (_SELF_INDUCED_PL,), unless=_PURGE_NOT),
    Concept("eating_disorder.compulsive_exercise", "eating_disorder", "support", "eating_disorder", (_BURN_IT_ALL_PL, _PUNISHED_FOR_PL), window=20),
    Concept("eating_disorder.missed_periods", "eating_disorder", "support", "eating_disorder", (_NO_PERIOD_PL, _RESTRICT_OR_TRAIN_PL), window=25, unless=_NO_PERIOD_NOT_PL),
    Concept("eating_disorder.disclosure", "eating_disorder", "support", "eating_disorder", (_ED_SAID_PL,)),
    Concept("eating_disorder.deserve_hunger", "eating_disorder", "support", "eating_disorder", (_DESERVE_NO_FOOD_PL,)),
    Concept("eating_disorder.very_low_intake", "eating_disorder", "support", "eating_disorder", (_ONE_THING_A_DAY_PL,), unless=_LOW_INTAKE_NOT_PL),
    Concept("eating_disorder.very_low_intake", "eating_disorder", "support", "eating_disorder", (_LOW_KCAL_PL,), unless=_LOW_INTAKE_NOT_PL),
    Concept("pregnancy.training", "pregnancy", "advise", "", (_PREGNANT_PL, _TRAINING_PL), window=30, unless=_PREGNANCY_TRAINING_NOT_PL, action="preface"),
    # round 23: the English situations in the seven other languages
    Concept("cardiac.palpitations", "cardiac", "urgent", "cardiac_urgent", (_PALPITATIONS_L10N, _EXERCISE_MORE_L10N), window=25, unless=_RACING_NOT_L10N, detail="an uneven heartbeat with exercise"),
    Concept("cardiac.fainting", "cardiac", "urgent", "cardiac_urgent", (_GREY_OR_COLD_SWEAT_L10N, _EXERCISE_MORE_L10N), window=25, unless=_GREY_NOT_L10N + "|" + _FAINT_NOT_L10N, detail="going grey or into a cold sweat with exercise"),
    Concept("cardiac.arm_or_jaw", "cardiac", "urgent", "cardiac_urgent", (_JAW_LEFT_ARM_L10N, _PAIN_L10N, _EXERCISE_MORE_L10N), window=14, unless=_JAW_ARM_NOT_L10N, detail="pain in the jaw or arm with exercise"),
    Concept("eating_disorder.not_eating", "eating_disorder", "support", "eating_disorder", (_DAYS_WITHOUT_FOOD_L10N,), unless=_FASTING_NOT_L10N),
    Concept("eating_disorder.very_low_intake_other", "eating_disorder", "support", "eating_disorder_concern", (_RELATIVE_L10N, _THEY_EAT_LOW_KCAL_L10N), window=10),
    Concept("pregnancy.reduced_movement", "pregnancy", "urgent", "pregnancy_urgent", (_BABY_LESS_L10N, _BABY_HERE_L10N), window=30, unless=_BABY_STILL_NOT, detail="fewer movements"),
    Concept("pregnancy.waters", "pregnancy", "urgent", "pregnancy_urgent", (_FLUID_MORE_L10N, _PREGNANT_L10N), window=30, unless=_FLUID_MORE_NOT, detail="fluid leaking"),
)
# A cheap first look: the first part of some concept occurs at all.
TRIGGER = "|".join(f"(?:{c.parts[0]})" for c in CONCEPTS)


def _token_at(text: Text, hit: Hit) -> int:
    return text.text.count(" ", 0, hit.start)


def _together(text: Text, concept: Concept) -> Hit | None:
    """The first part's hit that every other part occurs near, or None."""
    firsts = live_hits(text, concept.parts[0], negatable=concept.negatable)
    if not firsts:
        return None
    others = [live_hits(text, part, negatable=concept.negatable) for part in concept.parts[1:]]
    before = [concept.before[i] if i < len(concept.before) else 0 for i in range(len(others))]

    def near(hit: Hit, at: int, lead: int) -> bool:
        distance = at - _token_at(text, hit)
        return 0 <= distance <= lead if lead else abs(distance) <= concept.window

    for first in firsts:
        at = _token_at(text, first)
        if all(any(near(hit, at, lead) for hit in hits) for hits, lead in zip(others, before)):
            return first
    # A negator inside the first part's own hit ("no podía respirar corriendo", "não consigo respirar quando
    # corro") belongs to it, not to the parts after it.
    owned = [first for first in firsts if NEGATORS.intersection(first.matched.split())]
    if owned and concept.negatable:
        others = [live_hits(text, part, negatable=False) for part in concept.parts[1:]]
        for first in owned:
            at = _token_at(text, first)
            if all(any(near(hit, at, lead) and hit.start >= first.start for hit in hits) for hits, lead in zip(others, before)):
                return first
    return None


def _finding(text: Text, concept: Concept, hit: Hit) -> Finding:
    if concept.action == "preface":
        return Finding(concept.category, concept.severity, concept.rule_id, action="preface")
    if concept.third_reply and _about_someone_else(text, hit):
        return Finding(concept.category, concept.severity, concept.rule_id + "_other", concept.third_reply, detail=concept.detail)
    return Finding(concept.category, concept.severity, concept.rule_id, concept.reply, detail=concept.detail)


def _about_someone_else(text: Text, hit: Hit) -> bool:
    """The hit is about someone else ("my daughter eats basically a yogurt a day"), unless it names
    the user itself ("I'm ready to go" after "I buried my husband")."""
    if any(token in ("i", "im", "ive", "id", "myself") for token in hit.matched.split()):
        return False
    return text.person(hit) == "third"


# The warning signs of a pregnancy said in another language, for a message after the one that said the
# pregnancy ("estoy embarazada de 31 semanas" and then "dolores en la barriga que vienen y van cada 10 minutos").
_SIGNS_AFTER_PREGNANCY: tuple[Concept, ...] = tuple(
    evolve(c, parts=c.parts[1:]) for c in CONCEPTS
    if c.category == "pregnancy" and c.severity == "urgent" and len(c.parts) > 1 and c.parts[0] == _PREGNANT_L10N
)
PREGNANCY_SIGNS_ANY_L10N = "|".join(f"(?:{c.parts[0]})" for c in _SIGNS_AFTER_PREGNANCY)
# Saying a pregnancy in those languages, for the look back at the history.
PREGNANT_L10N = _PREGNANT_L10N


def concepts(text: Text, facts: Facts, limits: Limits, categories: tuple[str, ...], *, first_look: bool = True) -> list[Finding]:
    """Findings of every enabled category's concepts in `text` (`first_look=False` skips the
    cheap look for any concept's first part, which a test uses to show it hides nothing)."""
    if facts.pregnant and "pregnancy" in categories and text.could_have(PREGNANCY_SIGNS_ANY_L10N):
        # a pregnancy said earlier in the conversation: its warning signs in another language now
        signs = [_finding(text, c, hit) for c in _SIGNS_AFTER_PREGNANCY if not (c.unless and text.has(c.unless)) and (hit := _together(text, c)) is not None]
        if signs:
            return signs
    if first_look and not text.has(TRIGGER):
        return []
    found = []
    for c in CONCEPTS:
        if c.category in categories and not (c.unless and text.has(c.unless)) and (hit := _together(text, c)) is not None:
            found.append(_finding(text, c, hit))
    return found
