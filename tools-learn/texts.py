K = {}
def k(key, en, es): K[key] = (en, es)
# depths (Depth.nameKey)
k("depth.fundamentals", "Fundamentals", "Fundamentos")
k("depth.intermediate", "Intermediate", "Intermedio")
k("depth.academic", "Academic", "Académico")
# UI
k("content.depth.label", "Depth:", "Nivel:")
k("content.depth.tooltip", "How deep every explanation goes: Fundamentals, Intermediate or Academic", "Hasta dónde llega cada explicación: Fundamentos, Intermedio o Académico")
k("content.menu.learn", "Learn", "Aprender")
k("content.menu.lessons", "Lessons", "Lecciones")
k("content.menu.lesson.item", "{0}. {1}", "{0}. {1}")
k("content.menu.open", "Open lesson file…", "Abrir archivo de lección…")
k("content.menu.save", "Save lesson as…", "Guardar lección como…")
k("content.menu.glossary", "Glossary", "Glosario")
k("content.menu.evidence", "Evidence", "Pruebas")
k("content.menu.references", "References", "Referencias")
k("content.menu.about", "About this model", "Acerca de este modelo")
k("content.menu.presenter", "Presenter mode", "Modo presentación")
k("content.menu.language", "Language", "Idioma")
k("content.language.en", "English", "English")
k("content.language.es", "Español", "Español")
k("content.nav.lessons", "Lessons", "Lecciones")
k("content.nav.explain", "Explanations", "Explicaciones")
k("content.nav.glossary", "Glossary", "Glosario")
k("content.nav.evidence", "Evidence", "Pruebas")
k("content.nav.references", "References", "Referencias")
k("content.nav.about", "About this model", "Acerca del modelo")
k("content.lessons.heading", "Guided lessons", "Lecciones guiadas")
k("content.lessons.intro", "Each lesson sets up the simulation, points at what to watch and asks you to predict before you press Play. Keys: Right and Left move between steps, Space plays or pauses, Esc leaves. F5 switches presenter mode on and off.",
  "Cada lección prepara la simulación, señala qué mirar y le pide una predicción antes de pulsar Reproducir. Teclas: Derecha e Izquierda cambian de paso, Espacio reproduce o pausa, Esc sale. F5 activa y desactiva el modo presentación.")
k("content.lessons.start", "Start", "Empezar")
k("content.lessons.steps", "{0} steps", "{0} pasos")
k("content.lessons.own", "Your own lessons", "Sus propias lecciones")
k("content.lessons.own.text", "Lessons are small text files. Save a built-in lesson to get a template you can edit, then open it here and share it with colleagues. The format is described in docs/lessons-format.md.",
  "Las lecciones son pequeños archivos de texto. Guarde una lección incluida para tener una plantilla que pueda editar; después ábrala aquí y compártala con sus colegas. El formato se describe en docs/lessons-format.md.")
k("content.lesson.step", "Step {0} of {1}", "Paso {0} de {1}")
k("content.lesson.prev", "◀ Previous", "◀ Anterior")
k("content.lesson.next", "Next ▶", "Siguiente ▶")
k("content.lesson.finish", "Finish ✓", "Terminar ✓")
k("content.lesson.exit", "Leave lesson (Esc)", "Salir de la lección (Esc)")
k("content.lesson.keys", "Right/Left: step · Space: play/pause · Esc: leave", "Derecha/Izquierda: paso · Espacio: reproducir/pausar · Esc: salir")
k("content.lesson.predict", "Predict first:", "Primero, predice:")
k("content.lesson.predicted", "You predicted: {0}. Now press Play (Space) and watch.", "Su predicción: {0}. Ahora pulse Reproducir (Espacio) y observe.")
k("content.lesson.reveal", "Show what happens", "Mostrar lo que ocurre")
k("content.lesson.right", "✓ Your prediction matches the model.", "✓ Su predicción coincide con el modelo.")
k("content.lesson.wrong", "✗ The model shows something else: {0}.", "✗ El modelo muestra otra cosa: {0}.")
k("content.lesson.evidence", "Evidence for this step", "Pruebas de este paso")
k("content.lesson.missing", "(The part to look at is on another screen or not available yet.)", "(Lo que hay que mirar está en otra pantalla o aún no está disponible.)")
k("content.lesson.error.title", "This lesson could not be opened", "No se pudo abrir esta lección")
k("content.lesson.error.unchanged", "Nothing in the app was changed.", "No se ha cambiado nada en la aplicación.")
k("content.lesson.saved", "Lesson saved to {0}", "Lección guardada en {0}")
k("content.lesson.save.error", "The lesson could not be saved: {0}", "No se pudo guardar la lección: {0}")
k("content.lesson.filter", "BoneBalance lessons (*.bonelesson, *.json)", "Lecciones de BoneBalance (*.bonelesson, *.json)")
k("content.lesson.none", "Start a lesson first, or save a built-in one as a template.", "Empiece antes una lección, o guarde una de las incluidas como plantilla.")
k("content.glossary.heading", "Glossary", "Glosario")
k("content.glossary.search", "Search terms…", "Buscar términos…")
k("content.glossary.count", "{0} terms", "{0} términos")
k("content.glossary.empty", "No term matches your search.", "Ningún término coincide con la búsqueda.")
k("content.glossary.atdepth", "Definition at the {0} level", "Definición en el nivel {0}")
k("content.glossary.hint", "Underlined words anywhere in the app are glossary terms: point at one, or reach it with Tab, to see its meaning.", "Las palabras subrayadas en la aplicación son términos del glosario: señale una, o llegue a ella con Tab, para ver su significado.")
k("content.evidence.heading", "Evidence behind the claims", "Pruebas detrás de las afirmaciones")
k("content.evidence.intro", "Every statement the app makes about real people rests on studies. Each card gives the finding, its size, the study and how strong the evidence is.", "Cada afirmación de la aplicación sobre personas reales se apoya en estudios. Cada ficha da el hallazgo, su magnitud, el estudio y la solidez de las pruebas.")
k("content.evidence.finding", "Finding", "Hallazgo")
k("content.evidence.size", "Size", "Magnitud")
k("content.evidence.study", "Study", "Estudio")
k("content.evidence.sources", "Sources", "Fuentes")
k("content.evidence.strength.strong", "Strong evidence: randomised trials or meta-analyses of them", "Pruebas sólidas: ensayos aleatorizados o metaanálisis de ellos")
k("content.evidence.strength.moderate", "Moderate evidence: large cohorts, case-control studies or meta-analyses of mixed designs", "Pruebas moderadas: grandes cohortes, estudios de casos y controles o metaanálisis de diseños mixtos")
k("content.evidence.strength.limited", "Limited evidence: small, short or laboratory studies", "Pruebas limitadas: estudios pequeños, breves o de laboratorio")
k("content.evidence.open", "Evidence", "Pruebas")
k("content.references.heading", "References", "Referencias")
k("content.references.intro", "Every source the app relies on, cited in full. Citations stay in their original language.", "Todas las fuentes en las que se apoya la aplicación, citadas completas. Las citas se mantienen en su idioma original.")
k("content.references.seed", "From the source article", "Del artículo de partida")
k("content.references.model", "Sources of the model", "Fuentes del modelo")
k("content.ref.note.vinogradova", "The source article cites this study as 2024, volume 5, e584–e594; the published record is the 2025 article given here.", "El artículo de partida cita este estudio como de 2024, volumen 5, e584–e594; el registro publicado es el artículo de 2025 que se indica aquí.")
k("content.explain.heading", "How hormones steer bone", "Cómo dirigen las hormonas al hueso")
k("content.explain.intro", "The same story at the depth you chose in the toolbar.", "La misma historia al nivel elegido en la barra de herramientas.")
k("content.advice", "BoneBalance is a teaching model, not medical advice. It cannot tell what will happen to your own bones. If you are wondering about your bones or about hormone therapy, talk it over with your doctor or nurse.",
  "BoneBalance es un modelo para aprender, no un consejo médico. No puede decir qué les pasará a sus propios huesos. Si tiene dudas sobre sus huesos o sobre la terapia hormonal, hable con su médico o su enfermera.")
