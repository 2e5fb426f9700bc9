"""English and Arabic translations of the initial content, keyed by the French source strings
wagtail-localize extracts; load_initial_content publishes them as synced translations."""

TRANSLATIONS = {
    "en": {
        "Le contrat de ville de Loos": "The city contract of Loos",
        "accueil": "home",
        (
            "Le contrat de ville aide les quartiers prioritaires de Loos. Il permet à la Ville et aux associations de "
            "mener des projets pour ces quartiers. Vous aussi, vous pouvez proposer un projet."
        ): (
            "The city contract (“contrat de ville”) helps the priority neighbourhoods of Loos. It lets the Town and "
            "associations carry out projects for these neighbourhoods. You can suggest a project too."
        ),
        "Le contrat de ville, c’est quoi ?": "What is the city contract?",
        (
            "C’est un contrat signé entre l’État, la Ville de Loos et de nombreux partenaires : la MEL, la Région, le "
            "Département, la CAF du Nord et les bailleurs sociaux."
        ): (
            "It is a contract signed by the French State, the Town of Loos and many partners: the MEL, the Region, the "
            "Department, the CAF du Nord and the social housing landlords."
        ),
        (
            "Grâce à ce contrat, la Ville et les associations de Loos mettent en place des projets pour le "
            "développement des quartiers."
        ): (
            "Thanks to this contract, the Town and the associations of Loos set up projects to develop the "
            "neighbourhoods."
        ),
        "Le contrat de ville 2014–2023 en chiffres": "The 2014–2023 city contract in figures",
        "Projet d’initiative citoyenne": "Citizen initiative project",
        "projet-initiative-citoyenne": "citizen-initiative-project",
        (
            "Avec le PIC, les habitants organisent un projet pour leur quartier : une sortie, une fête, une visite… Le "
            "PIC peut donner jusqu’à 1 500 €."
        ): (
            "With the PIC, residents organise a project for their neighbourhood: an outing, a party, a visit… The PIC "
            "can give up to €1,500."
        ),
        "Des exemples de projets": "Examples of projects",
        "une sortie aux hortillonnages d’Amiens ;": "an outing to the hortillonnages (floating gardens) of Amiens;",
        "le gala de l’amitié « nos jeunes ont du talent » en 2024 ;": (
            "the friendship gala “Our young people have talent” in 2024;"
        ),
        "la visite du musée de la gaufre.": "a visit to the waffle museum.",
        "Comment commencer ?": "How do I start?",
        "C’est simple : contactez le point relais proche de chez vous pour remplir une fiche projet.": (
            "It is simple: contact the relay point (“point relais”) near your home to fill in a project form."
        ),
        "PIC": "PIC",
        "Les habitants des quartiers prioritaires de Loos qui portent un projet pour leur quartier.": (
            "Residents of the priority neighbourhoods of Loos who lead a project for their neighbourhood."
        ),
        "Remplir une fiche projet": "Fill in a project form",
        "Vous, les habitants porteurs du projet": "You, the residents who lead the project",
        "Contactez le point relais proche de chez vous. Vous y remplissez une fiche projet.": (
            "Contact the relay point (“point relais”) near your home. You fill in a project form there."
        ),
        "Examen du projet": "Project review",
        "Le comité de gestion du PIC": "The PIC management committee",
        "Le comité examine chaque projet. Des habitants des quartiers concernés en font partie.": (
            "The committee looks at each project. Some of its members live in the neighbourhoods concerned."
        ),
        "Attribution de la subvention": "Giving the grant",
        "Si l’avis est favorable, le comité attribue une subvention qui peut aller jusqu’à 1 500 €.": (
            "If the committee says yes, it gives a grant of up to €1,500."
        ),
        "Réalisation du projet": "Carrying out the project",
        "Vous organisez la manifestation prévue.": "You organise the planned event.",
        "Présentation du bilan": "Presenting a report",
        "Vous, devant le comité de gestion du PIC": "You, in front of the PIC management committee",
        "Après la manifestation, vous présentez un bilan au comité de gestion.": (
            "After the event, you present a report to the management committee."
        ),
        "Fonds de travaux urbains": "Urban works fund",
        "fonds-travaux-urbains": "urban-works-fund",
        (
            "Vous avez une idée pour améliorer l’environnement ou la sécurité de votre quartier ? Le FTU peut financer "
            "les travaux, jusqu’à 4 500 €."
        ): (
            "Do you have an idea to make your neighbourhood’s environment or safety better? The FTU can pay for the "
            "works, up to €4,500."
        ),
        "Des exemples de réalisations": "Examples of work already done",
        "le jardin partagé des Olivettes ;": "the Olivettes shared garden;",
        "l’installation de bancs ;": "putting in benches;",
        "des panneaux avec le nom des immeubles de Partenord, pour mieux s’orienter dans le quartier ;": (
            "signs with the names of the Partenord buildings, to find your way more easily in the neighbourhood;"
        ),
        "l’installation d’une rampe derrière un bâtiment.": "putting in a ramp behind a building.",
        "Vous avez un projet ?": "Do you have a project?",
        "Alors n’hésitez pas ! Contactez la Maison du projet des Oliveaux.": (
            "Then go ahead! Contact the Maison du projet des Oliveaux (the Oliveaux project centre)."
        ),
        "FTU": "FTU",
        (
            "Les habitants des quartiers prioritaires de Loos qui ont une idée d’aménagement pour l’environnement ou "
            "la sécurité de leur quartier."
        ): (
            "Residents of the priority neighbourhoods of Loos who have an idea for works to improve the environment or "
            "the safety of their neighbourhood."
        ),
        "Envoyer une demande": "Send a request",
        "Vous, les habitants": "You, the residents",
        "Vous décrivez en quelques mots l’aménagement que vous souhaitez.": (
            "In a few words, you describe the work you would like."
        ),
        "Avis du comité": "The committee’s opinion",
        "Le comité de gestion du FTU": "The FTU management committee",
        "Le comité donne son avis sur la demande.": "The committee gives its opinion on the request.",
        "Étude et chiffrage": "Planning and costing",
        "Les services techniques de la Ville": "The Town’s technical services",
        "Si l’avis est favorable, ils mettent le projet au point et calculent son coût.": (
            "If the opinion is favourable, they plan the project in detail and work out its cost."
        ),
        "Second examen": "Second review",
        "Les habitants concernés et le comité de gestion du FTU": (
            "The residents concerned and the FTU management committee"
        ),
        "Ils examinent ensemble le projet mis au point.": "Together, they look at the detailed project.",
        "Une subvention de 4 500 € au maximum couvre les dépenses nécessaires.": (
            "A grant of up to €4,500 covers the necessary costs."
        ),
        "Réalisation des travaux": "Carrying out the works",
        "Les services de la Ville": "The Town’s services",
        "Les travaux sont faits par les services de la Ville ou sous leur contrôle.": (
            "The works are done by the Town’s services, or under their control."
        ),
        "Contact": "Contact",
        "contact": "contact",
        "Une question sur le contrat de ville, le PIC ou le FTU ? Voici où vous adresser.": (
            "A question about the city contract, the PIC or the FTU? Here is who to ask."
        ),
        (
            "Pour un Projet d’initiative citoyenne (PIC), vous pouvez aussi vous adresser au point relais proche de "
            "chez vous."
        ): (
            "For a Citizen initiative project (PIC), you can also go to the relay point (“point relais”) near your "
            "home."
        ),
        "Les quartiers prioritaires": "The priority neighbourhoods",
        "quartiers": "neighbourhoods",
        "Trois quartiers de Loos sont dans la géographie prioritaire du contrat de ville.": (
            "Three neighbourhoods of Loos are priority areas of the city contract."
        ),
        (
            "Ces quartiers ont été choisis en 2014, avec la loi « pour la ville et la cohésion urbaine ». Le décret du "
            "13 juillet 2024 a renouvelé cette liste : un quartier s’est agrandi, avec l’entrée du collège Descartes "
            "et du Centre Prévert."
        ): (
            "These neighbourhoods were chosen in 2014, under the law “for the city and urban cohesion” (“pour la ville "
            "et la cohésion urbaine”). The decree of 13 July 2024 renewed this list: one neighbourhood became larger. "
            "It now includes the Collège Descartes (a school) and the Centre Prévert."
        ),
        "Les Oliveaux": "Les Oliveaux",
        "oliveaux": "oliveaux",
        "Le plus grand des trois quartiers prioritaires de Loos : environ 5 000 habitants.": (
            "The largest of the three priority neighbourhoods of Loos: about 5,000 residents."
        ),
        "Clémenceau – Kiener": "Clémenceau – Kiener",
        "clemenceau-kiener": "clemenceau-kiener",
        "Un quartier prioritaire d’environ 1 300 habitants.": "A priority neighbourhood with about 1,300 residents.",
        "L’Épi de Soil": "L’Épi de Soil",
        "epi-de-soil": "epi-de-soil",
        "Une tour d’habitation, soit environ 100 habitants.": "One residential tower block, with about 100 residents.",
        "Participer": "Take part",
        "participer": "take-part",
        "Vous avez une idée pour votre quartier ? Deux dispositifs peuvent vous aider à la réaliser.": (
            "Do you have an idea for your neighbourhood? Two schemes can help you make it happen."
        ),
        "Remplir la fiche projet PIC": "Fill in the PIC project form",
        "fiche-projet": "project-form",
        (
            "Décrivez votre projet avec vos mots. Le comité de gestion du PIC l’étudie, puis vous dit s’il peut le "
            "financer. Vous pouvez aussi remplir cette fiche au point relais proche de chez vous."
        ): (
            "Describe your project in your own words. The PIC management committee studies it, then tells you if it "
            "can fund it. You can also fill in this form at the relay point (“point relais”) near your home."
        ),
        (
            "La Ville de Loos traite les informations de ce formulaire pour étudier votre demande au titre du contrat "
            "de ville, une mission d’intérêt public. Seuls l’équipe de la Maison du projet et les membres du comité de "
            "gestion les lisent. Elles sont effacées 24 mois après la clôture du dossier ; seuls des chiffres anonymes "
            "(nombre de demandes, montants, quartiers) sont gardés."
        ): (
            "The Town of Loos uses the information in this form to study your request under the city contract. This is "
            "a task in the public interest. Only the Maison du projet team and the members of the management committee "
            "read it. It is deleted 24 months after your file is closed. Only anonymous figures (number of requests, "
            "amounts, neighbourhoods) are kept."
        ),
        (
            "Vous pouvez consulter vos informations, les corriger ou les faire effacer en le demandant à la Maison du "
            "projet ou au délégué à la protection des données de la Ville de Loos. Si vous pensez que vos droits ne "
            "sont pas respectés, vous pouvez vous adresser à la CNIL (cnil.fr)."
        ): (
            "You can see your information, correct it or have it deleted. To do this, ask the Maison du projet or the "
            "data protection officer of the Town of Loos. If you think your rights are not respected, you can contact "
            "the CNIL (cnil.fr), the French data protection authority."
        ),
        "Envoyer ma fiche projet": "Send my project form",
        "Nom et prénom du ou des porteurs du projet": "First name and surname of each person leading the project",
        "Les habitants qui portent le projet. Plusieurs noms sont possibles.": (
            "The residents who lead the project. You can give several names."
        ),
        "Association ou groupe d’habitants": "Association or group of residents",
        "Téléphone": "Phone",
        "Pour que la Maison du projet puisse vous appeler.": "So that the Maison du projet can call you.",
        "Adresse e-mail": "Email address",
        "Pour recevoir votre numéro de demande et être prévenu à chaque étape.": (
            "To get your request number and to hear from us at each step."
        ),
        "Votre quartier": "Your neighbourhood",
        "Titre du projet": "Project title",
        "En quelques mots.": "In a few words.",
        "Description du projet": "Project description",
        "Ce que vous voulez faire, pour qui et pourquoi.": "What you want to do, for whom and why.",
        "Date de l’événement": "Date of the event",
        "Si vous la connaissez déjà.": "If you already know it.",
        "Lieu de l’événement": "Place of the event",
        "Public concerné": "Who the project is for",
        "Par exemple : les familles du quartier, les jeunes, les personnes âgées.": (
            "For example: families in the neighbourhood, young people, older people."
        ),
        "Montant demandé, en euros": "Amount requested, in euros",
        "1 500 € au plus. Par exemple : 800.": "€1,500 at most. For example: 800.",
        "Budget du projet": "Project budget",
        "Les dépenses prévues (achats, location, transport…) et les autres aides s’il y en a.": (
            "The planned costs (purchases, rental, transport…) and any other funding, if there is some."
        ),
        "Pièces jointes (devis, budget, photos)": "Attachments (quotes, budget, photos)",
        "5 fichiers au plus, 10 Mo chacun : photos (JPEG, PNG, WebP, HEIC) ou PDF.": (
            "Up to 5 files, 10 MB each: photos (JPEG, PNG, WebP, HEIC) or PDF."
        ),
        "J’accepte que la Ville de Loos utilise ces informations pour étudier ma demande": (
            "I agree that the Town of Loos may use this information to study my request"
        ),
        "Sans votre accord, nous ne pouvons pas étudier la demande.": (
            "Without your agreement, we cannot study the request."
        ),
        "Faire une demande FTU": "Make an FTU request",
        "demande": "request",
        (
            "Dites-nous ce qui pourrait être amélioré près de chez vous. Une description courte suffit : les services "
            "techniques de la ville étudient et chiffrent ensuite les travaux."
        ): (
            "Tell us what could be made better near your home. A short description is enough: the Town’s technical "
            "services then study the works and work out their cost."
        ),
        "Envoyer ma demande": "Send my request",
        "Nom et prénom": "First name and surname",
        "Où se trouvent les travaux à faire ?": "Where should the works be done?",
        "La rue, le bâtiment, ou un lieu proche que tout le monde connaît.": (
            "The street, the building, or a nearby place that everyone knows."
        ),
        "Ce qui devrait être amélioré": "What should be made better",
        "Par exemple : un banc, un éclairage, une rampe, un jardin.": (
            "For example: a bench, lighting, a ramp, a garden."
        ),
        "Pourquoi ce serait utile": "Why it would be useful",
        "Pour qui, et ce que cela changerait.": "For whom, and what it would change.",
        "Photos du lieu": "Photos of the place",
        "Seul le centre du quartier est prioritaire : les immeubles collectifs.": (
            "Only the centre of the neighbourhood is a priority area: the blocks of flats."
        ),
        "Le quartier Clémenceau – Kiener, prioritaire depuis 2014.": (
            "The Clémenceau – Kiener neighbourhood, a priority area since 2014."
        ),
        "Une seule tour d’habitation.": "A single residential tower block.",
        "Maison du projet des Oliveaux": "Maison du projet des Oliveaux",
        "L’État": "The French State",
        "Il signe le contrat et finance des actions.": "It signs the contract and funds actions.",
        "La Ville de Loos": "The Town of Loos",
        "Elle finance les actions des associations et des établissements publics.": (
            "It funds the actions of associations and public bodies."
        ),
        "La Métropole européenne de Lille": "Lille metropolitan authority: Métropole européenne de Lille",
        "MEL": "MEL",
        "La Région Hauts-de-France": "The Hauts-de-France Region",
        "Le Département du Nord": "The Nord Department",
        "La Caisse d’allocations familiales du Nord": "Family benefits office: Caisse d’allocations familiales du Nord",
        "CAF du Nord": "CAF du Nord",
        "Les bailleurs sociaux": "Social housing landlords",
        "Ils gèrent les logements sociaux des quartiers.": "They manage the social housing in the neighbourhoods.",
        "versés par la commune aux associations et aux établissements publics pour les quartiers": (
            "paid by the Town to associations and public bodies for the neighbourhoods"
        ),
        "apportés par l’État aux acteurs loossois de la politique de la ville": (
            "given by the State to people and groups in Loos who work on urban policy"
        ),
        "menées dans le cadre du contrat de ville": "carried out under the city contract",
        "2014–2023": "2014–2023",
    },
    "ar": {
        "Le contrat de ville de Loos": "عقد المدينة في Loos",
        "accueil": "accueil",
        (
            "Le contrat de ville aide les quartiers prioritaires de Loos. Il permet à la Ville et aux associations de "
            "mener des projets pour ces quartiers. Vous aussi, vous pouvez proposer un projet."
        ): (
            "عقد المدينة (contrat de ville) يساعد الأحياء ذات الأولوية في Loos. هو يسمح للبلدية وللجمعيات بإنجاز "
            "مشاريع لهذه الأحياء. أنتم أيضًا يمكنكم اقتراح مشروع."
        ),
        "Le contrat de ville, c’est quoi ?": "ما هو عقد المدينة؟",
        (
            "C’est un contrat signé entre l’État, la Ville de Loos et de nombreux partenaires : la MEL, la Région, le "
            "Département, la CAF du Nord et les bailleurs sociaux."
        ): (
            "هو عقد موقَّع بين الدولة الفرنسية وبلدية Loos وشركاء كثيرين: MEL، والمنطقة، والمقاطعة، و CAF du Nord، "
            "وهيئات السكن الاجتماعي."
        ),
        (
            "Grâce à ce contrat, la Ville et les associations de Loos mettent en place des projets pour le "
            "développement des quartiers."
        ): ("بفضل هذا العقد، تنجز البلدية والجمعيات في Loos مشاريع لتنمية الأحياء."),
        "Le contrat de ville 2014–2023 en chiffres": "عقد المدينة 2014–2023 بالأرقام",
        "Projet d’initiative citoyenne": "مشروع مبادرة المواطنين",
        "projet-initiative-citoyenne": "projet-initiative-citoyenne",
        (
            "Avec le PIC, les habitants organisent un projet pour leur quartier : une sortie, une fête, une visite… Le "
            "PIC peut donner jusqu’à 1 500 €."
        ): ("مع PIC، ينظّم السكان مشروعًا لحيّهم: رحلة، حفلة، زيارة… يمكن أن يعطي PIC مبلغًا يصل إلى 1500 يورو."),
        "Des exemples de projets": "أمثلة على مشاريع",
        "une sortie aux hortillonnages d’Amiens ;": "رحلة إلى الحدائق العائمة (hortillonnages) في مدينة Amiens؛",
        "le gala de l’amitié « nos jeunes ont du talent » en 2024 ;": "حفل الصداقة «شبابنا موهوبون» سنة 2024؛",
        "la visite du musée de la gaufre.": "زيارة متحف الوافل (gaufre).",
        "Comment commencer ?": "كيف نبدأ؟",
        "C’est simple : contactez le point relais proche de chez vous pour remplir une fiche projet.": (
            "الأمر سهل: اتصلوا بنقطة الاتصال (point relais) القريبة من بيتكم لملء استمارة المشروع."
        ),
        "PIC": "PIC",
        "Les habitants des quartiers prioritaires de Loos qui portent un projet pour leur quartier.": (
            "سكان الأحياء ذات الأولوية في Loos الذين يقودون مشروعًا لحيّهم."
        ),
        "Remplir une fiche projet": "ملء استمارة المشروع",
        "Vous, les habitants porteurs du projet": "أنتم، السكان أصحاب المشروع",
        "Contactez le point relais proche de chez vous. Vous y remplissez une fiche projet.": (
            "اتصلوا بنقطة الاتصال (point relais) القريبة من بيتكم. هناك تملؤون استمارة المشروع."
        ),
        "Examen du projet": "دراسة المشروع",
        "Le comité de gestion du PIC": "لجنة إدارة PIC",
        "Le comité examine chaque projet. Des habitants des quartiers concernés en font partie.": (
            "تدرس اللجنة كل مشروع. من أعضائها سكان من الأحياء المعنية."
        ),
        "Attribution de la subvention": "منح الدعم المالي",
        "Si l’avis est favorable, le comité attribue une subvention qui peut aller jusqu’à 1 500 €.": (
            "إذا كان رأي اللجنة إيجابيًا، تمنح دعمًا ماليًا يمكن أن يصل إلى 1500 يورو."
        ),
        "Réalisation du projet": "تنفيذ المشروع",
        "Vous organisez la manifestation prévue.": "تنظّمون النشاط المخطط له.",
        "Présentation du bilan": "تقديم تقرير",
        "Vous, devant le comité de gestion du PIC": "أنتم، أمام لجنة إدارة PIC",
        "Après la manifestation, vous présentez un bilan au comité de gestion.": (
            "بعد النشاط، تقدّمون تقريرًا إلى لجنة الإدارة."
        ),
        "Fonds de travaux urbains": "صندوق الأشغال الحضرية",
        "fonds-travaux-urbains": "fonds-travaux-urbains",
        (
            "Vous avez une idée pour améliorer l’environnement ou la sécurité de votre quartier ? Le FTU peut financer "
            "les travaux, jusqu’à 4 500 €."
        ): ("هل لديكم فكرة لتحسين البيئة أو الأمن في حيّكم؟ يمكن أن يموّل FTU الأشغال، حتى 4500 يورو."),
        "Des exemples de réalisations": "أمثلة على ما تم إنجازه",
        "le jardin partagé des Olivettes ;": "حديقة Olivettes المشتركة؛",
        "l’installation de bancs ;": "تركيب مقاعد؛",
        "des panneaux avec le nom des immeubles de Partenord, pour mieux s’orienter dans le quartier ;": (
            "لافتات تحمل أسماء عمارات Partenord، لمعرفة الطريق في الحي بسهولة أكبر؛"
        ),
        "l’installation d’une rampe derrière un bâtiment.": "تركيب منحدر خلف مبنى.",
        "Vous avez un projet ?": "هل لديكم مشروع؟",
        "Alors n’hésitez pas ! Contactez la Maison du projet des Oliveaux.": (
            "إذن لا تترددوا! تواصلوا مع Maison du projet des Oliveaux (دار مشروع حي Oliveaux)."
        ),
        "FTU": "FTU",
        (
            "Les habitants des quartiers prioritaires de Loos qui ont une idée d’aménagement pour l’environnement ou "
            "la sécurité de leur quartier."
        ): ("سكان الأحياء ذات الأولوية في Loos الذين لديهم فكرة أشغال لتحسين البيئة أو الأمن في حيّهم."),
        "Envoyer une demande": "إرسال طلب",
        "Vous, les habitants": "أنتم، السكان",
        "Vous décrivez en quelques mots l’aménagement que vous souhaitez.": "تصفون في بضع كلمات الأشغال التي تريدونها.",
        "Avis du comité": "رأي اللجنة",
        "Le comité de gestion du FTU": "لجنة إدارة FTU",
        "Le comité donne son avis sur la demande.": "تعطي اللجنة رأيها في الطلب.",
        "Étude et chiffrage": "الدراسة وحساب التكلفة",
        "Les services techniques de la Ville": "الأقسام التقنية في البلدية",
        "Si l’avis est favorable, ils mettent le projet au point et calculent son coût.": (
            "إذا كان الرأي إيجابيًا، تُعِدّ هذه الأقسام المشروع بالتفصيل وتحسب تكلفته."
        ),
        "Second examen": "دراسة ثانية",
        "Les habitants concernés et le comité de gestion du FTU": "السكان المعنيون ولجنة إدارة FTU",
        "Ils examinent ensemble le projet mis au point.": "يدرسون معًا المشروع بعد إعداده بالتفصيل.",
        "Une subvention de 4 500 € au maximum couvre les dépenses nécessaires.": (
            "يغطي دعمٌ مالي لا يتجاوز 4500 يورو المصاريفَ اللازمة."
        ),
        "Réalisation des travaux": "تنفيذ الأشغال",
        "Les services de la Ville": "أقسام البلدية",
        "Les travaux sont faits par les services de la Ville ou sous leur contrôle.": (
            "تنفّذ أقسام البلدية الأشغال، أو تتم الأشغال تحت مراقبتها."
        ),
        "Les Oliveaux": "Les Oliveaux",
        "Clémenceau – Kiener": "Clémenceau – Kiener",
        "L’Épi de Soil": "L’Épi de Soil",
        "Participer": "المشاركة",
        "participer": "participer",
        "Vous avez une idée pour votre quartier ? Deux dispositifs peuvent vous aider à la réaliser.": (
            "هل لديكم فكرة لحيّكم؟ يوجد برنامجان يمكن أن يساعداكم على تحقيقها."
        ),
        "Remplir la fiche projet PIC": "ملء استمارة مشروع PIC",
        "fiche-projet": "fiche-projet",
        (
            "Décrivez votre projet avec vos mots. Le comité de gestion du PIC l’étudie, puis vous dit s’il peut le "
            "financer. Vous pouvez aussi remplir cette fiche au point relais proche de chez vous."
        ): (
            "صِفوا مشروعكم بكلماتكم. تدرسه لجنة إدارة PIC، ثم تخبركم هل يمكنها تمويله. يمكنكم أيضًا ملء هذه الاستمارة "
            "في نقطة الاتصال (point relais) القريبة من بيتكم."
        ),
        (
            "La Ville de Loos traite les informations de ce formulaire pour étudier votre demande au titre du contrat "
            "de ville, une mission d’intérêt public. Seuls l’équipe de la Maison du projet et les membres du comité de "
            "gestion les lisent. Elles sont effacées 24 mois après la clôture du dossier ; seuls des chiffres anonymes "
            "(nombre de demandes, montants, quartiers) sont gardés."
        ): (
            "تعالج بلدية Loos معلومات هذه الاستمارة لدراسة طلبكم في إطار عقد المدينة، وهذه مهمة للمصلحة العامة. لا "
            "يقرأ هذه المعلومات إلا فريق Maison du projet وأعضاء لجنة الإدارة. تُحذف بعد 24 شهرًا من إغلاق الملف. ولا "
            "تُحفظ إلا أرقام مجهولة الهوية (عدد الطلبات، المبالغ، الأحياء)."
        ),
        (
            "Vous pouvez consulter vos informations, les corriger ou les faire effacer en le demandant à la Maison du "
            "projet ou au délégué à la protection des données de la Ville de Loos. Si vous pensez que vos droits ne "
            "sont pas respectés, vous pouvez vous adresser à la CNIL (cnil.fr)."
        ): (
            "يمكنكم الاطلاع على معلوماتكم أو تصحيحها أو حذفها. اطلبوا ذلك من Maison du projet أو من مسؤول حماية "
            "البيانات في بلدية Loos. إذا كنتم تعتقدون أن حقوقكم غير محترمة، يمكنكم التوجه إلى CNIL (cnil.fr)، وهي "
            "الهيئة الفرنسية لحماية البيانات."
        ),
        "Envoyer ma fiche projet": "إرسال استمارة مشروعي",
        "Nom et prénom du ou des porteurs du projet": "الاسم واللقب لكل شخص يقود المشروع",
        "Les habitants qui portent le projet. Plusieurs noms sont possibles.": (
            "السكان الذين يقودون المشروع. يمكن كتابة عدة أسماء."
        ),
        "Association ou groupe d’habitants": "جمعية أو مجموعة من السكان",
        "Téléphone": "الهاتف",
        "Pour que la Maison du projet puisse vous appeler.": "لكي تتمكن Maison du projet من الاتصال بكم.",
        "Adresse e-mail": "البريد الإلكتروني",
        "Pour recevoir votre numéro de demande et être prévenu à chaque étape.": (
            "لتستلموا رقم طلبكم، ولنُعلمكم في كل مرحلة."
        ),
        "Votre quartier": "حيّكم",
        "Titre du projet": "عنوان المشروع",
        "En quelques mots.": "في بضع كلمات.",
        "Description du projet": "وصف المشروع",
        "Ce que vous voulez faire, pour qui et pourquoi.": "ما تريدون فعله، ولمن، ولماذا.",
        "Date de l’événement": "تاريخ الفعالية",
        "Si vous la connaissez déjà.": "إذا كنتم تعرفونه مسبقًا.",
        "Lieu de l’événement": "مكان الفعالية",
        "Public concerné": "الفئة المستهدفة",
        "Par exemple : les familles du quartier, les jeunes, les personnes âgées.": (
            "مثلًا: عائلات الحي، الشباب، كبار السن."
        ),
        "Montant demandé, en euros": "المبلغ المطلوب، باليورو",
        "1 500 € au plus. Par exemple : 800.": "1500 يورو على الأكثر. مثلًا: 800.",
        "Budget du projet": "ميزانية المشروع",
        "Les dépenses prévues (achats, location, transport…) et les autres aides s’il y en a.": (
            "المصاريف المتوقعة (مشتريات، إيجار، نقل…) والمساعدات الأخرى إن وُجدت."
        ),
        "Pièces jointes (devis, budget, photos)": "المرفقات (عروض الأسعار، الميزانية، الصور)",
        "5 fichiers au plus, 10 Mo chacun : photos (JPEG, PNG, WebP, HEIC) ou PDF.": (
            "5 ملفات على الأكثر، 10 ميغابايت لكل ملف: صور (JPEG، PNG، WebP، HEIC) أو PDF."
        ),
        "J’accepte que la Ville de Loos utilise ces informations pour étudier ma demande": (
            "أوافق على أن تستعمل بلدية Loos هذه المعلومات لدراسة طلبي"
        ),
        "Sans votre accord, nous ne pouvons pas étudier la demande.": "بدون موافقتكم، لا يمكننا دراسة الطلب.",
        "Seul le centre du quartier est prioritaire : les immeubles collectifs.": (
            "وسط الحي فقط هو المنطقة ذات الأولوية: العمارات السكنية."
        ),
        "Le quartier Clémenceau – Kiener, prioritaire depuis 2014.": "حي Clémenceau – Kiener، حي ذو أولوية منذ 2014.",
        "Une seule tour d’habitation.": "برج سكني واحد فقط.",
        "Maison du projet des Oliveaux": "Maison du projet des Oliveaux",
        "L’État": "الدولة الفرنسية",
        "Il signe le contrat et finance des actions.": "توقّع العقد وتموّل أنشطة.",
        "La Ville de Loos": "بلدية Loos",
        "Elle finance les actions des associations et des établissements publics.": (
            "تموّل أنشطة الجمعيات والمؤسسات العمومية."
        ),
        "La Métropole européenne de Lille": "هيئة منطقة Lille الكبرى: Métropole européenne de Lille",
        "MEL": "MEL",
        "La Région Hauts-de-France": "منطقة Hauts-de-France",
        "Le Département du Nord": "مقاطعة Nord",
        "La Caisse d’allocations familiales du Nord": "صندوق المنح العائلية: Caisse d’allocations familiales du Nord",
        "CAF du Nord": "CAF du Nord",
        "Les bailleurs sociaux": "هيئات السكن الاجتماعي",
        "Ils gèrent les logements sociaux des quartiers.": "تدير المساكن الاجتماعية في الأحياء.",
        "versés par la commune aux associations et aux établissements publics pour les quartiers": (
            "دفعتها البلدية للجمعيات والمؤسسات العمومية من أجل الأحياء"
        ),
        "apportés par l’État aux acteurs loossois de la politique de la ville": (
            "قدّمتها الدولة للفاعلين في Loos في مجال سياسة المدينة"
        ),
        "menées dans le cadre du contrat de ville": "نُفّذت في إطار عقد المدينة",
        "2014–2023": "2014–2023",
    },
}
