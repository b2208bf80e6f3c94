"""Word lists (slots), sentence fillers and negative templates for ``synth_sensitive.py``.

Slot values are ``|``-separated alternatives and may use the grammar's own notation.  Values
used inside spans ({kr}, {cond}, {med}, ...) never hold a name, so spans never nest.
NEGATIVES use the same vocabulary generically (recruitment, awareness, tips, closures, near
misses such as "hearing aid" batteries or a placement exam): no case or health span at all.
"""

from __future__ import annotations

from synth_sensitive_case import lines

SLOTS: dict[str, dict[str, str]] = {
    "es": {
        "k1": "mi hija|mi hijo|mi bebé|la bebé|el niño|la niña|mi nieta|mi nieto|mi sobrina|mi hermanito|"
        "su hijo|su hija|el bebé|mi niña|la más chiquita|mi hijastra",
        "kr": "mi hija|mi hijo|mi bebé|la bebé|el niño|la niña|mis hijos|los niños|mi nieta|mi nieto|mi sobrina|"
        "mi hermanito|su hijo|su hija|los tres niños|mis hijas|el bebé|mi niña|mi chamaco|la más chiquita",
        "kid": "{k1}|{k1}|{N}|{NK}|mi hija {N}|mi hijo {NK}|{NF}|la niña que cuidamos|mi nieto {N}|su hija {N}",
        "parent": "su papá|su mamá|mi esposo|el papá de los niños|mi ex|la mamá de {N}|el papá de {NK}|"
        "mi pareja|{NF}|su padrastro|mi hermano|la mamá biológica|{N}",
        "agency": "el CPS|el DIF|el condado|la procuraduría|servicios sociales|la policía|los del DIF|la de CPS",
        "t": "ayer|anoche|el lunes|la semana pasada|hace [dos|tres] semanas|hace [un mes|tres meses]|"
        "el [martes|jueves|viernes] pasado|hoy en la mañana|este fin|el 12 de [marzo|mayo]|antier||",
        "t2": "el [lunes|jueves|viernes] que viene|para el [15|22] de [junio|agosto]|la próxima semana|"
        "el mes que entra|mañana|en dos semanas|pasado mañana|",
        "month": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
        "el verano|navidad|el año pasado|semana santa",
        "place": "un centro residencial|un hogar de grupo|una casa hogar|un albergue del DIF|un albergue|"
        "una casa de acogida|un internado|un hogar temporal en otro estado",
        "freq": "cada quince días|cada sábado|un sábado sí y otro no|los martes|dos veces por semana|"
        "una vez al mes|cada tercer sábado",
        "num": "dos|tres|4|cinco|seis|8|diez|once|7|nueve",
        "drug": "meta|metanfetamina|cocaína|marihuana|fentanilo|opiáceos|cristal|THC|anfetaminas|"
        "benzodiacepinas|alcohol|heroína",
        "cond": "asma|diabetes|diabetes tipo 1|autismo|TEA|TDAH|déficit de atención|depresión|ansiedad|"
        "trastorno bipolar|estrés postraumático|TEPT|epilepsia|esquizofrenia|trastorno negativista desafiante|"
        "trastorno de apego|depresión posparto|anorexia|bulimia|un problema del corazón|VIH|hepatitis C|"
        "adicción a la meta|adicción al alcohol|problemas con el alcohol|dislexia|retraso del lenguaje|TOC|"
        "anemia|trastorno límite de la personalidad|crisis de epilepsia|ansiedad generalizada",
        "sympt": "se orina en la cama|moja la cama|se hace pipí en la noche|tiene pesadillas|no quiere comer|"
        "tiene ataques de pánico|se autolesiona|se corta los brazos|escucha voces|tiene convulsiones|"
        "le dan crisis de ansiedad|no duerme|tiene terrores nocturnos|se golpea la cabeza cuando se enoja|"
        "vomita cuando se pone nerviosa|tiene crisis de epilepsia",
        "disab": "discapacidad intelectual|parálisis cerebral|síndrome de Down|sordera|una discapacidad auditiva|"
        "espina bífida|una discapacidad visual|una discapacidad del desarrollo",
        "med": "[Adderall|Seroquel|Risperdal|Zoloft|Concerta|Ritalin|Prozac|Abilify|Depakote|Lamictal|Keppra|"
        "Vyvanse|Intuniv|Suboxone|Strattera|Lexapro|Focalin|Wellbutrin|Zyprexa|fluoxetina|sertralina|"
        "risperidona|metilfenidato|quetiapina|insulina|Albuterol|salbutamol|guanfacina|metadona|clonidina|"
        "trazodona|litio|valproato|levetiracetam][| de 10 mg| de 20 mg| de 50 mg|||]",
        "device": "inhalador|glucómetro|bomba de insulina|EpiPen|nebulizador|aparato auditivo|"
        "aparatos auditivos|silla de ruedas|monitor de glucosa|CPAP|andadera|sensor de glucosa",
        "clinic": "Nueva Vida|Camino Claro|Renacer|Sendero de Luz|Nueva Luz|Amanecer|Puerta Abierta",
        "prog": "Narcóticos Anónimos|Alcohólicos Anónimos|AA|NA|un centro de rehabilitación|rehabilitación|"
        "un anexo|la clínica de metadona|la clínica de suboxona|un programa ambulatorio intensivo|"
        "un programa de desintoxicación|la clínica psiquiátrica|un tratamiento residencial|"
        "la clínica {clinic}|el centro de rehabilitación {clinic}|terapia de grupo para adicciones",
        "eval": "la valoración psiquiátrica|la evaluación psicológica|la evaluación neuropsicológica|"
        "las pruebas neuropsicológicas|la evaluación de autismo|la evaluación del habla|"
        "la evaluación de desarrollo|la valoración de salud mental|la evaluación de trauma|"
        "la evaluación de adicciones|la valoración psicológica",
        "ther": "terapia|terapia de juego|terapia familiar|terapia del habla|terapia ocupacional|consejería|"
        "terapia de trauma|terapia psicológica|terapia cognitivo conductual|terapia grupal|terapia de lenguaje|"
        "terapia EMDR|psicoterapia|terapia conductual|terapia ABA|fisioterapia|terapia de duelo|terapia física",
        "iep": "IEP|plan 504|PEI|plan de educación individualizada|adecuaciones curriculares",
    },
    "en": {
        "k1": "my daughter|my son|my baby|the baby|my grandson|my granddaughter|my little brother|my niece|"
        "her son|his daughter|my youngest|our foster daughter",
        "kr": "my daughter|my son|my baby|the baby|my kids|the kids|my grandson|my granddaughter|"
        "my little brother|my niece|her son|his daughter|my twins|the boys|my youngest|my girls",
        "kid": "{k1}|{k1}|{N}|{NK}|my daughter {N}|my son {NK}|{NF}|our foster son|my grandson {N}|her son {N}",
        "parent": "her dad|his mom|my husband|the kids' dad|my ex|{N}'s mom|{NK}'s dad|my boyfriend|{NF}|"
        "their bio mom|my brother|the baby's father|{N}",
        "agency": "the county|CPS|DCFS|the state|DCS|the cops and CPS|the worker",
        "t": "yesterday|last night|on Monday|last week|two weeks ago|this morning|a month ago|"
        "over the weekend|on the 12th|today||",
        "t2": "next week|on Thursday|next month|tomorrow|in two weeks|on the 15th|Friday morning|",
        "month": "January|February|March|April|May|June|July|August|September|October|November|December|"
        "the summer|Christmas|last year|spring break|Thanksgiving",
        "place": "a residential center|a group home|a shelter|an RTC|a foster home out of county",
        "freq": "every other Saturday|every Tuesday|twice a week|once a month|on Fridays|every other week",
        "num": "30|60|90|45|120|200|ten|five|two hundred|eighty",
        "drug": "meth|cocaine|THC|weed|fentanyl|opiates|amphetamines|benzos|alcohol|heroin|crack",
        "cond": "ADHD|asthma|autism|depression|anxiety|PTSD|diabetes|type 1 diabetes|bipolar disorder|"
        "epilepsy|a seizure disorder|ODD|RAD|reactive attachment disorder|FASD|schizophrenia|"
        "postpartum depression|an eating disorder|anorexia|a heart condition|sickle cell|HIV|hepatitis C|"
        "a substance use disorder|an opioid addiction|a drinking problem|dyslexia|a speech delay|OCD|"
        "sensory processing disorder|generalized anxiety|major depression|borderline personality disorder",
        "sympt": "wets the bed|has been wetting the bed|has nightmares|won't eat|has panic attacks|self-harms|"
        "has been cutting|hears voices|has seizures|has night terrors|bangs her head when she's upset|"
        "stopped sleeping|throws up when she's anxious",
        "disab": "cerebral palsy|Down syndrome|an intellectual disability|hearing loss|spina bifida|"
        "a developmental disability|FASD|a visual impairment",
        "med": "[Adderall|Seroquel|Risperdal|Zoloft|Concerta|Ritalin|Prozac|Abilify|Depakote|Lamictal|Keppra|"
        "Vyvanse|Intuniv|Suboxone|Strattera|Lexapro|Focalin|Wellbutrin|Zyprexa|insulin|albuterol|lithium|"
        "methadone|clonidine|trazodone|melatonin|ADHD meds|seizure meds|psych meds|antidepressants]"
        "[| 10mg| 20 mg| 50mg|||]",
        "device": "inhaler|EpiPen|glucose monitor|insulin pump|nebulizer|hearing aids|wheelchair|CPAP|Dexcom|"
        "rescue inhaler|epi pen|walker|feeding tube",
        "clinic": "[Harbor|New Horizons|Clearwater|BrightPath|Second Chance|Lakeside|Riverbend|Camino Claro] "
        "[Recovery Center|Treatment Center|Suboxone Clinic|Methadone Clinic|Comprehensive Treatment]",
        "prog": "NA|AA|Narcotics Anonymous|Alcoholics Anonymous|rehab|inpatient rehab|IOP|an IOP|"
        "outpatient treatment|detox|a methadone clinic|a suboxone clinic|{clinic}|residential treatment|"
        "the psych ward|a partial hospitalization program|PHP|MAT",
        "eval": "psych eval|neuropsych testing|psychiatric evaluation|autism evaluation|speech evaluation|"
        "developmental assessment|trauma assessment|psychological evaluation|neuropsychological evaluation|"
        "substance abuse assessment|ADHD testing|mental health assessment",
        "ther": "therapy|play therapy|family therapy|speech therapy|OT|occupational therapy|counseling|"
        "trauma therapy|TF-CBT|DBT|group therapy|grief counseling|EMDR|ABA|ABA therapy|physical therapy|PT|"
        "psychotherapy|art therapy|equine therapy|CBT|PCIT",
    },
}