k("content.presenter.hint", "Presenter mode · F5: leave · P: pen on/off · C: clear the pen", "Modo presentación · F5: salir · P: activar o desactivar el lápiz · C: borrar el lápiz")
# explanations
def ex(topic, title_en, title_es, en, es):
    k(f"content.explain.{topic}.title", title_en, title_es)
    for d, e, s in zip(["fundamentals", "intermediate", "academic"], en, es):
        k(f"content.explain.{topic}.{d}", e, s)
ex("remodeling", "Bone is always being renewed", "El hueso se renueva sin parar",
 ["Bone is alive. All through life, small teams of cells clear away tired old bone and build fresh bone in the same spot. Osteoclasts do the clearing, osteoblasts do the building. When both keep pace, the amount of bone stays the same.",
  "Bone remodeling happens at many separate sites at once. At each one, osteoclasts resorb a small packet of bone over a few weeks; after a short pause, osteoblasts fill the pit with osteoid, which then mineralises. In a healthy adult, formation matches resorption and bone mineral density holds steady. The turnover markers CTX and P1NP show how busy the process is.",
  "Each basic multicellular unit (BMU) runs activation, resorption, reversal and formation over roughly three to six months. Net bone change is activation frequency times the balance per BMU. The model treats the tissue as an average (Pivonka 2008): precursor and active osteoblasts, active osteoclasts, bone volume, osteoid and mineral, with TGF-β released during resorption coupling it to later formation."],
 ["El hueso está vivo. Durante toda la vida, pequeños equipos de células retiran hueso viejo y gastado y construyen hueso nuevo en el mismo sitio. Los osteoclastos se encargan de retirar y los osteoblastos de construir. Cuando ambos van al mismo ritmo, la cantidad de hueso se mantiene.",
  "El remodelado óseo ocurre a la vez en muchos puntos separados. En cada uno, los osteoclastos reabsorben un pequeño fragmento de hueso durante unas semanas; tras una breve pausa, los osteoblastos rellenan el hueco con osteoide, que después se mineraliza. En un adulto sano la formación iguala a la resorción y la densidad mineral ósea se mantiene. Los marcadores de recambio CTX y P1NP indican cuánta actividad hay.",
  "Cada unidad multicelular básica (BMU) pasa por activación, resorción, inversión y formación en unos tres a seis meses. El cambio neto de hueso es la frecuencia de activación por el balance de cada BMU. El modelo trata el tejido como un promedio (Pivonka 2008): osteoblastos precursores y activos, osteoclastos activos, volumen óseo, osteoide y mineral, con el TGF-β liberado en la resorción acoplándola a la formación posterior."])
ex("switch", "The RANKL switch", "El interruptor RANKL",
 ["Bone-building cells send two messages. One, RANKL, says “make more bone-clearing cells”. The other, OPG, blocks that message. Estrogen turns the first down and the second up, so bone clearing stays in check.",
  "RANKL, made by osteoblast-lineage cells, binds RANK on osteoclast precursors and makes them mature. OPG is a decoy that catches RANKL first. The RANKL/OPG ratio sets how many osteoclasts form. Estrogen and testosterone both lower RANKL and raise OPG; progesterone has little direct effect on either but may support formation.",
  "Through ERα, estradiol represses RANKL and induces OPG transcription in osteoblastic stromal cells, promotes osteoclast apoptosis and prolongs osteoblast and osteocyte survival. Without estrogen, marrow T cells produce more TNF-α and IL-1, which raise RANKL further (Cenci 2000). In the model, estrogen deficiency adds RANKL production, lowers OPG production and osteoclast apoptosis by up to a fifth."],
 ["Las células que construyen hueso envían dos mensajes. Uno, el RANKL, dice «haced más células que retiren hueso». El otro, la OPG, bloquea ese mensaje. El estrógeno baja el primero y sube el segundo, así la retirada de hueso queda controlada.",
  "El RANKL, fabricado por células de la línea osteoblástica, se une a RANK en los precursores de osteoclastos y los hace madurar. La OPG es un señuelo que atrapa antes el RANKL. El cociente RANKL/OPG decide cuántos osteoclastos se forman. El estrógeno y la testosterona bajan el RANKL y suben la OPG; la progesterona apenas actúa directamente sobre ellos, pero puede favorecer la formación.",
  "A través del REα, el estradiol reprime la transcripción de RANKL e induce la de OPG en células estromales osteoblásticas, favorece la apoptosis de los osteoclastos y alarga la supervivencia de osteoblastos y osteocitos. Sin estrógeno, los linfocitos T de la médula producen más TNF-α e IL-1, que aumentan aún más el RANKL (Cenci 2000). En el modelo, el déficit de estrógenos añade producción de RANKL y reduce hasta en una quinta parte la producción de OPG y la apoptosis de los osteoclastos."])
ex("menopause", "Menopause flips the switch", "La menopausia activa el interruptor",
 ["At menopause the ovaries make much less estrogen. The brake on bone clearing loosens, more clearing teams start work and they dig deeper than the builders can refill. For some years, bone is lost faster than it is replaced.",
  "As estradiol falls from about 100 to about 5 pg/mL, RANKL rises and OPG falls, so osteoclasts form more often and live longer. Turnover doubles and each site ends with a small deficit. Spine BMD drops about 7 % in the three years around the final period, then about 1 % a year.",
  "Activation frequency roughly doubles after menopause (Recker 2004) and remains raised. Loss is fastest around the final menstrual period (SWAN) and slows later as the mechanostat responds to lower bone volume. Trabecular connectivity is lost as well as density, so fragility rises more than BMD alone suggests."],
 ["En la menopausia los ovarios fabrican mucho menos estrógeno. El freno de la retirada de hueso se afloja, empiezan a trabajar más equipos de limpieza y excavan más de lo que los constructores pueden rellenar. Durante unos años se pierde hueso más deprisa de lo que se repone.",
  "Cuando el estradiol baja de unos 100 a unos 5 pg/mL, sube el RANKL y baja la OPG, así que los osteoclastos se forman más a menudo y viven más. El recambio se duplica y cada punto termina con un pequeño déficit. La DMO vertebral baja cerca de un 7 % en los tres años alrededor de la última regla y después alrededor de un 1 % al año.",
  "La frecuencia de activación casi se duplica tras la menopausia (Recker 2004) y sigue alta. La pérdida es máxima alrededor de la última regla (SWAN) y se frena después, cuando el mecanostato responde al menor volumen óseo. Se pierde conectividad trabecular además de densidad, así que la fragilidad aumenta más de lo que indica la DMO."])
