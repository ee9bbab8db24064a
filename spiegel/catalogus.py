"""Reference catalogues for Spiegel: the bouwstenen and the ABC van de Uitvoering.

Pure Python data (no Django imports) so it can be loaded by a data migration, a management
command or a test without app registry set-up.

The names and the list of letters come from the Divosa bundle "Een radicale omkering in het
sociaal domein" (chapter 6). The descriptions are written for this application; they are not
quotations from the source.

- ``BOUWSTENEN``: list of dicts ``{slug, naam, beschrijving, volgorde}``.
- ``ABC``: list of dicts ``{letter, naam, beschrijving}`` (there is no Q in the alphabet).
- ``SLOTVRAGEN``: the two questions every Spiegel returns to at the end.
- ``BOUWSTEEN_SLUGS``: the slugs in display order.
"""

BOUWSTENEN = [
    {
        "slug": "aandacht-uitvoering",
        "naam": "Aandacht voor de uitvoering",
        "beschrijving": (
            "Beleid krijgt pas betekenis op de plek waar professionals en inwoners elkaar "
            "ontmoeten. Deze bouwsteen gaat over de vraag of de organisatie weet wat er in de "
            "uitvoering speelt, wat daar helpt en wat daar knelt. En of er oog is voor de "
            "details waar het werk uiteindelijk op draait."
        ),
        "volgorde": 1,
    },
    {
        "slug": "balans",
        "naam": "Balans",
        "beschrijving": (
            "Het werk vraagt steeds opnieuw om een afweging tussen rechtmatigheid en "
            "doelmatigheid, tussen regels en ruimte, tussen streng zijn en betrokken zijn. Die "
            "balans is nooit af. We kijken hoe professionals en teams de afweging samen maken, "
            "bijvoorbeeld in een casusoverleg waarin verschillende vakgebieden aan tafel zitten."
        ),
        "volgorde": 2,
    },
    {
        "slug": "burger",
        "naam": "De burger en wat die nodig heeft",
        "beschrijving": (
            "Goede ondersteuning begint bij weten wie er tegenover je zit: wat iemand vraagt, "
            "wat daarachter schuilgaat en wat die persoon zelf kan en wil. Deze bouwsteen gaat "
            "over de vraag of het aanbod aansluit bij de inwoner, of vooral bij wat het systeem "
            "gewend is te bieden."
        ),
        "volgorde": 3,
    },
    {
        "slug": "duidelijkheid",
        "naam": "Duidelijkheid",
        "beschrijving": (
            "Medewerkers, inwoners en partners hebben houvast nodig: welke koers varen we, "
            "waar staan we voor en welke spelregels gelden er? Duidelijkheid over waarden en "
            "werkafspraken geeft rust in het team en maakt voor partners helder wat ze aan je "
            "hebben."
        ),
        "volgorde": 4,
    },
    {
        "slug": "duurzaamheid",
        "naam": "Duurzaamheid",
        "beschrijving": (
            "Het sociaal domein heeft meer aan opbouw en lange adem dan aan steeds nieuwe "
            "projecten en snelle reparaties. We kijken naar de stabiliteit van team, koers en "
            "netwerk, en naar het vermogen om mee te bewegen zonder telkens opnieuw te beginnen."
        ),
        "volgorde": 5,
    },
    {
        "slug": "professional",
        "naam": "Investeren in de professional",
        "beschrijving": (
            "De kwaliteit van de dienstverlening staat of valt met de mensen die het werk doen. "
            "Deze bouwsteen gaat over opleiding, intervisie, ruimte voor een eigen professioneel "
            "oordeel en persoonlijke aandacht. Ook met een krap budget valt daar veel in te "
            "winnen."
        ),
        "volgorde": 6,
    },
    {
        "slug": "politiek-bestuur",
        "naam": "Politiek en bestuur",
        "beschrijving": (
            "College en gemeenteraad kunnen een ingezette koers bekrachtigen of juist onder "
            "druk zetten. Hier gaat het om de vraag hoe het bestuur wordt meegenomen in wat de "
            "uitvoering ziet, en of het koers houdt wanneer er lastige vragen komen."
        ),
        "volgorde": 7,
    },
    {
        "slug": "rugdekking",
        "naam": "Rugdekking",
        "beschrijving": (
            "Professionals durven alleen maatwerk te leveren als ze weten dat leiding en bestuur "
            "achter hen staan wanneer iets anders uitpakt dan gehoopt. Rugdekking werkt in twee "
            "richtingen: de leiding biedt veiligheid, de uitvoering laat zien wat beleid in de "
            "praktijk teweegbrengt."
        ),
        "volgorde": 8,
    },
    {
        "slug": "samenwerken",
        "naam": "Samenwerken",
        "beschrijving": (
            "Geen enkele organisatie lost de vragen van inwoners in haar eentje op. Deze "
            "bouwsteen gaat over samenwerking binnen teams, tussen afdelingen en met partners "
            "zoals wijkteams, woningcorporaties en zorgaanbieders, en over een gedeeld gevoel "
            "van urgentie."
        ),
        "volgorde": 9,
    },
]

