"""Sentence grammar for CASE_DETAIL (facts of one person's case), used by ``synth_sensitive.py``.

One template a line.  ``[a|b]`` picks one alternative (nestable, empty allowed), ``{slot}`` a
word list from ``synth_sensitive_slots.py`` (``{en:slot}`` the English list inside a Spanish
or mixed line), ``{N}``/``{NF}``/``{NK}``/``{NT}`` a PERSON, ``<C ...>`` and ``<H ...>`` the
CASE_DETAIL and HEALTH spans.  Names stay outside spans (spans never nest): inside a span
the person is a relation word ({kr}: "mi hija", "her son").
"""

from __future__ import annotations


def lines(block: str) -> list[str]:
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]


CASE: dict[str, dict[str, list[str]]] = {
    "removal": {
        "es": lines("""
            {agency} <C [vino y se llevó|se llevó|recogió|sacó de la casa|retiró] a {kr}> {t}
            {t} <C me [quitaron|retiraron] [la custodia|a {kr}|la custodia de {kr}|la patria potestad]>
            a {kid} <C se l[a|o] [llevaron|llevó el DIF|llevó el condado]> {t}
            desde que <C [me quitaron a {kr}|se llevaron a {kr}|{agency} se llevó a {kr}]> no duermo
            {kid} <C fue [retirad[o|a]|removid[o|a]|separad[o|a]] de [su hogar|la casa de su mamá|su familia]> {t}
            <C [nos quitaron a los niños|nos retiraron a los niños|perdí la custodia de {kr}]> y no sé qué hacer
            <C la trabajadora social se llevó a {kr}> [en la madrugada|de la escuela|del hospital|sin avisar]
            {agency} <C me [quitó|retiró] a {kr}> [por una denuncia|{t}|sin explicarme nada]
            {t} <C [sacaron|retiraron] a {kr} de [la guardería|la escuela|mi casa]> y [lloró|no me dejaron despedirme]
            {kid} <C está bajo custodia [del DIF|del estado|de la procuraduría]> {t}
        """),
        "en": lines("""
            {en:agency} <C [picked up|took|removed|came and took] {kr}> {en:t}
            <C they [took|removed] {kr} [from my home|from school|from the hospital|out of my custody]> {en:t}
            {kid} <C was [removed from [her|his] home|taken into custody|placed in protective custody]> {en:t}
            <C I lost custody of {kr}> {en:t} and I don't know what to do
            ever since <C [the county|CPS|DCFS] took {kr}> I can't sleep
            <C [my|our] kids got removed> {en:t}
            {en:t} <C [the worker|a caseworker|the police and CPS] took {kr} [in the middle of the night|from daycare]>
            <C [CPS|the state] has emergency custody of {kr}> {en:t}
            <C [they|the county] [took|removed] the baby at the hospital>
            {kid} <C [got|was] removed [last night|again|from [her|his] mom]>
        """),
        "mix": lines("""
            <C el county se llevó a {kr}> {t} and nobody tells me nothing
            <C CPS [me quitó|se llevó] a {kr}> {en:t}, no sé qué hacer
            <C they took {kr}> {t} y estoy desesperada
        """),
    },
    "placement": {
        "es": lines("""
            {kid} [ya |]<C está con su [abuela|tía|tío|madrina] por parte [del condado|del DIF|de la agencia]>
            <C [vive|está] con nosotros> desde {month}, somos su familia de acogida
            {kid} <C [está|sigue|continúa] en [cuidado de crianza|acogida|acogimiento familiar|una casa hogar]>
            <C [lo|la] [pusieron|colocaron|mandaron] [con una familia de acogida|en un hogar temporal|{place}]> {t}
            <C nos [asignaron|colocaron|entregaron] a {kr}> {t} como familia [de acogida|temporal]
            <C [lo|la] cambiaron de [hogar|casa|colocación|familia de acogida]> [otra vez|por tercera vez|{t}]
            <C [es|la tenemos como] colocación con [familiares|parientes]>, soy su [abuela|tía|prima]
            {kid} <C [pasó a|lo mandaron a|la mandaron a|ahora está en] {place}> {t}
            <C [tenemos|cuidamos] a {kr} en acogida> desde hace [un año|seis meses|dos semanas]
            <C la colocación de {kr}> [se va a cambiar|está en riesgo|es temporal]
            {kid} <C lleva [dos años|un año|meses] en el sistema de acogida>
            <C nos quedamos con la guarda de {kr}> mientras su mamá se recupera
        """),
        "en": lines("""
            <C [she's|he's] lived with us since> {en:month}
            now <C [he's|she's] at [a residential center|a group home|a shelter|an RTC]>
            {kid} <C is [in foster care|placed with [his|her] aunt|in a kinship placement|with a foster family]>
            <C it's a kin placement>, I'm [her|his] [grandma|aunt|cousin]
            <C [we got|we were given] placement of {kr}> {en:t}
            <C [they|the county] moved {kr} to a new [foster home|placement|group home]> {en:t}
            <C [he|she] [has been|was] in [three|four|five] placements> [this year|already|since {en:month}]
            {kid} <C [is|is still|has been] with a foster family in [the county|another town]>
            <C we've been fostering {kr}> since {en:month}
            <C [his|her] placement [is disrupting|might change|fell through]>
            <C [she|he] is staying with [her|his] grandparents through the county>
            <C the baby went straight to a foster home from the NICU>
        """),
        "mix": lines("""
            {kid} <C [está en|sigue en] foster care> since {en:month}
            <C [my son|my daughter] está con su abuela por el county>
            <C lo movieron a otro foster home> {en:t} y ni me avisaron
            <C she's in a group home> en otro condado
        """),
    },
    "reunification": {
        "es": lines("""
            [hago todo lo que me piden|voy a las clases|estoy cumpliendo] <C para que me devuelvan a {kr}>
            [cuando termine|en cuanto termine|si termino] [las clases|el programa|el plan] <C me regresan a {kr}>
            <C la reunificación [de {kr}|con {kr}|]> [es|sería|está programada para] {month}
            <C ya me [devolvieron|regresaron|entregaron] a {kr}> {t} 🙏
            {kid} <C [regresa|vuelve] a casa con [su mamá|su papá|nosotros|sus papás]> {t2}
            <C [el plan es la reunificación|la meta del caso es que regrese con su mamá]>
            <C [estamos|estoy] en proceso de recuperar a {kr}>
            <C me dieron otra vez la custodia de {kr}> {t}
            <C [ya cerraron el caso|van a cerrar el caso] y {kr} se queda conmigo>
            <C [el juez dijo que|dicen que] en [tres|seis] meses puedo recuperar a {kr}>
        """),
        "en": lines("""
            once I finish my classes <C I get {kr} back>
            <C [we're|I'm] working on reunification with {kr}>
            <C {kr} [comes|is coming] home> {en:t2}, the judge [signed off|approved it]
            <C I got my kids back> {en:t}!!
            <C the goal is [reunification|return home|for [her|him] to go back to [her|his] mom]>
            <C [they're|the county is] [returning|sending] {kr} home> {en:t2}
            <C [my|the] case [closed|is closing] and {kr} [stays|is staying] with me>
            if I stay clean <C I [get|can get] custody back> by [the summer|Christmas|March|the fall]
            <C trial home visit starts> {en:t2}
        """),
        "mix": lines("""
            <C me devuelven a {kr}> {en:t2} if everything goes good
            once I finish las clases <C me regresan a {kr}>
            <C the reunificación es en> {month}
        """),
    },
    "court": {
        "es": lines("""
            <C [la audiencia|mi audiencia|la audiencia de {kr}|la cita en el juzgado]> [se movió|la \
                cambiaron|se pospuso] {t2}
            <C el [magistrado|juez] decidió que [se queda|sigue] [con su abuela|en acogida|con nosotros]>
            <C la jueza [ordenó|dijo] que [regrese|se quede] con [su papá|su mamá|nosotros]>
            <C [tengo|tenemos] audiencia [de permanencia|de custodia|de revisión|preliminar]> {t2}
            <C [el caso de dependencia|el expediente de {kr}|mi caso en el juzgado familiar]> [sigue abierto|va lento]
            <C [le|me|nos] [pusieron|dieron|otorgaron] una orden de [alejamiento|restricción|protección]> {t}
            <C la orden de alejamiento [contra su papá|contra mi ex|]> [vence|sigue vigente|se renovó]
            <C [el juez terminó|le quitaron] la patria potestad> {t}
            <C [mi abogada|el defensor de oficio|el abogado] [de {kr}|del caso]> [no contesta|dice que esperemos]
            <C [mañana|el lunes] es la audiencia> y estoy muy nerviosa
            <C [en la corte|en el juzgado] [dijeron|decidieron] que {kr} se queda en acogida>
            <C el juez le dio la custodia temporal a [la abuela|su tía|nosotros]>
        """),
        "en": lines("""
            <C my hearing got [moved|continued|pushed back]> to {en:t2}
            <C [the|her|his] permanency hearing is> {en:t2}
            <C [we have|I have] court for {kr}> {en:t2}
            <C the judge [ordered|decided] that [she|he] [stays with us|goes to [her|his] dad|stays in care]>
            <C [my|the] dependency case> [is still open|keeps dragging|got transferred]
            <C [I|she|he] got a [restraining order|protective order|no-contact order]> {en:t}
            <C the court [terminated|is terminating] [parental rights|his rights|her rights]>
            <C [her|his|my] [GAL|guardian ad litem|CASA volunteer|court-appointed attorney]> [wants to meet|called me]
            <C the adjudication hearing> [went bad|went ok|is {en:t2}]
            <C [the magistrate|the judge] [gave|granted] temporary custody to [his grandma|her aunt|us]>
            <C the TPR trial> [is set|got set] for {en:month}
        """),
        "mix": lines("""
            <C tengo court> {t2} por lo de {kr}
            <C el judge dijo que {kr} se queda en foster care>
            <C la permanency hearing es> {en:t2}
            <C me dieron una restraining order> {en:t}
        """),
    },
    "visits": {
        "es": lines("""
            <C [las visitas|mis visitas|la visita con {kr}] son en [la agencia|el DIF|la oficina] {freq}>
            <C me [suspendieron|quitaron|cancelaron|redujeron] las visitas [con {kr}|]> {t}
            <C [solo tengo|nos dieron|tengo] visitas [vigiladas|supervisadas|con supervisión]>
            <C [ya me dejan|me autorizaron a] [verl[o|a]|visitarl[o|a]] [sin supervisión|los fines de semana]>
            <C la visita supervisada [de {kr}|con su mamá|con el papá]> [se canceló|fue|es] {t}
            <C [hoy|mañana|el sábado] toca visita con {kr}> en [la agencia|el centro de visitas]
            <C [la mamá|el papá|su papá] no llegó a la visita> {t} y {kr} lloró
            <C [ampliaron|me dieron más|aumentaron] las visitas> a [dos por semana|fines de semana completos]
            <C las visitas [con su papá|con su mamá|con los hermanos] [son por videollamada|se suspendieron]>
        """),
        "en": lines("""
            <C visits at the agency {freq}>
            <C [they|the worker|the county] [suspended|cancelled|cut back] my visits [with {kr}|]> {en:t}
            <C [I only get|we have|it's] supervised visits [with {kr}|]>
            <C [her|his] [mom|dad] [no-showed|didn't show up to] the visit> {en:t}
            <C [we|I] finally got unsupervised visits>!!
            <C [sibling visits|the visit with [her|his] brother] [got moved|is] {en:t2}>
            <C [my|the] visit with {kr}> [got cancelled|is at the office] {en:t2}
            <C [overnight|weekend] visits start> {en:t2}
            <C visitation is [twice a week|once a week|every other weekend] at the [office|visit center]>
        """),
        "mix": lines("""
            <C me suspendieron los visits> {en:t}
            <C las visitas son supervised>, every other Saturday
            <C tengo visita con {kr}> at the agency {en:t2}
        """),
    },
    "allegations": {
        "es": lines("""
            <C la maestra [reportó|vio|notó] [golpes|moretones|marcas] [en sus brazos|en la espalda|en la cara]>
            <C [hay|pusieron|recibieron] una denuncia [de maltrato|por negligencia|de abuso] contra [mí|su \
                papá|la mamá]>
            <C [me|lo|la] acusan de [negligencia|maltrato|abuso|dejarlos solos]> y no es cierto
            <C llegó a la escuela con [un moretón|marcas|quemaduras]> y la [maestra|directora] llamó al DIF
            <C [están investigando|abrieron una investigación] [a la familia|a su papá|por maltrato|por negligencia]>
            {kid} <C [dijo|contó] que su [padrastro|papá|tío] le pega>
            <C la enfermera de la escuela vio marcas en {kr}> {t}
            <C [el vecino|alguien] me reportó [al DIF|a la procuraduría|por gritarle a los niños]>
            <C [dicen que|el reporte dice que] [los dejé solos|no les daba de comer|no lo llevaba a la escuela]>
            <C [la investigación|el reporte] [por maltrato|por negligencia|de abuso] [se cerró|sigue abierta|\
                salió fundada|no procedió]> {t}
        """),
        "en": lines("""
            <C the teacher saw marks on [his|her] [arms|back|face|legs]>
            <C [someone|a neighbor|the school] [called CPS on me|made a report on us|reported us]> {en:t}
            <C there's an open investigation [on|into] [her dad|the mom|our family|us]>
            <C [they're|CPS is] [accusing me of neglect|saying I hit him|saying I left them alone]>
            {kid} <C told [her|his] teacher that [her|his] stepdad hits [her|him]>
            <C the nurse found bruises on {kr}> {en:t}
            <C [the allegation|the report] [was substantiated|got substantiated|was unfounded]>
            <C [he|she] came to school with [a black eye|burns|bruises] and the counselor [called it in|made a \
                hotline call]>
        """),
        "mix": lines("""
            <C la teacher vio marcas en sus brazos> y llamó a CPS
            <C someone reported me al DIF> {t}
        """),
    },
    "runaway": {
        "es": lines("""
            {kid} <C se [escapó|fugó|salió sin permiso] [del hogar de grupo|de la casa hogar|del albergue|de su \
                colocación]> {t}
            <C [otra vez|] se [nos|] escapó de la casa de acogida> y no sabemos dónde está
            {kid} <C [anda|está] [desaparecid[o|a]|fugad[o|a]] desde [el viernes|ayer|hace tres días]>
            <C [lo|la] reportamos como [fugad[o|a]|desaparecid[o|a]|ausente sin permiso]> {t}
            <C [se volvió a|volvió a] escapar [del albergue|de la casa hogar|de la colocación]>
            <C [ya regresó|la encontraron|lo encontraron] después de escaparse del [albergue|hogar de grupo]>
        """),
        "en": lines("""
            {kid} <C ran from placement> {en:t}
            <C [she|he] [ran away from|ran from|left] [her|his] [group home|foster home|placement]> {en:t}
            <C [he's|she's] been on the run since> {en:month}
            <C [we|the group home] reported [him|her] as a runaway> {en:t}
            <C [she|he] AWOLed from the shelter> [again|{en:t}]
            <C [they found|police picked up] [him|her] after [he|she] ran from the [group home|placement]>
        """),
        "mix": lines("""
            {kid} <C se escapó del group home> {en:t}
            <C she ran away de la casa hogar> otra vez
        """),
    },
    "worker": {
        "es": lines("""
            <C [el licenciado|la licenciada|la trabajadora social|el trabajador social] [de mi caso|de {kr}|que \
                lleva el caso]> [no me contesta|me dijo que esperara]
            {NT}, <C [la trabajadora social|la licenciada|el licenciado] de {kr}>, [dijo|me dijo] que \
                [esperemos|ya casi]
            <C [su|mi] trabajadora social [del condado|del DIF|de la agencia]> [viene|vino] {t}
            <C me cambiaron de [trabajadora social|licenciada|caseworker]> [otra vez|{t}]
            <C la [psicóloga|trabajadora social] que lleva el caso de {kr}> [me regañó|no me cree]
            {NT} <C es la trabajadora social de {kr}>
        """),
        "en": lines("""
            <C [her|his|my|our] [worker|caseworker|case manager] from [the county|CPS|the agency]> [came \
                by|called|won't answer]
            {NT}, <C [her|his|the kids'] [caseworker|worker]>, [said|told me] [to wait|it's almost done]
            <C [they|the county] assigned [us|me|her] a new caseworker> {en:t}
            <C [my son's|my daughter's|the baby's] [caseworker|CPS worker]> [is|was] [so rude|really helpful|out sick]
            {NT} <C is [her|his|my] caseworker>
            <C the [ongoing|investigative] worker on [my|her|his] case> [quit|changed]
        """),
        "mix": lines("""
            <C la caseworker de {kr}> no me contesta
            <C my worker del county> dijo que ya casi
            {NT}, <C su caseworker>, said {en:t2}
        """),
    },
    "jail": {
        "es": lines("""
            {parent} <C [está preso|está pres[o|a] en el penal|está en la cárcel|está detenid[o|a]|está en el \
                reclusorio]>
            {parent} <C [lo|la] deportaron> {t}
            {parent} <C [sale|salió] [del penal|de la cárcel|de la prisión]> {t2}
            {parent} <C [está en un centro de detención|lo detuvo migración|lo agarró la migra]>
            {parent} <C está cumpliendo [condena|sentencia] [en el penal|en la estatal|]>
            {parent} <C tiene [una orden de arresto|orden de aprehensión|libertad condicional]>
            {parent} <C [está|sigue] [en el penal|en la cárcel|en el reclusorio|en el CERESO|en prisión] \
                [desde {month}|por robo|por violencia familiar|por drogas|]>
            {parent} <C [lo|la] [agarraron|detuvieron|arrestaron] [por manejar borracho|por violencia familiar|\
                por drogas|con una orden|]> {t}
            [el domingo|cada mes] <C [vamos a|fuimos a] ver a [su papá|mi esposo|su mamá] al [penal|reclusorio|CERESO]>
            {parent} <C [tiene audiencia de deportación|está esperando su deportación|lo deportaron a \
                [México|Honduras|Guatemala]]>
            <C [visitamos a su papá|llevamos a {kr} a ver a su mamá] en el penal> {t}
        """),
        "en": lines("""
            {parent} <C is sitting in county on a warrant>
            {parent} <C [is in jail|got locked up|is in prison|is doing time|is locked up]> {en:t}
            {parent} <C [got deported|is in ICE detention|was detained by ICE]> {en:t}
            {parent} <C [gets out|got out|is getting out] [of prison|of jail]> {en:t2}
            {parent} <C is on [probation|parole]> and can't [come|be around the kids]
            {parent} <C [has a warrant|got arrested|was booked]> {en:t}
            {parent} <C [is|has been] [locked up|in county|in state prison|in the county jail|behind bars] \
                [since {en:month}|for a DUI|for a probation violation|for assault|for possession|]>
            {parent} <C [got picked up|got arrested|was arrested] [on a warrant|for a DUI|for DV|]> {en:t}
            {parent} <C [got deported to|was sent back to] [Mexico|Honduras|Guatemala|El Salvador]>
            <C [we|I] [visit|took the kids to see] [her|his|their] [dad|mom] [in prison|at the jail|at county]>
        """),
        "mix": lines("""
            {parent} <C está in jail> {en:t}
            {en:parent} <C está preso> since {en:month}
            {parent} <C got deported> {t}
        """),
    },
    "plan": {
        "es": lines("""
            <C lo que pidió el juez>: <C clases de crianza>, <H terapia> y <H pruebas de drogas>
            <C [me faltan|ya terminé|estoy tomando] [las clases de crianza|el curso de padres|las clases para padres]>
            <C [mi plan de servicios|el plan de reunificación|mi plan de caso] [dice|pide] que [tome \
                clases|consiga trabajo|tenga casa]>
            <C [tengo que cumplir|estoy cumpliendo] con el plan [de servicios|del caso|de reunificación]>
            <C [me mandaron a|estoy en] clases de manejo de [ira|enojo]> [por el caso|por orden del juez]
            <C [el juez|la trabajadora social] me pidió [clases de crianza|un curso de padres|una casa estable]>
            <C [el plan de servicios|mi plan de reunificación|el plan del caso] [pide|incluye]> <C [clases de crianza|\
                un trabajo estable|vivienda estable|clases de manejo de ira|visitas constantes]>
            <C [cumplí|no he cumplido|voy a la mitad de] [el plan de servicios|mi plan|lo que pidió el juez]> {t}
            <C [me pidieron|me mandaron a|tengo que tomar] [clases de crianza|un curso para padres|\
                clases de violencia doméstica|el programa de padres]> [los sábados|en línea|en el DIF|]
        """),
        "en": lines("""
            <C [my|the] reunification plan> [says|requires] [parenting classes|a job|stable housing]
            <C [I finished|I'm halfway through|I still need] [my parenting classes|the parenting course|anger \
                management]>
            <C [my|her|his] case plan> [requires|asks for] <H [random UAs|a psych eval|counseling]>
            <C the judge [ordered|wants] [parenting classes|domestic violence classes|stable housing]> for me
            <C [I'm|we're] complying with [my|the] service plan>
            <C [my|the] [case plan|service plan|reunification plan] [says|requires|includes]> <C [parenting classes|\
                stable housing|a steady job|DV classes|anger management]>
            <C [I have to|I need to|the court said I have to] [take|finish|complete] [parenting classes|\
                a parenting course|DV classes|anger management]> [by the summer|online|on Saturdays|]
            <C [I'm|we're] [behind on|done with|almost done with] [my|the] case plan> {en:t}
        """),
        "mix": lines("""
            <C mi reunification plan dice> que tengo que tomar parenting classes
            <C ya terminé mis parenting classes> 🙌
        """),
    },
}