ex("therapy", "Therapy restores the balance", "La terapia restablece el equilibrio",
 ["Menopausal hormone therapy gives back some estrogen. The brake on bone clearing works again, the builders catch up, and bone density stops falling and often rises a little. Fewer bones break while it is taken.",
  "Estrogen therapy lowers RANKL and raises OPG again, so turnover falls: CTX drops within months. The remodeling space refills, and spine BMD rises by a few per cent in the first years. Adding a progestogen adds a little more. In the WHI trial, fractures fell by about a quarter to a third.",
  "MHT reduces activation frequency; the transient refilling of the remodeling space and continued secondary mineralisation raise BMD (spine about +6.8 % versus no treatment at two years, Wells 2002). WHI estrogen plus progestin cut hip fractures by a third and total fractures by about a quarter (Cauley 2003). Whether lost trabecular connections are rebuilt is less certain."],
 ["La terapia hormonal de la menopausia devuelve parte del estrógeno. El freno de la retirada de hueso vuelve a funcionar, los constructores se ponen al día y la densidad ósea deja de bajar y a menudo sube un poco. Mientras se toma, se rompen menos huesos.",
  "La terapia con estrógeno vuelve a bajar el RANKL y a subir la OPG, así que el recambio baja: el CTX cae en pocos meses. El espacio de remodelado se rellena y la DMO vertebral sube unas pocas unidades por ciento en los primeros años. Añadir un progestágeno suma algo más. En el ensayo WHI, las fracturas bajaron entre una cuarta y una tercera parte.",
  "La THM reduce la frecuencia de activación; el relleno transitorio del espacio de remodelado y la mineralización secundaria continuada aumentan la DMO (columna, unos +6,8 % frente a no tratar a los dos años, Wells 2002). En el WHI, estrógeno más progestina redujo las fracturas de cadera en un tercio y las totales en cerca de una cuarta parte (Cauley 2003). Es menos seguro que se reconstruyan las conexiones trabeculares perdidas."])
ex("stopping", "When therapy stops", "Cuando se deja la terapia",
 ["When therapy stops, estrogen falls again and bone loss starts again, at first about as fast as just after menopause. But the bone kept during therapy is a head start, and women who used it in the past break fewer bones in old age.",
  "After stopping, turnover rises within months and BMD falls at about the early postmenopausal rate. The fracture protection fades within a year or so and risk is briefly a little above never-users; more than ten years later, past users have slightly fewer fractures than never-users.",
  "Offset: withdrawal re-creates estrogen deficiency, so the model replays the early postmenopausal response from a higher starting BMD. In UK primary care records (Vinogradova 2025), current use cut fracture odds by about a quarter; 1–10 years after stopping, odds were close to or slightly above never-users; after more than 10 years they were 5–7 % lower."],
 ["Cuando se deja la terapia, el estrógeno vuelve a bajar y la pérdida ósea se reanuda, al principio casi tan deprisa como justo después de la menopausia. Pero el hueso conservado durante la terapia es una ventaja, y las mujeres que la usaron en el pasado se rompen menos huesos en la vejez.",
  "Al dejarla, el recambio sube en pocos meses y la DMO baja a un ritmo parecido al del inicio de la posmenopausia. La protección frente a fracturas desaparece en un año o así y el riesgo queda un tiempo algo por encima del de quienes nunca la usaron; más de diez años después, las antiguas usuarias tienen algo menos de fracturas que las que nunca la usaron.",
  "Retirada: dejar la terapia recrea el déficit de estrógenos, así que el modelo repite la respuesta del inicio de la posmenopausia desde una DMO de partida más alta. En historias clínicas de atención primaria del Reino Unido (Vinogradova 2025), el uso actual redujo la probabilidad de fractura en cerca de una cuarta parte; entre 1 y 10 años después de dejarla fue similar o algo mayor que en quienes nunca la usaron; pasados más de 10 años fue un 5–7 % menor."])
ex("men", "Men, testosterone and aromatization", "Hombres, testosterona y aromatización",
 ["Men have much more testosterone than women, and little estrogen of their own. Their bodies turn part of the testosterone into estrogen, and that estrogen does much of the work of protecting bone. When testosterone falls with age, so does this estrogen.",
  "Aromatase converts testosterone into estradiol in fat, bone and other tissues. In men, this estradiol keeps RANKL low and OPG high, much as in women; testosterone itself helps osteoblasts survive and bones grow wider. Low testosterone therefore means low estradiol and slow bone loss.",
  "When sex steroids were suppressed and replaced one by one in older men, estrogen accounted for at least 70 % of the effect on bone resorption, while both hormones helped maintain formation (Falahati-Nini 2000). The model takes E2 = 0.005 × T and lets androgens lower osteoblast apoptosis; a man at 250 ng/dL (below the 264 ng/dL lower limit, Travison 2017) loses bone slowly."],
 ["Los hombres tienen mucha más testosterona que las mujeres y poco estrógeno propio. Su cuerpo convierte parte de la testosterona en estrógeno, y ese estrógeno hace buena parte del trabajo de proteger el hueso. Cuando la testosterona baja con la edad, también baja ese estrógeno.",
  "La aromatasa convierte la testosterona en estradiol en la grasa, el hueso y otros tejidos. En los hombres, ese estradiol mantiene bajo el RANKL y alta la OPG, igual que en las mujeres; la testosterona por sí misma ayuda a sobrevivir a los osteoblastos y a que los huesos crezcan en anchura. Por eso, poca testosterona significa poco estradiol y una pérdida ósea lenta.",
  "Cuando en hombres mayores se suprimieron los esteroides sexuales y se repusieron uno a uno, el estrógeno explicó al menos el 70 % del efecto sobre la resorción ósea, y ambas hormonas ayudaron a mantener la formación (Falahati-Nini 2000). El modelo toma E2 = 0,005 × T y hace que los andrógenos reduzcan la apoptosis de los osteoblastos; un hombre con 250 ng/dL (por debajo del límite inferior de 264 ng/dL, Travison 2017) pierde hueso despacio."])
def ev(i, en, es):
    for s, e, x in zip(["claim", "finding", "size", "study"], en, es):
        k(f"content.evidence.{i}.{s}", e, x)
