"""Fictional demo content for Spiegel (pure Python data, no Django imports).

Every organisation, person, e-mail address and quote below is invented. The organisations
are deliberately fictional ("Gemeente Spiegelstad", "Werkbedrijf Rivierland", ...) so that no
invented quote is ever attributed to a real municipality. E-mail addresses use example.nl;
phone numbers use the unissued 06 0000 range.

Structure
---------
``ORGANISATIES``
    list of ``{naam, soort, bedient}``; ``soort`` is "gemeente", "werkbedrijf" or "regio";
    ``bedient`` lists the names of the municipalities a werkbedrijf or regio serves (empty for
    a gemeente). Every name in ``bedient`` is itself an entry of the list.
``AANVRAGEN``
    list of requests, one or more per status. Keys: ``organisatie`` (a name from
    ``ORGANISATIES``), ``status``, ``ingediend_dagen_geleden`` (int, for the submission date),
    ``contact`` ``{naam, functie, email, telefoon}``, ``context``, ``vragen`` (become the
    kernvragen on acceptance; ``kernvraag_index`` elsewhere indexes this list), ``bouwstenen``
    (slugs), ``delen``, ``gesprekspartners`` (roles), ``presentatievormen`` (subset of
    "groep", "gesprek", "rapport"), ``periode``, ``intakeverslag`` (empty string when there
    was no intake call yet). Optional: ``afwijsreden`` (status "afgewezen"), ``intrekreden``
    (status "ingetrokken"), ``veldwerk_gestart_dagen_geleden`` (int, for Spiegels that have
    fieldwork: the day that ``dagen_na_start`` of the sessions counts from).
``VELDWERK``
    dict organisation name -> list of sessions ``{soort, titel, dagen_na_start, tijd,
    duur_minuten, plaats, deelnemers, aantekeningen, waarnemingen, citaten}``.
    ``deelnemers`` is a list of ``{rol, naam, toestemming_citeren}`` (``naam`` may be "").
    ``waarnemingen`` is a list of ``{tekst, soort, bouwstenen, kernvraag_index}`` with
    ``soort`` "kracht", "aandachtspunt" or "dilemma". ``citaten`` is a list of ``{tekst, rol,
    toestemming, weergave}`` with ``toestemming`` "gevraagd", "gegeven" or "geweigerd" and
    ``weergave`` "anoniem" or "functie". A session whose ``dagen_na_start`` lies after today
    (start + days > today) is a planned session and has empty notes.
``SCHETSEN``
    dict organisation name -> list of sections ``{titel, sleutel, tekst, kernvraag_indexen}``
    and, for "duiding" sections, ``bouwsteen`` (slug). ``sleutel`` is one of "aanleiding",
    "werkwijze", "krachten", "duiding", "vragen", "tot-slot". Section text is Markdown and may
    contain ``[[citaat:N]]`` and ``[[waarneming:N]]``: N indexes the flattened list of that
    Spiegel's quotes (or observations) across its sessions, in order (``citaten_van`` and
    ``waarnemingen_van`` build those lists).
``WEDERHOOR_OPMERKINGEN``
    dict organisation name -> list of ``{sectie_sleutel, tekst}``: the contact's fact-check
    remarks on the draft in wederhoor.

Deliberate flaws, for demonstrating the checks: the draft of Gemeente Spiegelstad (status
"schets") contains judging phrases for the tone check, the full name of a participant
("Marieke Dorrestein") and a reference to a quote whose consent was refused, both for the
privacy check. The other drafts are clean.
"""

from textwrap import dedent


def _md(tekst):
    """Dedent and strip a triple-quoted Markdown block."""
    return dedent(tekst).strip()


ORGANISATIES = [
    {"naam": "Gemeente Spiegelstad", "soort": "gemeente", "bedient": []},
    {
        "naam": "Werkbedrijf Rivierland",
        "soort": "werkbedrijf",
        "bedient": ["Gemeente Rivierdal", "Gemeente Oeverwijk", "Gemeente Dijkhoven"],
    },
    {"naam": "Gemeente Rivierdal", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Oeverwijk", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Dijkhoven", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Heideveen", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Zeedorp", "soort": "gemeente", "bedient": []},
    {
        "naam": "Regio Kempenveld",
        "soort": "regio",
        "bedient": ["Gemeente Akkerbroek", "Gemeente Heibergen", "Gemeente Loonvelde"],
    },
    {"naam": "Gemeente Akkerbroek", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Heibergen", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Loonvelde", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Lindenhoek", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Brugwaarde", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Waterlinde", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Duinrade", "soort": "gemeente", "bedient": []},
    {"naam": "Gemeente Klaverdam", "soort": "gemeente", "bedient": []},
]