ABC = [
    {
        "letter": "A",
        "naam": "Aandacht loont",
        "beschrijving": (
            "Wie echt tijd neemt voor een inwoner of een collega, krijgt daar meestal meer voor "
            "terug dan het kost."
        ),
    },
    {
        "letter": "B",
        "naam": "Basis op orde",
        "beschrijving": (
            "Heldere processen, betrouwbare informatie en een gezonde cultuur vormen samen het "
            "fundament waarop maatwerk mogelijk wordt."
        ),
    },
    {
        "letter": "C",
        "naam": "Complexiteit",
        "beschrijving": (
            "Veel vraagstukken in het sociaal domein kennen geen eenvoudige oplossing en vragen "
            "om geduld, overleg en het verdragen van onzekerheid."
        ),
    },
    {
        "letter": "D",
        "naam": "Dienstverlening",
        "beschrijving": (
            "Inwoners ervaren de gemeente via bereikbaarheid, bejegening en de vraag of ze echt "
            "verder geholpen worden."
        ),
    },
    {
        "letter": "E",
        "naam": "Ethische, maatschappelijke en bestuurlijke dilemma's",
        "beschrijving": (
            "Betere keuzes ontstaan wanneer dilemma's hardop op tafel komen in plaats van "
            "weggestopt te worden in regels en procedures."
        ),
    },
    {
        "letter": "F",
        "naam": "Feiten, cijfers en verhalen",
        "beschrijving": (
            "Cijfers vertellen hoeveel en verhalen vertellen waarom; pas samen geven ze een "
            "eerlijk beeld van wat er gebeurt."
        ),
    },
    {
        "letter": "G",
        "naam": "Gezamenlijkheid",
        "beschrijving": (
            "Beweging ontstaat wanneer beleid, uitvoering, bestuur en partners een opgave als "
            "hun gedeelde opgave zien."
        ),
    },
    {
        "letter": "H",
        "naam": "Hulpverlening of activering?",
        "beschrijving": (
            "Per inwoner opnieuw afwegen wanneer ondersteunen en wanneer uitdagen past, zonder "
            "het een tegen het ander weg te strepen."
        ),
    },
    {
        "letter": "I",
        "naam": "Ieder het zijne",
        "beschrijving": (
            "Rechtvaardig behandelen betekent niet dat iedereen hetzelfde krijgt, maar dat ieder "
            "krijgt wat bij de eigen situatie past."
        ),
    },
    {
        "letter": "J",
        "naam": "Jarenlang investeren",
        "beschrijving": (
            "Echte verandering in de uitvoering vraagt tijd en volharding, over collegeperiodes "
            "en reorganisaties heen."
        ),
    },
    {
        "letter": "K",
        "naam": "Kwaliteit",
        "beschrijving": (
            "Kwaliteit is geen eindstation maar een blijvende zorg, zichtbaar in de grote lijn "
            "en in de kleine afronding."
        ),
    },
    {
        "letter": "L",
        "naam": "Leiderschap",
        "beschrijving": (
            "Leidinggevenden geven richting, beschermen hun mensen en vertalen heen en weer "
            "tussen bestuur en werkvloer."
        ),
    },
    {
        "letter": "M",
        "naam": "Maatschappelijke ontwikkelingen",
        "beschrijving": (
            "Wat er verandert op de arbeidsmarkt, in het wonen en in armoede, komt vroeg of laat "
            "bij het loket van de gemeente terecht."
        ),
    },
    {
        "letter": "N",
        "naam": "Netwerken",
        "beschrijving": (
            "Professionals en organisaties komen verder wanneer ze elkaar kennen, snel weten te "
            "vinden en op elkaar kunnen bouwen."
        ),
    },
    {
        "letter": "O",
        "naam": "Over de domeinen heen",
        "beschrijving": (
            "De vragen van inwoners houden zich niet aan de grenzen tussen werk, schulden, zorg "
            "en jeugd, en een goede aanpak doet dat evenmin."
        ),
    },
    {
        "letter": "P",
        "naam": "Politiek en bestuur",
        "beschrijving": (
            "Een bestuur dat de uitvoering kent, kan koers houden en de raad uitleggen waarom "
            "die koers loont."
        ),
    },
    {
        "letter": "R",
        "naam": "Radicale omkering",
        "beschrijving": (
            "De blik draait van regels en beleidsplannen naar de praktijk waarin inwoner en "
            "professional elkaar treffen."
        ),
    },
    {
        "letter": "S",
        "naam": "Streng liefhebben",
        "beschrijving": (
            "Heldere grenzen en oprechte betrokkenheid sluiten elkaar niet uit, maar versterken "
            "elkaar juist."
        ),
    },
    {
        "letter": "T",
        "naam": "Transformatie",
        "beschrijving": (
            "Naast het dagelijkse werk vraagt vernieuwing om bewuste ruimte voor proberen, "
            "bijsturen en leren."
        ),
    },
    {
        "letter": "U",
        "naam": "Uitvoeringspraktijk",
        "beschrijving": (
            "De dagelijkse praktijk is de meest betrouwbare bron om te weten of beleid doet wat "
            "het belooft."
        ),
    },
    {
        "letter": "V",
        "naam": "Vakmanschap en autonomie",
        "beschrijving": (
            "Wie het vak beheerst, krijgt ruimte voor een eigen oordeel binnen gedeelde "
            "professionele standaarden."
        ),
    },
    {
        "letter": "W",
        "naam": "Wijsheid",
        "beschrijving": (
            "Soms vraagt een situatie om het verstandige besluit, ook als dat niet het "
            "voorgeschreven besluit is."
        ),
    },
    {
        "letter": "X",
        "naam": "Xienix en de kunst van het overleven",
        "beschrijving": (
            "Over het vindingrijk overeind blijven in een omgeving vol tekorten, wisselingen en "
            "onverwachte wendingen."
        ),
    },
    {
        "letter": "Y",
        "naam": "Yes we can! Over gemeentelijke ambities",
        "beschrijving": (
            "Ambitie geeft energie, zolang ze past bij wat de organisatie werkelijk kan dragen."
        ),
    },
    {
        "letter": "Z",
        "naam": "Zelfsturende professional",
        "beschrijving": (
            "Professionals die zelf richting geven aan hun werk hebben een stevige basis en een "
            "leiding die vertrouwen schenkt nodig."
        ),
    },
]

SLOTVRAGEN = [
    "Waar staan jullie nu?",
    "Waar willen jullie naartoe?",
]

BOUWSTEEN_SLUGS = [b["slug"] for b in BOUWSTENEN]