ev("estrogen-rankl-opg",
 ["Estrogen lowers RANKL and raises OPG", "In human osteoblasts grown in the laboratory, estradiol increased OPG and decreased RANKL; reviews place this at the centre of how estrogen restrains resorption.", "A shift of the RANKL/OPG ratio toward bone preservation in cultured cells; not measured directly in living bone.", "Laboratory study of human osteoblasts (Li 2022); expert reviews (Riggs 2000; Khosla & Monroe 2018)."],
 ["El estrógeno baja el RANKL y sube la OPG", "En osteoblastos humanos cultivados en laboratorio, el estradiol aumentó la OPG y redujo el RANKL; las revisiones sitúan esto en el centro de cómo el estrógeno frena la resorción.", "Un desplazamiento del cociente RANKL/OPG hacia la conservación del hueso en células cultivadas; no medido directamente en hueso vivo.", "Estudio de laboratorio con osteoblastos humanos (Li 2022); revisiones de expertos (Riggs 2000; Khosla y Monroe 2018)."])
ev("t-cells",
 ["Without estrogen, T cells help drive bone loss", "After the ovaries were removed in mice, T cells made more TNF-α; mice without T cells or without TNF-α signalling kept their bone.", "Bone loss largely prevented in the protected mice.", "Animal experiments (Cenci 2000), with commentary (Riggs 2000)."],
 ["Sin estrógeno, los linfocitos T contribuyen a la pérdida ósea", "Tras extirpar los ovarios a ratones, los linfocitos T fabricaron más TNF-α; los ratones sin linfocitos T o sin señal de TNF-α conservaron su hueso.", "La pérdida ósea se evitó en gran parte en los ratones protegidos.", "Experimentos en animales (Cenci 2000), con un comentario (Riggs 2000)."])
ev("menopause-loss",
 ["Bone is lost fastest around menopause", "Women followed through the menopause transition lost spine density quickly in the years around their final period; bone turnover rose and stayed high afterwards.", "About 7 % of spine BMD over the three years around the final period, then about 1 % a year; remodeling activation roughly doubled.", "SWAN cohort of about 2,000 women (Greendale 2012); bone biopsies (Recker 2004)."],
 ["El hueso se pierde más deprisa alrededor de la menopausia", "Las mujeres seguidas durante la transición menopáusica perdieron densidad vertebral con rapidez en los años alrededor de su última regla; el recambio óseo subió y siguió alto después.", "Cerca de un 7 % de DMO vertebral en los tres años alrededor de la última regla y luego alrededor de un 1 % al año; la activación del remodelado casi se duplicó.", "Cohorte SWAN de unas 2.000 mujeres (Greendale 2012); biopsias óseas (Recker 2004)."])
ev("bmd-gain",
 ["Hormone therapy raises bone density", "Across randomised trials, hormone therapy increased spine and hip BMD compared with placebo; even very low doses helped.", "Spine about +6.8 % versus no treatment after two years (Wells 2002); about +3.5 % after one year of transdermal estradiol (Abdi 2017); +2.6 % versus +0.6 % on an ultralow-dose patch (Ettinger 2004); hip +3.7 % versus +0.1 % over three years in WHI.", "Meta-analyses of randomised trials and large randomised trials."],
 ["La terapia hormonal aumenta la densidad ósea", "En conjunto, los ensayos aleatorizados muestran que la terapia hormonal aumentó la DMO de columna y cadera frente a placebo; incluso dosis muy bajas ayudaron.", "Columna unos +6,8 % frente a no tratar a los dos años (Wells 2002); unos +3,5 % tras un año de estradiol transdérmico (Abdi 2017); +2,6 % frente a +0,6 % con un parche de dosis ultrabaja (Ettinger 2004); cadera +3,7 % frente a +0,1 % en tres años en el WHI.", "Metaanálisis de ensayos aleatorizados y grandes ensayos aleatorizados."])
ev("turnover-markers",
 ["Therapy lowers bone turnover markers", "Resorption markers such as CTX fall within months of starting estrogen, well before density changes can be measured.", "Resorption markers typically fall by about half within three to six months.", "Randomised trials summarised in a clinical guideline (Eastell 2019) and a review (Gambacciani 2014)."],
 ["La terapia baja los marcadores de recambio óseo", "Los marcadores de resorción como el CTX bajan a los pocos meses de empezar con estrógeno, mucho antes de que se pueda medir un cambio de densidad.", "Los marcadores de resorción suelen bajar cerca de la mitad en tres a seis meses.", "Ensayos aleatorizados resumidos en una guía clínica (Eastell 2019) y una revisión (Gambacciani 2014)."])
ev("fracture-reduction",
 ["Hormone therapy prevents fractures", "In the Women’s Health Initiative, healthy women on estrogen plus progestin had fewer hip, spine and total fractures than those on placebo.", "Hip fractures one third lower (hazard ratio 0.67), clinical vertebral fractures about one third lower, all fractures about a quarter lower (0.76).", "Randomised, placebo-controlled trial of 16,608 women followed for about 5.6 years (Cauley 2003); guideline (Eastell 2019)."],
 ["La terapia hormonal previene fracturas", "En la Women’s Health Initiative, las mujeres sanas que tomaban estrógeno más progestina tuvieron menos fracturas de cadera, vertebrales y totales que las que tomaban placebo.", "Fracturas de cadera un tercio menos (razón de riesgos 0,67), fracturas vertebrales clínicas cerca de un tercio menos y fracturas totales cerca de una cuarta parte menos (0,76).", "Ensayo aleatorizado y controlado con placebo en 16.608 mujeres seguidas unos 5,6 años (Cauley 2003); guía (Eastell 2019)."])
ev("bmd-predicts-fracture",
 ["Lower bone density means more fractures", "Across prospective studies, each standard deviation of lower BMD raised fracture risk.", "Spine BMD: about 2.3 times the vertebral fracture risk per SD; any site: about 1.5 times the risk of any fracture per SD.", "Meta-analysis of prospective cohort studies (Marshall 1996)."],
 ["Menos densidad ósea significa más fracturas", "En los estudios prospectivos, cada desviación estándar menos de DMO aumentó el riesgo de fractura.", "DMO vertebral: unas 2,3 veces el riesgo de fractura vertebral por DE; cualquier localización: unas 1,5 veces el riesgo de cualquier fractura por DE.", "Metaanálisis de estudios de cohortes prospectivos (Marshall 1996)."])
ev("low-estradiol-fracture",
 ["Very low estradiol in older women goes with more fractures", "Women over 65 whose estradiol was undetectable had more hip and vertebral fractures than women with measurable levels.", "About 2.5 times the risk of hip and of vertebral fracture.", "Case-cohort study within a large prospective cohort (Cummings 1998)."],
 ["Un estradiol muy bajo en mujeres mayores se asocia a más fracturas", "Las mujeres de más de 65 años con estradiol indetectable tuvieron más fracturas de cadera y vertebrales que las que tenían niveles medibles.", "Unas 2,5 veces el riesgo de fractura de cadera y de fractura vertebral.", "Estudio de caso-cohorte dentro de una gran cohorte prospectiva (Cummings 1998)."])
