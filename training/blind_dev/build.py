#!/usr/bin/env python3
"""Build posts.jsonl for the blind child-welfare evaluation set (prefix b).

Items are written as marked text: [surface|TYPE]. The script strips the marks,
computes character offsets (Python code points), checks every span and writes
posts.jsonl next to this file. stdlib only.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

PREFIX = "b"
PUB, PRI = "public", "private"
TYPES = {
    "PERSON", "ADDRESS", "LOCATION", "SCHOOL", "ORGANIZATION", "DATE", "AGE",
    "PHONE", "EMAIL", "HANDLE", "URL", "ID", "HEALTH", "CASE_DETAIL",
}

# (kind, lang, audience, expected or None for private, marked text)
# kind is only used for the README counts: case, health, id, date, age, name, place, trap
ITEMS = [
    # ------------------------------------------------------------------ 1. case details
    ("case", "es", PUB, "flag", "Ya van tres meses desde que DCFS [se llevó a mis hijos|CASE_DETAIL] y nadie me explica nada. [Santi|PERSON] me pregunta en cada [visita|CASE_DETAIL] cuándo se viene conmigo 💔"),
    ("case", "es", PUB, "flag", "orgullosa de mi [Gabi|PERSON] 🙏 la [trabajadora social|CASE_DETAIL] dice q ya mero [regresa con su mamá|CASE_DETAIL], nomas falta la [orden de la corte|CASE_DETAIL]"),
    ("case", "es", PUB, "flag", "Mi sobrina [Xime|PERSON] [se volvió a salir|CASE_DETAIL] de la [casa hogar|CASE_DETAIL] desde anoche, si alguien la ve por [la 18 y Ashland|ADDRESS] avísenme porfa 🙏🙏"),
    ("case", "es", PUB, "flag", "Hoy fue la [audiencia|CASE_DETAIL] de mi hija y le dieron la [custodia temporal|CASE_DETAIL] a su tía. No se vale 😡"),
    ("case", "es", PUB, "flag", "a mi apá [lo volvieron a encerrar|CASE_DETAIL] y ngl ya no kiero ir a verlo al [bote|CASE_DETAIL] 😔"),
    ("case", "es", PUB, "flag", "Después de 14 meses [me regresaron a mis niños|CASE_DETAIL] 🥹 gracias a Dios y a la Lic. [Ortega|PERSON] que nunca se rindió con nosotros"),
    ("case", "en", PUB, "flag", "Officially a foster mom!! 💕 Little [Paz|PERSON] [moved in with us|CASE_DETAIL] [Friday|DATE] and she already owns the couch 😂"),
    ("case", "en", PUB, "flag", "Please pray for my nephew [Nico|PERSON], his [placement fell through|CASE_DETAIL] again and he's [back at the shelter|CASE_DETAIL] tonight 😞"),
    ("case", "en", PUB, "flag", "My sister [lost the kids to the state|CASE_DETAIL] last year and now they want to [terminate her rights|CASE_DETAIL]. [Summer|PERSON] deserves to come home"),
    ("case", "en", PUB, "flag", "[Court|CASE_DETAIL] went good today!! Judge gave me [unsupervised visits|CASE_DETAIL] with my son starting next week 🙌🙌"),
    ("case", "en", PUB, "flag", "day 40 of my baby being [in foster care|CASE_DETAIL]. [1 hr visits|CASE_DETAIL] once a week at the office is not enough 💔"),
    ("case", "mix", PUB, "flag", "ya le dieron fecha pa la [termination hearing|CASE_DETAIL] de mi prima y ella ni sabe, alguien q le diga pls 😭"),
    ("case", "mix", PUB, "flag", "so proud of [Destiny|PERSON] 🎓 [aging out de foster care|CASE_DETAIL] y aun asi se graduó, nadie creía en ella"),
    ("case", "mix", PUB, "flag", "el papá de mis hijos [sale del bote|CASE_DETAIL] y ya quiere [custody|CASE_DETAIL] lol ni lo sueñes"),
    ("case", "mix", PUB, "flag", "[Erick|PERSON] llegó de [Honduras|LOCATION] a los [15|AGE] sin nadie y hoy lo [adoptamos|CASE_DETAIL] oficialmente 🇭🇳❤️🇺🇸 best day ever"),
    ("case", "es", PRI, None, "Buenas tardes Sra. [Lemus|PERSON], le confirmo la [visita supervisada|CASE_DETAIL] con [Santiago|PERSON] el [jueves 3 a las 4|DATE] en nuestra oficina."),
    ("case", "es", PRI, None, "[Tere|PERSON], el papá de [Nico|PERSON] no se presentó a la [corte|CASE_DETAIL] otra vez, el juez [suspendió las visitas|CASE_DETAIL] hasta nuevo aviso"),
    ("case", "es", PRI, None, "sra buenas noches disculpe la hora, es q la niña [Vale|PERSON] no quiere regresar despues de la [visita|CASE_DETAIL] con su mama y llora mucho q hago"),
    ("case", "en", PRI, None, "Hi Mr. [Kowalski|PERSON], just confirming [Dani|PERSON]'s [service plan meeting|CASE_DETAIL] is still on for [the 2nd|DATE]? Her dad's [release|CASE_DETAIL] might be around then too"),
    ("case", "en", PRI, None, "[Brian|PERSON], FYI the [hotline report|CASE_DETAIL] on the [Castro|PERSON] family was screened in. Allegation is [neglect|CASE_DETAIL], [inadequate supervision|CASE_DETAIL]. Can you go out today?"),
    ("case", "mix", PRI, None, "ok so la [visita|CASE_DETAIL] del [sabado|DATE] got moved bc [Pepe|PERSON] tiene [court|CASE_DETAIL] ese dia, te aviso la nueva fecha"),
    ("case", "en", PRI, None, "Mom I'm fine I'm at my friend's, I'm not going back to that [group home|CASE_DETAIL] tbh they treat me like trash. dont tell Ms. [Ortega|PERSON]"),
    ("case", "es", PRI, None, "Lic. buenas, le mando los papeles del [plan de servicios|CASE_DETAIL]: ya terminé las [clases de crianza|CASE_DETAIL] y me falta el [programa de violencia doméstica|CASE_DETAIL]"),
    ("case", "es", PUB, "flag", "Ya me quitaron la [orden de restricción|CASE_DETAIL] y por fin puedo ver a mis hijos 🙏 gracias a todos los que oraron"),
    ("case", "en", PUB, "flag", "Throwback to when [Jay|PERSON] first came to us as an [emergency placement|CASE_DETAIL] with nothing but a diaper and a trash bag. Now look at him 🥹"),
    ("case", "es", PUB, "flag", "A [Milagros|PERSON] la [cambiaron de hogar|CASE_DETAIL] por tercera vez este año, como quieren que le vaya bien en la escuela así 😤"),
    ("case", "mix", PRI, None, "hey [Tere|PERSON] quick q, la abuela [Consuelo|PERSON] ya pasó su [home study|CASE_DETAIL]? el juez quiere el reporte antes del [14|DATE]"),
    ("case", "mix", PUB, "flag", "Mi hijo está con una [foster family|CASE_DETAIL] desde que [me lo quitaron|CASE_DETAIL] en el hospital, like wtf 💔"),
    ("case", "en", PUB, "flag", "Our [caseworker|CASE_DETAIL] [Brian|PERSON] is honestly the best. Got us through the whole [reunification|CASE_DETAIL] thing with my daughter 🙏"),
    ("case", "en", PRI, None, "[Teresa|PERSON], [Linda Peterson|PERSON] called about a [licensing complaint|CASE_DETAIL] — apparently a neighbor reported [the kids were left alone|CASE_DETAIL]. Can we talk at 2?"),
    ("case", "es", PRI, None, "[Tere|PERSON], te comento que [Amparo|PERSON] me contó que [su pareja la golpea|CASE_DETAIL]. Ya le di el número de la línea de violencia doméstica."),
    ("case", "mix", PRI, None, "idk q hacer, [Trini|PERSON] me dijo q [el novio de su mamá la tocó|CASE_DETAIL] 😰 le hablo a la hotline o a ti primero?"),
    ("case", "es", PRI, None, "Sra. [Peterson|PERSON] disculpe, [Nico|PERSON] me llamó llorando, dice q [lo castigaron sin comer|CASE_DETAIL]. Es cierto?"),
    ("case", "es", PRI, None, "Lic. [Ortega|PERSON], le informo que [Héctor Ruiz|PERSON] fue [trasladado|CASE_DETAIL] a [Stateville|ORGANIZATION] y ya no podrá tener [visitas con los niños|CASE_DETAIL] este mes."),
    ("case", "es", PRI, None, "Hija ya sé que estás enojada conmigo pero contéstame, nomas quiero saber si estás bien con la [familia temporal|CASE_DETAIL] 🙏"),
    ("case", "mix", PRI, None, "Hey [Tere|PERSON], el abogado de la mamá pidió [continuance|CASE_DETAIL] otra vez. new date is [11/20|DATE]"),
    ("case", "mix", PRI, None, "Apá ya [me cambiaron con mi abuela|CASE_DETAIL] [Chelo|PERSON], dile a [Beto|PERSON] q aquí estoy 💙"),
    ("case", "es", PRI, None, "[Yesenia|PERSON] pregunta si la [audiencia de asilo|CASE_DETAIL] afecta la [reunificación|CASE_DETAIL] con [Vale|PERSON]."),
    ("case", "mix", PUB, "flag", "ok pero why does my [caseworker|CASE_DETAIL] [Kowalski|PERSON] never call back 🙄 tengo 2 semanas esperando saber de la [visita|CASE_DETAIL] con mis hijos"),
    ("case", "mix", PUB, "flag", "lol [santi|PERSON] le dijo a la juez q quiere vivir con [lupe|PERSON] forever 😂❤️ [court|CASE_DETAIL] was wild today"),
    ("case", "es", PUB, "flag", "escribanme al [karlita.mdz@yahoo.com|EMAIL] si saben algo de mi hijo, me lo [quitaron|CASE_DETAIL] hace una semana y no me dicen donde esta"),
    ("case", "en", PRI, None, "Supervisor note: worker [Kowalski|PERSON] to complete the [safety assessment|CASE_DETAIL] for the [Mendoza|PERSON] home by [Fri 10/4|DATE]."),
    ("case", "en", PRI, None, "[Mila|PERSON] asked if she can call her mom tonight. Is that allowed under the [no-contact order|CASE_DETAIL]?"),

    # ------------------------------------------------------------------ 2. health
    ("health", "es", PUB, "flag", "Ya llevo 9 meses [limpia|HEALTH] 🙌 ni una gota, ni un [cristal|HEALTH]. Todo por mis hijos [Dani|PERSON] y [Beto|PERSON]"),
    ("health", "es", PRI, None, "Sra. [Hernández|PERSON], su [antidoping|CASE_DETAIL] del [martes|DATE] salió [positivo a fentanilo|HEALTH], tenemos que hablar antes de la [audiencia|CASE_DETAIL]."),
    ("health", "en", PRI, None, "hey just so u know [Gabi|PERSON] ran out of his [Concerta|HEALTH] and the pharmacy on [Cermak|ADDRESS] needs a new script from Dr. [Patel|PERSON]"),
    ("health", "en", PUB, "flag", "My [8yo|AGE] got diagnosed with [ADHD|HEALTH] today and honestly I'm relieved?? [Summer|PERSON] you're still my whole heart"),
    ("health", "es", PUB, "flag", "Mi [Vale|PERSON] ya va a [terapia de lenguaje|HEALTH] en [Semillitas|SCHOOL] y ya dice mamá 🥹"),
    ("health", "mix", PUB, "flag", "mi hermano salio [limpio|HEALTH] en el [drug test|CASE_DETAIL] 🙏🙏 ya mero [le regresan a los niños|CASE_DETAIL]"),
    ("health", "es", PRI, None, "[Lupita|PERSON], a [Paz|PERSON] le toca su [inhalador|HEALTH] dos veces al día, el [Flovent|HEALTH] naranja, y si se pone mal el [albuterol|HEALTH]. Tiene [asma|HEALTH] desde bebé"),
    ("health", "en", PUB, "flag", "3 yrs [sober|HEALTH] today. [NA|HEALTH] saved my life and [gave me my kids back|CASE_DETAIL] 💙"),
    ("health", "en", PRI, None, "[Des|PERSON] had a [panic attack|HEALTH] at school again, they called me. Is her [therapy intake|HEALTH] at [Hope Harbor|ORGANIZATION] still next week?"),
    ("health", "es", PUB, "flag", "Pidan por mi mamá [Consuelo|PERSON], le dio un [derrame|HEALTH] y está internada en el [Mount Sinai|ORGANIZATION] 🙏"),
    ("health", "es", PRI, None, "[Mari|PERSON] la mamá de [Santi|PERSON] dice q ya empezó el [tratamiento con Suboxone|HEALTH] en [Centro Renacer|ORGANIZATION] pero no trae comprobante"),
    ("health", "mix", PRI, None, "[Xime|PERSON] me dijo q está tomando [Zoloft|HEALTH] pero q la hace sentir rara, can u ask her doctor? no quiere q su papa sepa"),
    ("health", "en", PRI, None, "Per the [psych eval|HEALTH], [Nicolás|PERSON] meets criteria for [PTSD|HEALTH] and [reactive attachment disorder|HEALTH]. Recommending [TF-CBT|HEALTH] weekly."),
    ("health", "es", PUB, "flag", "Mi niño [Jay|PERSON] ya tiene su [IEP|HEALTH] 🙌 por fin le van a dar [terapia ocupacional|HEALTH] en la escuela. Los que tienen niños con [autismo|HEALTH] saben la lucha"),
    ("health", "en", PUB, "flag", "Anyone know a good [rehab|HEALTH] that takes Medicaid near [Berwyn|LOCATION]? asking for my brother, he [relapsed|HEALTH] again"),
    ("health", "es", PRI, None, "Sra [Lupita|PERSON] no se le olvide cargar la [bomba de insulina|HEALTH] de [Trini|PERSON], anoche [le bajó el azúcar|HEALTH]"),
    ("health", "en", PUB, "flag", "[Trinity|PERSON] got her new [hearing aids|HEALTH] today!! she keeps saying everything is so LOUD 😂💜"),
    ("health", "mix", PUB, "flag", "[Milly|PERSON] ya salió del [psych ward|HEALTH] 🙏 gracias por las oraciones, ahora a seguir con la [terapia|HEALTH]"),
    ("health", "en", PRI, None, "ngl I've been [using again|HEALTH] since the [hearing|CASE_DETAIL] got pushed. pls dont tell [Ortega|PERSON] yet"),
    ("health", "es", PUB, "flag", "Gracias a Dios mi mamá ya terminó sus [quimios|HEALTH] 🎗️ y los médicos del [Stroger|ORGANIZATION] dicen que va bien"),
    ("health", "es", PRI, None, "[Amparo|PERSON] faltó otra vez a su [grupo de AA|HEALTH] y no ha hecho las [pruebas de orina|CASE_DETAIL] que ordenó la corte"),
    ("health", "en", PRI, None, "[Rosa|PERSON] called, she's in [detox|HEALTH] at [New Dawn Recovery|ORGANIZATION] since [Sunday|DATE], so she'll miss [Dani|PERSON]'s [visit|CASE_DETAIL] on [the 9th|DATE]"),
    ("health", "mix", PUB, "flag", "literally crying bc [Nico|PERSON] said his first full sentence en [terapia|HEALTH] 😭 the [speech delay|HEALTH] was so bad cuando [llegó con nosotros|CASE_DETAIL]"),
    ("health", "es", PUB, "flag", "No entiendo por qué [no me dejan ver a mi hija|CASE_DETAIL] si ya estoy en mi [tratamiento con metadona|HEALTH] 😢"),
    ("health", "en", PRI, None, "Reminder: [Erick|PERSON]'s [TB test|HEALTH] results came back [negative|HEALTH], school can enroll him now."),
    ("health", "es", PRI, None, "Le aviso que a [Gabriel|PERSON] le cambiaron la dosis del [Risperdal|HEALTH] y anda muy dormido en clase"),
    ("health", "mix", PUB, "flag", "bro mi little sis [Pacita|PERSON] nacio con [síndrome de abstinencia|HEALTH] y mírenla ahora, [4|AGE] y bien traviesa 😂"),
    ("health", "en", PUB, "flag", "Big shoutout to Dr. [Villalobos|PERSON] for helping my boy with his [anxiety|HEALTH] these past months 💙"),
    ("health", "es", PRI, None, "[Gabo|PERSON] dice que extraña a su mamá y que quiere saber si la van a dejar salir de la [rehabilitación|HEALTH] para su cumple"),
    ("health", "es", PRI, None, "[Santi|PERSON] no quiere tomarse la [melatonina|HEALTH] y anda despierto hasta las 2, ya no sé qué hacer"),
    ("health", "en", PRI, None, "[Brian|PERSON] pls call me asap, [Rosa|PERSON] showed up to the [visit|CASE_DETAIL] [high|HEALTH] and [Dani|PERSON] saw everything"),
    ("health", "es", PRI, None, "Ya le tomé la foto a la receta: [Abilify 5 mg|HEALTH], una en la mañana. Es para [Milagros|PERSON]"),
    ("health", "mix", PRI, None, "la maestra de [Gabi|PERSON] en [Kedzie Park|SCHOOL] says he's been hitting kids y q necesita una [evaluación|HEALTH]. can we get him in w [Villalobos|PERSON]?"),
    ("health", "en", PRI, None, "hi its [Milly|PERSON] from the [group home|CASE_DETAIL], can i get a ride to my [therapy|HEALTH] tmrw? staff says no car"),
    ("health", "mix", PUB, "flag", "[JJ|PERSON] finally potty trained 🎉 took like forever pero su [OT|HEALTH] dice q es normal con su [developmental delay|HEALTH]"),
    ("health", "mix", PUB, "flag", "tbh ya me canse de las [drops|CASE_DETAIL] cada semana, 6 meses [clean|HEALTH] y todavía no confian en mi 🙄"),
    ("health", "en", PUB, "flag", "Update on [Mila|PERSON]: she's doing so much better since starting [DBT|HEALTH] at [Clínica Sol de Vida|ORGANIZATION] 💜"),
    ("health", "mix", PRI, None, "hola [mari|PERSON] sorry q te escribo tan tarde pero [Pepe|PERSON] vino [borracho|HEALTH] a la casa y se quiere llevar a la [Xime|PERSON] q hago?? ya le marqué a la policía"),

    # ------------------------------------------------------------------ 3. identity numbers
    ("id", "es", PRI, None, "Lic. [Ortega|PERSON] aquí le mando la CURP de [Vale|PERSON]: [FOCV180422MJCLHLA6|ID]"),
    ("id", "es", PRI, None, "Mi clave de elector es [CSPNJS80051214H300|ID] por si la ocupan para el [estudio de la casa|CASE_DETAIL]"),
    ("id", "en", PRI, None, "Hi [Linda|PERSON], for the dentist: [Nico|PERSON]'s Medicaid number is [452 188 903|ID] and his DOB is [3/14/2014|DATE]."),
    ("id", "mix", PRI, None, "ya tengo el case number del juzgado: [2024-JA-00318|ID], es el de [Gabi|PERSON] y su hermanito"),
    ("id", "en", PRI, None, "Court file for the [Ruiz|PERSON] kids is [24 JA 1127|ID], next [status hearing|CASE_DETAIL] [Tues the 9th at 9:30|DATE]"),
    ("id", "es", PRI, None, "Lic el numero de booking de mi esposo es [20240512045|ID], lo tienen en la [División 10|ORGANIZATION]"),
    ("id", "es", PRI, None, "Buenas, le paso el DUI de [Amparo|PERSON] para el reporte: [04567823-1|ID]"),
    ("id", "es", PRI, None, "mi DPI es [2613 90475 0108|ID] y el de mi hija no lo tengo, se quedó en [Guate|LOCATION]"),
    ("id", "es", PRI, None, "[Tere|PERSON], el DNI hondureño de [Erick|PERSON] es [0801-2007-04563|ID] y su A-number [A-213-456-789|ID], ya lo subí al expediente"),
    ("id", "en", PRI, None, "SSN for [Destiny|PERSON] is [412-78-9034|ID], she needs it for the FAFSA and her [independent living|CASE_DETAIL] stipend"),
    ("id", "en", PUB, "flag", "Can someone help me?? my mom got [picked up by ICE|CASE_DETAIL], her A number is [A219876543|ID], they won't tell us where she is 😭"),
    ("id", "es", PUB, "flag", "Se busca a [Ximena Castro Peña|PERSON], [16|AGE], [se salió|CASE_DETAIL] de su [hogar temporal|CASE_DETAIL] el [domingo|DATE]. Expediente [2023-DP-004512|ID]. Cualquier info al [773-555-0163|PHONE]"),
    ("id", "mix", PRI, None, "oye me pidieron el seguro social de los niños, el de [Dani|PERSON] es [345-22-8170|ID] y el de [Beto|PERSON] luego te lo mando"),
    ("id", "en", PRI, None, "Booking # [6132457|ID] — that's [Pepe Castro|PERSON] at [Men's Central|ORGANIZATION]. Can we set up a [jail visit|CASE_DETAIL] for [Xime|PERSON]?"),
    ("id", "es", PRI, None, "Número de caso de la corte familiar: [FAM-23-004417|ID]. La [audiencia de custodia|CASE_DETAIL] es el [lunes 14|DATE]."),
    ("id", "es", PRI, None, "Lic. ¿me puede dar el número de Medicaid de [Paz|PERSON]? el que tengo [4431-0098-21|ID] no lo acepta la farmacia"),
    ("id", "en", PRI, None, "[Tere|PERSON] — sponsor for [Erick|PERSON] is his uncle [Wilmer Zelaya|PERSON], DNI [0801-1985-11234|ID]. ORR wants it by [Fri the 6th|DATE]"),
    ("id", "mix", PUB, "flag", "alguien sabe como checar si mi primo sigue en el [Cook County|ORGANIZATION]? su booking es [2024-0309117|ID] y no nos dicen nada 😩"),
    ("id", "es", PRI, None, "Para la inscripción de [Santi|PERSON] en [Whitman|SCHOOL] piden su CURP: [RALS120907HDFMMNA3|ID]"),
    ("id", "en", PRI, None, "[Destiny|PERSON]'s Medi-Cal BIC is [93456781C11208|ID], the clinic in [Boyle Heights|ADDRESS] needs it before [Thursday|DATE]"),
    ("id", "es", PUB, "flag", "Mi esposo tiene su [audiencia de inmigración|CASE_DETAIL] el [jueves 3 a las 8|DATE], su número es [A-208-114-365|ID], oren por nosotros 🙏"),
    ("id", "mix", PRI, None, "SSN de la mamá: [512-48-3907|ID], fecha de nacimiento [12/03/1988|DATE]. cuidado con ese archivo pls"),
    ("id", "en", PRI, None, "Hi Ms. [Ayala|PERSON], the docket for [Milagros Chávez|PERSON] is [2023JD004871|ID]? That's delinquency, not dependency, you sure?"),
    ("id", "es", PRI, None, "el DUI del papá de [Santi|PERSON], [Wilfredo|PERSON], es [02938475-6|ID], él vive en [San Salvador|LOCATION]"),
    ("id", "en", PUB, "flag", "SMH my cousin posted her whole SSN [387-20-6614|ID] on fb asking for help 🤦‍♀️ delete it girl"),
    ("id", "mix", PRI, None, "el numero de expediente de la corte es [JD-24-1187|ID], para lo de [Nico|PERSON] 👍"),
    ("id", "es", PRI, None, "Datos para el reporte: [Héctor Ruiz|PERSON], booking [2023-1104087|ID], fecha probable de [salida|CASE_DETAIL] [2/9|DATE]."),
    ("id", "en", PRI, None, "Medicaid RIN for [Jay|PERSON]: [773412908|ID], pharmacy keeps asking"),
    ("id", "es", PUB, "flag", "Perdí mi INE 😩 si alguien la encuentra por [la 26 y Pulaski|ADDRESS] la clave es [MNRVKR85062309M500|ID], a nombre de [Karla Mendoza|PERSON]"),
    ("id", "en", PRI, None, "LA dependency case [CK21345A|ID] — the [Mendoza|PERSON] file got transferred from [Huntington Park|LOCATION], pls merge with ours"),

    # ------------------------------------------------------------------ 4. dates
    ("date", "es", PRI, None, "[Lupita|PERSON], la [visita|CASE_DETAIL] de [Paz|PERSON] con su mamá es el [jueves 3 a las 10|DATE], ¿la puede llevar?"),
    ("date", "es", PUB, "flag", "el [18|DATE] mi viejo [sale del bote|CASE_DETAIL] 🙏 ya casi familia completa otra vez"),
    ("date", "en", PUB, "flag", "Countdown is on!! [Dani|PERSON]'s [adoption day|CASE_DETAIL] is [the 2nd|DATE] 🥹💕 come celebrate with us"),
    ("date", "mix", PUB, "flag", "[Xime|PERSON]'s bday is [2/9|DATE] y quiero hacerle algo chido aunque esté [en foster care|CASE_DETAIL]"),
    ("date", "es", PRI, None, "Sr. [Castro|PERSON], su [audiencia|CASE_DETAIL] se pasó para el [lunes 14 a las 9|DATE], sala 3"),
    ("date", "en", PRI, None, "Can we move [Nico|PERSON]'s [visit|CASE_DETAIL] to [the 21st|DATE]? [Mark|PERSON] has a work thing on [the 20th|DATE]"),
    ("date", "es", PUB, "ok", "Feria de recursos para familias el sábado 12 de octubre, de 10 a 2, en el gimnasio del parque Piotrowski. ¡Entrada libre!"),
    ("date", "en", PUB, "ok", "Our offices will be closed Monday, Sept. 2 for Labor Day. For emergencies call 1-800-555-0199."),
    ("date", "en", PUB, "ok", "Foster parent orientation: Tues 10/8, 6pm, via Zoom. Register at marlowcounty.gov/foster"),
    ("date", "es", PUB, "ok", "Recuerde: el 15 de septiembre empieza el Mes de la Herencia Hispana 🇲🇽🇸🇻🇬🇹🇭🇳 ¡Celebramos a nuestras familias!"),
    ("date", "mix", PUB, "ok", "Back to school backpack giveaway 🎒 este jueves 8/15 de 4 a 7pm en nuestra oficina de Cicero. Traigan a los kids!"),
    ("date", "es", PRI, None, "[Mari|PERSON], a [Héctor|PERSON] lo [sueltan|CASE_DETAIL] el [viernes 6|DATE], quiere ver a los niños ese fin"),
    ("date", "en", PRI, None, "reminder [Des|PERSON] has her [court date|CASE_DETAIL] [Wed the 11th|DATE] and then [therapy|HEALTH] at 4"),
    ("date", "es", PRI, None, "buenas lic, el [martes 23|DATE] tengo cita en el [consulado de Guatemala|ORGANIZATION] para mi pasaporte, ¿puedo cambiar la [visita|CASE_DETAIL]?"),
    ("date", "en", PUB, "flag", "Mark your calendars!!! [Jay|PERSON] comes home for good on [the 30th|DATE] 🏠💙 [reunification|CASE_DETAIL] babyyy"),
    ("date", "mix", PRI, None, "[Tere|PERSON] the [permanency hearing|CASE_DETAIL] for [Paz|PERSON] is [10/17|DATE], pero la mamá dice q no puede ir ese dia"),
    ("date", "es", PUB, "flag", "el [sábado 9|DATE] es la primera comunión de mi [Gabi|PERSON] en [San Pío|LOCATION] y por fin [le dieron permiso a su mamá de ir|CASE_DETAIL] 🙏"),
    ("date", "en", PRI, None, "[Rosa|PERSON] — your [drug drop|CASE_DETAIL] is [Monday the 2nd|DATE] before noon. Missing it counts as positive."),
    ("date", "es", PRI, None, "Mijo ya hablé con la abogada, la [corte|CASE_DETAIL] de tu papá es el [3 de marzo|DATE], no te preocupes"),
    ("date", "es", PUB, "ok", "Este 30 de abril, Día del Niño, los esperamos con piñatas y juegos en la plaza de Pilsen 🎉"),
    ("date", "en", PUB, "ok", "Mondays are for paperwork 😩☕ Shoutout to every caseworker catching up on notes today."),
    ("date", "es", PRI, None, "La [salida|CASE_DETAIL] de [Milagros|PERSON] del [hospital psiquiátrico|HEALTH] es el [miércoles 10|DATE], ¿quién la recoge?"),
    ("date", "en", PRI, None, "[Dani|PERSON]'s bday is the [27th|DATE], can her mom do a [visit|CASE_DETAIL] that day?"),
    ("date", "en", PUB, "ok", "Save the date: Foster Parent Appreciation Dinner, Friday May 17, 6pm at the Marlow County Community Center."),
    ("date", "es", PUB, "ok", "La oficina estará cerrada el jueves 28 y viernes 29 por el Día de Acción de Gracias. Línea de emergencia: 1-800-555-0199."),
    ("date", "es", PRI, None, "[Vale|PERSON] nació el [22/04/2018|DATE] en [Guadalajara|LOCATION], le mando copia del acta"),
    ("date", "mix", PRI, None, "la [visita|CASE_DETAIL] de [Jay|PERSON] con su papá quedó para el [the 5th|DATE]?? o era el [6|DATE]? sorry mi cabeza 🙃"),
    ("date", "en", PRI, None, "[Erick|PERSON]'s [immigration court|CASE_DETAIL] date got moved to [Jan 8|DATE], his lawyer will pick him up at 7"),
    ("date", "mix", PUB, "ok", "Reminder: el Día de Acción de Gracias no hay visitas en la oficina. Las visitas se reprograman la semana siguiente 🦃"),

    # ------------------------------------------------------------------ 5. ages
    ("age", "es", PUB, "flag", "Mis bebés [de acogida|CASE_DETAIL] 🥰 el de [5|AGE] ya lee solito y el de [2|AGE] nomás quiere romper todo jaja"),
    ("age", "en", PUB, "flag", "Took my [8yo|AGE] and my [13yo|AGE] to [visit their dad in prison|CASE_DETAIL] today. hardest drive ever"),
    ("age", "mix", PUB, "flag", "[Santi|PERSON] ya tiene [12|AGE] y mide más que yo 😂 the growth spurt is real"),
    ("age", "en", PUB, "flag", "[Summer|PERSON] is [7|AGE] today!! 🎂🌈"),
    ("age", "mix", PUB, "flag", "she's [15|AGE] now y sigue siendo mi bebé 🥹 happy bday [Danita|PERSON]"),
    ("age", "es", PRI, None, "Lic el de [5|AGE] tiene fiebre, ¿lo llevo a la clínica o espero? no sé si su seguro sirve aquí"),
    ("age", "en", PRI, None, "[Jayden|PERSON] turns [4|AGE] on the [12th|DATE], can we do cake during the [visit|CASE_DETAIL]?"),
    ("age", "es", PUB, "flag", "Busco ropa talla 10 para mi niña de [9|AGE], nos llegó con lo puesto 😔 (la tenemos en [acogimiento temporal|CASE_DETAIL])"),
    ("age", "mix", PUB, "flag", "mi hijo de [17|AGE] y yo por fin juntos otra vez después de 2 años en el [system|CASE_DETAIL] 🙏"),
    ("age", "en", PUB, "flag", "[Nico|PERSON] is [ten and a half|AGE] and will remind you of the half 😂"),
    ("age", "es", PUB, "flag", "Feliz cumple a la más traviesa, mi [Pacita|PERSON] ya tiene [cuatro|AGE] 🎈"),
    ("age", "en", PRI, None, "[Placement request|CASE_DETAIL]: sibling group, boys [6|AGE] and [9|AGE], girl [14|AGE]. [Back of the Yards|ADDRESS] family, want to keep them in [Whitman|SCHOOL]."),
    ("age", "es", PUB, "flag", "La más chiquita de la casa cumplió [1|AGE] hoy 🎂 y su mamá le mandó un video desde el [centro de tratamiento|HEALTH] 💕"),
    ("age", "mix", PUB, "flag", "mi [foster son|CASE_DETAIL] de [16|AGE] consiguió su primer trabajo en el McDonald's de [la 26 y Kedzie|ADDRESS] 🍔 so proud"),
    ("age", "en", PUB, "flag", "my [3yo|AGE] told the judge at his [hearing|CASE_DETAIL] today that he wants to stay with grandma 😭💔"),
    ("age", "es", PRI, None, "El niño tiene [diez|AGE], no once, corrija el reporte por favor"),
    ("age", "en", PUB, "flag", "Throwback: [Trinity|PERSON] at [2|AGE] vs [Trinity|PERSON] at [9|AGE] 🥹 same sass"),
    ("age", "es", PUB, "flag", "Mis gemelas ya tienen [13|AGE] 😱 y yo sigo sin entender la tarea de matemáticas de [Whitman|SCHOOL]"),
    ("age", "mix", PRI, None, "q onda, el baby tiene como [18 meses|AGE] y todavía no camina, crees q necesita [early intervention|HEALTH]?"),
    ("age", "en", PUB, "flag", "[17|AGE] and [aging out of care|CASE_DETAIL] in a few months. anybody got tips on apartments? 😬"),
    ("age", "es", PUB, "flag", "Mi nieto [Gabo|PERSON] de [ocho|AGE] ya es monaguillo 🙏 qué orgullo"),
    ("age", "en", PRI, None, "Intake note: youth is [fifteen|AGE], presents with [bruising on both arms|HEALTH], [reports dad hits her|CASE_DETAIL]."),
    ("age", "mix", PUB, "flag", "happy [sweet 16|AGE] to my baby [Xime|PERSON] 💜 aunque [no te dejen venir a la casa|CASE_DETAIL] hoy, te amo mija"),
    ("age", "es", PUB, "flag", "Hoy mi princesa [Trini|PERSON] cumple [9|AGE] 🎂 y la pasamos en la [visita|CASE_DETAIL] con su papá en la agencia, ni modo, el otro año en casa 🙏"),
    ("age", "en", PRI, None, "Foster mom here — the little one is [almost 2|AGE] and still needs her [nebulizer|HEALTH] every night, can someone send more vials?"),
    ("age", "mix", PUB, "flag", "my lil bro [Beto|PERSON] turned [11|AGE] y no pude ir a verlo bc la [visita|CASE_DETAIL] got cancelled again 😤"),

    # ------------------------------------------------------------------ 6. names (short forms, lower case, word names) and the same words as plain words
    ("name", "mix", PUB, "flag", "felicidades a [dani|PERSON] x su diploma 🎓 la neta nadie creía q iba a terminar con todo lo q ha pasado, so proud"),
    ("name", "mix", PUB, "flag", "[gabi|PERSON] y [nico|PERSON] jugando en [Douglass Park|LOCATION] like they've known each other forever 🥹 [foster bros|CASE_DETAIL]"),
    ("name", "es", PUB, "flag", "[Paz|PERSON] ya aprendió a andar en bici 🚲 gracias [Lupita|PERSON] por tanta paciencia con ella"),
    ("name", "es", PUB, "ok", "Que la paz de Dios esté con todas las familias que hoy esperan a sus hijos 🕊️"),
    ("name", "es", PUB, "ok", "Paz, amor y paciencia: tres cosas que todo niño en cuidado temporal necesita. ¿Puede darlas usted? Llámenos al (708) 555-0142"),
    ("name", "es", PUB, "flag", "Gracias a doña [Amparo|PERSON] por traer tamales al grupo de [papás en reunificación|CASE_DETAIL] 🫔 la mejor"),
    ("name", "es", PUB, "ok", "Si usted necesita amparo legal o asesoría migratoria, estas organizaciones gratuitas pueden ayudarle (lista en los comentarios) 👇"),
    ("name", "es", PUB, "ok", "Al amparo de la ley, todo niño tiene derecho a una familia. #MesDeLaAdopción"),
    ("name", "es", PUB, "flag", "mi abuelita [Consuelo|PERSON] es mi todo, ella nos cuidó cuando [nos sacaron de la casa|CASE_DETAIL] 💕"),
    ("name", "es", PUB, "ok", "Para las mamás que hoy lloran sin consuelo: no están solas. Grupo de apoyo los jueves en la parroquia Nuestra Señora del Consuelo."),
    ("name", "es", PUB, "flag", "[Chelo|PERSON] ya tiene la [custodia|CASE_DETAIL] de sus 3 nietos 🙏 ocupa una cuna, alguien que done?"),
    ("name", "es", PUB, "flag", "[Milagros|PERSON] cantó en el coro de la escuela y yo no paraba de llorar 😭 mi [niña de acogida|CASE_DETAIL] es una estrella"),
    ("name", "es", PUB, "ok", "Los milagros existen: este año 42 niños del condado encontraron familia permanente. ¡Gracias, familias adoptivas! 💛"),
    ("name", "es", PUB, "ok", "Misa por las familias en la Iglesia de Nuestra Señora de los Milagros, domingo 10 a.m. Todos bienvenidos."),
    ("name", "en", PUB, "flag", "[Summer|PERSON] lost her first tooth!! 🦷 tooth fairy better pay up, she's been through enough this year"),
    ("name", "en", PUB, "ok", "Summer camp scholarships are open for youth in care! Apply by June 1 at marlowcounty.gov/familias ☀️"),
    ("name", "en", PUB, "ok", "Summer Reading Challenge starts at the library: every kid who reads 10 books gets a free book 📚"),
    ("name", "en", PUB, "flag", "So proud of [Destiny|PERSON] for getting into [UIC|SCHOOL]!! from [group home|CASE_DETAIL] to college 🎓"),
    ("name", "en", PUB, "ok", "Destiny Church is hosting a free coat drive for families this Saturday. Every kid deserves to be warm ❄️"),
    ("name", "en", PUB, "ok", "You don't control your destiny alone. Mentors matter. Become a CASA volunteer today 💙"),
    ("name", "en", PUB, "flag", "[Trinity|PERSON] and [Summer|PERSON] made cookies for their [caseworker|CASE_DETAIL] 🍪 cutest thing ever"),
    ("name", "en", PUB, "ok", "Holy Trinity Parish food pantry is open every Tuesday 9-12. No ID required."),
    ("name", "en", PUB, "ok", "Trinity Hospital's pediatric clinic now offers Saturday hours for families with Medicaid."),
    ("name", "es", PUB, "flag", "Ya [me dejaron ver|CASE_DETAIL] a [Xime|PERSON] 🥹 [xime|PERSON] te amo mija aunque no me contestes"),
    ("name", "mix", PUB, "flag", "shoutout a [santi|PERSON] q metió 2 goles hoy ⚽ y a [Mari|PERSON] q vino a verlo jugar aunque era sábado 🙌"),
    ("name", "es", PUB, "flag", "#Fuerza[Nico|PERSON] 💪 hoy sale de la [cirugía|HEALTH], gracias por las oraciones"),
    ("name", "en", PUB, "flag", "[vale|PERSON] & [paz|PERSON] matching pjs for their first christmas with us 🎄 #fosterlove"),
    ("name", "mix", PRI, None, "oye [xime|PERSON] dice q no va a ir a la escuela mañana bc tiene cita con [Villalobos|PERSON]"),
    ("name", "es", PRI, None, "[tere|PERSON] ya hablé con [lupe|PERSON] y si puede [recibir a otro niño|CASE_DETAIL] esta semana"),
    ("name", "en", PUB, "ok", "Consuelo means comfort. Milagros means miracles. Paz means peace. What does your name mean? Share below 👇 #HispanicHeritageMonth"),
    ("name", "mix", PUB, "flag", "Ya salió [Gabo|PERSON] de summer school 😎 la abuela [Chelo|PERSON] lo va a recoger"),
    ("name", "es", PUB, "ok", "Feliz día de San Nicolás 🎅 Recuerde: los regalos más valiosos son tiempo y atención."),
    ("name", "es", PUB, "flag", "q bonito es ver a [Dany|PERSON] sonreír otra vez después de todo lo de su papá 🙏"),
    ("name", "en", PUB, "ok", "Peace, comfort and a few small miracles: that's what our resource families give every day. Thank you 💛"),
    ("name", "mix", PUB, "flag", "[valen|PERSON] ya dice 'mami' y 'more please' 😭 bilingüe desde los pañales"),
    ("name", "en", PUB, "flag", "Follow my boy [@gabo.mdz|HANDLE] he's been drawing since [the shelter|CASE_DETAIL] 🎨"),
    ("name", "es", PUB, "ok", "Milagros, Consuelo y Amparo son nombres de virtudes. Hoy le damos gracias a las abuelas que las practican criando a sus nietos 💐"),
    ("name", "en", PUB, "flag", "[trinity|PERSON] said her [therapist|HEALTH] is 'the nice lady with the fish tank' 😂 we love Ms. [Ana|PERSON]"),
    ("name", "mix", PRI, None, "[Nico|PERSON] y [Santi|PERSON] se pelearon otra vez en el bus, idk si separarlos o q"),

    # ------------------------------------------------------------------ 7. places
    ("place", "es", PUB, "flag", "Alguien que me lleve a ver a mis hijos a [la 47 y Pulaski|ADDRESS]? ahi es donde [los tiene la foster|CASE_DETAIL] 🙏"),
    ("place", "en", PUB, "flag", "Picking up [Dani|PERSON] at [26th and Kedzie|ADDRESS] after her [visit|CASE_DETAIL], anyone want to grab tacos?"),
    ("place", "es", PUB, "flag", "[Vale|PERSON] y [Paz|PERSON] en el [parque Harrison|LOCATION] con su mamá 🥰 [primera visita sin supervisión|CASE_DETAIL]"),
    ("place", "mix", PUB, "flag", "si ven a [Xime|PERSON] por [Cermak y Blue Island|ADDRESS] díganle q su abuela la espera, no está en problemas 🙏"),
    ("place", "es", PRI, None, "Lic, ya nos cambiamos, ahora estamos en el [2847 de la Trumbull|ADDRESS], el de atrás"),
    ("place", "en", PRI, None, "Foster home is on [51st and Wood|ADDRESS], near the [Back of the Yards|ADDRESS] library. Kids can walk to [Kedzie Park|SCHOOL]? no, too far"),
    ("place", "es", PUB, "flag", "Mi hijo está en un [hogar temporal|CASE_DETAIL] en [La Villita|ADDRESS] y ni me dicen en qué calle 😡"),
    ("place", "en", PUB, "flag", "[Santi|PERSON] made honor roll at [Whitman|SCHOOL] 🏅 so proud of this kid"),
    ("place", "mix", PUB, "flag", "La [Benito|SCHOOL] ganó el torneo y mi [Dani|PERSON] metió el gol de la victoria ⚽🔥 let's gooo"),
    ("place", "mix", PUB, "flag", "pickup at [Kedzie Park|SCHOOL] is a mess hoy, [Gabi|PERSON] y yo llegamos tarde a la [visita|CASE_DETAIL] 🙄"),
    ("place", "es", PRI, None, "Sra. [Soto|PERSON] la escuela de [Paz|PERSON] sigue siendo [Semillitas|SCHOOL], la de la [Cermak|ADDRESS]? o se cambiaron?"),
    ("place", "en", PUB, "flag", "Visiting mom at [Cook County Jail|ORGANIZATION] on [26th & California|ADDRESS] with [Jay|PERSON] today, pray for us"),
    ("place", "es", PUB, "flag", "Ya nos dieron departamento en [Pilsen|ADDRESS] 🏠 por fin los niños van a poder [regresar conmigo|CASE_DETAIL]"),
    ("place", "en", PRI, None, "Pls drop [Des|PERSON] at [Roosevelt|SCHOOL] by 7:45, then her [family visit|CASE_DETAIL] is at 4"),
    ("place", "es", PUB, "flag", "Busco raite diario de [Boyle Heights|ADDRESS] a la [Garfield|SCHOOL] para mi niña [Summer|PERSON] 🚗 pago gasolina"),
    ("place", "mix", PRI, None, "[Tere|PERSON], the mom moved to [Huntington Park|LOCATION] so la [transferencia del caso|CASE_DETAIL] a [LA county|LOCATION] va a tardar"),
    ("place", "es", PUB, "flag", "domingo de tacos en el [Maxwell Street Market|LOCATION] con mi hija del corazón [Des|PERSON] 🌮 un año desde que [llegó a mi casa|CASE_DETAIL]"),
    ("place", "en", PUB, "ok", "Free tax help for families every Saturday at the library on 26th Street. Bring your ID and W-2s."),
    ("place", "es", PUB, "ok", "Clínica de vacunas gratuita en el centro comunitario de la 18 y Paulina, sábado 9 a 1. Traiga la cartilla de vacunación."),
    ("place", "en", PUB, "ok", "New office hours at our 47th & Pulaski location: Mon–Fri 8:30–5. Questions? 708-555-0142"),
    ("place", "mix", PRI, None, "estoy afuera de la casa de [Consuelo|PERSON] en la [4522 S Wood|ADDRESS], nadie abre y los niños no están. can u call her?"),
    ("place", "es", PRI, None, "[Mari|PERSON], [Erick|PERSON] se quedó de ver con su tío en el [Walmart|LOCATION] de [la 47|ADDRESS] el [sábado|DATE], ¿está bien?"),
    ("place", "en", PUB, "flag", "[JJ|PERSON] has [speech therapy|HEALTH] at [Clínica Sol de Vida|ORGANIZATION] in [Little Village|ADDRESS] now, so proud of my little man"),
    ("place", "es", PUB, "flag", "Mi hija [se me fue de la casa|CASE_DETAIL] y anda por [Humboldt Park|ADDRESS] con unos chavos 😭 se llama [Milly|PERSON], si la ven avísenme"),
    ("place", "en", PRI, None, "[New placement|CASE_DETAIL] address for [Nico|PERSON]: [1419 W 51st St, apt 2|ADDRESS]. Foster parents [Linda|PERSON] and [Mark Peterson|PERSON]."),
    ("place", "es", PRI, None, "La casa de la abuela queda en [la 31 y Kedzie|ADDRESS], arriba de la panadería, ahí [se quedan los niños|CASE_DETAIL]"),
    ("place", "es", PUB, "ok", "¿Vive en La Villita, Pilsen o Brighton Park? Nuestra nueva oficina satélite abre el lunes. ¡Pase a conocernos!"),
    ("place", "mix", PUB, "flag", "bday party de [Trini|PERSON] en el [Chuck E. Cheese de North Riverside|LOCATION] el [sábado 9|DATE] 🎉 todos invitados"),
    ("place", "mix", PRI, None, "ya le mande a [Karla|PERSON] la dirección nueva, es por [la 51 y Western|ADDRESS], pero no le digas al papá pls"),
    ("place", "es", PRI, None, "buenas noches lic perdon la molestia, nomas queria decirle q ya consegui trabajo en la tortillería de [la 26|ADDRESS] para q lo ponga en mi [plan de servicios|CASE_DETAIL]"),
    ("place", "en", PUB, "flag", "Shoutout to the lunch ladies at [BJCA|SCHOOL] for always saving [Danita|PERSON] an extra cookie 🍪"),

    # ------------------------------------------------------------------ contacts (phone/e-mail/handle)
    ("contact", "en", PRI, None, "Hey it's [Destiny|PERSON], my new number is [(773) 555-0128|PHONE] and my insta is [@des.w.2007|HANDLE]. dont give it to my mom pls"),
    ("contact", "es", PRI, None, "Mi correo es [rosa.hdz.1987@gmail.com|EMAIL] pa que me mande los papeles de la [corte|CASE_DETAIL]"),
    ("contact", "mix", PRI, None, "[Karla|PERSON] here 👋 my new cell [323-555-0174|PHONE], el otro se lo robaron. pls update it en el file"),
    ("contact", "en", PUB, "flag", "Selling [Trinity|PERSON]'s old bike, text me [708-555-0133|PHONE] 🚲"),
    ("contact", "en", PRI, None, "yo it's [Erick|PERSON], can u tell my lawyer my uncle in [San Pedro Sula|LOCATION] is sick and I need to call him"),
    ("contact", "en", PRI, None, "[Dani|PERSON] wants to know if she can go to her cousin's quince in [Cicero|LOCATION] on [the 19th|DATE]. Need your ok by tmrw"),
    ("contact", "es", PUB, "flag", "Si alguien sabe de mi hija mándenme DM a [@karlita_mdz|HANDLE] o márquenme al [(773) 555-0187|PHONE]"),
    ("contact", "mix", PRI, None, "[Lupe|PERSON], my cell for the [respite weekend|CASE_DETAIL] is [312-555-0191|PHONE], y el de [Mark|PERSON] es el mismo de siempre"),

    # ------------------------------------------------------------------ 8. false-alarm traps that must pass
    ("trap", "es", PUB, "ok", "Se necesitan hogares temporales 🏡 Abra su corazón y su casa a un niño del condado. Informes: familias@marlowcounty.gov"),
    ("trap", "en", PUB, "ok", "Resource families needed! Teens and sibling groups especially. Call 708-555-0142 to learn more."),
    ("trap", "en", PUB, "ok", "May is National Foster Care Month 💙 Wear blue on Friday to show support for kids in care."),
    ("trap", "es", PUB, "ok", "Noviembre es el Mes Nacional de la Adopción. Conozca a las familias que abrieron sus puertas 💛"),
    ("trap", "en", PUB, "ok", '"Look for the helpers. You will always find people who are helping." — Fred Rogers 💙 Thank you to every foster parent in Marlow County.'),
    ("trap", "es", PUB, "ok", "«El niño no puede esperar: su nombre es Hoy.» — Gabriela Mistral. Hoy es el día para ser familia de acogida."),
    ("trap", "en", PUB, "ok", '"It is easier to build strong children than to repair broken men." – Frederick Douglass'),
    ("trap", "es", PUB, "ok", "Llame hoy. Done su tiempo. Comparta esta publicación. Cada acción cuenta para un niño que espera familia."),
    ("trap", "es", PUB, "ok", "Inscríbase en nuestra capacitación gratuita para padres de crianza. Cupo limitado, escríbanos a fostercare@marlowcounty.gov"),
    ("trap", "mix", PUB, "ok", "ngl ser foster parent es lo más difícil y lo más bonito q he hecho tbh 💛 si lo estás pensando, hazlo"),
    ("trap", "en", PUB, "ok", "Welcome to our new LCSW and LPC interns joining the Family Support team this fall! 🎉"),
    ("trap", "es", PUB, "ok", "Recuerde: el colegio y la guardería pueden ser aliados. Hable con los maestros si su hijo está pasando por un cambio difícil."),
    ("trap", "es", PUB, "ok", "Feliz Día del Padre a todos los papás que luchan cada día por sus hijos 💪"),
    ("trap", "en", PUB, "ok", "idk who needs to hear this but asking for help is not failing. Parent support line: 1-800-555-0199 💬"),
    ("trap", "es", PUB, "ok", "Bienvenidos a la página oficial de Servicios para Niños y Familias del Condado de Marlow. Síganos en @MarlowCountyDCFS"),
    ("trap", "mix", PUB, "ok", "pq ser familia temporal? bc every kid deserves someone in their corner 💙 info: marlowcounty.gov/familias"),
    ("trap", "en", PUB, "ok", "Tip: Never post photos of children in care with their faces, school logos or street signs visible. Protect their privacy 🔒"),
    ("trap", "es", PUB, "ok", "Cuidado con las publicaciones: no comparta el nombre, la escuela ni la colonia de los niños en cuidado temporal."),
    ("trap", "en", PUB, "ok", "Our Kinship Navigator program helps grandparents, aunts and uncles raising relatives' kids. Call (708) 555-0142."),
    ("trap", "es", PUB, "ok", "Juntos es mejor. Acompáñenos a la caminata por la prevención del abuso infantil, sábado 27 de abril, 9 a.m., Parque Douglass."),
    ("trap", "en", PUB, "ok", "Court Appointed Special Advocates (CASA) speak up for kids in court. Training starts soon — apply online."),
    ("trap", "es", PUB, "ok", "¿Sabía que los jóvenes en cuidado temporal pueden recibir ayuda para la universidad hasta los 26? Pregúntenos."),
    ("trap", "en", PUB, "ok", "Youth ages 14-21 in care can join our Teen Leadership Council. Pizza provided 🍕"),
    ("trap", "es", PUB, "ok", "Sana, sana, colita de rana 🐸 Los abrazos también curan. Feliz lunes, familias."),
    ("trap", "en", PUB, "ok", "Happy Mother's Day to the bio moms, foster moms, adoptive moms, grandmas and tías raising the next generation 💐"),
    ("trap", "mix", PUB, "ok", "Tuesday tip 💡: si su hijo tiene citas médicas, pida una copia del plan de salud y guárdela en un lugar seguro."),
    ("trap", "es", PUB, "ok", "Gracias a la Parroquia San Pío V por donar 200 mochilas para los niños del condado 🎒"),
    ("trap", "en", PUB, "ok", "Did you know? Medicaid covers therapy for every child in foster care in our state. Ask your caseworker how to get started."),
    ("trap", "es", PUB, "ok", "Sobriedad, terapia, paciencia: muchas familias se reunifican cada año gracias a su esfuerzo. ¡Sí se puede! 💪"),
    ("trap", "en", PUB, "ok", "lol our printer is down again 🙃 if you emailed a form today pls resend to familias@marlowcounty.gov"),
    ("trap", "es", PUB, "ok", "Atención: nunca le pediremos su número de seguro social, CURP o número de Medicaid por mensaje de Facebook. Reporte estafas al 708.555.0142."),
    ("trap", "mix", PUB, "ok", "Hoy en el Día del Trabajador Social: gracias a nuestros LCSWs, MSWs y caseworkers que dan todo por las familias 💛 #SocialWorkMonth"),
    ("trap", "en", PUB, "ok", "Starting Jan 1, juvenile court hearings in Marlow County can be attended remotely. Details at marlowcounty.gov/familias"),
    ("trap", "es", PUB, "ok", "Visite nuestra feria de empleo. Traiga su currículum. Pregunte por las vacantes de trabajador social bilingüe."),
    ("trap", "mix", PUB, "ok", "Lunes otra vez 😩 pero con cafecito y ganas. Let's go, team! ☕💪"),
    ("trap", "es", PUB, "ok", "Adopte, no espere. Hay adolescentes en el condado esperando una familia que los quiera tal como son."),
    ("trap", "en", PUB, "ok", "Signs a child may need help: sudden changes in behavior, fear of going home, frequent injuries. Call 1-800-555-0199 to report."),
    ("trap", "es", PUB, "ok", "Únase al grupo de apoyo para abuelos que crían a sus nietos. Martes 6 p.m. en la biblioteca. Habrá cuidado de niños gratis."),
    ("trap", "mix", PUB, "ok", "q onda familias 👋 les recordamos q el programa de Summer Lunch sigue todo julio en las escuelas del condado 🥪"),
    ("trap", "en", PUB, "ok", "\"Children are the world's most valuable resource and its best hope for the future.\" — John F. Kennedy"),
    ("trap", "es", PUB, "ok", "«La paz comienza con una sonrisa.» — Madre Teresa de Calcuta 🕊️ Feliz viernes."),
    ("trap", "mix", PUB, "ok", "Mental Health Awareness Month 💚 hablar de terapia no es de locos, es de valientes. Recursos: marlowcounty.gov/familias"),
    ("trap", "en", PUB, "ok", "Reminder: our Family Visit Center is closed on the 4th of July. Happy Independence Day from all of us 🎆"),
    ("trap", "es", PUB, "ok", "Dato: un hogar temporal no reemplaza a la familia, la acompaña. Más de la mitad de los niños regresan con sus padres."),
    ("trap", "mix", PUB, "ok", "Destino final de la colecta de juguetes: 300 niños del condado 🎁 thank you Trinity Lutheran y Milagros Bakery por su apoyo"),
    ("trap", "en", PUB, "ok", "A Spanish-speaking LPC will host a free Q&A on anxiety in kids, Thursday at 6pm on our Facebook Live."),
    ("trap", "es", PUB, "ok", "Consejo del día: hable con sus hijos sobre las redes sociales. Revise la privacidad de sus cuentas 📱"),
    # ------------------------------------------------------------------ more private Spanglish messages
    ("id", "mix", PRI, None, "[Tere|PERSON] el DPI de [Yesenia|PERSON] es [2613 90475 0108|ID], lo necesito pa la [background check|CASE_DETAIL] de su hermana como [kin placement|CASE_DETAIL]"),
    ("case", "mix", PRI, None, "oye [Brian|PERSON] la mamá de [Jay|PERSON] llamó bien upset bc no le dieron su [visit|CASE_DETAIL] hoy, dice q va a ir a la [corte|CASE_DETAIL] a quejarse"),
    ("health", "mix", PRI, None, "hi Lic, [Summer|PERSON] tiene [fiebre|HEALTH] y [vomito|HEALTH] since last night, la llevo al ER o a la clínica de [la 18|ADDRESS]?"),
    ("date", "mix", PRI, None, "ya quedó la [visita|CASE_DETAIL] del [jueves 10 at 5|DATE] con su papá, pero [Dani|PERSON] says she doesn't want to go 😕"),
    ("age", "mix", PRI, None, "la bebé de [Karla|PERSON] ya tiene [6 months|AGE]? necesito saber pa el daycare form"),
    ("name", "mix", PRI, None, "[nico|PERSON] keeps asking por [vale|PERSON], can they do a [sibling visit|CASE_DETAIL] pronto?"),
    ("place", "mix", PRI, None, "estoy en [la 18 y Blue Island|ADDRESS] esperando a [Erick|PERSON], he's late again 🙄 lo espero 10 min más"),
    ("case", "mix", PRI, None, "fyi la [TPR|CASE_DETAIL] de los [Ruiz|PERSON] kids se va a pedir en el próximo [hearing|CASE_DETAIL], [Héctor|PERSON] todavía no sabe"),
    ("health", "mix", PRI, None, "[Rosa|PERSON] dice q ya tiene 30 days [sober|HEALTH] y q su sponsor le va a firmar la carta pa la corte"),
    ("contact", "mix", PRI, None, "mi new number es [773-555-0149|PHONE], es [Amparo|PERSON], la mamá de [Santi|PERSON] 🙏"),
    ("id", "mix", PRI, None, "for the intake: [Wilmer|PERSON] tiene su A-number [A 201 998 453|ID] y el niño todavía no tiene"),
    ("case", "mix", PRI, None, "Ms. [Ortega|PERSON] pls, my dad [got deported|CASE_DETAIL] last week y mi mamá no sabe q hacer con la renta"),
    ("date", "mix", PRI, None, "[Lupe|PERSON], la [court date|CASE_DETAIL] de [Paz|PERSON] se cambió al [Wed 15|DATE], can you still bring her?"),
    ("health", "mix", PRI, None, "[Xime|PERSON] me pidió q le consiga [Plan B|HEALTH], q hago? idk si lo tengo q reportar"),
    ("place", "mix", PRI, None, "[Mark|PERSON], the bio dad was seen parked outside [Kedzie Park|SCHOOL] otra vez, no lo dejen acercarse a [Gabi|PERSON]"),
    ("case", "mix", PRI, None, "btw [Destiny|PERSON] firmó para quedarse en [extended foster care|CASE_DETAIL] 🙌 finally"),
]


MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z_]+)\]")


def parse(marked):
    """Return plain text and spans [{start,end,type}] from marked text."""
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(s) for s in out)
        surface, typ = m.group(1), m.group(2)
        out.append(surface)
        spans.append({"start": start, "end": start + len(surface), "type": typ, "_surface": surface})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[" in text or "]" in text or "|" in text:
        raise ValueError(f"unparsed marker left in: {marked!r}")
    return text, spans


def main():
    here = Path(__file__).resolve().parent
    rows, ids = [], set()
    for n, (kind, lang, aud, exp, marked) in enumerate(ITEMS, 1):
        pid = f"{PREFIX}-{n:03d}"
        assert pid not in ids, pid
        ids.add(pid)
        assert lang in {"es", "en", "mix"}, (pid, lang)
        assert aud in {PUB, PRI}, (pid, aud)
        text, spans = parse(marked)
        for s in spans:
            assert s["type"] in TYPES, (pid, s)
            assert text[s["start"]:s["end"]] == s["_surface"], (pid, s)
            assert s["_surface"] == s["_surface"].strip(), (pid, s)
            del s["_surface"]
        row = {"id": pid, "lang": lang, "audience": aud, "text": text, "spans": spans}
        if aud == PUB:
            assert exp in {"flag", "ok"}, (pid, exp)
            if exp == "ok":
                assert not spans, f"{pid}: ok item with spans"
            else:
                assert spans, f"{pid}: flag item without spans"
            row["expected"] = exp
        else:
            assert exp is None, (pid, exp)
        rows.append((kind, row))
    with open(here / "posts.jsonl", "w", encoding="utf-8") as f:
        for _, row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # summary for the README
    print("items", len(rows))
    print("lang", dict(Counter(r["lang"] for _, r in rows)))
    print("audience", dict(Counter(r["audience"] for _, r in rows)))
    print("expected", dict(Counter(r.get("expected") for _, r in rows if r["audience"] == PUB)))
    print("kind", dict(Counter(k for k, _ in rows)))
    print("spans", dict(Counter(s["type"] for _, r in rows for s in r["spans"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
