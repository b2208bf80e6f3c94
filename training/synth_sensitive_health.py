"""Sentence grammar for HEALTH (one person's diagnoses, symptoms, medicines, devices, therapy,
evaluations, drug tests, recovery, treatment, disabilities, IEPs); notation as in
``synth_sensitive_case.py``.  The lists of conditions, medicines and programmes are slots.
"""

from __future__ import annotations

from synth_sensitive_case import lines

HEALTH: dict[str, dict[str, list[str]]] = {
    "drugtest": {
        "es": lines("""
            {kid} <H [dio|salió] positiv[o|a] a {drug}> {t}
            <H [me salió|le salió|salió] [sucia|limpia|negativa|positiva] la prueba [de drogas|de orina|]> {t}
            <H [la prueba de drogas|el antidoping|el examen toxicológico|la prueba de orina]> [me toca|es|fue] {t}
            <H [volvió a salir|salió otra vez] positiv[o|a] [en el antidoping|a {drug}]>
            {parent} <H [dio positivo|salió positiva] a {drug}> y [el juez|la licenciada] ya sabe
            <H [todas mis pruebas|mis últimas tres pruebas] [salieron limpias|salieron negativas]> 💪
            <H [no me presenté a|falté a] la prueba de orina>, cuenta como positiva
        """),
        "en": lines("""
            <H [my|her|his] UDS came back [dirty|clean|positive|negative]> {en:t}
            {kid} <H tested positive for {en:drug}> {en:t}
            <H [I|she|he] [dropped|gave] a [dirty|clean] [UA|drug screen]> {en:t}
            <H [I have|she has|he has] a [drug test|hair follicle test|UA|swab test]> {en:t2}
            {parent} <H [popped|came up] [hot|positive] for {en:drug}> on the [UA|screen]
            <H [all my|my last three] [drops|UAs|screens] were clean>!!
            <H [I missed|she missed|he missed] [a drop|my UA|the drug screen]>, so it counts as positive
        """),
        "mix": lines("""
            <H me hicieron el drug test y salió [clean|negative|dirty]> {t}
            <H el UDS salió positivo a {drug}> and now {en:t2} tengo court
            <H dio positive for {en:drug}> otra vez
        """),
    },
    "recovery": {
        "es": lines("""
            <H [tengo|llevo] {num} [meses|semanas|días|años] sin [tomar|consumir|drogarme|usar]> 🙏
            <H [cumplí|llevo] {num} [días|meses] [limpi[o|a]|sobri[o|a]|en recuperación]>
            {parent} <H [recayó|tuvo una recaída|volvió a consumir|volvió a tomar]> {t}
            {kid} <H está en recuperación> [y va muy bien|desde {month}]
            <H [ya no tomo|dejé el cristal|dejé la meta|dejé de tomar]> desde {month}
            <H hoy [cumplo|cumple] un año [limpi[o|a]|sobri[o|a]|sin alcohol]>
        """),
        "en": lines("""
            <H [I'm|she's|he's] {num} days sober> [today|now]!!
            <H [I've been|she's been|he's been] clean since> {en:month}
            {parent} <H [relapsed|started using again|is drinking again]> {en:t}
            <H [I got|she got|he got] [my|her|his] [30|60|90] day chip> at [the meeting|NA|AA]
            <H [I'm|she's|he's] in recovery> and doing [good|great|better]
            <H [one year|six months|two years] clean> {en:t} 🙏
        """),
        "mix": lines("""
            <H tengo {num} meses sober> 💪
            <H she's clean desde> {month}
        """),
    },
    "condition": {
        "es": lines("""
            {kid} [tiene|sufre de|padece|le diagnosticaron|tiene diagnóstico de] <H {cond}>
            {kid} <H {sympt}> [desde que llegó|desde la mudanza|{t}|todas las noches]
            [a|] {kid} [le diagnosticaron|le detectaron] <H {cond}> {t}
            {kid} <H {sympt}> y [no sé qué hacer|ya hablé con el doctor|la maestra está preocupada]
            [yo tengo|mi diagnóstico es|me diagnosticaron] <H {cond}> y [me cuesta|estoy en tratamiento]
            {parent} [tiene|sufre de] <H {cond}> y [no se está cuidando|dejó el tratamiento]
            {kid} <H tuvo una crisis de epilepsia> en [la escuela|la casa|el parque] {t}
            {kid} [tiene|vive con] <H {disab}>
        """),
        "en": lines("""
            {kid} [has|was diagnosed with|struggles with|got diagnosed with] <H {cond}>
            {kid} <H {sympt}> [since she moved in|since the move|{en:t}|every night]
            {kid} [has|lives with|is in a wheelchair because of] <H {disab}>
            [I have|I was diagnosed with|my diagnosis is] <H {cond}> and [it's hard|I'm getting help]
            {parent} <H [overdosed|OD'd|had an overdose]> {en:t}
            {kid} <H had a seizure> at [school|daycare|home] {en:t}
            {parent} [has|is struggling with] <H {cond}> and [stopped treatment|won't get help]
        """),
        "mix": lines("""
            {kid} tiene <H {en:cond}> y [la escuela|the teacher] no ayuda
            {kid} <H {en:sympt}> desde que llegó
            my son has <H {cond}>, el doctor dijo
        """),
    },
    "medicine": {
        "es": lines("""
            {kid} [toma|está tomando|necesita] <H {med}> [en la mañana|dos veces al día|para dormir|en la escuela]
            a {kid} le [dan|ponen] <H {med}> [en la mañana|en la noche|antes de la escuela]
            [le recetaron|le subieron|le bajaron|le cambiaron] <H {med}> {t}
            [se le acabó|se le acabó el|no tiene su] <H {med}> y la farmacia no [abre|lo tiene]
            {kid} [olvidó|dejó] su <H {device}> en [la escuela|casa de su mamá|la visita]
            [necesita|usa|perdió] su <H {device}> [todos los días|para dormir|en la escuela]
            ¿quién le da <H {med}> a {kr} en [la visita|el fin de semana]?
            [no le dieron|se saltó] <H {med}> [ayer|el fin de semana] y se puso mal
        """),
        "en": lines("""
            {kid} [takes|is on|started|needs] <H {en:med}> [in the morning|twice a day|at school|for sleep]
            [they upped|they lowered|the doctor changed|they switched] [her|his] <H {en:med}> {en:t}
            [she|he] [ran out of|missed] [her|his] <H {en:med}> [over the weekend|at the visit]
            {kid} [left|forgot] [her|his] <H {en:device}> at [school|her mom's|the visit]
            [make sure she has her|don't forget his|she always needs her] <H {en:device}>
            [who gives|can you give] {kr} [her|his] <H {en:med}> during the visit?
        """),
        "mix": lines("""
            {kid} toma <H {en:med}> in the morning
            se le olvidó su <H {en:device}> at school
            they changed [his|her] <H {med}> {t}
        """),
    },
    "programme": {
        "es": lines("""
            {parent} [va a|asiste a|empezó en|lo metieron a|la internaron en|salió de] <H {prog}>
            [voy a|empecé en|ya terminé] <H {prog}> [todos los martes|desde {month}|por orden del juez]
            {kid} [está internad[o|a] en|lo mandaron a|sale de] <H {prog}> {t}
            [mi sponsor de|mis juntas de] <H [AA|NA|Narcóticos Anónimos|Alcohólicos Anónimos]> [me ayudan|son diario]
            <H [me dan la dosis en|voy diario a] la clínica de [metadona|suboxona]> [{clinic}|]
        """),
        "en": lines("""
            {parent} [goes to|started|got into|finished|dropped out of] <H {en:prog}> {en:t}
            [I go to|I started|I finished] <H {en:prog}> [every Tuesday|since {en:month}|like the judge said]
            {kid} [is in|got admitted to|is getting out of] <H {en:prog}> {en:t}
            <H [my|her|his] [sponsor|home group] at [NA|AA|Narcotics Anonymous|Alcoholics Anonymous]> \
                [helps|meets daily]
            [I dose at|I get my dose at] <H {clinic}> [every morning|daily]
        """),
        "mix": lines("""
            {parent} va a <H {en:prog}> {en:t}
            I go to <H {prog}> todos los martes
        """),
    },
    "evaluation": {
        "es": lines("""
            [a|] {kid} [le hicieron|le toca|tiene pendiente|tiene cita para] <H {eval}> {t}
            <H {eval}> [de {kr}|] [salió|dice|confirmó] que tiene <H {cond}>
            [todavía esperamos|nos dieron] los resultados de <H {eval}>
            <H [la valoración psiquiátrica|la evaluación psicológica] [de {kr}|que pidió el juez]> es {t2}
        """),
        "en": lines("""
            {kid} [has|had|is waiting on|got scheduled for] <H [her|his] {en:eval}> {en:t2}
            <H [the|her|his] {en:eval}> [came back|showed|confirmed] <H {en:cond}>
            [we're still waiting for|we finally got] the results of <H [her|his] {en:eval}>
            [the court ordered|the judge wants] <H a [psych eval|psychological evaluation|bonding assessment]> for me
        """),
        "mix": lines("""
            <H la neuropsych testing> de {kr} es {en:t2}
            le hicieron <H {en:eval}> y salió que tiene <H {cond}>
        """),
    },
    "therapy": {
        "es": lines("""
            {kid} [va a|empezó|dejó|faltó a] <H {ther}> [los jueves|cada semana|{t}]
            <H [su terapeuta|la psicóloga|el psiquiatra|su psiquiatra]> [dice|dijo] que [va mejor|necesita más tiempo]
            [me toca|tengo|empecé] <H {ther}> [por el caso|por orden del juez|{t2}]
            <H [la terapia|las sesiones con la psicóloga]> [de {kr}|] [le están ayudando|se cancelaron]
            <H [la terapeuta|el psicólogo|la psiquiatra|la psicóloga] de {kr}> [quiere vernos|cambió la cita|\
                dice que tiene mucho trauma]
        """),
        "en": lines("""
            {kid} [goes to|started|quit|missed] <H {en:ther}> [on Thursdays|every week|{en:t}]
            <H [her|his|my] [therapist|psychiatrist|counselor]> [says|said] [she's|he's|I'm] [improving|not ready]
            [I have|I started|I'm doing] <H {en:ther}> [for my case|because the court said|{en:t2}]
            <H [her|his] [therapist|psychiatrist|play therapist|counselor]> [wants to meet|moved the appointment|\
                thinks it's trauma]
        """),
        "mix": lines("""
            {kid} empezó <H {en:ther}> {en:t}
            [her|his] <H therapist> dice que va mejor
        """),
    },
    "iep": {
        "es": lines("""
            {kid} tiene <H {iep}> en [la escuela|la primaria|la secundaria]
            [la junta del|la reunión del|la revisión del] <H {iep}> [de {kr}|] es {t2}
            [pedí|ya aprobaron|la escuela no respeta] <H {iep}> [de {kr}|para {kr}]
            {kid} [está en|lo pasaron a|va a] <H [educación especial|USAER|el salón de educación especial]>
            {kid} [recibe|tiene|necesita] <H [apoyo de USAER|maestra sombra|adecuaciones curriculares|\
                terapia de lenguaje en la escuela]>
            <H [el IEP|el plan 504|su IEP|su PEI]> [dice|pide] que [tenga más tiempo en los exámenes|\
                se siente adelante|tenga una asistente]
        """),
        "en": lines("""
            {kid} has <H [an IEP|a 504 plan|a 504|an IEP for speech]> at [school|her school|his school]
            [the|her|his] <H [IEP meeting|504 meeting|IEP]> is {en:t2}
            [the school won't follow|we finally got] [her|his] <H [IEP|504|504 plan]>
            {kid} [is in|got moved to|qualifies for] <H [special ed|special education|the resource room]>
            {kid} [gets|needs|has] <H [speech services|an aide|a 1:1 aide|resource room time|504 accommodations]> \
                at school
            <H [her|his] IEP> [says|requires] [extra time on tests|a para|small group instruction]
        """),
        "mix": lines("""
            {kid} tiene <H IEP> y la escuela no lo sigue
            la junta del <H 504> es {en:t2}
        """),
    },
}