ev("loss-after-stopping",
 ["Bone loss resumes when therapy stops", "After therapy ends, turnover rises again and density falls at about the rate seen early after menopause; fracture protection fades within about a year.", "Loss of roughly 1–2 % a year in the first years after stopping; fracture odds return to those of never-users and are briefly slightly higher.", "Reviews of trials and follow-up studies (Gambacciani 2014); case-control study of UK records (Vinogradova 2025)."],
 ["La pérdida ósea se reanuda al dejar la terapia", "Al terminar la terapia, el recambio vuelve a subir y la densidad baja a un ritmo parecido al del inicio de la posmenopausia; la protección frente a fracturas desaparece en un año más o menos.", "Pérdida de aproximadamente un 1–2 % al año en los primeros años tras dejarla; la probabilidad de fractura vuelve a la de quienes nunca la usaron y durante un tiempo es algo mayor.", "Revisiones de ensayos y estudios de seguimiento (Gambacciani 2014); estudio de casos y controles con historias del Reino Unido (Vinogradova 2025)."])
ev("past-users-later",
 ["Past users have fewer fractures in older age", "More than ten years after stopping, women who had used hormone therapy had slightly fewer fractures than women who never had.", "Odds ratios 0.93 (estrogen alone) and 0.95 (estrogen with progestogen) versus never-users; during use, 0.76 and 0.75.", "Nested case-control study: 648,747 women with a fracture and 2,357,125 controls from UK primary care (Vinogradova 2025)."],
 ["Las antiguas usuarias tienen menos fracturas en la vejez", "Más de diez años después de dejarla, las mujeres que habían usado terapia hormonal tuvieron algo menos de fracturas que las que nunca la usaron.", "Razones de probabilidad de 0,93 (estrógeno solo) y 0,95 (estrógeno con progestágeno) frente a quienes nunca la usaron; durante el uso, 0,76 y 0,75.", "Estudio de casos y controles anidado: 648.747 mujeres con fractura y 2.357.125 controles de atención primaria del Reino Unido (Vinogradova 2025)."])
ev("surgical-vs-spontaneous",
 ["Therapy after surgical menopause mostly prevents loss", "With long-term hormone therapy, women after a natural menopause gained spine density, while women whose ovaries had been removed mainly kept what they had.", "A gain after spontaneous menopause versus protection from loss after surgical menopause, over about five years.", "Prospective observational study in one centre (Cagnacci 2007)."],
 ["Tras una menopausia quirúrgica, la terapia sobre todo evita la pérdida", "Con terapia hormonal prolongada, las mujeres con menopausia natural ganaron densidad vertebral, mientras que aquellas a las que se habían extirpado los ovarios sobre todo conservaron la que tenían.", "Ganancia tras la menopausia espontánea frente a protección de la pérdida tras la quirúrgica, en unos cinco años.", "Estudio observacional prospectivo en un solo centro (Cagnacci 2007)."])
ev("progesterone",
 ["Adding a progestogen adds a little bone", "In trials that randomised women directly to estrogen with or without a progestin, the combination raised spine density more.", "About +0.68 % a year more spine BMD with the combination.", "Systematic review and meta-analysis of directly randomised trials (Prior 2017)."],
 ["Añadir un progestágeno suma un poco de hueso", "En los ensayos que asignaron al azar a las mujeres a estrógeno con o sin progestina, la combinación aumentó más la densidad vertebral.", "Unos +0,68 % al año más de DMO vertebral con la combinación.", "Revisión sistemática y metaanálisis de ensayos con aleatorización directa (Prior 2017)."])
ev("men-aromatization",
 ["In men, estrogen made from testosterone guards bone", "When older men’s own sex steroids were blocked and each hormone was given back separately, estrogen prevented most of the rise in bone resorption; testosterone and estrogen both kept formation up.", "Estrogen accounted for at least 70 % of the sex-steroid effect on resorption.", "Short experiment with 59 older men (Falahati-Nini 2000); review (Khosla & Monroe 2018)."],
 ["En los hombres, el estrógeno que procede de la testosterona protege el hueso", "Cuando se bloquearon los esteroides sexuales propios de hombres mayores y se repuso cada hormona por separado, el estrógeno evitó la mayor parte del aumento de la resorción; la testosterona y el estrógeno mantuvieron ambos la formación.", "El estrógeno explicó al menos el 70 % del efecto de los esteroides sexuales sobre la resorción.", "Experimento breve con 59 hombres mayores (Falahati-Nini 2000); revisión (Khosla y Monroe 2018)."])
ev("men-testosterone-range",
 ["What counts as low testosterone", "Pooled measurements from healthy young men set a harmonised reference range for total testosterone.", "264–916 ng/dL (2.5th to 97.5th percentile); the app’s older man at 250 ng/dL is just below it.", "Harmonised data from four cohorts in the US and Europe (Travison 2017)."],
 ["Qué se considera testosterona baja", "Las mediciones combinadas de hombres jóvenes sanos fijan un intervalo de referencia armonizado para la testosterona total.", "264–916 ng/dL (percentiles 2,5 a 97,5); el hombre mayor de la aplicación, con 250 ng/dL, queda justo por debajo.", "Datos armonizados de cuatro cohortes de Estados Unidos y Europa (Travison 2017)."])
ev("model-core",
 ["The bone-cell model behind the simulation", "Published mathematical models describe how osteoblasts, osteoclasts, RANKL, OPG and TGF-β interact; the app adds its own hormone layer, calibrated to the clinical data on these cards.", "The model reproduces the calibration targets within their tolerances (e.g. −6.95 % spine BMD around the final period, SWAN −7.38 %).", "Mathematical models (Lemaire 2004; Pivonka 2008; Scheiner 2013; Martínez-Reina & Pivonka 2019) and population data (Looker 1998, 2012)."],
 ["El modelo de células óseas detrás de la simulación", "Modelos matemáticos publicados describen cómo interactúan osteoblastos, osteoclastos, RANKL, OPG y TGF-β; la aplicación añade su propia capa hormonal, calibrada con los datos clínicos de estas fichas.", "El modelo reproduce los objetivos de calibración dentro de sus tolerancias (p. ej., −6,95 % de DMO vertebral alrededor de la última regla; SWAN −7,38 %).", "Modelos matemáticos (Lemaire 2004; Pivonka 2008; Scheiner 2013; Martínez-Reina y Pivonka 2019) y datos de población (Looker 1998, 2012)."])
