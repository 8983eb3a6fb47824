"""Everyday words of other languages that say what a message is about, read as the English word.

"Umieram z głodu po siłowni, co szybkiego zjeść na kolację, coś z dużą ilością białka?" scores
nothing with English keywords; read with `FOREIGN_WORDS` it says "hungry", "gym", "eat",
"dinner" and "protein", so the router sends it to the nutritionist and the nutritionist reads
what is asked. Typo repair (`host.typos`) replaces these words like a misspelling, so the
chosen agent reads the same English words the router scored.

Only words that are no English word ("eten", "kolacja", not "fame" or "diner"), and only what
a message is about (eating, meals, protein, training, hunger, how much): no food names, which
the agents read in their own tables, and no verbs of a goal ("abnehmen"), which General reads in
the whole sentence ("ich möchte 5 kg abnehmen"). Only languages the agents do not read
themselves: Ceres and Helios read Spanish, French, Italian and Portuguese food and training
questions in their own phrases ("me muero de hambre", "cuánta proteína"), which a word changed
here would break.
Keys are written as `host.text` normalises a word (lower case, "ß" as "ss").
"""

from __future__ import annotations

from host import text as host_text

_GLOSSES: dict[str, tuple[str, ...]] = {
    "eat": ("jeść", "zjeść", "jem", "eten", "eet", "kumain", "kain"),
    "ate": ("zjadłem", "zjadłam", "jadłem", "jadłam"),
    "protein": ("białko", "białka", "białkiem", "eiwit", "eiwitten"),
    "breakfast": ("śniadanie", "śniadania", "śniadaniu", "ontbijt", "frühstück", "fruhstuck", "almusal"),
    "lunch": ("obiad", "obiadu", "mittagessen", "tanghalian"),
    "dinner": ("kolacja", "kolację", "kolacji", "avondeten", "abendessen", "hapunan"),
    "snack": ("przekąska", "przekąskę", "przekąski", "tussendoortje"),
    "calories": ("kalorie", "kalorii", "calorieën"),
    "fibre": ("błonnik", "błonnika", "błonnikiem", "vezels"),
    "bloating": ("wzdęcia", "wzdęć", "wzdęty", "wzdęta"),
    "hungry": ("głodu", "głodny", "głodna", "gutom"),
    "gym": ("siłownia", "siłowni", "siłownię", "sportschool", "fitnessstudio"),
    "training": ("trening", "treningu", "treningi"),
    "train": ("trenować", "trainen"),
    "exercise": ("ćwiczenia", "ćwiczyć", "sporten", "ehersisyo"),
    "running": ("bieganie", "hardlopen"),
    "run": ("biegać",),
    "swimming": ("pływanie", "zwemmen", "schwimmen"),
    "recover": ("herstellen", "regenerować"),
    "recovery": ("herstel", "regeneracja"),
    "sore muscles": ("spierpijn", "muskelkater", "zakwasy"),
    "drink": ("pić", "drinken"),
    "water": ("wody", "tubig"),
    "how much": ("ile", "hoeveel"),
    "how many": ("ilang",),
    "should I": ("powinienem", "powinnam"),
    "a day": ("dziennie", "dagelijks", "täglich", "taglich"),
    "day": ("dag",),  # "hoeveel eiwit per dag?"
    "tonight": ("vanavond", "wieczorem"),
    "sleep": ("spać", "slapen", "slaap", "snu"),
    "I weigh": ("ważę", "waze"),
    "faster": ("sneller", "szybciej"),
    "quick": ("szybkiego", "szybko", "snel"),
    # when: what a log or a plan is for
    "today": ("dzisiaj", "dziś", "vandaag", "heute", "ngayon"),
    "tomorrow": ("jutro", "bukas"),
    "yesterday": ("wczoraj", "gisteren", "gestern", "kahapon"),
    "after": ("pagkatapos",),
    "before": ("przed",),
    # the few Dutch words typo repair would otherwise misread ("gaan" as "gain", "amper" as "am per")
    "go": ("gaan",),
    "walk": ("lopen", "wandelen"),
    "barely": ("amper", "nauwelijks"),
    "can": ("kan",),
    "may": ("mag",),
    "must": ("moet",),
    "I": ("ik",),
    "best": ("beste",),
}

# keyed as typo repair sees a word (`host.text.words`: "Eiweiß" -> "eiweiss", letter runs squeezed)
FOREIGN_WORDS: dict[str, str] = {host_text.words(word)[0].text: english for english, words in _GLOSSES.items() for word in words}
assert all(" " not in word for words in _GLOSSES.values() for word in words), "one word each: typo repair reads words"