AANVRAGEN = [
    # --- ingediend ------------------------------------------------------------------------
    {
        "organisatie": "Gemeente Zeedorp",
        "status": "ingediend",
        "ingediend_dagen_geleden": 2,
        "contact": {
            "naam": "Ilse Vermeer",
            "functie": "Teamleider Werk en Inkomen",
            "email": "i.vermeer@zeedorp.example.nl",
            "telefoon": "06 0000 0001",
        },
        "context": _md(
            """
            Zeedorp is een kustgemeente met ruim veertienduizend inwoners. Ons team Werk en
            Inkomen telt negen medewerkers en doet alles zelf: intake, uitkering, re-integratie,
            bijzondere bijstand en een deel van de schuldhulp. Veel werk in de gemeente is
            seizoenswerk in toerisme en horeca, waardoor inwoners in de winter vaker bij ons
            aankloppen en in het voorjaar weer uitstromen. Het afgelopen jaar zijn twee ervaren
            klantmanagers met pensioen gegaan en is er een nieuwe wethouder gekomen die graag
            wil weten hoe we ervoor staan. We merken dat we als klein team veel op elkaar
            leunen. Dat is een kracht, maar het maakt ons ook kwetsbaar.
            """
        ),
        "vragen": [
            "Is ons team van negen mensen goed toegerust op de wisselende, seizoensgebonden vraag?",
            "Hoe borgen we de kennis van ervaren collega's nu er mensen vertrekken?",
            "Hoe kunnen we beter samenwerken met de regionale werkgeversdienstverlening?",
        ],
        "bouwstenen": ["professional", "duurzaamheid", "samenwerken"],
        "delen": (
            "Werkprocesbeschrijvingen, het jaarverslag Sociaal Domein, cijfers over in- en "
            "uitstroom per maand over de afgelopen drie jaar."
        ),
        "gesprekspartners": (
            "Klantmanagers, de teamleider, de medewerker bijzondere bijstand, de wethouder "
            "Sociaal Domein, een medewerker van het Wmo-loket."
        ),
        "presentatievormen": ["gesprek"],
        "periode": "Liever niet in juli en augustus; oktober of november past goed.",
        "intakeverslag": "",
    },
    # --- intake ---------------------------------------------------------------------------
    {
        "organisatie": "Gemeente Heideveen",
        "status": "intake",
        "ingediend_dagen_geleden": 11,
        "contact": {
            "naam": "Ruud Hofstede",
            "functie": "Afdelingsmanager Sociaal Domein",
            "email": "r.hofstede@heideveen.example.nl",
            "telefoon": "06 0000 0002",
        },
        "context": _md(
            """
            Anderhalf jaar geleden hebben we Wmo, jeugd, werk en inkomen en schuldhulp
            samengebracht in één afdeling met één toegang: Loket Samen. Inwoners hoeven hun
            verhaal nog maar één keer te vertellen, dat was het idee. In de praktijk horen we
            wisselende geluiden. Sommige medewerkers zijn enthousiast over de brede blik,
            anderen missen de diepgang van hun oude vakgebied. De wachttijd voor een eerste
            gesprek is opgelopen tot drie weken en het college wil voor de begroting weten of
            de nieuwe werkwijze doet wat we ervan verwachtten.
            """
        ),
        "vragen": [
            "Werkt de integrale toegang van Loket Samen zoals we bedoelden, voor inwoners en "
            "voor medewerkers?",
            "Hoe houden generalisten en specialisten elkaar scherp?",
            "Wat verklaart de opgelopen wachttijd voor een eerste gesprek?",
        ],
        "bouwstenen": ["burger", "aandacht-uitvoering", "samenwerken", "duidelijkheid"],
        "delen": (
            "Het plan van aanpak Loket Samen, de evaluatie na een jaar, wachttijdcijfers en een "
            "paar geanonimiseerde casussen."
        ),
        "gesprekspartners": (
            "Medewerkers van Loket Samen, de specialisten jeugd en schuldhulp, twee "
            "teamleiders, de beleidsadviseur, de portefeuillehouder Zorg en Welzijn."
        ),
        "presentatievormen": ["groep", "rapport"],
        "periode": "Graag vóór de begrotingsbehandeling in het najaar.",
        "intakeverslag": "",
    },
    # --- geaccepteerd ---------------------------------------------------------------------
    {
        "organisatie": "Regio Kempenveld",
        "status": "geaccepteerd",
        "ingediend_dagen_geleden": 34,
        "contact": {
            "naam": "Fatima El Khatib",
            "functie": "Directeur Regionale Sociale Dienst Kempenveld",
            "email": "f.elkhatib@kempenveld.example.nl",
            "telefoon": "06 0000 0003",
        },
        "context": _md(
            """
            Regio Kempenveld voert voor Akkerbroek, Heibergen en Loonvelde de Participatiewet,
            de bijzondere bijstand en de schuldhulpverlening uit. De drie gemeenten hebben elk
            hun eigen wijkteam voor Wmo en jeugd. Die knip zorgt in de praktijk voor
            vragen: wie neemt de regie als een gezin schulden heeft én jeugdhulp krijgt? Onze
            klantmanagers zitten in Heibergen, de wijkteams in de dorpen zelf. Daarnaast zijn de
            drie colleges niet altijd eensgezind over hoe streng of ruim we moeten zijn.
            """
        ),
        "vragen": [
            "Hoe verloopt de samenwerking tussen onze klantmanagers en de lokale wijkteams bij "
            "gezinnen met problemen op meerdere terreinen?",
            "Wat betekenen de verschillende verwachtingen van drie colleges voor de ruimte "
            "van onze medewerkers?",
            "Is onze schuldhulpverlening vindbaar genoeg voor inwoners van de kleinere kernen?",
        ],
        "bouwstenen": ["samenwerken", "politiek-bestuur", "burger", "rugdekking"],
        "delen": (
            "De dienstverleningsovereenkomst met de drie gemeenten, de regionale "
            "beleidsregels, kwartaalcijfers schuldhulp, het verslag van de laatste "
            "klanttevredenheidspeiling."
        ),
        "gesprekspartners": (
            "Klantmanagers, schuldhulpverleners, de coördinatoren van de drie wijkteams, de "
            "teamleiders, de voorzitter van het bestuur van de regio (een wethouder)."
        ),
        "presentatievormen": ["groep", "gesprek", "rapport"],
        "periode": "Veldwerk in de komende twee maanden; terugkoppeling in het voorjaar.",
        "intakeverslag": _md(
            """
            Intakegesprek met de directeur en de beleidsadviseur, via video, een uur.

            - De aanleiding is breder dan de aanvraag: er is twee keer een casus misgegaan
              waarin een gezin tussen regio en wijkteam in viel. Beide keren was er geen
              verwijt naar personen, wel het gevoel dat "het systeem" het liet liggen.
            - De directeur wil nadrukkelijk geen onderzoek naar schuld, maar een blik van
              buiten op de samenwerking.
            - Gesprekspartners: ook de wijkteamcoördinatoren zijn bereid mee te doen; hun
              leidinggevenden zijn geïnformeerd.
            - Presentatie: eerst vertrouwelijk met de directeur, daarna aan de groep, en een
              rapportage voor het algemeen bestuur.
            - Afgesproken: drie kernvragen zoals in de aanvraag, vraag 3 iets breder gemaakt
              ("vindbaar en bereikbaar").
            """
        ),
    },
    # --- veldwerk -------------------------------------------------------------------------
    {
        "organisatie": "Werkbedrijf Rivierland",
        "status": "veldwerk",
        "ingediend_dagen_geleden": 75,
        "veldwerk_gestart_dagen_geleden": 24,
        "contact": {
            "naam": "Anouk Verhoeven",
            "functie": "Directeur Werkbedrijf Rivierland",
            "email": "a.verhoeven@rivierland.example.nl",
            "telefoon": "06 0000 0004",
        },
        "context": _md(
            """
            Werkbedrijf Rivierland voert sinds zes jaar de Participatiewet uit voor Rivierdal,
            Oeverwijk en Dijkhoven, inclusief het leerwerkbedrijf en de oude sociale
            werkvoorziening. Vorig jaar zijn we gestart met de Rivierland Route: minder vaste
            stappen, meer ruimte voor klantmanagers om samen met inwoners een eigen plan te
            maken. Tegelijk is het aantal aanvragen gestegen en hebben klantmanagers gemiddeld
            zo'n 170 klanten. De drie gemeenten kijken verschillend naar ons werk: Rivierdal
            legt de nadruk op handhaving en rechtmatigheid, Oeverwijk wil juist ruimte om te
            experimenteren, Dijkhoven vraagt vooral om betere verbinding met het wijkteam. Ik
            ben hier sinds een jaar directeur en wil graag weten of onze basis stevig genoeg is
            voor de koers die we hebben gekozen.
            """
        ),
        "vragen": [
            "Hoe ervaren klantmanagers de ruimte om maatwerk te leveren binnen de Rivierland "
            "Route?",
            "Sluiten de verwachtingen van de drie gemeenten en ons bestuur aan bij wat de "
            "uitvoering kan waarmaken?",
            "Hoe verloopt de samenwerking met de wijkteams en de schuldhulpverlening van de "
            "drie gemeenten?",
            "Wat heeft het team nodig om de gestegen instroom goed op te vangen?",
        ],
        "bouwstenen": ["professional", "rugdekking", "politiek-bestuur", "samenwerken", "balans"],
        "delen": (
            "Het bedrijfsplan 2025-2028, de notitie over de Rivierland Route, de "
            "kwartaalrapportages van het afgelopen jaar, het medewerkersonderzoek en de "
            "dienstverleningsovereenkomsten met de drie gemeenten."
        ),
        "gesprekspartners": (
            "Klantmanagers en inkomensconsulenten, de teamleiders Werk en Inkomen, een "
            "medewerker handhaving, jobcoaches van het leerwerkbedrijf, de accountmanagers "
            "werkgevers, wijkteamleden en schuldhulpverleners uit de drie gemeenten, twee "
            "wethouders uit het algemeen bestuur."
        ),
        "presentatievormen": ["groep", "rapport"],
        "periode": "Veldwerk in het voorjaar, presentatie aan het team vóór de zomer.",
        "intakeverslag": _md(
            """
            Intake op locatie met de directeur en de teamleider Werk, anderhalf uur.

            - De Rivierland Route is een jaar geleden gestart en wordt intern breed gedragen,
              maar de directeur merkt dat klantmanagers de geboden ruimte wisselend benutten.
            - De drie gemeenten hebben elk een eigen accent; in het algemeen bestuur wordt daar
              open over gesproken, maar het werkt door in de vragen die bij de uitvoering
              landen (kwartaalrapportages met drie verschillende sets indicatoren).
            - Caseload rond 170 per klantmanager; twee vacatures staan al vier maanden open.
            - Kernvragen vastgesteld (vier). Vraag 4 is toegevoegd door de teamleider.
            - Het werkbedrijf regelt de gesprekken met de wijkteams en de wethouders via de
              ambtelijk secretaris van het algemeen bestuur.
            """
        ),
    },
    # --- schets ---------------------------------------------------------------------------
    {
        "organisatie": "Gemeente Spiegelstad",
        "status": "schets",
        "ingediend_dagen_geleden": 120,
        "veldwerk_gestart_dagen_geleden": 70,
        "contact": {
            "naam": "Joost van Leeuwen",
            "functie": "Afdelingshoofd Werk, Inkomen en Schulden",
            "email": "j.vanleeuwen@spiegelstad.example.nl",
            "telefoon": "06 0000 0005",
        },
        "context": _md(
            """
            Spiegelstad telt ongeveer 95.000 inwoners. Na een fraudezaak enkele jaren geleden
            is er binnen de afdeling een stevige handhavingslijn ontstaan. Het nieuwe college
            heeft 'vertrouwen als vertrekpunt' in het coalitieakkoord gezet en vraagt ons die
            omslag te maken. Tegelijkertijd is de wachttijd voor schuldhulpverlening opgelopen
            tot ruim acht weken. Onze teamleiders staan midden in deze verandering en geven
            aan dat ze het gevoel hebben twee kanten tegelijk op te moeten.
            """
        ),
        "vragen": [
            "Hoe verhouden vertrouwen en handhaving zich in het dagelijkse werk van de "
            "klantmanagers?",
            "Wat is er nodig om de wachttijd in de schuldhulpverlening duurzaam terug te brengen?",
            "Krijgen de teamleiders voldoende ruimte en steun om hun teams door de verandering "
            "te leiden?",
        ],
        "bouwstenen": ["balans", "rugdekking", "duurzaamheid", "aandacht-uitvoering", "burger"],
        "delen": (
            "Het coalitieakkoord (hoofdstuk sociaal domein), het handhavingsbeleid, de "
            "wachtlijstcijfers schuldhulp per maand, het verslag van de teamleidersdag."
        ),
        "gesprekspartners": (
            "Klantmanagers, handhavers, schuldhulpverleners, de teamleiders, het afdelingshoofd, "
            "de wethouder Werk en Inkomen."
        ),
        "presentatievormen": ["groep", "gesprek", "rapport"],
        "periode": "Veldwerk in het najaar, schets in december.",
        "intakeverslag": _md(
            """
            Intake met het afdelingshoofd en twee teamleiders.

            - De fraudezaak ligt nog vers in het geheugen; medewerkers zijn voorzichtig.
            - "Vertrouwen als vertrekpunt" is nog niet vertaald in werkinstructies; het
              handhavingsbeleid van vier jaar geleden geldt formeel nog.
            - Wachttijd schuldhulp: 8 tot 10 weken; een deel van de aanmeldingen haakt af.
            - Afgesproken: drie kernvragen, presentatie eerst in een vertrouwelijk gesprek met
              het afdelingshoofd, daarna aan de groep en als rapport.
            """
        ),
    },
    # --- wederhoor ------------------------------------------------------------------------
    {
        "organisatie": "Gemeente Lindenhoek",
        "status": "wederhoor",
        "ingediend_dagen_geleden": 160,
        "veldwerk_gestart_dagen_geleden": 110,
        "contact": {
            "naam": "Sanne Kuipers",
            "functie": "Manager Jeugd en Wmo",
            "email": "s.kuipers@lindenhoek.example.nl",
            "telefoon": "06 0000 0006",
        },
        "context": _md(
            """
            Lindenhoek heeft ruim veertigduizend inwoners. De toegang tot jeugdhulp en Wmo ligt
            bij de wijkteams van Stichting Wijkkracht, die wij subsidiëren. De uitgaven aan
            jeugdhulp stijgen al drie jaar harder dan begroot en de raad stelt daar terecht
            vragen over. Er ligt een bezuinigingsopdracht, maar we willen niet dat de
            wijkteams daardoor minder maatwerk gaan leveren. De verhouding tussen gemeente en
            stichting is goed, al merken we dat we elkaar vaker via rapportages spreken dan
            aan tafel.
            """
        ),
        "vragen": [
            "Hoe kunnen we grip krijgen op de kosten van jeugdhulp zonder het maatwerk van de "
            "wijkteams te verliezen?",
            "Hoe is de samenwerking tussen gemeente en Stichting Wijkkracht ingericht, en wat "
            "vraagt die de komende jaren?",
            "Hoe nemen we de gemeenteraad beter mee in wat er in de uitvoering gebeurt?",
        ],
        "bouwstenen": ["samenwerken", "politiek-bestuur", "duidelijkheid", "burger"],
        "delen": (
            "De subsidiebeschikking en het uitvoeringsplan van Stichting Wijkkracht, de "
            "jeugdmonitor, de raadsinformatiebrieven van het afgelopen jaar."
        ),
        "gesprekspartners": (
            "Wijkteamleden jeugd en Wmo, de coördinatoren van de wijkteams, de directeur van "
            "de stichting, beleidsadviseurs, de contractmanager, de wethouder Jeugd."
        ),
        "presentatievormen": ["gesprek", "rapport"],
        "periode": "Zo snel mogelijk; uiterlijk voor de voorjaarsnota.",
        "intakeverslag": _md(
            """
            Intake met de manager Jeugd en Wmo en de directeur van Stichting Wijkkracht, samen.

            - Beide partijen willen de Spiegel; dat is een goed teken.
            - Zorg bij de stichting: dat de Spiegel wordt gebruikt om de bezuiniging te
              onderbouwen. Afgesproken dat de Spiegel geen bezuinigingsonderzoek is.
            - Raad: er zijn vorig jaar vier sets schriftelijke vragen over jeugdhulp gesteld.
            - Drie kernvragen vastgesteld. Presentatie vertrouwelijk en als rapport.
            """
        ),
    },
    # --- afgerond (1) ---------------------------------------------------------------------
    {
        "organisatie": "Gemeente Brugwaarde",
        "status": "afgerond",
        "ingediend_dagen_geleden": 290,
        "veldwerk_gestart_dagen_geleden": 240,
        "contact": {
            "naam": "Mirjam Oosterhuis",
            "functie": "Manager Werk, Inkomen en Schuldhulp",
            "email": "m.oosterhuis@brugwaarde.example.nl",
            "telefoon": "06 0000 0007",
        },
        "context": _md(
            """
            Brugwaarde (ongeveer 60.000 inwoners) heeft een paar roerige jaren achter de rug:
            in vier jaar tijd hadden we drie managers en twee reorganisaties. Sinds anderhalf
            jaar is er rust. We hebben de werkprocessen opnieuw beschreven, de achterstanden in
            de bijzondere bijstand zijn weggewerkt en de schuldhulpverlening werkt met een
            vaste aanpak voor vroegsignalering. We hebben het gevoel dat we er weer staan, maar
            willen dat graag door een buitenstaander laten bevestigen of bijstellen.
            """
        ),
        "vragen": [
            "Is onze basis na de roerige jaren weer op orde?",
            "Wat zijn onze krachten, zodat we die bewust kunnen vasthouden?",
            "Waar zit de volgende stap in de samenwerking tussen inkomen, werk en schuldhulp?",
        ],
        "bouwstenen": ["duurzaamheid", "duidelijkheid", "professional", "samenwerken"],
        "delen": (
            "De werkprocesbeschrijvingen, de jaarcijfers, de evaluatie vroegsignalering en het "
            "medewerkersonderzoek."
        ),
        "gesprekspartners": (
            "Klantmanagers werk, inkomensconsulenten, schuldhulpverleners, de teamleiders, de "
            "manager, de wethouder."
        ),
        "presentatievormen": ["groep", "rapport"],
        "periode": "Na de zomer; afronding voor het eind van het jaar.",
        "intakeverslag": _md(
            """
            Intake met de manager en de wethouder.

            - Wens om krachten expliciet te benoemen: het team heeft veel kritiek gehad en
              hoort zelden wat er goed gaat.
            - Wethouder wil de schets gebruiken in gesprek met de raad, na bespreking met het
              team.
            - Drie kernvragen; presentatie aan de groep en rapport.
            """
        ),
    },
    # --- afgerond (2) ---------------------------------------------------------------------
    {
        "organisatie": "Gemeente Waterlinde",
        "status": "afgerond",
        "ingediend_dagen_geleden": 420,
        "veldwerk_gestart_dagen_geleden": 370,
        "contact": {
            "naam": "Bart Jansen",
            "functie": "Teamleider Participatie",
            "email": "b.jansen@waterlinde.example.nl",
            "telefoon": "06 0000 0008",
        },
        "context": _md(
            """
            Waterlinde is een gemeente van 22.000 inwoners. Met het programma 'Waterlinde
            Werkt' proberen we inwoners met een grote afstand tot de arbeidsmarkt via
            vrijwilligerswerk en werkervaringsplekken in de eigen dorpen verder te helpen. Het
            programma loopt twee jaar en de raad beslist binnenkort over voortzetting. We
            willen weten of wat we doen aansluit bij wat inwoners nodig hebben.
            """
        ),
        "vragen": [
            "Sluit Waterlinde Werkt aan bij wat inwoners met een grote afstand tot werk nodig "
            "hebben?",
            "Wat is nodig om het programma een vaste plek in de organisatie te geven?",
        ],
        "bouwstenen": ["burger", "duurzaamheid", "politiek-bestuur"],
        "delen": "Het programmaplan, de tussenevaluatie en een overzicht van werkplekken.",
        "gesprekspartners": (
            "Klantmanagers participatie, de programmaleider, vrijwilligerscoördinatoren, de "
            "wethouder."
        ),
        "presentatievormen": ["gesprek", "rapport"],
        "periode": "Voor de raadsbehandeling in het voorjaar.",
        "intakeverslag": _md(
            """
            Intake met de teamleider en de programmaleider.

            - Het programma draait op een tijdelijk budget; twee van de drie
              werkervaringsbegeleiders hebben een tijdelijk contract.
            - Twee kernvragen, bewust klein gehouden.
            - Presentatie in een gesprek met teamleider en wethouder, plus rapport.
            """
        ),
    },
    # --- afgewezen ------------------------------------------------------------------------
    {
        "organisatie": "Gemeente Duinrade",
        "status": "afgewezen",
        "ingediend_dagen_geleden": 48,
        "contact": {
            "naam": "Peter Hoekstra",
            "functie": "Controller Sociaal Domein",
            "email": "p.hoekstra@duinrade.example.nl",
            "telefoon": "06 0000 0009",
        },
        "context": _md(
            """
            De accountant heeft bij de jaarrekening opmerkingen gemaakt over de rechtmatigheid
            van een deel van de verstrekte bijzondere bijstand. We willen dat een externe
            partij een steekproef van dossiers doorloopt en per dossier vaststelt of de
            beslissing juist is genomen.
            """
        ),
        "vragen": [
            "Zijn de beslissingen in de bijzondere bijstand in 2024 rechtmatig genomen?",
            "Welke dossiers moeten we herzien?",
        ],
        "bouwstenen": ["duidelijkheid"],
        "delen": "Een steekproef van veertig dossiers en de bevindingen van de accountant.",
        "gesprekspartners": "De controller en de teamleider Inkomen.",
        "presentatievormen": ["rapport"],
        "periode": "Binnen zes weken.",
        "intakeverslag": _md(
            """
            Telefonische intake met de controller.

            - De vraag is een dossiercontrole op rechtmatigheid; dat valt buiten wat een
              Spiegel doet (geen oordeel over individuele beslissingen).
            - Besproken dat een Spiegel later wel kan helpen bij de vraag hoe het team
              werkt en wat het nodig heeft; de controller neemt dat mee naar het
              management.
            """
        ),
        "afwijsreden": (
            "Uw vraag gaat over de rechtmatigheid van afzonderlijke beslissingen. Een Spiegel "
            "beoordeelt geen dossiers, maar kijkt samen met u naar hoe de organisatie werkt. "
            "Voor een dossiercontrole kunt u het beste uw eigen interne controle of een "
            "onderzoeksbureau inschakelen. Wilt u daarna kijken naar wat uw team nodig heeft, "
            "dan bent u van harte welkom met een nieuwe aanvraag."
        ),
    },
    # --- ingetrokken ----------------------------------------------------------------------
    {
        "organisatie": "Gemeente Klaverdam",
        "status": "ingetrokken",
        "ingediend_dagen_geleden": 63,
        "contact": {
            "naam": "Yvonne Bakker",
            "functie": "Directeur Samenleving",
            "email": "y.bakker@klaverdam.example.nl",
            "telefoon": "06 0000 0010",
        },
        "context": _md(
            """
            Klaverdam werkt sinds twee jaar met een gebiedsgerichte aanpak: drie
            gebiedsteams voor jeugd, Wmo en werk. We willen graag weten hoe die teams
            functioneren en wat de gebiedsmanagers nodig hebben om ze goed aan te sturen.
            """
        ),
        "vragen": [
            "Hoe functioneren de drie gebiedsteams na twee jaar?",
            "Wat hebben de gebiedsmanagers nodig om hun teams goed te ondersteunen?",
        ],
        "bouwstenen": ["samenwerken", "rugdekking", "professional"],
        "delen": "Het plan gebiedsgericht werken en de halfjaarrapportages.",
        "gesprekspartners": "Gebiedsteamleden, de gebiedsmanagers, de directeur.",
        "presentatievormen": ["groep"],
        "periode": "In het voorjaar.",
        "intakeverslag": _md(
            """
            Intake met de directeur. Prettig gesprek; de vraag past goed bij een Spiegel.
            Kort daarna viel het college; er komt een nieuwe coalitie.
            """
        ),
        "intrekreden": (
            "Na de val van het college wachten we eerst het nieuwe coalitieakkoord af. We "
            "komen er graag later op terug."
        ),
    },
]


def _deelnemer(rol, naam="", toestemming_citeren=False):
    return {"rol": rol, "naam": naam, "toestemming_citeren": toestemming_citeren}


def _waarneming(tekst, soort, bouwstenen, kernvraag_index=None):
    return {
        "tekst": tekst,
        "soort": soort,
        "bouwstenen": bouwstenen,
        "kernvraag_index": kernvraag_index,
    }


def _citaat(tekst, rol, toestemming="gegeven", weergave="functie"):
    return {"tekst": tekst, "rol": rol, "toestemming": toestemming, "weergave": weergave}


VELDWERK = {}