ev("patient-guidance",
 ["Treatment is a personal decision", "Guidelines weigh hormone therapy against other bone medicines and against its other benefits and risks, case by case.", "Not a single number: the balance depends on age, time since menopause, fracture risk and health history.", "Clinical practice guideline (Eastell 2019) and patient information (Mayo Clinic 2024; Healthline 2024)."],
 ["El tratamiento es una decisión personal", "Las guías sopesan la terapia hormonal frente a otros medicamentos para el hueso y frente a sus demás beneficios y riesgos, caso por caso.", "No es una sola cifra: el balance depende de la edad, del tiempo desde la menopausia, del riesgo de fractura y de los antecedentes de salud.", "Guía de práctica clínica (Eastell 2019) e información para pacientes (Mayo Clinic 2024; Healthline 2024)."])
def ls(kk, title, summary, steps, q):
    k(f"content.lesson.{kk}.title", *title)
    k(f"content.lesson.{kk}.summary", *summary)
    for i, s in enumerate(steps, 1):
        k(f"content.lesson.{kk}.s{i}", *s)
    qn, prompt, choices, explain = q
    k(f"content.lesson.{kk}.{qn}.prompt", *prompt)
    for i, c in enumerate(choices, 1):
        k(f"content.lesson.{kk}.{qn}.c{i}", *c)
    k(f"content.lesson.{kk}.{qn}.explain", *explain)
ls("cycle", ("The normal remodeling cycle", "El ciclo normal de remodelado"),
 ("How bone renews itself when hormones are in balance.", "Cómo se renueva el hueso cuando las hormonas están en equilibrio."),
 [("Here is one small patch of bone, in a woman before menopause. Bone is never finished: it is cleared and rebuilt, patch by patch, all through life.",
   "Aquí tiene una pequeña zona de hueso de una mujer antes de la menopausia. El hueso nunca está terminado: se retira y se reconstruye, zona a zona, durante toda la vida."),
  ("Watch the cycle: osteoclasts dig out old bone for a few weeks, then osteoblasts fill the pit with osteoid, which slowly hardens. One round takes several months.",
   "Observe el ciclo: los osteoclastos excavan hueso viejo durante unas semanas y después los osteoblastos rellenan el hueco con osteoide, que se endurece poco a poco. Una vuelta dura varios meses."),
  ("Now the whole skeleton, one year per second. The balance gauge compares bone built with bone removed.",
   "Ahora todo el esqueleto, un año por segundo. El indicador de balance compara el hueso construido con el retirado."),
  ("Why does it balance? Osteoblasts send RANKL, the “go” signal for clearing, and OPG, which blocks it. Estrogen keeps RANKL low and OPG high.",
   "¿Por qué está en equilibrio? Los osteoblastos envían RANKL, la señal de «adelante» para retirar hueso, y OPG, que la bloquea. El estrógeno mantiene bajo el RANKL y alta la OPG."),
  ("The depth switch changes every explanation at once: Fundamentals, Intermediate or Academic. Try it, then go on to lesson 2.",
   "El selector de nivel cambia todas las explicaciones a la vez: Fundamentos, Intermedio o Académico. Pruébelo y pase a la lección 2.")],
 ("q3", ("With these levels held steady, what will bone density do over the next five years?", "Con estos niveles estables, ¿qué hará la densidad ósea en los próximos cinco años?"),
  [("Fall steadily", "Bajar sin parar"), ("Stay about the same", "Mantenerse más o menos igual"), ("Rise steadily", "Subir sin parar")],
  ("it stays about the same, because bone built matches bone removed", "se mantiene más o menos igual, porque el hueso construido iguala al retirado")))
ls("menopause", ("Menopause flips the switch", "La menopausia activa el interruptor"),
 ("What happens to bone when estrogen falls.", "Qué le pasa al hueso cuando baja el estrógeno."),
 [("Before menopause, estrogen is high, about 100 pg/mL averaged over the cycle. Bone is in balance.",
   "Antes de la menopausia el estrógeno está alto, unos 100 pg/mL de media a lo largo del ciclo. El hueso está en equilibrio."),
  ("We have now set the hormone levels of a woman after menopause: estrogen about 5 pg/mL. Nothing has moved yet, because time is paused.",
   "Hemos puesto ya los niveles hormonales de una mujer después de la menopausia: estrógeno de unos 5 pg/mL. Todavía no se ha movido nada, porque el tiempo está en pausa."),
  ("The switch has flipped: with little estrogen, RANKL rises and OPG falls, so more osteoclasts form and they live longer.",
   "El interruptor ha cambiado: con poco estrógeno sube el RANKL y baja la OPG, así que se forman más osteoclastos y viven más."),
  ("Five years per second. Density falls fastest in the first years after menopause, then more slowly.",
   "Cinco años por segundo. La densidad baja más deprisa en los primeros años tras la menopausia y luego más despacio."),
  ("Beneath the switch: estrogen acts through ERα on bone cells, and without it T cells release TNF-α and IL-1, which push RANKL up further.",
   "Bajo el interruptor: el estrógeno actúa a través del REα en las células óseas y, sin él, los linfocitos T liberan TNF-α e IL-1, que suben aún más el RANKL.")],
 ("q2", ("What will the osteoclast gauge do now that estrogen has fallen? Choose, then press Play (Space).", "¿Qué hará el indicador de osteoclastos ahora que ha bajado el estrógeno? Elija y después pulse Reproducir (Espacio)."),
  [("Fall", "Bajar"), ("Stay the same", "Quedarse igual"), ("Rise", "Subir")],
  ("it rises to about twice its level before menopause", "sube hasta cerca del doble de su nivel antes de la menopausia")))
ls("therapy", ("Therapy restores the balance", "La terapia restablece el equilibrio"),
 ("What menopausal hormone therapy does to the switch and to bone density.", "Qué hace la terapia hormonal de la menopausia al interruptor y a la densidad ósea."),
 [("This woman is five years past menopause without treatment. Look at how much bone density she has lost.",
   "Esta mujer lleva cinco años de menopausia sin tratamiento. Fíjese en cuánta densidad ósea ha perdido."),
  ("She now starts standard hormone therapy: estrogen (about 40 pg/mL) with progesterone.",
   "Ahora empieza una terapia hormonal estándar: estrógeno (unos 40 pg/mL) con progesterona."),
  ("Estrogen is back: RANKL falls, OPG rises and fewer osteoclasts form. Turnover slows and the builders catch up.",
   "Vuelve el estrógeno: baja el RANKL, sube la OPG y se forman menos osteoclastos. El recambio se frena y los constructores se ponen al día."),
  ("In a large trial, women on this kind of therapy had about a third fewer hip fractures. Here the gauge shows only the part that comes from bone density.",
   "En un gran ensayo, las mujeres con este tipo de terapia tuvieron cerca de un tercio menos de fracturas de cadera. Aquí el indicador solo muestra la parte que procede de la densidad ósea."),
  ("Now estrogen alone, without progesterone. Trials comparing the two found a small extra gain with the progestogen, about 0.7 % a year at the spine.",
   "Ahora estrógeno solo, sin progesterona. Los ensayos que comparan ambas opciones encontraron una pequeña ganancia extra con el progestágeno, de cerca de un 0,7 % al año en la columna.")],
 ("q2", ("Therapy starts now. What will bone density do over the next two years?", "La terapia empieza ahora. ¿Qué hará la densidad ósea en los próximos dos años?"),
  [("Keep falling as before", "Seguir bajando como antes"), ("Stop falling and rise a little", "Dejar de bajar y subir un poco"), ("Jump straight back to where it was before menopause", "Volver de golpe a donde estaba antes de la menopausia")],
  ("it stops falling and rises by a few per cent, but does not return at once to its level before menopause", "deja de bajar y sube unas pocas unidades por ciento, pero no vuelve de golpe a su nivel de antes de la menopausia")))