# Tails of public posts: hashtags and calls to action, no span.
POST_TAILS = {
    "es": "#FamiliasDeAcogida|#CuidadoDeCrianza|#SaludMental|#Recuperación|Más información en nuestra página.|"
    "Comparte esta publicación.|¡Te esperamos!|Entrada libre.|Mándanos mensaje.|Cupo limitado.|💙|🙌|❤️",
    "en": "#FosterCare|#FosterCareMonth|#RecoveryMonth|#MentalHealthMatters|Visit our website to learn more.|"
    "Please share!|See you there!|Free and open to all.|Send us a message.|Space is limited.|💙|🙌|❤️",
}

# Sentences with no span of their own: openers, closers, everyday remarks.
OPENERS = {
    "es": "Hola {NT},|Buenas tardes {NT},|Buenos días,|Oigan,|Hola,|Licenciada,|Perdón la hora,|Una pregunta:|"
    "Hola {N},|Amigas,|Ay,|Actualización:|{N}, te cuento:",
    "en": "Hi {NT},|Hey,|Hi,|Good morning,|Sorry to bother you,|Quick question:|Hey {N},|Update:|Ugh,|So,|"
    "{N}, just so you know:",
}
CLOSERS = {
    "es": "Gracias.|Muchas gracias 🙏|¿Qué hago?|Les pido oración 🙏|No sé qué hacer.|Ya no aguanto.|"
    "Avísenme por favor.|Le marco al rato.|Bendiciones.|Estoy muy agradecida.|Quiero saber qué sigue.|"
    "¿Me puede llamar?|Ya le avisé a {N}.",
    "en": "Thanks.|Thank you so much 🙏|What do I do?|Please pray for us 🙏|I don't know what to do.|"
    "Please call me back.|Any advice?|So tired.|Just venting.|Can you call me?|I told {N} already.|"
    "Let me know what's next.",
}
EVERYDAY = {
    "es": lines("""
        [Feliz cumpleaños|Felicidades] {N} [🎂|🎉|❤️] [te queremos mucho|que la pases bonito|]
        ¿Alguien sabe a qué hora abre [la tienda|el súper|la farmacia|la papelería]? [necesito leche|se me \
            acabó el café|urge]
        [Mañana|El sábado] vamos al parque con {N} y los primos [si no llueve|]
        {N} sacó diez en [matemáticas|el examen de ciencias|el dictado] [qué orgullo|🙌]
        ya compré los útiles y el uniforme para {NK} [por fin|]
        se escapó [el perro|el gato|el perico] otra vez [jaja|😂], ya [lo encontramos|regresó solito]
        hoy hice [tamales|pozole|enchiladas|galletas] para [toda la familia|los vecinos], ¿quién quiere?
        el juez del concurso de baile le dio el primer lugar a {N} 💃
        [mañana tengo|tuve] examen de [ubicación|inglés] en la prepa, deséenme suerte
        ¿me pasas la receta del pastel? la que hizo {N}
        llegué tarde [al trabajo|a la junta|por {N}] por [el tráfico|la lluvia] 🙄
        vi a {NF} en el súper, [qué gusto|manda saludos]
        ya se me [cayó|mojó|rompió] el celular otra vez 😩
        estoy bien [cansada|cansado] pero feliz, fue un [buen día|día bonito] [con {N}|]
        la visita al museo con la escuela fue [divertidísima|increíble]
        [qué calor|qué frío] hace hoy, [no dan ganas de salir|me quedo en casa]
        {N} ya aprendió a andar en bici 🚲
    """),
    "en": lines("""
        Happy birthday {N}!! [🎂|🎉|❤️] [love you|have the best day|]
        anyone know if the pool is open [today|this weekend]?
        {N} made the soccer team!! [so proud|🙌]
        [heading|going] to the park with {NK} [after school|later], [come with|]
        the [basketball|tennis] court at [the park|the rec center] is finally [fixed|open] [lol|!!|]
        I'm addicted to this [show|game|song|taco place] lol [no spoilers|]
        the [dog|cat] ran away again 😂 found [him|her] at [the neighbor's|the park]
        can you grab [milk|bread|eggs|diapers] on the way home? [thx|]
        {N} has a placement test for math [tomorrow|on Friday], wish [her|him] luck
        [hearing|heard] the band practice from the garage lol
        just bought a case of [water|soda|chips] for [the party|{N}'s party|the game]
        my phone [died|froze|fell in the sink] again [ugh|lol|😩]
        [we're|I'm] so tired but it was a [good|great|fun] day [with {N}|at the beach|]
        {NF} is coming over for dinner [tonight|Sunday]
        the judge at the talent show loved {N}'s song
        running late, [traffic|the bus|the rain] is crazy 🙄
        {N} lost [her|his] first tooth today!!
    """),
}
NEGATIVES = {
    "es": lines("""
        [Mayo|Este mes] es el Mes de[| Concientización sobre el] Cuidado de Crianza. [Gracias a|Reconocemos a] \
            todas las familias de acogida.
        Se buscan hogares temporales [para niños de 0 a 5 años|para adolescentes|para grupos de hermanos] \
            en [el condado|nuestra comunidad]. [Llame hoy|Escríbanos por inbox].
        ¿Sabía que el asma [es la enfermedad crónica más común en niños|se puede controlar]? [Consulte a su \
            médico|Pregunte en su clínica].
        Septiembre es el Mes de la Recuperación: [hay ayuda disponible|la recuperación es posible]. \
            [Llame a la línea de ayuda|Visite nuestra página].
        Capacitación [gratuita|obligatoria] para familias de acogida [el sábado|el próximo martes] \
            [en la oficina central|en línea]: [primeros auxilios|manejo de medicamentos|trauma infantil].
        El [juzgado|edificio de la corte] estará cerrado [el lunes|el viernes] por [el día festivo|mantenimiento].
        [Conozca|Aprenda] las señales del maltrato infantil. Visite nuestro sitio web para más información.
        Zona escolar libre de drogas: [respete los límites|gracias por su apoyo].
        Feria de salud [el sábado|este domingo]: [vacunas gratis|pruebas de glucosa gratis|revisión dental] \
            para toda la familia.
        Se necesitan familias de recurso. Sesión informativa [el jueves a las 6|en línea cada mes].
        [Los grupos de Narcóticos Anónimos|Las juntas de AA] se reúnen en el centro comunitario. Todos son bienvenidos.
        Consejo del día: [guarde los medicamentos fuera del alcance de los niños|lávese las manos seguido].
        Pilas gratis para aparatos auditivos en la feria de adultos mayores [este sábado|el 20].
        La salud mental importa. [Hable con alguien|No está solo]; [llame a la línea|visite nuestra página].
        [Gracias a nuestras voluntarias|Gracias a los mentores] por acompañar a jóvenes en acogida este año ❤️
        Taller para padres: cómo hablar con sus hijos sobre [las drogas|el acoso escolar|las redes sociales].
        ¿Quiere ser familia de acogida? [No necesita ser casado|Puede rentar su casa]. Pregúntenos.
        Las oficinas de la agencia estarán cerradas [el lunes|por capacitación del personal].
        [Nuevo curso|Curso] en línea sobre audiencias de permanencia para [abogados|trabajadores sociales] \
            [y voluntarios|]. Inscríbase en nuestra página.
        Recuerde: la visita a nuestras oficinas [es con cita|es de 9 a 5].
        Campaña de vacunación en [las escuelas|el centro de salud] [esta semana|todo el mes].
        Día Nacional de la Adopción: celebramos a todas las familias [adoptivas|que crecieron este año].
        [Adopte|Dé hogar temporal a] un [perrito|gatito] del refugio municipal 🐶 [este fin de semana|hoy].
        [Ven|Vengan] a la [carrera|caminata] por la salud mental [el domingo|este sábado] en el parque.
        [Preguntas frecuentes|Dudas]: ¿cuánto dura la capacitación para ser familia de acogida? [Unas diez \
            semanas|Unos meses].
        El [Día|Mes] de la Prevención del Abuso Infantil [empieza|es] en abril. [Use azul|Comparta el listón azul] 💙
        Se busca [psicóloga|trabajadora social|terapeuta] para [nuestro equipo|la oficina regional]. Envíe su CV.
        [Recuerde|Importante]: [el consumo de alcohol|el vapeo] en adolescentes [se puede prevenir|tiene riesgos].
    """),
    "en": lines("""
        [May is|Happy] National Foster Care [Month|Awareness Month]! [Thank you to|We celebrate] every foster family.
        Resource families needed [for teens|for sibling groups|for infants]. [Call us|Visit our website] \
            to learn more.
        September is Recovery Month: [help is available|recovery is possible]. [Call the helpline|Visit our website].
        Did you know asthma is [the most common chronic illness in kids|manageable with the right plan]? \
            [Talk to your doctor|Ask your clinic].
        [Free|Required] training for foster parents [on Saturday|next Tuesday] [at the main office|online]: \
            [CPR|medication administration|trauma-informed care].
        The [courthouse|juvenile court building] will be closed [Monday|Friday] for [the holiday|repairs].
        Drug-free school zone. [Thank you for keeping our kids safe|Violators will be prosecuted].
        Free hearing aid [batteries|checks] at the senior fair [this Saturday|on the 20th].
        [Learn|Know] the signs of child abuse. Visit our website for resources.
        [NA|AA] meetings are held at the community center [every Tuesday|daily]. Everyone welcome.
        Health fair [this Saturday|on Sunday]: [free flu shots|free blood pressure checks|dental screenings] \
            for the whole family.
        Mental health matters. [You are not alone|Reach out]; [call|text] the crisis line anytime.
        Thank you to our [volunteers|mentors|CASA volunteers] for supporting youth in care this year ❤️
        Parent workshop: how to talk with your kids about [drugs|bullying|social media].
        Want to become a foster parent? [You don't need to be married|Renters welcome]. Ask us!
        Our offices will be closed [Monday|for staff training]. Visit our website for updates.
        New online course on permanency hearings for [attorneys|caseworkers] [and volunteers|]. Register today.
        Tip: keep [medications|cleaning products] locked and out of reach of children.
        Back to school vaccine clinic [this week|all month] at [the health center|local schools].
        National Adoption Day: we celebrate every family [that grew this year|formed through adoption].
        Kinship caregivers support group meets [every second Thursday|online monthly]. All are welcome.
        [Report|If you suspect] child abuse or neglect, call the hotline 24/7.
        [Foster|Adopt] a [puppy|kitten] from the shelter 🐶 [this weekend|today], no experience needed.
        [Join us for|Come to] the mental health [5K|walk] [on Sunday|this Saturday] at the park.
        FAQ: how long does foster parent training take? [About ten weeks|A few months].
        Be a designated driver: [stay sober|plan a sober ride] this [holiday|weekend].
        [We're hiring|Now hiring] [therapists|caseworkers|a family visit coach]. [Apply on our website|Send \
            your resume].
        Court Appointed Special Advocates needed: [training starts soon|no legal experience needed].
        [Vaping|Underage drinking] is preventable. [Talk to your teen|Learn the facts] today.
    """),
    "mix": lines("""
        Foster Care Awareness Month: gracias a todas las familias de acogida ❤️
        Se buscan resource families [para teens|para hermanos]. Visit our website!
        Recovery Month: hay ayuda disponible, call the helpline.
        Training para foster parents [el sábado|next Tuesday] en la oficina.
        la corte está cerrada [el lunes|on Monday] por el holiday
        Happy birthday {N}!! te queremos mucho 🎂
        omg {N} ganó el concurso de ciencias, so proud
        vamos al park con {NK} [mañana|tomorrow] si no llueve
    """),
}