__all__ = ["FOREIGN_WORDS"]


# The most frequent words of the seven other languages the agents read, and the words of messages
# to a fitness and nutrition assistant (being tired, hungry or sore, eating, training, days and
# times). Written from knowledge of the languages: the tops of their frequency lists (function
# words, pronouns, auxiliaries, question words) and the everyday verbs, nouns and adjectives of
# such messages; nothing downloaded. Typo repair leaves them as typed in a message of their
# language, where "niet" is no "nite", "dans" no "days", "sono" no "soon" and "doet" no "diet"
# (`host.typos`). English words among them ("die", "also", "come", "pain") are listed for
# completeness: typo repair never touches an English word anyway. A few foods end a list
# ("manzana", "mela", "miel", "salat", "bonen"), which typo repair misread as mañana, meal, mile, salt, benen.
_COMMON: dict[str, str] = {
    "es": """
        el la los las un una unos unas de del al y o pero que qué como cómo cuando cuándo donde dónde
        por para porque por qué cuál cuánto cuánta cuántos cuántas quién yo tú usted él ella nosotros
        ellos ellas me te se nos le les lo mi mis tu tus su sus mío este esta esto estos ese esa eso muy
        más menos mucho mucha muchos muchas poco poca bien mal ya todavía también tampoco siempre nunca
        hoy ayer mañana ahora después antes luego no sí con sin sobre entre hasta desde soy eres es somos
        son estoy estás está estamos están era fue he has ha hemos han había tengo tienes tiene tenemos
        tienen hago haces hace hice hizo puedo puedes puede quiero quieres quiere debo debe voy vas va
        vamos sé sabe comer como comí comido bebo beber correr corro caminar dormir duermo entrenar
        entreno cansado cansada hambre dolor duele día días semana semanas hora horas mes año noche
        tarde cena comida desayuno almuerzo rodilla espalda pierna piernas cuerpo peso bajar subir
        gracias hola todo toda todos nada algo alguien otro otra vez veces cada bueno buena mejor peor
        ser estar tener hacer ir
        manzana manzanas miel
        """,
    "fr": """
        le la les un une des de du au aux et ou mais donc car que qui quoi quel quelle quels quelles
        comment combien pourquoi quand où je tu il elle on nous vous ils elles me te se moi toi lui
        leur mon ma mes ton ta tes son sa ses notre votre nos vos ce cet cette ces ça cela dans sur
        sous avec sans pour par chez entre avant après depuis pendant vers très trop peu beaucoup plus
        moins bien mal aussi encore toujours jamais déjà souvent ne pas rien tout tous toute toutes
        oui non merci bonjour suis es est sommes êtes sont étais était été ai as avons avez ont avais
        avait fais fait faisons faites font vais vas va allons allez vont peux peut pouvons voulez
        veux veut voudrais dois doit faut sais manger mange mangé boire bois courir cours dormir dors
        marcher nager entraîner fatigué fatiguée faim soif mal douleur jour jours semaine semaines
        heure heures mois an année soir matin nuit midi repas dîner déjeuner petit grand genou dos
        jambe jambes corps poids perdre prendre gagner muscle séance salle sport chose quelque ami amis
        avoir être faire aller
        amie amies fois trois deux soirée aujourd'hui
        pomme pommes miel
        """,
    "de": """
        der die das den dem des ein eine einen einem einer und oder aber denn dass wenn weil ob als
        wie was wer wo wann warum wieso weshalb welche welcher welches wieviel ich du er sie es wir
        ihr mich dich sich uns euch mir dir ihm ihn mein meine meinen meinem dein deine sein seine
        nicht kein keine keinen nichts auch noch schon immer nie oft sehr zu viel viele wenig mehr
        weniger gut schlecht ja nein danke bitte hallo mit ohne für von bei nach vor aus auf über unter
        zwischen seit bis durch gegen um bin bist ist sind seid war waren habe hast hat haben hatte
        hatten kann kannst können muss musst müssen soll sollte will willst möchte mache machst macht
        gemacht gehe geht gegangen essen esse isst gegessen trinken trinke laufen laufe schlafen
        schlafe trainieren müde hunger durst schmerzen tut weh tag tage woche wochen stunde stunden
        monat jahr abend morgen nacht mittag mahlzeit knie rücken bein beine körper gewicht abnehmen
        zunehmen heute gestern jetzt dann vielleicht etwas alles jeden jede jeder mal
        lang lange langen langer langsam steigern nehmen beim wieder nochmal
        sein haben machen gehen
        salat
        """,
    "pt": """
        o a os as um uma uns umas de do da dos das no na nos nas ao à e ou mas que quê como quando onde
        porque por quê qual quanto quanta quantos quantas quem eu tu você ele ela nós vocês eles elas
        me te se lhe meu minha meus minhas seu sua este esta isto esse essa isso muito muita muitos
        pouco pouca bem mal já ainda também sempre nunca hoje ontem amanhã agora depois antes não sim
        com sem sobre entre até desde para pra sou és é somos são estou está estamos estão era foi
        tenho tem temos têm fiz faço faz fazer posso pode quero quer devo deve vou vai vamos sei comer
        como comi beber bebo correr corro caminhar dormir durmo treinar treino cansado cansada fome
        dor dói dia dias semana semanas hora horas mês ano noite tarde jantar almoço café manhã
        joelho costas perna pernas corpo peso perder ganhar obrigado obrigada olá tudo nada algo vez
        vezes cada bom boa melhor pior academia
        ter ser estar ir fazer
        """,
    "it": """
        il lo la i gli le un uno una di del della dei delle a al alla ai da dal in nel nella su sul con
        per tra fra e o ma che chi cosa come quando dove perché quale quanto quanta quanti quante io
        tu lui lei noi voi loro mi ti si ci vi mio mia miei mie tuo tua suo sua questo questa quello
        quella molto molta molti molte poco poca troppo troppa bene male già ancora anche sempre mai
        oggi ieri domani adesso ora dopo prima non sì no sono sei è siamo siete ero era stato stata
        ho hai ha abbiamo hanno avevo faccio fai fa fatto fare posso puoi può voglio vuoi vuole devo
        deve vado vai va andato andata so mangiare mangio mangiato bere bevo correre corro camminare
        dormire dormo allenarmi allenare stanco stanca fame dolore giorno giorni settimana settimane
        volta volte ora ore mese anno sera mattina notte pranzo cena colazione pasto ginocchio
        schiena gamba gambe corpo peso perdere grazie ciao tutto tutti niente qualcosa ogni buono
        buona meglio peggio voglia palestra massa
        avere aver essere prendere prendo sentire
        mela mele miele
        """,
    "nl": """
        de het een en of maar want dat die dit deze wat wie waar wanneer waarom hoe welke ik jij je u
        hij zij ze we wij jullie mij me mijn jouw jou zijn haar ons onze hun niet geen niets ook nog
        al altijd nooit vaak heel erg te veel weinig meer minder goed slecht ja nee dank bedankt hoi
        met zonder voor van bij na naar op in uit over onder tussen sinds tot door ben bent is zijn
        was waren heb hebt heeft hebben had kan kun kunt kunnen moet moeten wil wilt willen zal zou
        doe doet doen gedaan ga gaat gegaan eet gegeten drink drinken slapen loop moe honger dorst
        pijn dag dagen week weken uur uren maand jaar avond ochtend morgen nacht middag maaltijd knie
        rug been benen lichaam gewicht afvallen aankomen gisteren nu dan misschien iets alles elke
        keer zo dus echt wel even
        hebben doen gaan
        bonen
        """,
    "pl": """
        i a ale lub albo czy że żeby bo jak jaki jaka jakie co kto gdzie kiedy dlaczego czemu ile ja
        ty on ona ono my wy oni one mnie mi cię ci go mu jej nas nam was ich się mój moja moje twój
        twoja swój swoja ten ta to te tego tej nie tak bardzo za dużo mało więcej mniej dobrze źle już
        jeszcze też zawsze nigdy często teraz potem przed po w we z ze na do od dla bez przez przy o
        u jestem jesteś jest jesteśmy są był była było mam masz ma mamy mają miałem miałam robię robi
        zrobiłem zrobiłam mogę może chcę chce muszę musi powinnam idę jeść jem pić piję biegać biegam
        spać śpię zmęczony zmęczona głodny głodna boli ból dzień dni tydzień tygodniu godzina godzinę
        godziny miesiąc rok wieczór rano noc kolano plecy noga nogi ciało waga schudnąć dziękuję
        cześć wszystko nic coś każdy każdego razy raz dobry dobra lepiej gorzej
        być mieć robić iść
        """,
}
COMMON_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(host_text.words(word)[0].text for word in words.split()) for language, words in _COMMON.items()
}

__all__ += ["COMMON_WORDS"]