ls("stopping", ("What happens when therapy stops", "Qué pasa cuando se deja la terapia"),
 ("Loss after stopping, and why past users still benefit later.", "La pérdida al dejar la terapia y por qué las antiguas usuarias siguen beneficiándose después."),
 [("This woman has taken hormone therapy for five years since menopause. Her bone density has held.",
   "Esta mujer ha tomado terapia hormonal durante cinco años desde la menopausia. Su densidad ósea se ha mantenido."),
  ("She stops therapy now. Her estrogen falls back to postmenopausal levels.",
   "Ahora deja la terapia. Su estrógeno vuelve a niveles posmenopáusicos."),
  ("Loss resumes at about the rate seen just after menopause. The protection against fractures fades within about a year.",
   "La pérdida se reanuda a un ritmo parecido al de justo después de la menopausia. La protección frente a fracturas desaparece en un año más o menos."),
  ("Why do past users still break fewer bones in old age? They start their late loss from a higher level: years on therapy are years of loss avoided. A very large UK study found slightly fewer fractures more than ten years after stopping.",
   "¿Por qué las antiguas usuarias se rompen menos huesos en la vejez? Empiezan su pérdida tardía desde un nivel más alto: los años de terapia son años de pérdida evitada. Un estudio muy grande del Reino Unido encontró algo menos de fracturas más de diez años después de dejarla."),
  ("Inside the bone, each site now digs deeper than it refills again. After a surgical menopause the drop in estrogen is sudden, and early loss is even faster than the model shows.",
   "Dentro del hueso, cada punto vuelve a excavar más de lo que rellena. Tras una menopausia quirúrgica la caída del estrógeno es brusca y la pérdida inicial es aún más rápida de lo que muestra el modelo.")],
 ("q2", ("Therapy has just stopped. What will bone density do in the next few years?", "La terapia acaba de terminar. ¿Qué hará la densidad ósea en los próximos años?"),
  [("Stay where it is: the bone is kept", "Quedarse donde está: el hueso se conserva"), ("Start falling again, fastest at first", "Volver a bajar, más deprisa al principio"), ("Drop at once to where it would be without therapy", "Caer de golpe a donde estaría sin terapia")],
  ("it starts falling again, fastest in the first years, from the higher level therapy preserved", "vuelve a bajar, más deprisa en los primeros años, desde el nivel más alto que conservó la terapia")))
ls("men", ("Men, testosterone and aromatization", "Hombres, testosterona y aromatización"),
 ("How men’s bones depend on estrogen made from testosterone.", "Cómo dependen los huesos de los hombres del estrógeno que procede de la testosterona."),
 [("A young man: testosterone about 550 ng/dL, estradiol about 25 pg/mL. His bone is in balance.",
   "Un hombre joven: testosterona de unos 550 ng/dL y estradiol de unos 25 pg/mL. Su hueso está en equilibrio."),
  ("Where does his estradiol come from? The enzyme aromatase turns a small part of his testosterone into it: this is aromatization.",
   "¿De dónde sale su estradiol? La enzima aromatasa convierte una pequeña parte de su testosterona en estradiol: es la aromatización."),
  ("A thought experiment: testosterone stays high, but we remove the estradiol made from it.",
   "Un experimento mental: la testosterona sigue alta, pero quitamos el estradiol que procede de ella."),
  ("An older man with low testosterone, 250 ng/dL: less testosterone, so less estradiol too. He loses bone, but slowly. Five years per second.",
   "Un hombre mayor con testosterona baja, 250 ng/dL: menos testosterona y, por tanto, también menos estradiol. Pierde hueso, pero despacio. Cinco años por segundo."),
  ("When researchers replaced each hormone separately in older men, estrogen prevented at least 70 % of the rise in bone resorption; testosterone mostly helped keep bone formation up.",
   "Cuando los investigadores repusieron cada hormona por separado en hombres mayores, el estrógeno evitó al menos el 70 % del aumento de la resorción ósea; la testosterona ayudó sobre todo a mantener la formación.")],
 ("q3", ("Testosterone is still high, but estradiol is gone. What will the osteoclast gauge do?", "La testosterona sigue alta, pero el estradiol ha desaparecido. ¿Qué hará el indicador de osteoclastos?"),
  [("Stay the same: testosterone is enough", "Quedarse igual: basta con la testosterona"), ("Fall", "Bajar"), ("Rise, as after menopause", "Subir, como tras la menopausia")],
  ("it rises: in men too, estrogen does most of the work of restraining osteoclasts", "sube: también en los hombres el estrógeno hace la mayor parte del trabajo de frenar a los osteoclastos")))
k("content.about.title", "About this model", "Acerca de este modelo")
k("content.about.what.heading", "What it is", "Qué es")
k("content.about.what.text", "BoneBalance simulates how estrogen, progesterone and testosterone steer the renewal of bone. You set hormone levels and watch the bone cells, the RANKL switch, bone density and fracture risk respond over months and decades. It is built for teaching in class, for exploring alone at home and for talking through hormone therapy in a consultation.",
  "BoneBalance simula cómo el estrógeno, la progesterona y la testosterona dirigen la renovación del hueso. Tú fijas los niveles hormonales y ves cómo responden las células óseas, el interruptor RANKL, la densidad ósea y el riesgo de fractura a lo largo de meses y décadas. Está pensada para enseñar en clase, para explorar en casa y para hablar de la terapia hormonal en la consulta.")
k("content.about.how.heading", "How it works", "Cómo funciona",)
k("content.about.how.text", "At its core is a published mathematical model of bone cells (Pivonka 2008, with the parameters of Scheiner 2013 and the mineral law of Martínez-Reina & Pivonka 2019): precursor and active osteoblasts, active osteoclasts, RANKL, OPG and TGF-β, bone volume, osteoid and mineral. On top sits our own hormone layer: estrogen sets extra RANKL production, OPG production and osteoclast lifespan; progesterone raises the bone formed per osteoblast; testosterone keeps osteoblasts alive and supplies estradiol by aromatization. This layer is a model assumption calibrated to clinical data (SWAN, NHANES, trial meta-analyses), not a published model. Spine bone density, the T-score and a fracture-risk estimate are computed from the mineral content.",
  "En su núcleo hay un modelo matemático publicado de las células óseas (Pivonka 2008, con los parámetros de Scheiner 2013 y la ley de mineralización de Martínez-Reina y Pivonka 2019): osteoblastos precursores y activos, osteoclastos activos, RANKL, OPG y TGF-β, volumen óseo, osteoide y mineral. Encima está nuestra propia capa hormonal: el estrógeno fija la producción extra de RANKL, la producción de OPG y la vida de los osteoclastos; la progesterona aumenta el hueso formado por cada osteoblasto; la testosterona mantiene vivos a los osteoblastos y aporta estradiol por aromatización. Esta capa es un supuesto del modelo calibrado con datos clínicos (SWAN, NHANES, metaanálisis de ensayos), no un modelo publicado. La densidad ósea de la columna, el T-score y una estimación del riesgo de fractura se calculan a partir del contenido mineral.")