# ---------------------------------------------------------------------------------------------
# Werkbedrijf Rivierland (status veldwerk): the main Spiegel in fieldwork.
# ---------------------------------------------------------------------------------------------
VELDWERK["Werkbedrijf Rivierland"] = [
    {
        "soort": "documentstudie",
        "titel": "Bedrijfsplan, notitie Rivierland Route en kwartaalrapportages",
        "dagen_na_start": 0,
        "tijd": "09:00",
        "duur_minuten": 180,
        "plaats": "Op afstand",
        "deelnemers": [],
        "aantekeningen": _md(
            """
            # Documentstudie: bedrijfsplan, Route en rapportages

            ## Document

            - Bedrijfsplan 2025-2028 Werkbedrijf Rivierland (32 pagina's), vastgesteld door
              het algemeen bestuur.
            - Notitie "De Rivierland Route" (8 pagina's): uitleg en werkinstructie voor
              klantmanagers.
            - Kwartaalrapportages over het afgelopen jaar, met per gemeente een bijlage.

            ## Kernboodschap

            - Het bedrijfsplan kiest voor een persoonlijke aanpak: de inwoner maakt samen met
              de klantmanager een eigen plan. Het aantal vaste processtappen gaat van negen
              naar drie (kennismaken, plan, evaluatie).
            - Klantmanagers mogen tot € 750 per traject zelf inzetten, zonder tussenkomst van
              de teamleider.

            ## Wat valt op

            - De notitie over de Route is in gewone taal geschreven en bevat herkenbare
              voorbeelden van inwoners.
            - De kwartaalrapportages volgen de Route niet: ze tellen nog steeds afgeronde
              processtappen en uitstroom per maand.
            - Elke gemeente heeft een eigen bijlage met eigen indicatoren. Rivierdal vraagt om
              aantallen heronderzoeken en terugvorderingen, Oeverwijk om deelname aan het
              experiment "Vrij besteedbaar", Dijkhoven om het aantal gezamenlijke
              casusoverleggen met het wijkteam.
            - Het bedrijfsplan noemt een caseload van 120 klanten per klantmanager als
              uitgangspunt; de rapportages laten 165 tot 175 zien.
            - Over de ontwikkeling van medewerkers staat één alinea, over het opleidingsbudget.

            ## Relatie met de kernvragen

            - Kernvraag 1 (ruimte voor maatwerk): op papier ruim. Hoe werkt het in de praktijk?
            - Kernvraag 2 (verwachtingen gemeenten): drie sets indicatoren vertellen drie
              verschillende verhalen.
            - Kernvraag 4 (instroom): het verschil tussen norm en werkelijke caseload.

            ## Vragen voor de gesprekken

            - Kennen klantmanagers het trajectbudget van € 750, en gebruiken ze het?
            - Hoe kijken de teamleiders naar de rapportages? Sturen ze erop?
            - Wat merken klantmanagers van de verschillen tussen de drie gemeenten?
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De notitie over de Rivierland Route is helder en in begrijpelijke taal "
                "geschreven, met voorbeelden uit de praktijk.",
                "kracht",
                ["duidelijkheid"],
                0,
            ),
            _waarneming(
                "De kwartaalrapportages meten nog de oude processtappen en niet wat de Route "
                "wil bereiken.",
                "aandachtspunt",
                ["duidelijkheid", "aandacht-uitvoering"],
                1,
            ),
            _waarneming(
                "Drie gemeenten vragen om drie verschillende sets indicatoren. Wat vraagt dat "
                "van één uitvoeringsorganisatie?",
                "dilemma",
                ["politiek-bestuur"],
                1,
            ),
            _waarneming(
                "De werkelijke caseload ligt ruim boven het uitgangspunt van het bedrijfsplan.",
                "aandachtspunt",
                ["professional"],
                3,
            ),
        ],
        "citaten": [],
    },
    {
        "soort": "interview",
        "titel": "Directeur",
        "dagen_na_start": 3,
        "tijd": "10:00",
        "duur_minuten": 90,
        "plaats": "Werkbedrijf Rivierland, kantoor Rivierdal",
        "deelnemers": [_deelnemer("directeur", "Anouk Verhoeven", True)],
        "aantekeningen": _md(
            """
            # Interview: directeur

            ## Opening

            - Dertien maanden directeur; kwam van de afdeling Werk en Inkomen van een grote
              gemeente. Koos bewust voor een werkbedrijf, "dichter op het werk".
            - Trots op: de Route is in een half jaar door de teams zelf uitgewerkt, zonder
              extern bureau.

            ## Politiek en bestuur

            - Het algemeen bestuur bestaat uit drie wethouders en vergadert zes keer per jaar.
              De sfeer is goed, maar ieder heeft een eigen raad om zich tegenover te
              verantwoorden.
            - Rivierdal vroeg vorig jaar, na raadsvragen over een fraudezaak, om extra
              heronderzoeken. Dat viel precies samen met de start van de Route.
            - Ziet het als haar taak om de drie accenten te vertalen naar één werkwijze. Erkent
              dat de rapportages nog drie verhalen vertellen.

            ## Rugdekking

            - Noemt een voorbeeld: een klantmanager betaalde een borg voor een kamer, de klant
              vertrok en de borg kwam niet terug. "Daar hebben we van geleerd; niemand is op
              het matje geroepen."
            - Twijfelt of dat beeld ook op de werkvloer zo wordt ervaren.

            ## Investeren in de professional

            - Er is een opleidingsbudget, maar het wordt nauwelijks gebruikt: er is geen tijd.
            - Twee vacatures klantmanager staan al vier maanden open. Inhuur is duur en de
              kennis vertrekt weer met de inhuurkrachten.

            ## Samenwerken

            - Met het wijkteam in Dijkhoven is er een vast tweewekelijks overleg; in Rivierdal
              en Oeverwijk gaat het via losse mails en telefoontjes.

            ## Afsluiting

            - Waar staan we: goede koers, te weinig handen.
            - Waar willen we heen: over twee jaar een Route die zichtbaar is in de cijfers én
              in de verhalen van inwoners.
            - Toestemming voor citeren op functie gegeven.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De Rivierland Route is door de teams zelf uitgewerkt; dat geeft eigenaarschap.",
                "kracht",
                ["professional", "duidelijkheid"],
                0,
            ),
            _waarneming(
                "De directeur wil de drie gemeentelijke accenten vertalen naar één werkwijze; "
                "in de rapportages is dat nog niet gelukt.",
                "dilemma",
                ["politiek-bestuur"],
                1,
            ),
            _waarneming(
                "Het opleidingsbudget blijft liggen omdat er geen tijd is om het te gebruiken.",
                "aandachtspunt",
                ["professional"],
                3,
            ),
            _waarneming(
                "Met het wijkteam in Dijkhoven is er een vast overleg; in Rivierdal en "
                "Oeverwijk hangt de samenwerking af van losse contacten.",
                "aandachtspunt",
                ["samenwerken"],
                2,
            ),
        ],
        "citaten": [
            _citaat(
                "Iedere wethouder in ons bestuur wil het goede, maar ieder heeft ook een eigen "
                "raad om naar terug te gaan.",
                "directeur",
            ),
            _citaat(
                "We hebben een goede koers, alleen te weinig handen om hem te varen.", "directeur"
            ),
        ],
    },
    {
        "soort": "groepsgesprek",
        "titel": "Klantmanagers en inkomensconsulent",
        "dagen_na_start": 8,
        "tijd": "13:30",
        "duur_minuten": 120,
        "plaats": "Werkbedrijf Rivierland, vergaderzaal De Uiterwaard",
        "deelnemers": [
            _deelnemer("klantmanager team Rivierdal", "Sven Mulder", True),
            _deelnemer("klantmanager team Oeverwijk", "Nadia Bouzid", True),
            _deelnemer("klantmanager team Dijkhoven", "", True),
            _deelnemer("klantmanager team Rivierdal", "", False),
            _deelnemer("klantmanager jongeren", "", True),
            _deelnemer("inkomensconsulent", "Erik de Graaf", False),
        ],
        "aantekeningen": _md(
            """
            # Groepsgesprek: klantmanagers en inkomensconsulent

            ## Ronde 1: Welkom en afspraken

            - Zes deelnemers. Afgesproken dat citaten alleen anoniem of op functie worden
              gebruikt, en alleen na toestemming. Twee deelnemers willen niet geciteerd worden.

            ## Ronde 2: Kennismaken

            - Trots op: een jongere die na twee jaar thuiszitten met een opleiding bij het
              leerwerkbedrijf begon; een alleenstaande moeder die nu een eigen
              schoonmaakbedrijf heeft; "dat ik een klant gewoon mocht bellen in plaats van
              een brief te sturen".

            ## Ronde 3: Wat gaat goed

            - De Route geeft lucht: minder formulieren, meer gesprek.
            - Grote onderlinge steun. De intervisie op dinsdag wordt gewaardeerd, "als hij
              tenminste doorgaat".
            - Korte lijnen met de jobcoaches van het leerwerkbedrijf.

            ## Ronde 4: Waar lopen jullie tegenaan

            - Caseload: met rond de 170 klanten is de Route volgens de groep niet te lopen.
            - Trajectbudget van € 750: de helft kent het, een paar gebruiken het. Twijfel of
              het "echt mag", omdat financiën bij elke uitgave om een onderbouwing vraagt.
            - Klanten uit Rivierdal krijgen vaker een heronderzoek; klantmanagers merken dat
              ze daar met een andere toon beginnen.

            ## Ronde 5: Wat helpt, wat hindert

            - Helpt: het teamoverleg op maandag, de vaste contactpersoon bij de schuldhulp in
              Dijkhoven.
            - Hindert: het klantvolgsysteem vraagt nog alle negen oude stappen, dus er wordt
              dubbel geregistreerd.

            ## Ronde 6: Boodschap aan leiding en bestuur

            - "Kom een dag meelopen."
            - "Kies wat je wilt meten, en meet dan ook dat."

            ## Ronde 7: Waar staan we, waar willen we heen

            - Staan: "halverwege de brug".
            - Willen: een Route die we echt kunnen lopen, met tijd voor de inwoners die het
              meeste nodig hebben.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Klantmanagers ervaren de Route als een verademing: minder formulieren, meer "
                "gesprek.",
                "kracht",
                ["burger", "professional"],
                0,
            ),
            _waarneming(
                "Een groot deel van de klantmanagers weet niet zeker of ze het trajectbudget "
                "zelfstandig mogen inzetten.",
                "aandachtspunt",
                ["duidelijkheid", "rugdekking"],
                0,
            ),
            _waarneming(
                "Het klantvolgsysteem is nog ingericht op de oude werkwijze; klantmanagers "
                "registreren dubbel.",
                "aandachtspunt",
                ["aandacht-uitvoering"],
                3,
            ),
            _waarneming(
                "Klantmanagers passen hun toon aan per gemeente. Hoe verhoudt zich dat tot één "
                "werkwijze voor alle inwoners?",
                "dilemma",
                ["balans", "politiek-bestuur"],
                1,
            ),
            _waarneming(
                "De onderlinge steun en de wekelijkse intervisie zijn een steunpilaar van het "
                "team.",
                "kracht",
                ["professional"],
                3,
            ),
        ],
        "citaten": [
            _citaat(
                "Met honderdzeventig mensen kun je de Route niet lopen, hooguit beschrijven.",
                "klantmanager",
            ),
            _citaat(
                "Bij klanten uit Rivierdal begin ik met de papieren, bij Oeverwijk met de koffie.",
                "klantmanager",
                "gevraagd",
                "anoniem",
            ),
            _citaat(
                "Ik mocht een klant gewoon bellen in plaats van een brief te sturen. Dat voelde "
                "als vakwerk.",
                "klantmanager",
            ),
        ],
    },
    {
        "soort": "meeloopronde",
        "titel": "Meelopen met een klantmanager in Oeverwijk",
        "dagen_na_start": 10,
        "tijd": "08:45",
        "duur_minuten": 240,
        "plaats": "Werkplein Oeverwijk en een huisbezoek",
        "deelnemers": [_deelnemer("klantmanager team Oeverwijk", "Nadia Bouzid", True)],
        "aantekeningen": _md(
            """
            # Meeloopronde: klantmanager team Oeverwijk

            ## Wat zie je

            - Start om kwart voor negen met een kwartier mail: 31 ongelezen berichten, waarvan
              negen van klanten.
            - Kennismakingsgesprek met een man van 58, sinds kort in de bijstand na het
              faillissement van zijn bedrijf. De klantmanager laat het intakeformulier liggen
              en vraagt eerst naar zijn verhaal. Het gesprek duurt 55 minuten (gepland: 30).
            - Huisbezoek bij een moeder met drie kinderen. Het wijkteam is al betrokken bij de
              oudste zoon; de klantmanager hoort dat pas van de moeder zelf.
            - Terug op kantoor: 40 minuten registreren.

            ## Wat zeggen mensen

            - Klantmanager, na het eerste gesprek: als ze het formulier had laten invullen, had
              ze de schuld bij de Belastingdienst niet gehoord.
            - De moeder: "Ik vertel dit nu voor de derde keer."
            - Collega bij de koffieautomaat: "Je bent laat, hè? Dat is de Route."

            ## Wat helpt

            - De vrijheid om het gesprek zelf in te richten.
            - Een collega die tijdens het huisbezoek de telefoon overneemt.
            - De klantmanager kent de sociale kaart van Oeverwijk goed.

            ## Wat hindert

            - Geen zicht op de betrokkenheid van het wijkteam; de systemen zijn gescheiden en
              de wijkteamcollega is pas de volgende dag bereikbaar.
            - Registratie in negen stappen, terwijl er drie zijn gezet.

            ## Vragen voor later

            - Is er een afspraak met de wijkteams over het delen van betrokkenheid, met
              toestemming van de inwoner?
            - Hoe kijkt de teamleider naar gesprekken die langer duren dan gepland?
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De klantmanager neemt de tijd voor het verhaal van de inwoner en vindt zo een "
                "schuld die op een formulier gemist was.",
                "kracht",
                ["burger"],
                0,
            ),
            _waarneming(
                "Een inwoner vertelt haar verhaal aan meerdere hulpverleners, omdat werkbedrijf "
                "en wijkteam elkaars betrokkenheid niet zien.",
                "aandachtspunt",
                ["samenwerken", "burger"],
                2,
            ),
            _waarneming(
                "Het registreren kost bijna evenveel tijd als het gesprek zelf.",
                "aandachtspunt",
                ["aandacht-uitvoering"],
                3,
            ),
        ],
        "citaten": [
            _citaat(
                "Als ik hem het formulier had laten invullen, had ik nooit van die schuld bij de "
                "Belastingdienst gehoord.",
                "klantmanager",
            ),
            _citaat("Ik vertel dit nu voor de derde keer.", "inwoner", "gevraagd", "anoniem"),
        ],
    },
    {
        "soort": "interview",
        "titel": "Teamleider Inkomen en medewerker handhaving",
        "dagen_na_start": 14,
        "tijd": "14:00",
        "duur_minuten": 75,
        "plaats": "Werkbedrijf Rivierland, kantoor Rivierdal",
        "deelnemers": [
            _deelnemer("teamleider Inkomen", "Gerard Smit", False),
            _deelnemer("medewerker handhaving", "", True),
        ],
        "aantekeningen": _md(
            """
            # Interview: teamleider Inkomen en medewerker handhaving

            ## Opening

            - Teamleider werkt 22 jaar in de sociale zekerheid, waarvan acht bij het
              werkbedrijf. Handhaver zit er vier jaar, kwam van de Belastingdienst.

            ## Balans

            - Handhaving werkt met informatiegesprekken bij de start van een uitkering: wat
              moet je doorgeven, wat gebeurt er als je dat vergeet. Ziet dat als
              dienstverlening.
            - Na de raadsvragen in Rivierdal is het aantal heronderzoeken in een half jaar
              verdubbeld. De capaciteit is gelijk gebleven; de informatiegesprekken schieten er
              bij in.
            - Teamleider: de Route vraagt om vertrouwen, het heronderzoek om wantrouwen, "en
              mijn mensen moeten allebei op dezelfde ochtend".

            ## Rugdekking

            - Teamleider voelt zich gesteund door de directeur, maar weet niet wat er gebeurt
              als er een nieuwe fraudezaak in de krant komt.
            - Wil niet geciteerd worden; opmerkingen mogen wel als achtergrond dienen.

            ## Duidelijkheid

            - Er is geen gezamenlijke afweging vastgelegd over wanneer een signaal tot
              heronderzoek leidt; het verschilt per consulent.

            ## Afsluiting

            - Waar staan we: handhaving is goed georganiseerd maar "loopt achter de feiten
              aan".
            - Waar willen we heen: terug naar voorkomen in plaats van terugvorderen.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Handhaving ziet zichzelf als onderdeel van goede dienstverlening en werkt "
                "preventief met informatiegesprekken.",
                "kracht",
                ["balans"],
                0,
            ),
            _waarneming(
                "Na raadsvragen in één gemeente is het aantal heronderzoeken verdubbeld, zonder "
                "dat de capaciteit meegroeide.",
                "aandachtspunt",
                ["politiek-bestuur"],
                1,
            ),
            _waarneming(
                "Teamleiders staan tussen de ruimte van de Route en de vraag om meer controle. "
                "Hoe houd je beide vast op dezelfde werkvloer?",
                "dilemma",
                ["rugdekking", "balans"],
                1,
            ),
        ],
        "citaten": [
            _citaat(
                "Als het misgaat, staat niet de directeur in de krant, maar mijn consulent.",
                "teamleider",
                "geweigerd",
                "anoniem",
            ),
            _citaat(
                "Handhaving is ook dienstverlening: wie op tijd hoort waar hij aan toe is, "
                "hoeft later niets terug te betalen.",
                "medewerker handhaving",
            ),
        ],
    },
    {
        "soort": "interview",
        "titel": "Wethouder Werk en Inkomen Oeverwijk",
        "dagen_na_start": 17,
        "tijd": "11:00",
        "duur_minuten": 60,
        "plaats": "Gemeentehuis Oeverwijk",
        "deelnemers": [_deelnemer("wethouder Werk en Inkomen Oeverwijk", "", True)],
        "aantekeningen": _md(
            """
            # Interview: wethouder Werk en Inkomen Oeverwijk

            ## Opening

            - Tweede termijn als wethouder; lid van het algemeen bestuur van het werkbedrijf.
            - Trots op het experiment "Vrij besteedbaar", waarin inwoners een klein budget
              zelf mogen besteden aan hun eigen re-integratie.

            ## Politiek en bestuur

            - In het algemeen bestuur wordt open gesproken; de drie wethouders kennen elkaars
              accenten. "We zijn het oneens over de toon, niet over het doel."
            - De raad van Oeverwijk krijgt de kwartaalrapportage, maar leest die nauwelijks.
              Raadsleden reageren vooral op verhalen en incidenten.
            - Heeft nog nooit met een klantmanager meegelopen, wil dat wel.

            ## Rugdekking

            - Zegt dat het experiment "mag mislukken, zolang we ervan leren". Heeft dat in de
              raad ook zo gezegd, bij de start.

            ## Duidelijkheid

            - Vindt drie bijlagen bij de rapportage "begrijpelijk, maar ook wat verspillend".
              Zou graag samen met de andere wethouders een kleinere, gedeelde set indicatoren
              afspreken.

            ## Afsluiting

            - Waar staan we: goede basis, nog te weinig gedeeld verhaal in het bestuur.
            - Waar willen we heen: één verhaal van het werkbedrijf dat in alle drie de raden
              herkend wordt.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De wethouder van Oeverwijk verdedigt de ruimte van klantmanagers bestuurlijk "
                "en presenteert het experiment als gezamenlijk leren.",
                "kracht",
                ["politiek-bestuur", "rugdekking"],
                1,
            ),
            _waarneming(
                "Bestuurders en raden ontvangen vooral cijfers en zelden verhalen uit de "
                "uitvoering.",
                "aandachtspunt",
                ["politiek-bestuur", "aandacht-uitvoering"],
                1,
            ),
            _waarneming(
                "Hoeveel verschil tussen de gemeenten kan één werkbedrijf dragen?",
                "dilemma",
                ["politiek-bestuur", "duidelijkheid"],
                1,
            ),
        ],
        "citaten": [
            _citaat(
                "Ik krijg elk kwartaal veertig pagina's cijfers, maar het verhaal van één "
                "klantmanager zegt me meer.",
                "wethouder",
            ),
        ],
    },
    {
        "soort": "meeloopronde",
        "titel": "Leerwerkbedrijf De Werf",
        "dagen_na_start": 21,
        "tijd": "09:00",
        "duur_minuten": 180,
        "plaats": "Leerwerkbedrijf De Werf, Dijkhoven",
        "deelnemers": [
            _deelnemer("jobcoach", "Ramon Peters", True),
            _deelnemer("accountmanager werkgevers", "", True),
        ],
        "aantekeningen": _md(
            """
            # Meeloopronde: leerwerkbedrijf De Werf

            ## Wat zie je

            - Veertien deelnemers verdeeld over de fietsenwerkplaats, de groenploeg en de
              kantine. De jobcoach kent iedereen bij naam en weet wat er thuis speelt.
            - Dagstart om negen uur: wie er is, wie niet, en wie er gebeld moet worden.
            - Een deelnemer oefent een sollicitatiegesprek met de accountmanager, voor een
              baan bij een hovenier in Dijkhoven.

            ## Wat zeggen mensen

            - Jobcoach: hier mogen mensen fouten maken, dat hebben de meesten nergens anders
              gehad.
            - Accountmanager: werkgevers in de regio bellen zelf als ze iemand zoeken; "het
              netwerk is warm".
            - Deelnemer in de kantine: "Ik kom hier al drie jaar. Het is mijn plek."

            ## Wat helpt

            - Vaste gezichten en een vaste dagstructuur.
            - Korte lijn tussen jobcoach en accountmanager: ze zitten in hetzelfde gebouw.

            ## Wat hindert

            - Informatie van de klantmanager komt via losse mails; de jobcoach weet soms niet
              dat er een schuldhulptraject loopt.
            - Een deel van de deelnemers zit er langer dan twee jaar; doorstroom naar werk
              blijft uit en er komen plekken te kort voor nieuwe instroom.

            ## Vragen voor later

            - Hoe wordt bepaald wanneer iemand klaar is voor een volgende stap?
            - Wie houdt de regie: de klantmanager of de jobcoach?
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De jobcoaches kennen hun deelnemers goed en er is een warm netwerk van lokale "
                "werkgevers.",
                "kracht",
                ["burger", "samenwerken"],
                None,
            ),
            _waarneming(
                "Een deel van de deelnemers blijft langer dan twee jaar. Het leerwerkbedrijf "
                "is voor hen een veilige plek, maar de doorstroom stokt.",
                "dilemma",
                ["burger", "balans"],
                3,
            ),
            _waarneming(
                "Informatie tussen klantmanager en jobcoach loopt via losse mails; de jobcoach "
                "mist soms wat er thuis speelt.",
                "aandachtspunt",
                ["samenwerken"],
                None,
            ),
        ],
        "citaten": [
            _citaat(
                "Hier mag je fouten maken. Dat hebben de meesten nergens anders gehad.",
                "jobcoach",
            ),
            _citaat(
                "Ik kom hier al drie jaar. Het is mijn plek.",
                "deelnemer leerwerkbedrijf",
                "gevraagd",
                "anoniem",
            ),
        ],
    },
    {
        "soort": "groepsgesprek",
        "titel": "Wijkteams en schuldhulpverlening uit de drie gemeenten",
        "dagen_na_start": 28,
        "tijd": "13:00",
        "duur_minuten": 120,
        "plaats": "Gemeentehuis Dijkhoven, raadzaal",
        "deelnemers": [
            _deelnemer("wijkteammedewerker Rivierdal"),
            _deelnemer("wijkteammedewerker Oeverwijk"),
            _deelnemer("wijkteamcoördinator Dijkhoven"),
            _deelnemer("schuldhulpverlener Rivierdal"),
            _deelnemer("schuldhulpverlener Dijkhoven"),
            _deelnemer("klantmanager team Dijkhoven"),
        ],
        "aantekeningen": "",
        "waarnemingen": [],
        "citaten": [],
    },
    {
        "soort": "interview",
        "titel": "Wethouder Sociale Zaken Rivierdal",
        "dagen_na_start": 31,
        "tijd": "16:00",
        "duur_minuten": 60,
        "plaats": "Gemeentehuis Rivierdal",
        "deelnemers": [_deelnemer("wethouder Sociale Zaken Rivierdal")],
        "aantekeningen": "",
        "waarnemingen": [],
        "citaten": [],
    },
]

# ---------------------------------------------------------------------------------------------
# Gemeente Spiegelstad (status schets).
# ---------------------------------------------------------------------------------------------
VELDWERK["Gemeente Spiegelstad"] = [
    {
        "soort": "documentstudie",
        "titel": "Coalitieakkoord, handhavingsbeleid en wachtlijstcijfers",
        "dagen_na_start": 0,
        "tijd": "09:30",
        "duur_minuten": 150,
        "plaats": "Op afstand",
        "deelnemers": [],
        "aantekeningen": _md(
            """
            # Documentstudie: coalitieakkoord, handhavingsbeleid, wachtlijst

            ## Document

            - Coalitieakkoord, hoofdstuk "Een stad die naast je staat" (sociaal domein).
            - Handhavingsbeleid Participatiewet, vastgesteld vier jaar geleden.
            - Maandcijfers aanmeldingen en wachttijd schuldhulpverlening, afgelopen 18 maanden.
            - Verslag van de teamleidersdag van september.

            ## Kernboodschap

            - Het akkoord kiest voor "vertrouwen als vertrekpunt" en vraagt om minder
              controles vooraf en meer persoonlijk contact.
            - Het handhavingsbeleid schrijft bij elke aanvraag een volledige controle op
              vermogen en woonsituatie voor, en een huisbezoek bij twijfel.

            ## Wat valt op

            - De twee stukken zijn niet met elkaar verbonden; het handhavingsbeleid is niet
              herzien na het akkoord.
            - De wachttijd schuldhulp loopt drie kwartalen op, van vijf naar ruim acht weken.
              Ongeveer een kwart van de aanmelders komt niet naar het eerste gesprek.
            - Het verslag van de teamleidersdag is eerlijk en concreet: teamleiders benoemen
              wat ze nodig hebben (tijd, duidelijke kaders, terugkoppeling).

            ## Relatie met de kernvragen

            - Kernvraag 1: de spanning tussen akkoord en beleid staat op papier.
            - Kernvraag 2: de cijfers laten oplopende wachttijd en uitval zien.
            - Kernvraag 3: het verslag van de teamleidersdag is een goed vertrekpunt.

            ## Vragen voor de gesprekken

            - Welk van beide stukken volgen klantmanagers in de praktijk?
            - Waarom haken aanmelders voor schuldhulp af?
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Het coalitieakkoord kiest voor vertrouwen als vertrekpunt, maar het "
                "handhavingsbeleid van vier jaar geleden is niet aangepast.",
                "dilemma",
                ["balans", "duidelijkheid"],
                0,
            ),
            _waarneming(
                "De wachttijd voor schuldhulpverlening loopt al drie kwartalen op en ongeveer "
                "een kwart van de aanmelders haakt af voor het eerste gesprek.",
                "aandachtspunt",
                ["burger"],
                1,
            ),
            _waarneming(
                "Het verslag van de teamleidersdag laat een groep zien die de verandering wil "
                "dragen en openlijk benoemt wat ze daarvoor nodig heeft.",
                "kracht",
                ["rugdekking"],
                2,
            ),
        ],
        "citaten": [],
    },
    {
        "soort": "interview",
        "titel": "Afdelingshoofd Werk, Inkomen en Schulden",
        "dagen_na_start": 5,
        "tijd": "10:00",
        "duur_minuten": 90,
        "plaats": "Stadskantoor Spiegelstad",
        "deelnemers": [_deelnemer("afdelingshoofd", "Joost van Leeuwen", True)],
        "aantekeningen": _md(
            """
            # Interview: afdelingshoofd Werk, Inkomen en Schulden

            ## Opening

            - Drie jaar afdelingshoofd; begon een half jaar na de fraudezaak. Heeft de
              afdeling "door de storm heen" geleid.

            ## Balans

            - Wil geen abrupte omslag. Heeft de teams gevraagd zelf voorstellen te doen voor
              hoe vertrouwen er in hun werk uitziet; die voorstellen komen in het voorjaar.
            - Merkt dat bestuur en raad de fraudezaak nog scherp in het geheugen hebben.

            ## Rugdekking

            - Vier teamleiders met elk gemiddeld zestien medewerkers. Weet dat ze weinig tijd
              hebben voor individuele begeleiding.
            - Probeert de teamleiders wekelijks te spreken, lukt niet altijd.

            ## Duurzaamheid

            - De wachtlijst schuldhulp wordt nu met tijdelijke inhuur weggewerkt; "dat is
              dweilen". Wil structureel twee schuldhulpverleners erbij, dat ligt bij de
              begroting.

            ## Afsluiting

            - Waar staan we: stabiel, maar voorzichtig.
            - Waar willen we heen: een afdeling die vertrouwen geeft en fraude toch ziet.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Het afdelingshoofd kiest bewust voor een geleidelijke omslag en vraagt de "
                "teams zelf voorstellen te doen.",
                "kracht",
                ["duurzaamheid", "professional"],
                0,
            ),
            _waarneming(
                "Teamleiders hebben gemiddeld zestien medewerkers en weinig tijd voor "
                "individuele begeleiding.",
                "aandachtspunt",
                ["rugdekking", "professional"],
                2,
            ),
            _waarneming(
                "Hoe maak je ruimte voor vertrouwen terwijl de herinnering aan de fraudezaak bij "
                "bestuur en raad nog leeft?",
                "dilemma",
                ["politiek-bestuur", "balans"],
                0,
            ),
        ],
        "citaten": [
            _citaat(
                "We willen niet van de ene kramp in de andere schieten. Vertrouwen moet je "
                "opbouwen, niet afkondigen.",
                "afdelingshoofd",
            ),
        ],
    },
    {
        "soort": "groepsgesprek",
        "titel": "Klantmanagers, handhavers en inkomensconsulent",
        "dagen_na_start": 12,
        "tijd": "13:30",
        "duur_minuten": 120,
        "plaats": "Stadskantoor Spiegelstad, zaal 4.12",
        "deelnemers": [
            _deelnemer("klantmanager", "Marieke Dorrestein", True),
            _deelnemer("klantmanager", "", True),
            _deelnemer("klantmanager", "", True),
            _deelnemer("handhaver", "Tom Reijnders", False),
            _deelnemer("handhaver", "", True),
            _deelnemer("inkomensconsulent", "", True),
        ],
        "aantekeningen": _md(
            """
            # Groepsgesprek: klantmanagers, handhavers en inkomensconsulent

            ## Ronde 1: Welkom en afspraken

            - Zes deelnemers. Eén handhaver wil niet geciteerd worden.

            ## Ronde 2: Kennismaken

            - Trots op: een jonge vader die via een werkervaringsplek een vast contract kreeg;
              een terugvordering die met een betalingsregeling netjes is opgelost.

            ## Ronde 3: Wat gaat goed

            - Sinds twee maanden zitten klantmanagers en handhavers samen in een wekelijks
              casusoverleg. Beide kanten vinden dat leerzaam.

            ## Ronde 4: Waar lopen jullie tegenaan

            - Niemand weet precies wat "vertrouwen als vertrekpunt" betekent voor de eigen
              beslissingen. Er zijn geen voorbeelden of werkafspraken.
            - Handhavers zijn bang dat vertrouwen wordt uitgelegd als minder controle;
              klantmanagers dat controle wordt uitgelegd als wantrouwen.

            ## Ronde 5: Wat helpt, wat hindert

            - Helpt: het casusoverleg, een teamleider die meedenkt.
            - Hindert: een controlelijst die bij elke aanvraag volledig moet worden
              doorlopen, ook bij een verlenging zonder wijzigingen.

            ## Ronde 6: Boodschap aan leiding en bestuur

            - "Laat zien wat je bedoelt, met een voorbeeld."

            ## Ronde 7: Waar staan we, waar willen we heen

            - Staan: "op de drempel". Willen: samen bepalen waar vertrouwen kan en waar niet.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Klantmanagers en handhavers zitten sinds kort samen in een wekelijks "
                "casusoverleg en ervaren dat als leerzaam.",
                "kracht",
                ["balans", "samenwerken"],
                0,
            ),
            _waarneming(
                "Klantmanagers weten niet welke afwegingen 'vertrouwen als vertrekpunt' van hen "
                "vraagt; voorbeelden en werkafspraken ontbreken.",
                "aandachtspunt",
                ["duidelijkheid", "aandacht-uitvoering"],
                0,
            ),
            _waarneming(
                "Handhavers vrezen dat vertrouwen wordt uitgelegd als minder controle, "
                "klantmanagers dat controle wordt uitgelegd als wantrouwen.",
                "dilemma",
                ["balans"],
                0,
            ),
        ],
        "citaten": [
            _citaat(
                "Sinds de handhaver bij ons casusoverleg zit, snap ik eindelijk waarom hij "
                "bepaalde vragen stelt.",
                "klantmanager",
            ),
            _citaat(
                "Vertrouwen is prima, maar wie zit er straks bij de raad als het weer misgaat?",
                "handhaver",
                "geweigerd",
                "anoniem",
            ),
            _citaat(
                "Ik wil best vertrouwen geven. Vertel me alleen hoe dat eruitziet op een "
                "dinsdagochtend met twaalf afspraken.",
                "klantmanager",
            ),
        ],
    },
    {
        "soort": "meeloopronde",
        "titel": "Inloopspreekuur schuldhulp",
        "dagen_na_start": 19,
        "tijd": "09:00",
        "duur_minuten": 180,
        "plaats": "Wijkcentrum De Kroon, Spiegelstad-Noord",
        "deelnemers": [
            _deelnemer("schuldhulpverlener", "", True),
            _deelnemer("vrijwilliger thuisadministratie", "", True),
        ],
        "aantekeningen": _md(
            """
            # Meeloopronde: inloopspreekuur schuldhulp

            ## Wat zie je

            - Elf bezoekers in drie uur. Een schuldhulpverlener en twee vrijwilligers van de
              thuisadministratie helpen aan drie tafels.
            - Veel mensen komen met een tas ongeopende post. De vrijwilligers sorteren samen
              met hen: wat is dringend, wat kan wachten.
            - Drie bezoekers staan al op de wachtlijst voor een eerste gesprek.

            ## Wat zeggen mensen

            - Schuldhulpverlener: wie eerst een compleet dossier moet aanleveren, komt vaak
              niet terug.
            - Bezoeker: "Ik durfde de envelop van de energieleverancier niet open te maken."

            ## Wat helpt

            - De vrijwilligers: laagdrempelig, geduldig, vaak zelf ervaringsdeskundig.
            - De schuldhulpverlener kan ter plekke een beslagvrije voet laten herberekenen.

            ## Wat hindert

            - Voor een eerste gesprek moet het dossier compleet zijn; dat lukt veel mensen
              niet zonder hulp.
            - Tijdelijke krachten wisselen elkaar af; bezoekers zien telkens een ander gezicht.

            ## Vragen voor later

            - Kan het eerste gesprek beginnen zonder compleet dossier?
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Het inloopspreekuur met vrijwilligers van de thuisadministratie vangt inwoners "
                "op die anders van de wachtlijst zouden verdwijnen.",
                "kracht",
                ["burger", "samenwerken"],
                1,
            ),
            _waarneming(
                "Voor het eerste gesprek moet een inwoner een volledig dossier aanleveren; voor "
                "veel mensen is dat de grootste drempel.",
                "aandachtspunt",
                ["burger", "aandacht-uitvoering"],
                1,
            ),
            _waarneming(
                "De wachtlijst wordt opgevangen met tijdelijke inhuur, waardoor kennis en "
                "vaste gezichten telkens verdwijnen.",
                "aandachtspunt",
                ["duurzaamheid"],
                1,
            ),
        ],
        "citaten": [
            _citaat(
                "Mensen komen met een tas vol enveloppen. Als we eerst om een compleet dossier "
                "vragen, zien we ze niet terug.",
                "schuldhulpverlener",
            ),
        ],
    },
    {
        "soort": "interview",
        "titel": "Twee teamleiders",
        "dagen_na_start": 26,
        "tijd": "15:00",
        "duur_minuten": 75,
        "plaats": "Stadskantoor Spiegelstad",
        "deelnemers": [
            _deelnemer("teamleider Werk", "", True),
            _deelnemer("teamleider Inkomen", "", True),
        ],
        "aantekeningen": _md(
            """
            # Interview: twee teamleiders

            ## Rugdekking

            - Beide teamleiders voelen zich persoonlijk gesteund door het afdelingshoofd,
              maar ervaren de opdracht als tweeledig: de handhavingsnormen bewaken én de
              nieuwe ruimte stimuleren.
            - Signalen van klantmanagers geven ze door naar boven, maar ze horen zelden wat
              ermee gebeurt. Dat maakt het lastig om hun team iets terug te vertellen.

            ## Investeren in de professional

            - De vier teamleiders hebben zelf een intervisiegroep opgezet, eens per twee
              weken. Noemen dat "onmisbaar".
            - Geen eigen opleidingstraject voor teamleiders sinds de reorganisatie.

            ## Afsluiting

            - Waar staan we: "we hebben de wil, nog niet de woorden".
            - Waar willen we heen: heldere kaders waarbinnen klantmanagers zelf mogen kiezen.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Teamleiders steunen elkaar in een intervisiegroep die ze zelf hebben opgezet.",
                "kracht",
                ["professional", "rugdekking"],
                2,
            ),
            _waarneming(
                "Teamleiders geven signalen van klantmanagers door, maar horen zelden wat "
                "ermee gebeurt.",
                "aandachtspunt",
                ["rugdekking", "aandacht-uitvoering"],
                2,
            ),
            _waarneming(
                "Teamleiders moeten tegelijk de handhavingsnormen bewaken en de nieuwe ruimte "
                "stimuleren.",
                "dilemma",
                ["balans", "rugdekking"],
                2,
            ),
        ],
        "citaten": [
            _citaat(
                "Ik sta elke ochtend op met de vraag welke van de twee boodschappen ik vandaag "
                "ga uitleggen.",
                "teamleider",
                "gegeven",
                "anoniem",
            ),
            _citaat(
                "Onze intervisie is het enige uur in de week waarin niemand iets van ons wil.",
                "teamleider",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Gemeente Lindenhoek (status wederhoor).
# ---------------------------------------------------------------------------------------------
VELDWERK["Gemeente Lindenhoek"] = [
    {
        "soort": "documentstudie",
        "titel": "Subsidiebeschikking, uitvoeringsplan, jeugdmonitor en raadsinformatiebrieven",
        "dagen_na_start": 0,
        "tijd": "09:00",
        "duur_minuten": 180,
        "plaats": "Op afstand",
        "deelnemers": [],
        "aantekeningen": _md(
            """
            # Documentstudie: subsidie, uitvoeringsplan, monitor en raadsbrieven

            ## Document

            - Subsidiebeschikking Stichting Wijkkracht en het uitvoeringsplan van de stichting.
            - Jeugdmonitor van de stichting (laatste vier edities).
            - Zes raadsinformatiebrieven over jeugdhulp van het afgelopen jaar.

            ## Kernboodschap

            - De beschikking legt vooral aantallen en kosten vast: aantal toegangsgesprekken,
              aantal verwijzingen, gemiddelde kosten per traject.
            - Het uitvoeringsplan van de stichting beschrijft de werkwijze met een weegtafel
              voor dure of langdurige jeugdhulp.

            ## Wat valt op

            - De monitor is zorgvuldig en laat per wijk zien waar de groei zit.
            - Over de kwaliteit van de toegang staat weinig in de beschikking.
            - De raadsbrieven leggen uit wat jeugdhulp kost, maar zelden wat het gezinnen
              oplevert.

            ## Relatie met de kernvragen

            - Kernvraag 1: monitor en weegtafel zijn aanknopingspunten.
            - Kernvraag 2: de beschikking is vooral een financieel document.
            - Kernvraag 3: de raad krijgt informatie als reactie op vragen.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De subsidiebeschikking stuurt op aantallen en kosten; over de kwaliteit van de "
                "toegang staat er weinig in.",
                "aandachtspunt",
                ["duidelijkheid", "samenwerken"],
                1,
            ),
            _waarneming(
                "De jeugdmonitor van de stichting is zorgvuldig en laat per wijk zien waar de "
                "groei zit.",
                "kracht",
                ["duidelijkheid"],
                0,
            ),
            _waarneming(
                "De raadsinformatiebrieven leggen uit wat jeugdhulp kost, maar zelden wat het "
                "gezinnen oplevert.",
                "dilemma",
                ["politiek-bestuur"],
                2,
            ),
        ],
        "citaten": [],
    },
    {
        "soort": "groepsgesprek",
        "titel": "Wijkteamleden jeugd en Wmo",
        "dagen_na_start": 9,
        "tijd": "13:00",
        "duur_minuten": 120,
        "plaats": "Wijkcentrum De Linde",
        "deelnemers": [
            _deelnemer("wijkteammedewerker jeugd", "", True),
            _deelnemer("wijkteammedewerker jeugd", "", True),
            _deelnemer("wijkteammedewerker jeugd", "", True),
            _deelnemer("wijkteammedewerker Wmo", "", True),
            _deelnemer("wijkteammedewerker Wmo", "", True),
            _deelnemer("coördinator wijkteam", "", True),
        ],
        "aantekeningen": _md(
            """
            # Groepsgesprek: wijkteamleden jeugd en Wmo

            ## Ronde 2: Kennismaken

            - Trots op: een gezin dat na een jaar ambulante hulp zonder verdere zorg verder
              kan; een mantelzorger die weer lucht heeft dankzij dagbesteding.

            ## Ronde 3: Wat gaat goed

            - Wijkteamleden kennen hun wijk, de huisartsen en de scholen. Korte lijnen.
            - De weegtafel: bij dure of langdurige jeugdhulp bespreken collega's de casus
              samen. Voelt niet als controle maar als collegiale toets.

            ## Ronde 4: Waar lopen jullie tegenaan

            - De bezuinigingsopdracht wordt ervaren als twijfel aan hun oordeel.
            - Maandelijks overzicht van kosten per kind; niemand vraagt hoe het met het kind
              gaat.

            ## Ronde 7: Waar staan we, waar willen we heen

            - Staan: sterk in de wijk, onzeker over wat er van ons verwacht wordt.
            - Willen: samen met de gemeente bepalen wat goede jeugdhulp is, niet alleen wat
              die mag kosten.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Wijkteamleden kennen hun wijk en hebben korte lijnen met huisartsen en scholen.",
                "kracht",
                ["burger", "samenwerken"],
                0,
            ),
            _waarneming(
                "Bij dure of langdurige jeugdhulp gebruikt het wijkteam een weegtafel waar "
                "collega's elkaar bevragen.",
                "kracht",
                ["balans", "professional"],
                0,
            ),
            _waarneming(
                "Wijkteamleden ervaren de bezuinigingsopdracht als twijfel aan hun "
                "professionele oordeel.",
                "aandachtspunt",
                ["rugdekking"],
                0,
            ),
            _waarneming(
                "Hoe weeg je de kosten af tegen wat een gezin nodig heeft, als het budget niet "
                "toereikend is?",
                "dilemma",
                ["balans", "burger"],
                0,
            ),
        ],
        "citaten": [
            _citaat(
                "Aan de weegtafel zegt niemand nee tegen een gezin. We vragen elkaar: is dit het "
                "beste wat we kunnen doen?",
                "wijkteammedewerker jeugd",
            ),
            _citaat(
                "Elke maand een nieuw overzicht met kosten per kind. Niemand vraagt hoe het met "
                "dat kind gaat.",
                "wijkteammedewerker",
                "gegeven",
                "anoniem",
            ),
        ],
    },
    {
        "soort": "interview",
        "titel": "Wethouder Jeugd",
        "dagen_na_start": 16,
        "tijd": "11:30",
        "duur_minuten": 60,
        "plaats": "Gemeentehuis Lindenhoek",
        "deelnemers": [_deelnemer("wethouder Jeugd", "", True)],
        "aantekeningen": _md(
            """
            # Interview: wethouder Jeugd

            ## Politiek en bestuur

            - Gaat elke maand op werkbezoek bij een wijkteam. Spreekt in de raad liever over
              gezinnen dan over bedragen, maar merkt dat de raad vooral naar de begroting
              kijkt.
            - De raad krijgt informatie schriftelijk, meestal in reactie op vragen. Er is
              geen vast moment waarop raadsleden met de uitvoering praten.

            ## Afsluiting

            - Wil de raad een middag aan de weegtafel laten meekijken (geanonimiseerd).
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De wethouder kent de praktijk uit werkbezoeken en spreekt in de raad over "
                "gezinnen, niet alleen over bedragen.",
                "kracht",
                ["politiek-bestuur"],
                2,
            ),
            _waarneming(
                "De raad ontvangt informatie vooral schriftelijk en als reactie op vragen; een "
                "vast moment om met de uitvoering te praten ontbreekt.",
                "aandachtspunt",
                ["politiek-bestuur", "aandacht-uitvoering"],
                2,
            ),
        ],
        "citaten": [
            _citaat(
                "Ik wil dat de raad eens een middag aan de weegtafel zit. Dan praten we daarna "
                "heel anders over geld.",
                "wethouder",
            ),
        ],
    },
    {
        "soort": "interview",
        "titel": "Directeur Stichting Wijkkracht en contractmanager gemeente",
        "dagen_na_start": 20,
        "tijd": "14:00",
        "duur_minuten": 90,
        "plaats": "Kantoor Stichting Wijkkracht",
        "deelnemers": [
            _deelnemer("directeur Stichting Wijkkracht", "", True),
            _deelnemer("contractmanager gemeente", "", True),
        ],
        "aantekeningen": _md(
            """
            # Interview: directeur stichting en contractmanager

            ## Samenwerken

            - Beide benadrukken de goede verstandhouding; ze spreken elkaar open aan.
            - Het contractoverleg (kwartaal) en het inhoudelijk overleg (beleidsadviseurs)
              lopen via verschillende mensen; die lijnen raken elkaar zelden.
            - De stichting wil meer samen leren, de gemeente moet ook sturen op de subsidie.

            ## Duidelijkheid

            - Onduidelijk wie beslist over het afschalen van dure trajecten: de weegtafel of
              de contractmanager.

            ## Afsluiting

            - Staan: goede relatie, te veel via spreadsheets.
            - Willen: één gezamenlijk overleg waarin geld en inhoud samenkomen.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Gemeente en stichting spreken elkaar open aan en willen allebei dat de Spiegel "
                "iets oplevert.",
                "kracht",
                ["samenwerken"],
                1,
            ),
            _waarneming(
                "Contractmanagement en inhoudelijke samenwerking lopen via verschillende mensen "
                "en overleggen, die elkaar zelden raken.",
                "aandachtspunt",
                ["samenwerken", "duidelijkheid"],
                1,
            ),
            _waarneming(
                "Opdrachtgever en partner tegelijk zijn: hoe combineer je sturen op een subsidie "
                "met samen leren?",
                "dilemma",
                ["samenwerken", "balans"],
                1,
            ),
        ],
        "citaten": [
            _citaat(
                "We spreken elkaar vaker in Excel dan aan tafel.", "directeur Stichting Wijkkracht"
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Gemeente Brugwaarde (status afgerond): the finished report.
# ---------------------------------------------------------------------------------------------
VELDWERK["Gemeente Brugwaarde"] = [
    {
        "soort": "documentstudie",
        "titel": "Werkprocessen, jaarcijfers en evaluatie vroegsignalering",
        "dagen_na_start": 0,
        "tijd": "09:00",
        "duur_minuten": 150,
        "plaats": "Op afstand",
        "deelnemers": [],
        "aantekeningen": _md(
            """
            # Documentstudie: werkprocessen, jaarcijfers, vroegsignalering

            ## Document

            - Vernieuwde werkprocesbeschrijvingen (inkomen, werk, schuldhulp), vorig jaar.
            - Jaarcijfers Werk, Inkomen en Schuldhulp.
            - Evaluatie vroegsignalering betalingsachterstanden.

            ## Kernboodschap

            - De werkprocessen zijn kort (twee tot vier pagina's per proces) en samen met
              medewerkers geschreven.
            - Vroegsignalering is een vaste werkwijze, met afspraken met de woningcorporatie,
              het waterbedrijf en twee energieleveranciers.

            ## Wat valt op

            - De achterstand in de bijzondere bijstand is in een jaar weggewerkt.
            - Er zijn veel cijfers over aantallen, weinig over wat het inwoners oplevert
              (blijven schulden stabiel, houden mensen werk?).

            ## Relatie met de kernvragen

            - Kernvraag 1: de basisprocessen staan; uitkomstinformatie ontbreekt.
            - Kernvraag 3: vroegsignalering verbindt schuldhulp met partners buiten de
              gemeente, maar nog weinig met werk.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De werkprocessen zijn opnieuw beschreven: kort, helder en samen met de "
                "medewerkers.",
                "kracht",
                ["duidelijkheid"],
                0,
            ),
            _waarneming(
                "Vroegsignalering van betalingsachterstanden is een vaste werkwijze, met "
                "afspraken met woningcorporatie, waterbedrijf en energieleveranciers.",
                "kracht",
                ["samenwerken", "burger"],
                2,
            ),
            _waarneming(
                "Informatie over wat de dienstverlening inwoners oplevert, zoals blijvend "
                "stabiele schulden, ontbreekt nog.",
                "aandachtspunt",
                ["duidelijkheid"],
                0,
            ),
        ],
        "citaten": [],
    },
    {
        "soort": "groepsgesprek",
        "titel": "Medewerkers inkomen, werk en schuldhulp",
        "dagen_na_start": 7,
        "tijd": "13:30",
        "duur_minuten": 120,
        "plaats": "Stadhuis Brugwaarde, Brugzaal",
        "deelnemers": [
            _deelnemer("inkomensconsulent", "", True),
            _deelnemer("inkomensconsulent", "", True),
            _deelnemer("klantmanager werk", "", True),
            _deelnemer("klantmanager werk", "", True),
            _deelnemer("schuldhulpverlener", "", True),
            _deelnemer("schuldhulpverlener", "", True),
            _deelnemer("medewerker bijzondere bijstand", "", True),
        ],
        "aantekeningen": _md(
            """
            # Groepsgesprek: medewerkers inkomen, werk en schuldhulp

            ## Ronde 2: Kennismaken

            - Trots op: de weggewerkte achterstand; "dat we weer gewoon op tijd beslissen".

            ## Ronde 3: Wat gaat goed

            - Rust: vaste leiding, duidelijke werkprocessen, weer tijd voor het vak.
            - Collega's van inkomen, werk en schuldhulp weten elkaar informeel te vinden.

            ## Ronde 4: Waar lopen jullie tegenaan

            - Er is geen gezamenlijk casusoverleg; samenwerking hangt af van wie je kent.
            - Voorzichtigheid bij nieuwe plannen: "we zijn net bijgekomen".

            ## Ronde 7: Waar staan we, waar willen we heen

            - Staan: "weer op de rails". Willen: samen aan één casus werken in plaats van
              elkaar aan te vullen.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Medewerkers beschrijven de rust van het afgelopen jaar als voorwaarde om weer "
                "vakinhoudelijk te werken.",
                "kracht",
                ["duurzaamheid", "professional"],
                0,
            ),
            _waarneming(
                "Collega's van inkomen, werk en schuldhulp weten elkaar informeel goed te vinden.",
                "kracht",
                ["samenwerken"],
                2,
            ),
            _waarneming(
                "Een gezamenlijk casusoverleg tussen inkomen, werk en schuldhulp bestaat nog "
                "niet; de samenwerking hangt af van wie je kent.",
                "aandachtspunt",
                ["samenwerken"],
                2,
            ),
            _waarneming(
                "Het team is na veel verandering voorzichtig met nieuwe stappen. Hoe houd je de "
                "rust vast en blijf je je toch ontwikkelen?",
                "dilemma",
                ["duurzaamheid"],
                0,
            ),
        ],
        "citaten": [
            _citaat(
                "Voor het eerst in jaren weet ik wie volgend jaar mijn leidinggevende is.",
                "inkomensconsulent",
            ),
            _citaat(
                "Als ik een schuldvraag zie, loop ik even naar de tweede verdieping. Dat werkt, "
                "maar het staat nergens.",
                "klantmanager",
            ),
        ],
    },
    {
        "soort": "meeloopronde",
        "titel": "Huisbezoeken vroegsignalering",
        "dagen_na_start": 12,
        "tijd": "09:30",
        "duur_minuten": 210,
        "plaats": "Wijk Havenkwartier, Brugwaarde",
        "deelnemers": [_deelnemer("schuldhulpverlener", "", True)],
        "aantekeningen": _md(
            """
            # Meeloopronde: huisbezoeken vroegsignalering

            ## Wat zie je

            - Drie huisbezoeken na een signaal van de woningcorporatie (twee maanden
              huurachterstand). Twee keer wordt er opengedaan.
            - De schuldhulpverlener maakt ter plekke een afspraak voor een betalingsregeling
              en vraagt door naar werk en inkomen.

            ## Wat zeggen mensen

            - Schuldhulpverlener: veel mensen zijn opgelucht als er wordt aangebeld.

            ## Wat helpt

            - Binnen een week na het signaal op de stoep staan.
            - Een vaste contactpersoon bij de woningcorporatie.

            ## Wat hindert

            - Een van de bewoners wil graag werk zoeken; de overdracht naar een klantmanager
              werk gaat via een formulier, zonder kennismaking.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Schuldhulpverleners staan binnen een week na een signaal van de "
                "woningcorporatie op de stoep.",
                "kracht",
                ["burger", "aandacht-uitvoering"],
                2,
            ),
            _waarneming(
                "De overdracht van schuldhulp naar werk verloopt via een formulier, zonder "
                "persoonlijke kennismaking.",
                "aandachtspunt",
                ["samenwerken"],
                2,
            ),
        ],
        "citaten": [
            _citaat(
                "De meeste mensen zijn opgelucht als we aanbellen. Ze wachtten al maanden tot "
                "iemand het zou vragen.",
                "schuldhulpverlener",
            ),
        ],
    },
    {
        "soort": "interview",
        "titel": "Manager en wethouder",
        "dagen_na_start": 20,
        "tijd": "16:00",
        "duur_minuten": 75,
        "plaats": "Stadhuis Brugwaarde",
        "deelnemers": [
            _deelnemer("manager Werk, Inkomen en Schuldhulp", "Mirjam Oosterhuis", True),
            _deelnemer("wethouder Sociale Zaken", "", True),
        ],
        "aantekeningen": _md(
            """
            # Interview: manager en wethouder

            ## Duurzaamheid

            - Manager: bewust anderhalf jaar geen nieuwe projecten gestart, eerst de basis.
            - Wethouder steunt dat en legt het zo ook uit aan de raad.

            ## Investeren in de professional

            - Opleidingsplan gekoppeld aan de nieuwe werkprocessen; iedereen volgt de
              training gespreksvoering.

            ## Politiek en bestuur

            - De raad wil graag resultaat zien. Wethouder vertelt liever over een gezin dat
              weer lucht heeft dan over percentages.

            ## Afsluiting

            - Staan: de basis staat. Willen: de volgende stap samen met het team bepalen.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Manager en wethouder vertellen hetzelfde verhaal over de koers en geven het "
                "team bewust de tijd.",
                "kracht",
                ["politiek-bestuur", "duurzaamheid"],
                0,
            ),
            _waarneming(
                "Het opleidingsplan is gekoppeld aan de vernieuwde werkprocessen; iedereen "
                "volgt de training gespreksvoering.",
                "kracht",
                ["professional"],
                1,
            ),
            _waarneming(
                "De raad wil snel resultaat zien van de herstelde basis. Hoe bescherm je de rust "
                "die het team nodig heeft?",
                "dilemma",
                ["politiek-bestuur", "duurzaamheid"],
                0,
            ),
        ],
        "citaten": [
            _citaat(
                "Mijn belangrijkste taak was de afgelopen anderhalf jaar: niets nieuws bedenken.",
                "manager",
            ),
            _citaat(
                "Ik vertel de raad liever over een gezin dat weer lucht heeft dan over een "
                "percentage.",
                "wethouder",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Gemeente Waterlinde (status afgerond).
# ---------------------------------------------------------------------------------------------
VELDWERK["Gemeente Waterlinde"] = [
    {
        "soort": "documentstudie",
        "titel": "Programmaplan en tussenevaluatie Waterlinde Werkt",
        "dagen_na_start": 0,
        "tijd": "09:00",
        "duur_minuten": 120,
        "plaats": "Op afstand",
        "deelnemers": [],
        "aantekeningen": _md(
            """
            # Documentstudie: programmaplan en tussenevaluatie

            ## Kernboodschap

            - Inwoners met een grote afstand tot werk doen ervaring op in hun eigen dorp:
              dorpshuis, sportvereniging, kringloopwinkel, zorgboerderij.

            ## Wat valt op

            - Het plan is concreet: per dorp staan de werkplekken en contactpersonen erin.
            - Financiering en contracten zijn tijdelijk; het programma eindigt over een jaar.
            - De tussenevaluatie telt vooral uitstroom naar betaald werk (elf procent).
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Het programmaplan is concreet en beschrijft per dorp welke werkplekken er zijn.",
                "kracht",
                ["duidelijkheid", "burger"],
                0,
            ),
            _waarneming(
                "Het programma draait op tijdelijk geld en tijdelijke contracten.",
                "aandachtspunt",
                ["duurzaamheid"],
                1,
            ),
        ],
        "citaten": [],
    },
    {
        "soort": "meeloopronde",
        "titel": "Werkervaringsplekken in de dorpen",
        "dagen_na_start": 6,
        "tijd": "10:00",
        "duur_minuten": 240,
        "plaats": "Dorpshuis De Waterkant en kringloopwinkel, Waterlinde",
        "deelnemers": [
            _deelnemer("werkervaringsbegeleider", "", True),
            _deelnemer("vrijwilligerscoördinator", "", True),
            _deelnemer("deelnemer", "", True),
        ],
        "aantekeningen": _md(
            """
            # Meeloopronde: werkervaringsplekken

            ## Wat zie je

            - In het dorpshuis runnen twee deelnemers de koffiebar; in de kringloopwinkel
              sorteren er drie. De begeleider rijdt tussen de plekken heen en weer.

            ## Wat zeggen mensen

            - Deelnemer: in het dorpshuis is ze niet "die van de bijstand".
            - Begeleider: kent alle verenigingen; dat netwerk verdwijnt als het contract
              afloopt.

            ## Wat helpt

            - Dichtbij huis werken, tussen bekenden.

            ## Wat hindert

            - Geen openbaar vervoer tussen de dorpen; deelnemers zonder rijbewijs kunnen niet
              overal terecht.

            ## Vragen voor later

            - Wanneer is vrijwilligerswerk een opstap, en wanneer een eindpunt?
            """
        ),
        "waarnemingen": [
            _waarneming(
                "Deelnemers werken in hun eigen dorp, dichtbij huis en tussen mensen die ze "
                "kennen.",
                "kracht",
                ["burger"],
                0,
            ),
            _waarneming(
                "Vervoer tussen de dorpen is een drempel voor deelnemers zonder rijbewijs.",
                "aandachtspunt",
                ["burger"],
                0,
            ),
            _waarneming(
                "Vrijwilligerswerk geeft structuur en trots. Wanneer is het een opstap en "
                "wanneer een eindpunt?",
                "dilemma",
                ["burger", "balans"],
                0,
            ),
        ],
        "citaten": [
            _citaat(
                "In het dorpshuis ben ik niet 'die van de bijstand'. Ik ben degene die de koffie "
                "op orde heeft.",
                "deelnemer",
                "gegeven",
                "anoniem",
            ),
            _citaat(
                "Ik ken alle verenigingen hier. Dat netwerk verdwijnt als mijn contract afloopt.",
                "werkervaringsbegeleider",
            ),
        ],
    },
    {
        "soort": "interview",
        "titel": "Wethouder en teamleider Participatie",
        "dagen_na_start": 14,
        "tijd": "14:00",
        "duur_minuten": 60,
        "plaats": "Gemeentehuis Waterlinde",
        "deelnemers": [
            _deelnemer("wethouder", "", True),
            _deelnemer("teamleider Participatie", "Bart Jansen", True),
        ],
        "aantekeningen": _md(
            """
            # Interview: wethouder en teamleider Participatie

            ## Politiek en bestuur

            - Wethouder is trots op het programma en bezoekt de plekken zelf.
            - De raad beslist over voortzetting; de vraag is welk verhaal de raad dan krijgt.

            ## Duurzaamheid

            - Teamleider: als het programma stopt, verdwijnen de begeleiders en hun netwerk.

            ## Afsluiting

            - Staan: een programma dat werkt in de dorpen. Willen: een vaste plek in het
              gewone werk van het team.
            """
        ),
        "waarnemingen": [
            _waarneming(
                "De wethouder is betrokken, bezoekt de werkplekken zelf en draagt het programma "
                "uit.",
                "kracht",
                ["politiek-bestuur"],
                1,
            ),
            _waarneming(
                "Een besluit over voortzetting vraagt om een verhaal dat meer laat zien dan "
                "uitstroomcijfers.",
                "aandachtspunt",
                ["politiek-bestuur", "duidelijkheid"],
                1,
            ),
        ],
        "citaten": [
            _citaat(
                "Als de raad alleen naar uitstroom kijkt, ziet hij niet wat er in die dorpen "
                "gebeurt.",
                "teamleider",
            ),
        ],
    },
]


def citaten_van(organisatie):
    """Return the flattened quote list of a Spiegel (the N of ``[[citaat:N]]``)."""
    return [c for sessie in VELDWERK.get(organisatie, []) for c in sessie["citaten"]]


def waarnemingen_van(organisatie):
    """Return the flattened observation list of a Spiegel (the N of ``[[waarneming:N]]``)."""
    return [w for sessie in VELDWERK.get(organisatie, []) for w in sessie["waarnemingen"]]


def _sectie(titel, sleutel, tekst, kernvraag_indexen, bouwsteen=None):
    sectie = {
        "titel": titel,
        "sleutel": sleutel,
        "tekst": _md(tekst),
        "kernvraag_indexen": kernvraag_indexen,
    }
    if bouwsteen:
        sectie["bouwsteen"] = bouwsteen
    return sectie


SCHETSEN = {}

# ---------------------------------------------------------------------------------------------
# Gemeente Spiegelstad: a draft with deliberate flaws (judging language, a participant's name,
# a quote without consent) so that the tone and privacy checks have something to show.
# ---------------------------------------------------------------------------------------------
SCHETSEN["Gemeente Spiegelstad"] = [
    _sectie(
        "Aanleiding en vragen",
        "aanleiding",
        """
        Spiegelstad vroeg ons mee te kijken op een moment van verandering. Het college heeft
        'vertrouwen als vertrekpunt' in het coalitieakkoord opgenomen. De afdeling Werk, Inkomen
        en Schulden heeft na een fraudezaak juist een zorgvuldige handhavingslijn opgebouwd.
        Daarnaast loopt de wachttijd voor schuldhulpverlening op, en staan de teamleiders midden
        in al deze bewegingen.

        Bij de intake hebben we samen drie kernvragen vastgesteld:

        1. Hoe verhouden vertrouwen en handhaving zich in het dagelijkse werk van de
           klantmanagers?
        2. Wat is er nodig om de wachttijd in de schuldhulpverlening duurzaam terug te brengen?
        3. Krijgen de teamleiders voldoende ruimte en steun om hun teams door de verandering te
           leiden?

        Deze schets is een momentopname. We beschrijven wat we zagen en hoorden en wat ons
        opviel, en we duiden dat. Een oordeel vellen is niet de bedoeling: de schets is een
        vertrekpunt voor jullie eigen gesprek.
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Werkwijze",
        "werkwijze",
        """
        Het veldwerk vond plaats in vier weken in het najaar. We begonnen met het lezen van het
        coalitieakkoord, het handhavingsbeleid, de wachtlijstcijfers van de schuldhulpverlening
        en het verslag van de teamleidersdag. Daarna voerden we:

        - een interview met het afdelingshoofd;
        - een groepsgesprek met drie klantmanagers, twee handhavers en een inkomensconsulent;
        - een meeloopronde bij het inloopspreekuur schuldhulp in wijkcentrum De Kroon;
        - een interview met twee teamleiders.

        Na het groepsgesprek spraken we nog kort na met Marieke Dorrestein, klantmanager, over
        het gezamenlijke casusoverleg. Citaten gebruiken we alleen met toestemming van degene
        die ze uitsprak, en zonder namen.

        De eerste indrukken bespraken we halverwege met het afdelingshoofd, om te toetsen of we
        de goede dingen zagen. Die tussenstap heeft de vragen in deze schets scherper gemaakt.
        """,
        [],
    ),
    _sectie(
        "Wat we zagen: krachten en steunpilaren",
        "krachten",
        """
        We beginnen bij wat er staat, want daarvan is in Spiegelstad veel. In de drukte van een
        verandering raken zulke steunpilaren gemakkelijk uit beeld.

        **Samen aan tafel.** Klantmanagers en handhavers zitten sinds kort samen in een wekelijks
        casusoverleg [[waarneming:6]]. Beide kanten vertellen dat ze elkaars vragen daardoor
        beter begrijpen:

        [[citaat:1]]

        **Een vangnet in de wijk.** Het inloopspreekuur schuldhulp in De Kroon, met vrijwilligers
        van de thuisadministratie, bereikt inwoners die op de wachtlijst staan of zich nog niet
        durven aan te melden [[waarneming:9]].

        **Leiding die de tijd neemt.** Het afdelingshoofd kiest bewust voor een geleidelijke
        omslag en vraagt de teams zelf voorstellen te doen [[waarneming:3]]. Zo kan de
        verandering van de teams zelf worden.

        **Teamleiders die elkaar dragen.** De teamleiders hebben op eigen initiatief een
        intervisiegroep opgezet [[waarneming:12]] en benoemden op hun teamleidersdag openlijk wat
        ze nodig hebben [[waarneming:2]].

        [[citaat:6]]
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Duiding: vertrouwen en handhaving in balans",
        "duiding",
        """
        Vertrouwen en handhaving staan in Spiegelstad op papier naast elkaar, maar zijn nog niet
        met elkaar verbonden. Het coalitieakkoord kiest voor vertrouwen als vertrekpunt, terwijl
        het handhavingsbeleid van vier jaar geleden ongewijzigd geldt [[waarneming:0]].
        Klantmanagers merken dat in hun dagelijkse beslissingen: ze willen ruimte geven, maar
        weten niet welke afwegingen dat van hen vraagt [[waarneming:7]].

        Het team handhaving faalt erin om de nieuwe koers uit te dragen. In het groepsgesprek
        klonk de zorg dat vertrouwen wordt uitgelegd als minder controle [[waarneming:8]]:

        [[citaat:2]]

        Het casusoverleg laat zien dat beide perspectieven elkaar kunnen versterken. Handhaving
        en dienstverlening zijn dan geen tegenpolen, maar twee kanten van dezelfde zorg voor
        inwoners.

        [[citaat:3]]
        """,
        [0],
        "balans",
    ),
    _sectie(
        "Duiding: de inwoner en de wachtlijst schuldhulp",
        "duiding",
        """
        De wachttijd voor een eerste gesprek in de schuldhulpverlening is in drie kwartalen
        opgelopen van vijf naar ruim acht weken, en ongeveer een kwart van de aanmelders haakt
        af [[waarneming:1]]. Tijdens het inloopspreekuur zagen we een mogelijke verklaring: voor
        het eerste gesprek is een volledig dossier nodig, en juist dat lukt veel mensen niet
        zonder hulp [[waarneming:10]].

        [[citaat:4]]

        De wachtlijst wordt nu opgevangen met tijdelijke krachten. Dat verlicht de druk, maar
        inwoners zien telkens een ander gezicht en opgebouwde kennis vertrekt weer
        [[waarneming:11]]. De gemeente moet de wachtlijst binnen een halfjaar volledig wegwerken.

        Het inloopspreekuur laat een andere route zien: beginnen bij wat iemand meebrengt, en het
        dossier samen compleet maken.
        """,
        [1],
        "burger",
    ),
    _sectie(
        "Duiding: rugdekking voor de teamleiders",
        "duiding",
        """
        Teamleiders staan in het midden. Ze voelen zich persoonlijk gesteund door het
        afdelingshoofd, maar ervaren hun opdracht als tweeledig: de handhavingsnormen bewaken en
        tegelijk de nieuwe ruimte stimuleren [[waarneming:14]].

        [[citaat:5]]

        Met gemiddeld zestien medewerkers per teamleider is er weinig tijd voor individuele
        begeleiding [[waarneming:4]]. Signalen uit de teams gaan wel naar boven, maar
        teamleiders horen zelden wat ermee gebeurt [[waarneming:13]]. De ondersteuning van de
        teamleiders is daarmee onvoldoende.

        Tegelijk hebben de teamleiders zelf al veel in gang gezet. Hun intervisiegroep en het
        eerlijke verslag van de teamleidersdag zijn een stevige basis om op voort te bouwen.
        """,
        [2],
        "rugdekking",
    ),
    _sectie(
        "Vragen om bij stil te staan",
        "vragen",
        """
        We sluiten niet af met aanbevelingen, maar met vragen om samen bij stil te staan:

        - Hoe ziet 'vertrouwen als vertrekpunt' eruit op een gewone dinsdagochtend? Welke twee of
          drie voorbeelden kunnen klantmanagers en handhavers samen uitwerken?
        - Welke onderdelen van het handhavingsbeleid passen bij de nieuwe koers, en welke vragen
          om herziening?
        - Wat gebeurt er als het eerste gesprek in de schuldhulpverlening begint zonder compleet
          dossier?
        - Hoe horen teamleiders terug wat er met hun signalen is gedaan?
        - Welke rol kunnen de vrijwilligers van de thuisadministratie spelen in een vaste aanpak,
          en wat hebben zij zelf nodig om dat vol te houden?
        - Hoe nemen jullie college en raad mee in de zoektocht naar de balans tussen vertrouwen
          en controle, zodat een incident de koers niet meteen kantelt?
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Tot slot: waar staan jullie, waar willen jullie naartoe?",
        "tot-slot",
        """
        Waar staan jullie? Wij zagen een afdeling die na een moeilijke periode weer stevig
        staat, met mensen die de verandering willen maken en elkaar daarin opzoeken. Wat nog
        ontbreekt, zijn de woorden en voorbeelden die de nieuwe koers hanteerbaar maken.

        Waar willen jullie naartoe? Die vraag beantwoorden jullie zelf. We hopen dat deze schets
        helpt om dat gesprek te voeren: in de teams, met de teamleiders en met het bestuur. Het
        casusoverleg van klantmanagers en handhavers en het inloopspreekuur in De Kroon laten
        zien dat jullie de eerste stappen al zetten. Daar ligt een goed vertrekpunt om de nieuwe
        koers samen invulling te geven.
        """,
        [0, 1, 2],
    ),
]

# ---------------------------------------------------------------------------------------------
# Gemeente Lindenhoek: clean draft in wederhoor. Three facts in it are corrected by the
# contact's remarks in WEDERHOOR_OPMERKINGEN (six wijkteams, a half-yearly monitor, the
# council's questions).
# ---------------------------------------------------------------------------------------------
SCHETSEN["Gemeente Lindenhoek"] = [
    _sectie(
        "Aanleiding en vragen",
        "aanleiding",
        """
        Lindenhoek vroeg ons mee te kijken naar de toegang tot jeugdhulp en Wmo, die bij de zes
        wijkteams van Stichting Wijkkracht ligt. De uitgaven aan jeugdhulp stijgen al drie jaar
        sneller dan begroot, er ligt een bezuinigingsopdracht en de gemeenteraad stelt vragen.
        Gemeente en stichting wilden allebei weten hoe ze grip kunnen houden op de kosten zonder
        het maatwerk voor gezinnen te verliezen.

        Samen stelden we drie kernvragen vast:

        1. Hoe kunnen we grip krijgen op de kosten van jeugdhulp zonder het maatwerk van de
           wijkteams te verliezen?
        2. Hoe is de samenwerking tussen gemeente en Stichting Wijkkracht ingericht, en wat
           vraagt die de komende jaren?
        3. Hoe nemen we de gemeenteraad beter mee in wat er in de uitvoering gebeurt?

        Bij de intake spraken we af dat deze Spiegel geen bezuinigingsonderzoek is. We kijken
        naar de manier waarop gemeente, stichting en raad samenwerken, en naar wat daarin sterk
        staat.
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Werkwijze",
        "werkwijze",
        """
        Het veldwerk liep over drie weken. We lazen de subsidiebeschikking, het uitvoeringsplan
        van de stichting, vier edities van de jeugdmonitor en zes raadsinformatiebrieven.
        Daarna voerden we:

        - een groepsgesprek met zes wijkteamleden jeugd en Wmo in wijkcentrum De Linde;
        - een interview met de wethouder Jeugd;
        - een gesprek met de directeur van de stichting en de contractmanager van de gemeente.

        Alle deelnemers gaven toestemming om hun woorden te gebruiken. We vermelden alleen
        functies, geen namen. De conceptschets bespraken we vertrouwelijk met de manager Jeugd en
        Wmo en de directeur van de stichting, voordat deze versie ter wederhoor werd voorgelegd.
        We danken iedereen voor de openheid waarmee we zijn ontvangen.
        """,
        [],
    ),
    _sectie(
        "Wat we zagen: krachten en steunpilaren",
        "krachten",
        """
        **Wijkteams die hun wijk kennen.** Wijkteamleden hebben korte lijnen met huisartsen,
        scholen en buurtwerk [[waarneming:3]]. Gezinnen hoeven daardoor minder vaak opnieuw te
        beginnen bij een nieuwe instantie.

        **De weegtafel.** Voor dure of langdurige jeugdhulp bespreken collega's de casus samen
        [[waarneming:4]]. Wijkteamleden ervaren dat niet als controle, maar als een collegiale
        toets die hun afweging sterker maakt:

        [[citaat:0]]

        **Zicht op de cijfers.** De jeugdmonitor, die de stichting elk halfjaar uitbrengt, laat
        per wijk zorgvuldig zien waar de groei zit [[waarneming:1]]. Dat is een goede basis voor
        een gesprek over kosten dat verder gaat dan totalen.

        **Een open verhouding.** Gemeente en stichting spreken elkaar open aan en wilden allebei
        dat deze Spiegel iets oplevert [[waarneming:9]]. Dat ze de intake samen deden, zegt veel.

        **Een wethouder met praktijkkennis.** De wethouder gaat maandelijks op werkbezoek en
        spreekt in de raad over gezinnen, niet alleen over bedragen [[waarneming:7]].
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Duiding: kosten en maatwerk in balans",
        "duiding",
        """
        De wijkteams maken elke dag de afweging tussen wat een gezin nodig heeft en wat er
        beschikbaar is [[waarneming:6]]. De weegtafel is daarvoor een krachtig instrument. Wat ons
        opviel, is dat wijkteamleden de bezuinigingsopdracht ervaren als twijfel aan hun oordeel
        [[waarneming:5]]. De overzichten die ze ontvangen, gaan over kosten per kind en niet over
        hoe het met kinderen gaat:

        [[citaat:1]]

        Hier ligt een kans. Weegtafel en monitor samen kunnen laten zien waar dure hulp het
        verschil maakt en waar een lichtere vorm volstaat. Zo wordt kostenbewustzijn een
        onderdeel van het vakmanschap van de wijkteams, in plaats van iets dat van buitenaf wordt
        opgelegd.
        """,
        [0],
        "balans",
    ),
    _sectie(
        "Duiding: samenwerken tussen gemeente en stichting",
        "duiding",
        """
        De relatie tussen gemeente en stichting is goed, maar de vorm is vooral zakelijk. De
        subsidiebeschikking stuurt op aantallen en kosten [[waarneming:0]], en het contractoverleg
        en het inhoudelijk overleg lopen via verschillende mensen die elkaar zelden treffen
        [[waarneming:10]].

        [[citaat:3]]

        De gemeente is tegelijk opdrachtgever en partner [[waarneming:11]]. Die dubbele rol
        schuurt, en verdwijnt niet met een nieuwe regeling. Wat wel helpt, is een plek waar geld
        en inhoud samenkomen: een gezamenlijk overleg waarin monitor, weegtafel en begroting op
        één tafel liggen. Beide partijen noemden dat zelf als wens. De goede verstandhouding die
        we zagen, maakt zo'n gesprek kansrijk.
        """,
        [1],
        "samenwerken",
    ),
    _sectie(
        "Duiding: de raad en de uitvoering",
        "duiding",
        """
        De raad stelde het afgelopen jaar vier keer schriftelijke vragen over jeugdhulp. De
        informatie die de raad ontvangt, is vooral schriftelijk en volgt meestal op zulke vragen
        [[waarneming:8]]. De raadsinformatiebrieven leggen uit wat jeugdhulp kost, maar zelden
        wat het gezinnen oplevert [[waarneming:2]].

        De wethouder brengt nu al verhalen uit de praktijk mee naar de raad, en deed in ons
        gesprek een voorstel dat ons aansprak:

        [[citaat:2]]

        Een vast moment waarop raadsleden de uitvoering ontmoeten, kan de raad helpen zijn
        kaderstellende rol te vervullen met gevoel voor wat er in de wijken gebeurt. Dat vraagt
        ook iets van de uitvoering: bereid zijn om dilemma's te laten zien, niet alleen
        successen.
        """,
        [2],
        "politiek-bestuur",
    ),
    _sectie(
        "Vragen om bij stil te staan",
        "vragen",
        """
        - Wat verandert er als de maandelijkse overzichten naast kosten ook iets zeggen over hoe
          het met kinderen en gezinnen gaat?
        - Hoe kan de weegtafel bijdragen aan het gesprek over de begroting?
        - Wat is er nodig om het contractoverleg en het inhoudelijk overleg bij elkaar te
          brengen?
        - Welke vorm past bij de raad van Lindenhoek om de uitvoering van dichtbij te leren
          kennen?
        - Wie bepaalt, als het budget krap is, welke hulp voorgaat: de weegtafel, de
          contractmanager of het bestuur? En hoe weten gezinnen waar ze aan toe zijn?
        - Wat hebben wijkteamleden nodig om de bezuinigingsopdracht niet als wantrouwen te
          ervaren, maar als een gezamenlijke opgave?
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Tot slot: waar staan jullie, waar willen jullie naartoe?",
        "tot-slot",
        """
        Waar staan jullie? Lindenhoek heeft wijkteams die dicht bij gezinnen staan, een
        zorgvuldige monitor en een open verhouding tussen gemeente en stichting. De opgave is om
        die krachten ook in het gesprek over geld te laten meetellen.

        Waar willen jullie naartoe? We zagen bij alle partijen de wens om elkaar vaker aan tafel
        te spreken in plaats van via rapportages. Dat lijkt ons een goed begin. Wanneer geld en
        inhoud aan dezelfde tafel worden besproken, kan de bezuinigingsopdracht een gezamenlijke
        zoektocht worden naar de hulp die het meeste verschil maakt voor kinderen en gezinnen.
        """,
        [0, 1, 2],
    ),
]

# ---------------------------------------------------------------------------------------------
# Gemeente Brugwaarde: the finished report (clean).
# ---------------------------------------------------------------------------------------------
SCHETSEN["Gemeente Brugwaarde"] = [
    _sectie(
        "Aanleiding en vragen",
        "aanleiding",
        """
        Brugwaarde heeft roerige jaren achter de rug: drie managers in vier jaar en twee
        reorganisaties. Sinds anderhalf jaar is er rust. De werkprocessen zijn opnieuw
        beschreven, de achterstand in de bijzondere bijstand is weggewerkt en vroegsignalering
        van schulden is een vaste werkwijze geworden. De afdeling vroeg ons met een frisse blik
        te kijken of de basis weer op orde is.

        De kernvragen waren:

        1. Is onze basis na de roerige jaren weer op orde?
        2. Wat zijn onze krachten, zodat we die bewust kunnen vasthouden?
        3. Waar zit de volgende stap in de samenwerking tussen inkomen, werk en schuldhulp?

        Uitdrukkelijk was de wens om krachten te benoemen. Het team heeft veel kritiek gehad en
        hoort zelden wat er goed gaat. Die wens hebben we ter harte genomen: deze schets begint
        bij wat er staat.
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Werkwijze",
        "werkwijze",
        """
        Het veldwerk besloeg drie weken. We lazen de vernieuwde werkprocessen, de jaarcijfers en
        de evaluatie van de vroegsignalering. Daarna voerden we:

        - een groepsgesprek met zeven medewerkers van inkomen, werk, schuldhulp en bijzondere
          bijstand;
        - een meeloopronde langs huisbezoeken vroegsignalering in het Havenkwartier;
        - een interview met de manager en de wethouder samen.

        Iedereen die we citeren, gaf daarvoor toestemming. We noemen functies, geen namen. We
        presenteerden de schets eerst aan het team; hun reacties zijn in deze definitieve versie
        verwerkt. Na de wederhoor zijn twee feitelijke punten aangepast: het aantal partners in
        de vroegsignalering en de periode waarover de achterstand is weggewerkt.
        """,
        [],
    ),
    _sectie(
        "Wat we zagen: krachten en steunpilaren",
        "krachten",
        """
        **Rust als fundament.** Medewerkers beschrijven de rust van het afgelopen jaar als de
        voorwaarde om weer met hun vak bezig te zijn [[waarneming:3]].

        [[citaat:0]]

        **Heldere werkprocessen, samen gemaakt.** De werkprocessen zijn kort en samen met
        medewerkers geschreven [[waarneming:0]]. Ze worden gebruikt, niet alleen bewaard.

        **Snel op de stoep.** Na een signaal van de woningcorporatie staan schuldhulpverleners
        binnen een week bij mensen aan de deur [[waarneming:7]]. Vroegsignalering is verankerd in
        afspraken met woningcorporatie, waterbedrijf en energieleveranciers [[waarneming:1]].

        [[citaat:2]]

        **Investeren in vakmanschap.** Het opleidingsplan sluit aan op de nieuwe werkprocessen en
        iedereen volgt de training gespreksvoering [[waarneming:10]].

        **Eén verhaal.** Manager en wethouder vertellen hetzelfde verhaal over de koers en gunnen
        het team bewust de tijd [[waarneming:9]].

        [[citaat:3]]
        """,
        [0, 1],
    ),
    _sectie(
        "Duiding: duurzaamheid na de roerige jaren",
        "duiding",
        """
        Brugwaarde koos voor opbouw in plaats van steeds nieuwe plannen, en dat is zichtbaar.
        De vraag of de basis weer op orde is, beantwoorden we daarom met een voorzichtig ja: de
        processen staan, de leiding is stabiel en het team heeft weer ruimte voor vakinhoud.

        Tegelijk zagen we een team dat na jaren van verandering voorzichtig is met nieuwe
        stappen [[waarneming:6]]. Dat is begrijpelijk en gezond. De raad wil intussen graag
        resultaat zien [[waarneming:11]]. De wethouder vertaalt dat zorgvuldig:

        [[citaat:4]]

        Rust vasthouden en blijven ontwikkelen sluiten elkaar niet uit. Kleine stappen die het
        team zelf kiest, passen bij wat we zagen.
        """,
        [0],
        "duurzaamheid",
    ),
    _sectie(
        "Duiding: duidelijkheid over wat het oplevert",
        "duiding",
        """
        De werkafspraken zijn helder. Wat nog ontbreekt, is zicht op wat de dienstverlening
        inwoners oplevert [[waarneming:2]]. De jaarcijfers tellen aanvragen, beslistermijnen en
        trajecten, maar laten niet zien of schulden stabiel blijven of mensen hun werk behouden.

        Die informatie is meer dan verantwoording. Ze helpt het team te zien welk werk het
        verschil maakt, en de wethouder om de raad het verhaal achter de cijfers te vertellen.
        Een paar eenvoudige vragen, een halfjaar na afronding van een traject, zouden al veel
        inzicht geven. Het team noemde zelf de vraag of iemand na schuldhulp zonder nieuwe
        achterstanden rondkomt, en of iemand die aan het werk ging dat werk na een jaar nog heeft.
        """,
        [0],
        "duidelijkheid",
    ),
    _sectie(
        "Duiding: samenwerken tussen inkomen, werk en schuldhulp",
        "duiding",
        """
        Collega's van inkomen, werk en schuldhulp weten elkaar informeel goed te vinden
        [[waarneming:4]]:

        [[citaat:1]]

        Die korte lijnen zijn waardevol, maar hangen af van wie je kent. Een gezamenlijk
        casusoverleg bestaat nog niet [[waarneming:5]], en de overdracht van schuldhulp naar werk
        gaat via een formulier zonder kennismaking [[waarneming:8]]. Tijdens een huisbezoek
        spraken we een bewoner die graag aan het werk wilde; een formulier doet zo'n wens weinig
        recht.

        De volgende stap ligt voor de hand en komt van het team zelf: samen werken aan één vraag
        van een inwoner, in plaats van elkaar na elkaar aan te vullen.
        """,
        [2],
        "samenwerken",
    ),
    _sectie(
        "Vragen om bij stil te staan",
        "vragen",
        """
        - Welke van jullie krachten willen jullie bewust beschermen als er weer nieuwe opdrachten
          komen?
        - Hoe kan de informele samenwerking tussen inkomen, werk en schuldhulp een vaste vorm
          krijgen, zonder haar lichtheid te verliezen?
        - Welke informatie over uitkomsten voor inwoners zouden jullie zelf willen hebben?
        - Wat heeft de raad nodig om de rust van het team te blijven steunen?
        - Hoe zorgen jullie ervoor dat nieuwe collega's de kennis en de werkwijze van de
          afgelopen anderhalf jaar meekrijgen, ook als er mensen vertrekken?
        - Wat zou het betekenen als een inwoner met schulden en een wens om te werken één vaste
          contactpersoon krijgt?
        """,
        [0, 1, 2],
    ),
    _sectie(
        "Tot slot: waar staan jullie, waar willen jullie naartoe?",
        "tot-slot",
        """
        Waar staan jullie? Brugwaarde staat er weer. Dat is de verdienste van een team dat door
        moeilijke jaren heen is gegaan, en van een leiding die koos voor rust. De basis is op
        orde, en dat mag hardop gezegd worden.

        Waar willen jullie naartoe? Het team gaf zelf het antwoord: van elkaar aanvullen naar
        samen werken aan één vraag van een inwoner. Met heldere werkprocessen, een stabiele
        leiding en een bestuur dat de koers deelt, is daarvoor een stevige basis gelegd. We zijn
        benieuwd hoe die volgende stap vorm krijgt.
        """,
        [0, 1, 2],
    ),
]

# ---------------------------------------------------------------------------------------------
# Gemeente Waterlinde: a finished, smaller report (clean).
# ---------------------------------------------------------------------------------------------
SCHETSEN["Gemeente Waterlinde"] = [
    _sectie(
        "Aanleiding en vragen",
        "aanleiding",
        """
        Waterlinde vroeg ons te kijken naar het programma 'Waterlinde Werkt'. Daarin doen
        inwoners met een grote afstand tot de arbeidsmarkt werkervaring op in hun eigen dorp: in
        het dorpshuis, de kringloopwinkel, bij sportverenigingen en op een zorgboerderij. Het
        programma loopt nog een jaar en de raad beslist binnenkort over voortzetting.

        De kernvragen waren:

        1. Sluit Waterlinde Werkt aan bij wat inwoners met een grote afstand tot werk nodig
           hebben?
        2. Wat is nodig om het programma een vaste plek in de organisatie te geven?

        We hielden deze Spiegel bewust klein: twee vragen en drie momenten van veldwerk. Zo
        past hij bij de omvang van het programma en bij de tijd die er tot het raadsbesluit is.
        """,
        [0, 1],
    ),
    _sectie(
        "Werkwijze",
        "werkwijze",
        """
        We lazen het programmaplan en de tussenevaluatie, liepen een dag mee langs
        werkervaringsplekken in het dorpshuis en de kringloopwinkel, en spraken de wethouder en
        de teamleider Participatie samen. Deelnemers, begeleiders en coördinatoren vertelden
        open over hun ervaringen. Iedereen die we citeren, gaf daarvoor toestemming; we noemen
        geen namen. De schets bespraken we eerst in een vertrouwelijk gesprek met teamleider en
        wethouder. Hun aanvullingen, onder meer over de zorgboerderij die we niet bezochten, zijn
        in deze versie verwerkt. Omdat de Spiegel klein was, hebben we niet met alle betrokken
        verenigingen kunnen spreken; de schets laat vooral het perspectief van deelnemers,
        begeleiders en gemeente zien.
        """,
        [],
    ),
    _sectie(
        "Wat we zagen: krachten en steunpilaren",
        "krachten",
        """
        **Dichtbij huis.** Deelnemers werken in hun eigen dorp, tussen mensen die ze kennen
        [[waarneming:2]]. Dat verandert hoe anderen hen zien, en hoe ze zichzelf zien:

        [[citaat:0]]

        **Een concreet plan.** Het programmaplan beschrijft per dorp welke werkplekken er zijn en
        wie het aanspreekpunt is [[waarneming:0]].

        **Een netwerk van verenigingen.** De werkervaringsbegeleiders kennen de verenigingen en
        vrijwilligersorganisaties in de dorpen goed. Dat netwerk is het hart van het programma.

        **Bestuurlijke betrokkenheid.** De wethouder bezoekt de werkplekken zelf en draagt het
        programma uit [[waarneming:5]]. Dat geeft begeleiders en deelnemers het gevoel dat hun
        werk gezien wordt, ook buiten het dorp.
        """,
        [0, 1],
    ),
    _sectie(
        "Duiding: wat inwoners nodig hebben",
        "duiding",
        """
        Het programma sluit aan bij wat veel deelnemers zoeken: structuur, een plek waar ze
        gemist worden en het gevoel iets bij te dragen. Voor een deel van hen is betaald werk een
        volgende stap; voor anderen is meedoen in het dorp het doel zelf [[waarneming:4]]. Beide
        zijn waardevol, maar ze vragen om een andere begeleiding en om een ander gesprek over
        resultaat.

        Een praktische drempel is vervoer. Tussen de dorpen rijdt geen openbaar vervoer, en wie
        geen rijbewijs heeft, kan niet overal terecht [[waarneming:3]]. Daardoor hangt de keuze
        voor een werkplek soms meer af van de busverbinding dan van wat iemand wil leren.
        """,
        [0],
        "burger",
    ),
    _sectie(
        "Duiding: een vaste plek voor het programma",
        "duiding",
        """
        Het programma draait op tijdelijk geld en tijdelijke contracten [[waarneming:1]]. Daarmee
        staat juist het sterkste onderdeel onder druk: het netwerk van de begeleiders.

        [[citaat:1]]

        Voor een vaste plek is meer nodig dan een besluit over budget. Het vraagt ook om een
        verhaal dat laat zien wat het programma oplevert, naast de uitstroomcijfers
        [[waarneming:6]]:

        [[citaat:2]]

        Een vaste plek betekent ook: een vaste eigenaar in de organisatie, vaste contracten voor
        de begeleiders en afspraken met de verenigingen die verder reiken dan één programmajaar.
        """,
        [1],
        "duurzaamheid",
    ),
    _sectie(
        "Vragen om bij stil te staan",
        "vragen",
        """
        - Hoe maken jullie zichtbaar wat meedoen in het dorp oplevert, naast uitstroom naar
          werk?
        - Wie in de organisatie wordt eigenaar van het netwerk wanneer het programma geen
          programma meer is, maar gewoon werk?
        - Welke oplossing voor vervoer past bij een gemeente met verspreide dorpen?
        - Hoe ziet een goed gesprek met een deelnemer eruit over de vraag of vrijwilligerswerk een
          opstap is of een bestemming?
        - Wat willen de verenigingen zelf, en hoe houden jullie hen betrokken?
        """,
        [0, 1],
    ),
    _sectie(
        "Tot slot: waar staan jullie, waar willen jullie naartoe?",
        "tot-slot",
        """
        Waar staan jullie? Waterlinde Werkt doet wat het belooft: inwoners doen mee, dichtbij
        huis, en worden gezien.

        Waar willen jullie naartoe? Het besluit over voortzetting ligt bij de raad. We hopen dat
        deze schets woorden geeft aan wat er in de dorpen gebeurt, zodat dat besluit op meer kan
        rusten dan op cijfers alleen. Wat er ook besloten wordt: het netwerk dat in twee jaar is
        opgebouwd, is een waardevol bezit dat de moeite van bewaren waard is.
        """,
        [0, 1],
    ),
]

WEDERHOOR_OPMERKINGEN = {
    "Gemeente Lindenhoek": [
        {
            "sectie_sleutel": "aanleiding",
            "tekst": (
                "Sinds de samenvoeging van wijkteam Noord en wijkteam Centrum vorig jaar heeft "
                "Stichting Wijkkracht vijf wijkteams, niet zes."
            ),
        },
        {
            "sectie_sleutel": "krachten",
            "tekst": (
                "De jeugdmonitor verschijnt per kwartaal, niet per halfjaar. De vier edities die "
                "jullie hebben gelezen, beslaan samen één jaar."
            ),
        },
        {
            "sectie_sleutel": "duiding",
            "tekst": (
                "Het klopt dat er vier keer schriftelijke vragen zijn gesteld, maar drie daarvan "
                "kwamen van één fractie. Willen jullie dat zo opschrijven dat niet de indruk "
                "ontstaat dat de hele raad ontevreden is?"
            ),
        },
    ],
}
