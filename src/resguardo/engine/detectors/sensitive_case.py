"""Case details as families, youth, foster parents and caseworkers write them.

Patterns run on accent-folded lower-case text, so "se llevó" and "se llevo" are one; common
misspellings and chat forms ("w/", "cw", "xq") are spelled out where people use them.  Whether
a match is about someone is the gate's question (``sensitive_gate``), not the pattern's.
"""

from __future__ import annotations

import re

from ._lexicon import AGENCIES, RELATIONS

_WITH = r"(?:with|w/|w|wit)"
_KIN = (
    r"(?:abuel[oa]|abuelit[oa]|ti[oa]|tiit[oa]|herman[oa]|prim[oa]|padrin[oa]|madrina|grandma|granny|grandpa|nana"
    r"|aunt|auntie|uncle|cousin|sister|brother|relatives?|familiares?|parientes?)"
)
_CHILD = (
    r"(?:kids?|baby|babies|son|daughter|children|child|boys?|girls?|bebe|bebes|nin[oa]s?|hij[oa]s?|nen[ea]s?"
    r"|chamac[oa]s?|morrit[oa]s?|twins)"
)

CASE_DETAIL_TERMS = [
    # -- removal -------------------------------------------------------------------------------
    r"(?:lo|la|los|las|nos|me|te|les|se\s+(?:lo|la|los|las))\s+(?:sacaron|quitaron|quito|llevaron|llevo|retiraron|retiro"
    r"|recogieron|recogio|arrebataron|agarraron)(?:\s+(?:de|a)\s+(?:la|su|mi|sus|mis|los|las|el)?\s*\w+)?",
    rf"(?:{AGENCIES})\s+(?:came|showed\s+up|took|picked\s+up|removed|got|has|have|took\s+custody|is\s+taking"
    r"|vino|llego|se\s+(?:lo|la|los|las)\s+llevo|se\s+llevo|recogio|quito|retiro|tiene|tienen|abrio\s+(?:un\s+)?caso"
    r"|opened\s+a\s+case|called|is\s+involved|esta\s+involucrad[oa]|got\s+involved)\b",
    rf"(?:took|picked\s+up|removed|taking)\s+(?:my|his|her|their|our|the)\s+(?:\w+\s+)?{_CHILD}",
    r"(?:se\s+)?llevaron\s+a\s+(?:mi|mis|los|las|la|el|su|sus)\s+\w+",
    r"(?:me|le|les|nos)\s+(?:retiraron|quitaron|suspendieron|negaron|dieron|otorgaron|regresaron|devolvieron)\s+la\s+custodia",
    r"(?:lost|lose|losing|got|get|getting|have|has|gained|regained|full|temporary|emergency|sole|joint|protective)\s+custody",
    r"(?:perdi|perdio|perdimos|perder|recuperar|recupere|tengo|tiene|gane|gano|pelear|peleando)\s+(?:la\s+)?custodia",
    r"(?:emergency\s+)?removal",
    r"(?:taken|placed)\s+(?:into|in)\s+(?:care|custody|protective\s+custody|foster\s+care)",
    r"(?:was|were|got|been|be|being|is|are)\s+(?:removed|taken|placed|pulled)\b(?:\s+(?:from|with|in|into|out\s+of)\s+\w+(?:\s+\w+)?)?",
    r"(?:fue|fueron|lo|la|los|las|les)\s+(?:retirad|removid|separad|quitad|sacad|colocad|llevad)[oa]s?(?:\s+de\s+\w+(?:\s+\w+)?)?",
    r"(?:retiro|remocion|separacion)\s+de\s+(?:sus|los|su|mis|mi)\s+\w+",
    # -- placement -----------------------------------------------------------------------------
    r"(?:mama|papa|madre|padre|mami|papi)s?\s+(?:temporal|de\s+acogida|sustitut[oa]|de\s+crianza|adoptiv[oa]|biologic[oa]|de\s+paso)",
    r"(?:foster|fostr|bio|birth|biological|resource|adoptive|first)\s+(?:mom|dad|mother|father|mama|papa|parents?|family|fam)",
    r"(?:familia|mama|papa)\s+biologica?",
    r"placements?",
    r"placment|placemnt|plcmt",
    r"(?:years?|yrs?|months?|mos?)\s+in\s+(?:care|foster\s+care|the\s+system)",
    r"(?:in|out\s+of|aged?\s+out\s+of|through)\s+the\s+system",
    rf"placed\s+{_WITH}\s+\w+",
    r"(?:kin|kinship|relative|family|emergency|respite|therapeutic|treatment|new|pre-?adoptive)\s+(?:care|placement|home|foster\s+home)",
    r"respite",
    r"(?:lived|living|been|stayed|staying)\s+with\s+(?:us|me|my\s+\w+|her\s+\w+|his\s+\w+)\s+(?:since|for)\b",
    r"(?:came|come|moved)\s+(?:to\s+(?:us|live\s+with\s+us)|in\s+with\s+us)",
    r"(?:nos\s+llego|llego\s+a\s+(?:nuestra|mi)\s+casa|vive\s+con\s+nosotros|esta\s+con\s+nosotros)(?:\s+(?:desde|hace)\b)?",
    rf"(?:esta|vive|quedo|sigue|se\s+quedo|paso)\s+con\s+(?:su|sus|mi|mis|la|el)\s+{_KIN}s?\s+(?:por\s+(?:parte\s+)?(?:del?|de\s+la)\s+(?:condado|estado|dif|juez|corte)|desde|mientras)",
    rf"(?:staying|living|placed|lives|stays)\s+{_WITH}\s+(?:his|her|their|my|the)\s+{_KIN}",
    r"(?:at|in|to)\s+(?:a|the)\s+(?:residential|rtc|shelter|group\s+home|treatment\s+center|youth\s+center|emergency\s+shelter)",
    r"residential\s+(?:care|treatment|placement|center|facility|program)?",
    r"(?:group\s+home|grouphome|shelter\s+care|foster\s+home|foster\s+house)",
    r"(?:hogar|casa)\s+(?:de\s+grupo|grupal|de\s+transicion|de\s+paso|de\s+acogida|de\s+guarda|sustituto|temporal|hogar)",
    r"(?:lo|la|los|las)\s+(?:cambiaron|movieron|mandaron|pasaron)\s+(?:de|a)\s+(?:casa|hogar|familia|otro|otra|un|una)\w*",
    r"(?:got|was|were|been|getting)\s+moved\s+(?:to|again|from)",
    r"(?:new|another|next|last|third|second|first)\s+(?:foster\s+)?(?:home|family|placement)\s+(?:since|after|in)?",
    r"(?:7|seven|14|fourteen|30|thirty)[-\s]day\s+notice",
    r"(?:dio|dieron|gave|give|put\s+in)\s+(?:el\s+|a\s+|her\s+|his\s+|their\s+)?(?:aviso|notice)",
    r"en\s+acogida",
    r"foster\s+(?:mom|dad|mother|father|mama|papa)",
    r"(?:en\s+)?cuidado\s+(?:de\s+crianza|temporal|sustituto|alternativo|foster)",
    r"(?:con\s+)?(?:una\s+)?familia\s+(?:de\s+acogida|sustituta|temporal|de\s+crianza|adoptiva|de\s+paso)",
    r"(?:en\s+)?(?:casa|hogar)\s+(?:hogar|de\s+acogida|de\s+guarda|sustituto|temporal)",
    r"acogimiento(?:\s+(?:familiar|residencial))?",
    r"(?:en\s+(?:un|el)\s+)?albergue(?:\s+(?:infantil|temporal))?",
    r"(?:nin[oa]|hij[oa]|bebe|nen[ea]|chamac[oa])\s+(?:de\s+acogida|adoptiv[oa]|temporal|de\s+crianza)",
    r"foster\s+(?:son|daughter|child|kid|kiddo|baby|brother|sister|youth|teen|sibs?|siblings?|placement|babies|kids)",
    r"(?:in\s+)?foster\s+(?:care|home|family|placement|parents?)",
    r"kinship\s+(?:care|placement)",
    r"group\s+home",
    r"colocad[oa]s?\s+(?:con|en)",
    r"colocacion",
    r"tutela",
    r"patria\s+potestad",
    r"guardianship",
    r"(?:the\s+)?adoption(?:\s+(?:is|was|will|got|finalized|final|day|date|hearing))?",
    r"adopted",
    r"(?:la\s+|su\s+)?adopcion",
    r"adoptad[oa]s?",
    # -- reunification ---------------------------------------------------------------------------
    r"(?:get|getting|got|bring|bringing|brought)\s+(?:her|him|them|my\s+\w+(?:\s+\w+)?|the\s+kids|the\s+baby)\s+(?:back|home)",
    r"(?:going|goes|went|go)\s+(?:back\s+)?home\s+to\s+(?:his|her|their|my)\s+\w+",
    r"(?:me|nos|le|les)\s+(?:devuelvan|devuelven|devolvieron|regresen|regresan|regresaron|entreguen|entregaron)\s+a\s+(?:mi|mis|su|sus|los|la|el)\s+\w+",
    r"(?:me|nos|le|les)\s+(?:la|lo|los|las)\s+(?:devuelvan|devuelven|devolvieron|regresen|regresan|regresaron|entreguen|entregaron)",
    r"(?:recuperar|recupere|recupero)\s+a\s+(?:mi|mis|su|sus)\s+\w+",
    r"(?:regresa|regreso|vuelve|volvio|volver|regresar)\s+con\s+(?:su|sus|mi)\s+(?:mama|papa|madre|padre|mami|papi|familia|abuel[oa])",
    r"reunif(?:y|ied|ying|ication)|reunificacion(?:\s+familiar)?|reunification|reunificar",
    r"trial\s+home\s+(?:visit|pass)|(?:close|closing|closed)\s+(?:my|her|his|the|our)\s+case",
    # -- court ---------------------------------------------------------------------------------
    r"(?:court\s+|permanency\s+|dependency\s+|custody\s+|adjudication\s+|disposition(?:al)?\s+|review\s+|tpr\s+|shelter\s+"
    r"|detention\s+|status\s+|\w+'s\s+|\w+s'\s+|my\s+|her\s+|his\s+|the\s+|our\s+|their\s+|next\s+)hearing(?!\s+(?:from|about|back|you|aid|loss|test|it|that|what|how))",
    r"hearin|heairng|haering",
    r"court\s+(?:date|order|case|hearing|appointed|ordered|report|room|on|tomorrow|today|next|this|was|got|is|in)\b",
    r"court[-\s]ordered",
    r"(?:in|to|at|from|went\s+to|go\s+to|going\s+to|have|had|got|before\s+the)\s+(?:family\s+|juvenile\s+|dependency\s+|drug\s+)?court\b(?!\s+of)",
    r"(?:family|juvenile|dependency|drug|custody|probate)\s+court",
    r"(?:the\s+)?(?:judge|magistrate|commissioner)\s+(?:said|says|ordered|granted|denied|gave|wants|decided|ruled|approved|extended|terminated|agreed|continued|moved|let|signed|is\s+letting)",
    r"(?:el|la|le|del|al)\s+(?:juez|jueza|magistrad[oa])(?:\s+(?:dijo|decidio|ordeno|dio|nego|aprobo|otorgo|pidio|quiere|mando|firmo|fallo|aplazo|pospuso))?",
    r"(?:lo\s+que\s+)?(?:pidio|ordeno|mando|dijo)\s+(?:el|la)\s+(?:juez|jueza|magistrad[oa]|corte)",
    r"(?:dependency|custody|cps|dcfs|dss|dcs|juvenile|neglect|abuse|court|open|criminal)\s+case",
    r"(?:my|her|his|their|our|the\s+kids'?)\s+case\b(?!\s+(?:study|studies))",
    r"(?:mi|su|el)\s+caso\s+(?:con|en|del|de\s+(?:mi|los|la|el))\b",
    r"(?:de|del|en)\s+(?:mi|su)\s+caso\b",
    r"(?:la|una|mi|su|tengo|tiene|hay|ir\s+a|fui\s+a|voy\s+a)\s+corte\b(?!\s+de\s+(?:pelo|cabello))",
    r"(?:la\s+|su\s+)?(?:audiencia|audencia|audienca)(?:\s+(?:de|en|del)\s+\w+)?",
    r"juzgado(?:\s+(?:familiar|de\s+lo\s+familiar|de\s+menores))?",
    r"orden(?:\s+judicial|\s+de\s+(?:restriccion|alejamiento|proteccion|arresto|aprehension))",
    r"(?:restraining|protective|protection|no[-\s]contact|stay[-\s]away)\s+order",
    r"medidas?\s+de\s+proteccion",
    r"termination\s+of\s+(?:parental\s+)?rights|parental\s+rights|tpr\b",
    r"(?:my|her|his|the\s+kids'?|their|our)\s+(?:gal|casa|lawyer|attorney|public\s+defender|pd|guardian\s+ad\s+litem)\b",
    r"(?:mi|su)\s+(?:abogad[oa]|defensor[a]?(?:\s+publico)?)",
    # -- the caseworker tied to a person ---------------------------------------------------------
    r"(?:my|her|his|their|our|the\s+kids'?|the\s+baby'?s|ur|your)\s+(?:new\s+)?(?:case\s*worker|case\s*manager|social\s+worker|worker|cw|caseworker|po|probation\s+officer|ongoing\s+worker|cps\s+worker|investigator)\b",
    rf"(?:case\s*worker|worker|cw|social\s+worker|investigator)\s+from\s+(?:{AGENCIES}|dcfs|cps|the\s+agency)",
    r"(?:mi|su|tu)\s+(?:trabajador[a]?\s+social|trabajador[a]?|trabajdora|trabajadora\s+socail|licenciad[oa]|lic|oficial\s+de\s+(?:probatoria|libertad)|agente\s+de\s+(?:probatoria|libertad)|case\s*worker|cw)\b",
    r"(?:trabajador[a]?(?:\s+social)?|licenciad[oa]|lic)\s+(?:de|del)\s+(?:mi|su|sus|mis|tu)\s+(?:caso|\w+)",
    r"(?:trabajador[a]?(?:\s+social)?|licenciad[oa])\s+del\s+(?:dif|condado|estado|cps|caso)",
    # -- visits ---------------------------------------------------------------------------------
    r"visitas?(?:\s+\w+){0,4}\s+(?:supervisadas?|superbisadas?|supervizadas?|vigiladas?|asistidas?)",
    r"visitas?\s+(?:con|c/)\s+(?:su|sus|los|las|el|la|mi|mis)\s+\w+",
    r"(?:la\s+|su\s+)?visita(?:s)?\s+(?:con\s+su|familiar)\w*",
    r"(?:me|le|les|nos)\s+(?:suspendieron|quitaron|cancelaron|cambiaron|dieron|negaron|aumentaron|redujeron)\s+(?:las\s+)?(?:visitas|convivencias)",
    r"(?:las\s+|mis\s+|sus\s+)?convivencias?(?:\s+(?:con|supervisadas?))?",
    r"regimen\s+de\s+(?:visitas|convivencia)",
    r"supervised\s+(?:visit\w*|contact|time|calls?)",
    r"unsupervised(?:\s+visit\w*)?",
    r"visitation",
    r"visits?\s+(?:with|w/|w|at\s+the\s+(?:agency|office|center|county)|are|got|were|was|went|every|on)\b(?!\s+(?:us|our|the\s+website))",
    r"(?:my|her|his|their|our|the)\s+(?:weekly\s+|next\s+|first\s+)?visits?\b(?!\s+(?:us|our))",
    r"family\s+time\s+(?:with|w/|w|at)\b",
    r"(?:overnights?|home\s+visits?)\s+(?:with|w/|w|at)\b",
    # -- allegations, reports, investigations ------------------------------------------------------
    r"(?:saw|found|noticed|had|has|left)\s+(?:marks|bruises|burns|welts|cuts)(?:\s+on\s+(?:his|her|their|the)\s+\w+)?",
    r"(?:marks|bruises|burns|welts)\s+on\s+(?:his|her|their|my)\s+\w+",
    r"(?:moretones|marcas|golpes|quemaduras|cardenales|chichones|moreton)(?:\s+en\s+(?:la|el|los|las|su|sus)\s+\w+)?",
    r"(?:reporto|reportaron|denuncio|denunciaron|hablo\s+al|hablaron\s+al|llamo\s+al|llamaron\s+al|le\s+hablaron\s+al|aviso\s+al)\s+(?:\w+\s+)?(?:golpes|maltrato|abuso|dif|cps|la\s+policia|al\s+dif)?",
    r"(?:me|la|lo|nos|les)\s+(?:reportaron|denunciaron|acusaron|investigan|estan\s+investigando)",
    r"(?:called|call|calling|reported)\s+(?:cps|dcfs|the\s+hotline|the\s+police|the\s+cops|child\s+services)(?:\s+on\s+\w+)?",
    r"(?:made|filed|there\s+was|got)\s+a\s+(?:report|hotline\s+call|referral|allegation)",
    r"hotline\s+(?:call|report)",
    r"allegations?|alegaciones?|acusacion(?:es)?",
    r"(?:substantiated|unfounded|indicated)\b",
    r"(?:forensic\s+interview|entrevista\s+forense|child\s+advocacy\s+center)",
    r"(?:denuncia|reporte|investigacion|acusacion)\s+(?:de|por)\s+(?:maltrato|abuso|negligencia|abandono|violencia)\w*",
    r"(?:maltrato|abuso\s+sexual|negligencia|abandono|violencia\s+(?:familiar|domestica|intrafamiliar))",
    r"(?:abuse|neglect|abandonment|molest\w*)(?:\s+(?:allegations?|report|investigation|case))?",
    r"(?:cps|dcfs|dss|dcs)\s+(?:case|report|investigation|call|visit|worker|referral)",
    r"investigation|investigacion",
    r"(?:le|la|lo|les|los)\s+(?:pegaba|pegaban|pegan|pega|pego|golpeaba|golpeo|maltrataba|tocaba|toco|quemo|encerraba)",
    r"(?:hit|hits|hitting|beat|beats|beating|touched|touching|choked|slapped|whooped)\s+(?:him|her|them|the\s+kids|the\s+baby|my\s+\w+)",
    # -- jail, detention, deportation ---------------------------------------------------------------
    r"(?:esta|estan|esta\s+preso|sigue)\s+en\s+(?:la\s+)?(?:carcel|prision|el\s+reclusorio|el\s+penal)",
    r"(?:en\s+)?(?:la\s+)?(?:carcel|prision|reclusorio|penal|penitenciaria|cereso|bote|tambo|cana)\b",
    r"(?:en\s+el\s+)?(?:centro\s+de\s+detencion|tutelar|correccional|reformatorio)",
    r"encarcelad[oa]|pres[oa]|deportad[oa]|detenid[oa]|arrestad[oa]",
    r"(?:lo|la|los|las|me)\s+(?:agarraron|arrestaron|detuvieron|deportaron|encerraron|metieron\s+(?:a\s+la\s+carcel|al\s+bote|preso))",
    r"(?:is|was|in|to|sitting\s+in|still\s+in|out\s+of|got\s+out\s+of|back\s+in)\s+(?:the\s+)?(?:county\s+)?(?:jail|prison|lockup|county|juvie|detention|doc)\b(?!\s+(?:of|fair|commissioners?|board))",
    r"(?:on|had|has|got)\s+a\s+(?:warrant|bench\s+warrant)|warrant\s+out",
    r"(?:got|was|been|were|gets)\s+(?:arrested|locked\s+up|booked|picked\s+up\s+by\s+(?:the\s+)?(?:police|cops|ice)|detained|deported|violated)",
    r"incarcerated|locked\s+up|behind\s+bars|deported",
    r"(?:ice|la\s+migra|immigration)\s+(?:took|picked\s+up|detained|got|se\s+(?:lo|la)\s+llevo|agarro|detuvo)",
    r"probation|probatoria|libertad\s+condicional|parole",
    r"juvenile\s+(?:detention|hall|court|probation)|juvie",
    # -- running away -----------------------------------------------------------------------------
    r"(?:se\s+)?(?:escapo|fugo|huyo|salio|fue|volo|pelo)\s+(?:de|del)\s+(?:la\s+|el\s+|su\s+)?(?:hogar|casa|albergue|grupo|shelter|placement|escuela)(?:\s+(?:de\s+)?\w+)?",
    r"(?:se\s+)?(?:escapo|fugo|huyo)(?:\s+de\s+\w+(?:\s+\w+)?)?",
    r"fugad[oa]|desaparecid[oa]|se\s+desaparecio|no\s+ha\s+(?:regresado|vuelto|llegado)",
    r"(?:ran|run|runs|running)\s+(?:away|off)|runaway|ran\s+from\s+(?:her|his|the|my|a)?\s*\w+",
    r"(?:went|is|was|been)\s+awol|awol|on\s+the\s+run",
    r"(?:hasn'?t|has\s+not|didn'?t|did\s+not)\s+(?:come|came)\s+(?:back|home)",
    r"missing\s+(?:since|from\s+(?:care|placement|(?:his|her|the)\s+\w+\s+home))",
    # -- service plans ----------------------------------------------------------------------------
    r"(?:reunification|case|service|safety|permanency|family|treatment)\s+plan",
    r"plan\s+de\s+(?:servicios|caso|seguridad|reunificacion|permanencia|trabajo)",
    r"(?:parenting|anger\s+management|dv|domestic\s+violence|batterer'?s?)\s+(?:classes?|class|program|course)",
    r"clases?\s+(?:de\s+crianza|para\s+padres|de\s+paternidad|de\s+manejo\s+de\s+(?:ira|enojo))|escuela\s+para\s+padres",
    r"(?:manejo\s+de\s+(?:la\s+)?(?:ira|enojo))",
    r"(?:my|her|his|the)\s+(?:classes|services|requirements)\s+(?:for|so)\b",
    r"(?:termine|termino|terminar|acabar|acabe)\s+(?:mis|sus|las)\s+(?:clases|servicios|programas?)",
    r"(?:finish|finished|complete|completed|done\s+with)\s+(?:my|her|his|all\s+my)\s+(?:classes|services|program|case\s+plan)",
    # A drug test ordered as part of the case (its result is HEALTH too).
    r"prueba\s+de\s+drogas",
    r"antidoping",
    r"drug\s+(?:test|screen|testing|drop)\w*",
    r"(?:mandatory|random|court[-\s]ordered)\s+(?:drops?|testing|tests|uas?)",
    # -- more everyday forms: a visit as a noun, custody, licensing and assessments ----------------
    r"custod(?:y|ia)",
    r"(?:cada|la|las|su|sus|mi|mis|primera|proxima|siguiente|ultima|otra)\s+(?:\w+\s+)?visitas?\b(?!\s+(?:a\s+(?:nuestr|la\s+pagina|www)|guiada))",
    r"(?:sibling|family|jail|prison|home|weekly|monthly|first|next|last|supervised|\d+\s*(?:hr|hour|h|min)s?)\s+visits?"
    r"(?!\s+(?:center|centre|room|centro|program))",
    r"(?:visits?|visitas?)\s+(?:sin|without)\s+(?:supervision|supervisar)",
    r"(?:suspendi\w*|cancel\w*|neg\w*|quit\w*|cort\w*)\s+(?:las\s+|sus\s+|mis\s+)?(?:visitas|convivencias|llamadas)",
    r"(?:no\s+)?(?:me|le|nos|les)\s+(?:dejan|dejaron|deja|dejo|permiten|permitieron)\s+(?:ver|visitar|hablar|llamar)\w*",
    r"home\s+study|estudio\s+(?:de\s+(?:la\s+)?casa|del\s+hogar|socioeconomico)|background\s+checks?",
    r"(?:safety|risk|family)\s+assessment|inadequate\s+supervision|licensing\s+(?:complaint|violation|worker)",
    r"continuance|(?:termination|tpr|permanency|review|dispo(?:sition)?)\s+(?:hearing|trial)",
    r"terminat\w*\s+(?:her|his|their|my|our|parental|the\s+parents'?)\s+rights",
    r"(?:lost|lose|losing)\s+(?:the|my|her|his|their)\s+(?:kids|children|baby|son|daughter)(?:\s+to\s+(?:the\s+)?(?:state|county|cps|system))?",
    r"(?:aging|aged|age)\s+out(?:\s+of\s+(?:care|foster\s+care|the\s+system))?|independent\s+living(?:\s+program)?",
    r"(?:transfer\w*|transferencia)\s+(?:of|del|de)\s+(?:the\s+|su\s+|mi\s+)?(?:case|caso)|trasladad[oa]s?",
    r"release\s+date|(?:sale|salio|saldra|lo\s+sueltan|la\s+sueltan)\s+(?:libre|del\s+penal|de\s+la\s+carcel|de\s+prision)",
    r"(?:at|in|to|from)\s+the\s+shelter|(?:en|al|del)\s+(?:el\s+)?refugio",
    r"(?:lo|la|los|las|me)\s+(?:volvieron\s+a\s+)?(?:encerrar(?:on)?|arrestar(?:on)?|detener|detuvieron)",
    r"se\s+(?:volvio\s+a\s+)?(?:salir|escapar|fugar|ir|pelar)\s+(?:de|del)\s+(?:la\s+|el\s+|su\s+)?(?:casa|hogar|albergue|refugio|placement)",
    # Not "adopte" (the usted imperative of recruitment posts: "Adopte, no espere").
    r"adopt(?:amos|aron|ar|o|ed|ing)\b",
    r"(?:regresar|volver|venir|viene|vuelve|regresa|vivir)\s+(?:a\s+vivir\s+)?conmigo",
    r"(?:la|el|su|mi)\s+foster\b",
    r"llego\s+(?:a\s+vivir\s+)?con\s+nosotros|(?:came|come)\s+to\s+us",
    r"(?:la|lo|le|los|las)\s+(?:golpea|golpean|pega|pegan|maltrata|maltratan)\b",
    r"(?:were|was|got|been|are|is)\s+left\s+(?:alone|home\s+alone|unsupervised)|(?:los|las|lo|la)\s+dej\w+\s+sol[oa]s?",
    r"(?:court|hearing)\s+(?:went|goes|got|is|was|tomorrow|today|yesterday|again|on|at|next)\b",
    r"(?:gave|give|giving)\s+(?:me|us|her|him|them)\s+(?:my|our|her|his|their|the)\s+(?:kids|children|baby|son|daughter)\s+back",
    # -- New York and border forms: ACS, family court, shelters, Rikers, la migra, titi ------------
    rf"(?:my|her|his|their|our|the|mi|su|la|el)\s+(?:{AGENCIES}|acs|dfps|dcfs)\s+(?:worker|caseworker|case|cw|investigator|trabajador[a]?)",
    rf"(?:trabajador[a]?|licenciad[oa]|worker|caseworker)\s+(?:de|del|from)\s+(?:la\s+|el\s+)?(?:{AGENCIES}|acs|dfps)",
    r"(?:corte|juez|jueza|tribunal)\s+de\s+(?:familia|menores)",
    r"(?:dhs|path|family|homeless|the)\s+shelter|(?:el|un)\s+shelter",
    r"(?:la\s+)?migra\s+(?:se\s+(?:lo|la|los|las)\s+llevo|agarro|detuvo|se\s+llevo)",
    r"rikers(?:\s+island)?|(?:en|at|in|to)\s+(?:the\s+)?(?:dilley|karnes|tdcj|mdc)\b",
    r"(?:in|on|doing)\s+kinship\b|(?:esta|vive|se\s+quedo|quedan?)\s+con\s+(?:su|sus|mi|mis)\s+(?:titi|tia|tio|abuela|abuelo|abuelita)s?\b",
]
# "Relatives" words are used by several patterns; kept importable so tests can reuse them.
__all__ = ["CASE_DETAIL", "CASE_DETAIL_TERMS", "RELATIONS"]

CASE_DETAIL = re.compile(r"\b(?:" + "|".join(CASE_DETAIL_TERMS) + r")\b")
