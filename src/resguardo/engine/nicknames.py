"""Bilingual table of nicknames and hypocoristics, and Spanish diminutives.

Keys and values are accent-folded lower case.  The table covers the forms most used in
Mexican, Central American, Spanish and US families; agencies add the rest as aliases.
"""

from __future__ import annotations

NICKNAMES: dict[str, tuple[str, ...]] = {
    # Spanish
    "jesus": ("chuy", "chucho", "chuyito", "chus"),
    "jose": ("pepe", "pepito", "chepe", "joselito", "cheo"),
    "eduardo": ("lalo", "edu", "lalito"),
    "francisco": ("paco", "pancho", "quico", "curro", "frank", "paquito", "panchito", "cisco"),
    "francisca": ("paca", "pancha", "paquita", "frida"),
    "guillermo": ("memo", "guille", "memito", "willy"),
    "guadalupe": ("lupe", "lupita", "lupillo", "pita"),
    "ignacio": ("nacho", "nachito", "nacio"),
    "antonio": ("tono", "tonio", "toni", "tony", "tonito"),
    "alberto": ("beto", "betito", "tito"),
    "roberto": ("beto", "robert", "tito", "robertito"),
    "humberto": ("beto",),
    "luis": ("lucho", "luisito", "luchito"),
    "manuel": ("manolo", "manolito", "manu", "meme"),
    "enrique": ("kike", "quique", "enriquito"),
    "rafael": ("rafa", "rafita", "fayo"),
    "alejandro": ("alex", "ale", "jandro", "alejo"),
    "alejandra": ("ale", "alex", "jandra"),
    "fernando": ("fer", "nando", "fercho"),
    "fernanda": ("fer", "fercha"),
    "gabriel": ("gabo", "gabi"),
    "gabriela": ("gaby", "gabi", "gabriela"),
    "ricardo": ("richi", "ricky", "cayo"),
    "rodrigo": ("rodri", "roy"),
    "salvador": ("chava", "chavita", "salva"),
    "santiago": ("santi", "chago", "yago"),
    "maria": ("mari", "maru", "mary", "marucha", "mariquita"),
    "maria jose": ("majo",),
    "maria fernanda": ("mafer", "marifer"),
    "maria luisa": ("malu", "marilu"),
    "maria del carmen": ("carmen", "mamen", "menchu"),
    "maria teresa": ("maite", "tere"),
    "teresa": ("tere", "teresita"),
    "dolores": ("lola", "lolita"),
    "concepcion": ("concha", "conchita", "chelo"),
    "consuelo": ("chelo",),
    "rosario": ("chayo", "charo", "rosi"),
    "soledad": ("sole",),
    "mercedes": ("meche", "merche"),
    "margarita": ("marga", "mago", "magos"),
    "isabel": ("chabela", "isa", "chabe", "isabelita"),
    "josefina": ("pepa", "chepina", "fina"),
    "cristina": ("cris", "tina"),
    "cristian": ("cris",),
    "sebastian": ("sebas", "chan"),
    "daniel": ("dani", "danny"),
    "daniela": ("dani",),
    "valentina": ("vale", "valen"),
    "valeria": ("vale",),
    "ximena": ("xime",),
    "jimena": ("jime",),
    "natalia": ("nati",),
    "andrea": ("andy",),
    "andres": ("andy",),
    "juan": ("juanito", "juancho", "johnny"),
    "juana": ("juanita",),
    "pedro": ("pedrito", "perico"),
    "miguel": ("migue", "mike", "miguelito"),
    "angel": ("angelito",),
    "emiliano": ("emi", "emilianito"),
    "esteban": ("teban",),
    "jorge": ("coque", "jorgito", "george"),
    "diego": ("dieguito",),
    "ramon": ("moncho", "mongo", "ramoncito"),
    "marisol": ("mari", "sol"),
    "beatriz": ("bea", "betty"),
    "patricia": ("paty", "pati", "patty", "pat"),
    "susana": ("susi", "sue"),
    "victoria": ("vicky",),
    "virginia": ("vicky", "gina"),
    "leticia": ("lety", "leti"),
    "gerardo": ("gera", "jerry"),
    "gustavo": ("tavo", "gus"),
    "oswaldo": ("osvaldo", "oswi"),
    "rogelio": ("roger",),
    "leonardo": ("leo",),
    "federico": ("fede", "lico"),
    "gregorio": ("goyo",),
    "jacinto": ("chinto",),
    "anastasio": ("tacho",),
    "refugio": ("cuco", "cuca", "cuquita"),
    # English
    "william": ("bill", "billy", "will", "willie", "liam"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "richard": ("rick", "ricky", "dick", "rich", "richie"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("johnny", "jack", "jon"),
    "jonathan": ("jon", "jonny", "nate"),
    "michael": ("mike", "mikey", "mick"),
    "christopher": ("chris", "topher", "kit"),
    "nicholas": ("nick", "nicky", "nico"),
    "anthony": ("tony", "ant"),
    "joseph": ("joe", "joey", "jo"),
    "thomas": ("tom", "tommy"),
    "charles": ("charlie", "chuck", "chas"),
    "daniel_en": ("dan", "danny"),
    "david": ("dave", "davey"),
    "edward": ("ed", "eddie", "ted", "teddy", "ned"),
    "benjamin": ("ben", "benny", "benji"),
    "samuel": ("sam", "sammy"),
    "matthew": ("matt", "matty"),
    "andrew": ("andy", "drew"),
    "alexander": ("alex", "xander", "al"),
    "zachary": ("zach", "zack"),
    "jacob": ("jake",),
    "joshua": ("josh",),
    "timothy": ("tim", "timmy"),
    "steven": ("steve", "stevie"),
    "stephen": ("steve", "stevie"),
    "kenneth": ("ken", "kenny"),
    "tyrell": ("ty",),
    "aiden": ("aid",),
    "elizabeth": ("liz", "lizzie", "beth", "betsy", "eliza", "libby"),
    "katherine": ("kate", "katie", "kathy", "kat"),
    "catherine": ("cathy", "cat", "kate"),
    "margaret": ("maggie", "meg", "peggy"),
    "jennifer": ("jen", "jenny"),
    "jessica": ("jess", "jessie"),
    "rebecca": ("becky", "becca"),
    "samantha": ("sam", "sammy"),
    "alexandra": ("alex", "lexi", "sandra"),
    "abigail": ("abby",),
    "brittany": ("britt", "brit"),
    "kimberly": ("kim",),
    "deborah": ("debbie", "deb"),
    "susan": ("sue", "susie"),
    "christina": ("chris", "tina"),
    "madison": ("maddie",),
    "isabella": ("bella", "izzy"),
    "olivia": ("liv", "livvy"),
}


def diminutives(first: str) -> tuple[str, ...]:
    """Spanish -ito/-ita forms: Diego → dieguito, Ana → anita, Luis → luisito."""
    if len(first) < 3 or " " in first:
        return ()
    stem, last = first[:-1], first[-1]
    if last in "ao":
        if stem.endswith("g"):
            stem += "u"
        elif stem.endswith("c"):
            stem = stem[:-1] + "qu"
        return (f"{stem}{'it' + last}",)
    if last == "e":
        return (f"{stem}ito", f"{stem}ita")
    return (f"{first}ito", f"{first}cito", f"{first}ita")


def nickname_forms(first: str) -> tuple[str, ...]:
    forms = NICKNAMES.get(first, ()) + NICKNAMES.get(f"{first}_en", ())
    return tuple(dict.fromkeys(forms + diminutives(first)))