k("content.about.notice.heading", "Things to notice", "Cosas en las que fijarse")
k("content.about.notice.text", "• Osteoclasts respond within days, bone density over years: markers change long before a scan would.\n• After menopause, loss is fastest in the first years, then slows but does not stop.\n• On therapy, density rises for a few years and then levels off; it does not climb for ever.\n• In men, removing estradiol matters more for resorption than lowering testosterone alone.",
  "• Los osteoclastos responden en días y la densidad ósea en años: los marcadores cambian mucho antes de lo que lo haría una densitometría.\n• Tras la menopausia, la pérdida es máxima en los primeros años; luego se frena, pero no se detiene.\n• Con la terapia, la densidad sube durante unos años y después se estabiliza; no sube indefinidamente.\n• En los hombres, quitar el estradiol pesa más sobre la resorción que bajar solo la testosterona.")
k("content.about.try.heading", "Things to try", "Cosas que probar")
k("content.about.try.text", "• Start therapy 1, 5 and 10 years after menopause and compare the density at 70.\n• Stop therapy after 5 years and watch the timeline: when does it meet the untreated curve?\n• Compare estrogen alone with estrogen plus progesterone over 10 years.\n• Lower testosterone step by step in the young man and watch estradiol follow it.",
  "• Empiece la terapia 1, 5 y 10 años después de la menopausia y compare la densidad a los 70.\n• Deje la terapia tras 5 años y mire la línea temporal: ¿cuándo alcanza a la curva sin tratamiento?\n• Compare estrógeno solo con estrógeno más progesterona durante 10 años.\n• Baje la testosterona poco a poco en el hombre joven y observe cómo le sigue el estradiol.")
k("content.about.leaves.heading", "What it leaves out", "Qué deja fuera")
k("content.about.leaves.text", "• Ageing apart from hormones.\n• Calcium, vitamin D and parathyroid hormone changes.\n• The hip: the model is calibrated at the spine; hip changes are roughly 0.8 times the spine’s.\n• Differences between estrogen preparations and routes.\n• The other benefits and risks of hormone therapy (breast, blood clots, stroke, heart).\n• Other bone medicines such as bisphosphonates or denosumab.\n• The extra early loss after surgical menopause is under-predicted, and estrogen alone over many years is probably shown too pessimistically.",
  "• El envejecimiento al margen de las hormonas.\n• Los cambios de calcio, vitamina D y hormona paratiroidea.\n• La cadera: el modelo está calibrado en la columna; los cambios en la cadera son más o menos 0,8 veces los de la columna.\n• Las diferencias entre preparados y vías de administración del estrógeno.\n• Los demás beneficios y riesgos de la terapia hormonal (mama, trombos, ictus, corazón).\n• Otros medicamentos para el hueso, como los bisfosfonatos o el denosumab.\n• Subestima la pérdida inicial extra tras una menopausia quirúrgica y probablemente muestra con demasiado pesimismo el estrógeno solo durante muchos años.")
k("content.about.sources.heading", "Sources", "Fuentes")
k("content.about.sources.text", "The facts come from a review article on hormone therapy and osteoporosis and from the studies listed under References; every sentence in the app is our own. The Evidence cards show how strong each claim is.",
  "Los datos proceden de un artículo de revisión sobre terapia hormonal y osteoporosis y de los estudios que se citan en Referencias; cada frase de la aplicación es nuestra. Las fichas de Pruebas muestran la solidez de cada afirmación.")
k("content.about.advice.heading", "Not medical advice", "No es un consejo médico")
# lesson file errors
k("content.lessonfile.at", "{0}, line {1}: {2}", "{0}, línea {1}: {2}")
k("content.lessonfile.syntax", "this is not valid JSON ({0})", "esto no es JSON válido ({0})")
k("content.lessonfile.unreadable", "could not read {0} ({1})", "no se pudo leer {0} ({1})")
k("content.lessonfile.missing", "“{0}” is missing", "falta «{0}»")
k("content.lessonfile.unknown", "“{0}” is not a field here; allowed: {1}", "«{0}» no es un campo válido aquí; se admiten: {1}")
k("content.lessonfile.type", "“{0}” must be {1}", "«{0}» debe ser {1}")
k("content.lessonfile.oneof", "“{0}” must be one of {1}, not “{2}”", "«{0}» debe ser uno de {1}, no «{2}»")
k("content.lessonfile.range", "“{0}” must be between {1} and {2}, not {3}", "«{0}» debe estar entre {1} y {2}, no {3}")
k("content.lessonfile.nosteps", "the lesson has no steps", "la lección no tiene pasos")
k("content.lessonfile.id", "the id must be lower-case letters, digits and dashes, not “{0}”", "el id debe tener solo minúsculas, cifras y guiones, no «{0}»")
k("content.lessonfile.levels", "the first levels given must include e2, p4 and t (or give a preset first)", "los primeros niveles deben incluir e2, p4 y t (o indicar antes un preset)")
k("content.lessonfile.highlight", "“{0}” is not a node id; write it like #slider-e2", "«{0}» no es un id de nodo; escríbelo como #slider-e2")
k("content.lessonfile.evidence", "there is no evidence card “{0}”", "no hay ninguna ficha de pruebas «{0}»")
k("content.lessonfile.choices", "a question needs between 2 and 5 choices", "una pregunta necesita entre 2 y 5 opciones")
k("content.lessonfile.key", "there is no text with the key “{0}”", "no hay ningún texto con la clave «{0}»")
k("content.lessonfile.blank", "“{0}” is empty", "«{0}» está vacío")
k("content.lessonfile.language", "“{0}” is not a two-letter language code such as en or es", "«{0}» no es un código de idioma de dos letras como en o es")
k("content.lessonfile.nonumber", "there is no built-in lesson {0}; the built-in lessons are numbered 1 to {1}", "no hay ninguna lección incluida con el número {0}; las lecciones incluidas van de la 1 a la {1}")
k("content.lessonfile.kind.text", "text", "un texto")
k("content.lessonfile.kind.number", "a number", "un número")
k("content.lessonfile.kind.boolean", "true or false", "true o false")
k("content.lessonfile.kind.object", "an object { … }", "un objeto { … }")
k("content.lessonfile.kind.list", "a list [ … ]", "una lista [ … ]")
