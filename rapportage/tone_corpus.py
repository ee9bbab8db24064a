"""Labelled sentences for measuring the tone check (``tone.evaluate``).

``CORPUS`` is the original hand-written list; ``read_tsv`` reads the larger TSV corpora in
``rapportage/tone/corpus/`` (and any file others bring, see ``manage.py toon_corpus``).

Each entry is (sentence, is_judging): True when the sentence, as written by the reviewers,
judges, prescribes or generalises instead of noticing and interpreting. Labels follow the
reading of a careful editor, not what the rules happen to catch; some entries are known
misses or false alarms and are kept so the reported precision and recall stay honest.
"""

import csv
from pathlib import Path

CORPUS: tuple[tuple[str, bool], ...] = (
    # --- judging -------------------------------------------------------------------------------
    ("Het wijkteam faalt in de samenwerking met de schuldhulpverlening.", True),
    (
        "De gemeente heeft gefaald bij de invoering van de nieuwe werkwijze rond de Participatiewet.",
        True,
    ),
    ("De falende regie op jeugdhulp zorgt voor lange wachtlijsten.", True),
    ("Klantmanagers schieten tekort in hun contact met statushouders.", True),
    ("Het wijkteam schoot tekort toen het gezin om hulp vroeg.", True),
    ("Bij de toegang tot jeugdhulp is de gemeente ernstig tekortgeschoten.", True),
    ("We zagen dat de gemeente in de schuldhulpverlening op meerdere punten tekortschiet.", True),
    ("De registratie van re-integratietrajecten is onvoldoende.", True),
    ("De informatievoorziening aan de gemeenteraad is slecht.", True),
    ("Het team levert slechtere dienstverlening dan de buurgemeenten.", True),
    ("Van alle teams in de regio werkt dit team het slechtst samen met het UWV.", True),
    ("De gemeente moet haar visie op het sociaal domein opnieuw formuleren.", True),
    ("Jullie moeten de wachttijd bij de schuldhulp terugbrengen.", True),
    ("Het team moet beter luisteren naar inwoners.", True),
    ("Daarom moet de gemeente de schuldhulp anders organiseren.", True),
    ("De gemeente zou meer moeten investeren in preventie.", True),
    ("Het college dient de regie op het sociaal domein terug te pakken.", True),
    ("Klantmanagers nemen nooit de tijd voor een goed gesprek.", True),
    ("Niemand voelt zich verantwoordelijk voor de overgang van jeugd naar volwassenheid.", True),
    ("De wijkteams hebben altijd een excuus klaar als het over wachttijden gaat.", True),
    ("De teamleider stuurt zwak op de resultaten van de trajecten.", True),
    ("De gebrekkige overdracht tussen consulenten leidt tot fouten in de uitkering.", True),
    ("Het beleid rond de kostendelersnorm wordt ondermaats uitgevoerd.", True),
    ("De dossiervorming bij de klantmanagers is chaotisch.", True),
    ("De afdeling Werk en Inkomen werkt inefficiënt.", True),
    ("De wethouder kijkt weg van de problemen in het wijkteam.", True),
    ("De verantwoordelijkheid voor lastige casussen wordt afgeschoven naar de consulenten.", True),
    ("De uitvoering van de Participatiewet is niet op orde.", True),
    (
        "Het is onacceptabel dat inwoners maanden wachten op een besluit over bijzondere bijstand.",
        True,
    ),
    ("De organisatie verzaakt haar taak richting kwetsbare jongeren.", True),
    ("De re-integratie van bijstandsgerechtigden is mislukt.", True),
    ("De houding van het management tegenover de wijkteams is naïef.", True),
    ("De rapportages aan het college zijn van matige kwaliteit.", True),
    ("Het klantcontactcentrum werkt traag en bureaucratisch.", True),
    ("De aanpak van de wachtlijsten in de jeugdhulp is teleurstellend.", True),
    ("Consulenten laten steken vallen bij de herbeoordeling van uitkeringen.", True),
    ("Het werkproces voor schuldhulp is rommelig en nergens vastgelegd.", True),
    ("De sturing door de directie is amateuristisch.", True),
    ("De klantmanagers houden star vast aan de regels.", True),
    ("De klantmanager behandelt inwoners onprofessioneel.", True),
    ("Het is kwalijk dat de schuldhulp geen spreekuur in de wijk heeft.", True),
    ("Het beleid van de gemeente deugt niet.", True),
    ("De toegang tot jeugdhulp is een puinhoop.", True),
    ("Wij adviseren de gemeente om een regisseur voor het sociaal domein aan te stellen.", True),
    ("De samenwerking met de GGD laat te wensen over.", True),
    ("Het wijkteam heeft de zaken totaal niet in de hand.", True),
    ("De klantmanagers zijn overbelast en de teamleider grijpt niet in; dat is verwijtbaar.", True),
    # --- not judging ---------------------------------------------------------------------------
    ("We zagen dat de overdracht tussen consulenten nog niet altijd lukt.", False),
    ("De samenwerking met het UWV is niet slecht, zeggen de klantmanagers.", False),
    ("Het team levert geen slechte dienstverlening, maar mist tijd voor huisbezoeken.", False),
    ("Slechts een klein deel van de bijstandsgerechtigden neemt deel aan een traject.", False),
    ("Een klantmanager vertelt: 'Ik moet elke week twintig dossiers afhandelen.'", False),
    ("Wij moeten als reviewers nog met de wethouder spreken.", False),
    ("Volgens de teamleider moet er nog veel gebeuren in de wijkteams.", False),
    ("Inwoners kunnen altijd binnenlopen bij het wijkteam op het marktplein.", False),
    ("Het inloopspreekuur van de schuldhulp is altijd op dinsdagochtend.", False),
    ("De consulent moet volgens het werkproces binnen acht weken een besluit nemen.", False),
    ("Regelmatig overleggen klantmanagers en wijkcoaches over gezamenlijke casussen.", False),
    ("In de wijkteams zagen we een sterke betrokkenheid bij gezinnen.", False),
    ("De klantmanagers ervaren hun caseload als hoog.", False),
    ("Het viel ons op dat jongeren na hun achttiende vaak uit beeld raken.", False),
    ("We vroegen ons af wie de regie heeft als een gezin met meerdere hulpverleners werkt.", False),
    ('De wethouder zegt: "Wij schieten als gemeente tekort bij de jeugdhulp."', False),
    ("> De gemeente faalt als het om nazorg gaat.", False),
    (
        "Het team schiet niet tekort in betrokkenheid; de vraag is hoe die wordt georganiseerd.",
        False,
    ),
    ("De registratie is niet onvoldoende, maar wordt door weinig mensen gebruikt.", False),
    (
        "Iedereen die een bijstandsuitkering aanvraagt, krijgt binnen een week een intakegesprek.",
        False,
    ),
    ("De kwaliteit van de gesprekken wisselt per consulent.", False),
    (
        "Het team heeft niet gefaald; het heeft keuzes gemaakt die we graag met jullie bespreken.",
        False,
    ),
    ("Wat betekent het voor de wijkteams dat de schuldhulp op afstand staat?", False),
    ("De consulenten gaven aan dat het systeem slecht aansluit op hun werkwijze.", False),
    (
        "Een slechtnieuwsgesprek over een terugvordering wordt altijd met twee medewerkers gevoerd.",
        False,
    ),
    ("Inwoners moeten soms lang wachten op een afspraak met de schuldhulpverlener.", False),
    ("Het is nog onduidelijk hoe de nieuwe verordening uitpakt voor jongeren.", False),
    ("De matigingsregeling voor jongeren wordt nauwelijks toegepast.", False),
    ("Er is het afgelopen jaar geen enkele klacht binnengekomen over de bereikbaarheid.", False),
    ("Hoe kijken jullie zelf naar de rol van de klantmanager in de wijk?", False),
    (
        "We hoorden van meerdere professionals dat zij zich gesteund voelen door hun teamleider.",
        False,
    ),
    ("De gemeente moest in 2022 snel schakelen toen de energietoeslag werd ingevoerd.", False),
    ("Wij zagen dat de wijkteams veel ruimte krijgen om zelf te beslissen.", False),
    ("Een tekort aan klantmanagers leidt volgens de teamleider tot langere doorlooptijden.", False),
    ("De consulent schiet in de lach als we naar het aanvraagformulier vragen.", False),
    ("Het budget voor bijzondere bijstand schoot in 2023 tekort.", False),
    ("De wijkcoach komt iedere week langs bij het gezin.", False),
    ("De slechtste weken, vertelt een moeder, waren die zonder inkomen.", False),
    ("Niet iedereen in het team kent de afspraken over de warme overdracht.", False),
    ("De gemeente kan altijd terugvallen op de expertise van de GGD.", False),
    ("We moeten nog terugkomen op de cijfers over de uitstroom naar werk.", False),
    ("Het is de vraag of de huidige werkwijze past bij de ambitie van de wethouder.", False),
    ("Opvallend is dat de wijkteams de schuldhulp weten te vinden, maar andersom minder.", False),
    ("Een van de klantmanagers noemde het systeem 'traag en onhandig'.", False),
    ("Het gesprek met de consulent voelde voor de inwoner als een moetje.", False),
    ("De teamleider vindt dat het team zwakker staat sinds de reorganisatie.", False),
    ("Het gesprek over de herindicatie vindt plaats in het wijkcentrum.", False),
    ("Statushouders moeten binnen drie jaar hun inburgering afronden.", False),
    ("Vrijwel iedereen met wie we spraken noemt de korte lijnen met de wethouder.", False),
    ("De wachttijd voor schuldhulp is in een jaar gedaald van tien naar zes weken.", False),
    ("We zagen dat de klantmanagers nog zoeken naar een gezamenlijke werkwijze.", False),
    ("Het is niet zo dat het wijkteam faalt; het mist vooral een duidelijke opdracht.", False),
    ("Dat vraagt iets van de organisatie: durft zij te kiezen waar zij voor staat?", False),
    # --- added later, written before running the check on them (held out) ---------------------
    ("De klantmanagers falen in het bereiken van jongeren zonder startkwalificatie.", True),
    ("De samenwerking tussen Werk en Inkomen en de wijkteams is zwak georganiseerd.", True),
    ("De directie moet meer tijd vrijmaken voor gesprekken met de uitvoering.", True),
    ("Iedereen in het team werkt langs elkaar heen.", True),
    ("De terugkoppeling aan inwoners schiet op veel punten tekort.", True),
    ("De klachtenafhandeling is traag en ondoorzichtig.", True),
    ("Het team weet de weg naar de schuldhulp steeds beter te vinden.", False),
    ("We zagen dat de wijkteams elkaar op dinsdagmiddag opzoeken voor casusoverleg.", False),
    ("Volgens een beleidsadviseur is de regie op de uitvoering zwak.", False),
    ("Medewerkers vertellen dat zij altijd terecht kunnen bij hun teamleider.", False),
    ("Het is niet zo dat de consulenten tekortschieten in hun aandacht voor inwoners.", False),
    ("Wat zou er nodig zijn om de wachttijd voor schuldhulp verder te verkorten?", False),
)


# --- TSV corpora ------------------------------------------------------------------------------

CORPUS_DIR = Path(__file__).resolve().parent / "tone" / "corpus"
DEV_TSV = CORPUS_DIR / "dev.tsv"  # tuned on
TEST_TSV = CORPUS_DIR / "test.tsv"  # written and committed before tuning; never tuned on


class CorpusError(ValueError):
    """A corpus file that cannot be read; the message is Dutch and says where."""


def read_tsv(path) -> list[tuple[str, bool]]:
    """(sentence, is_judging) pairs from a tab-separated file with a header row naming the
    columns ``label`` (J or N) and ``sentence``, in any order; extra columns are ignored."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except FileNotFoundError:
        raise CorpusError(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise CorpusError(f"{path} is een map, geen bestand.") from None
    except UnicodeDecodeError:
        raise CorpusError(f"Het bestand {path} is geen UTF-8-tekst.") from None
    except OSError as exc:
        raise CorpusError(f"Het bestand {path} kan niet worden gelezen ({exc.strerror}).") from None
    if not rows:
        raise CorpusError(f"Het bestand {path} is leeg.")
    header = [c.strip().lower() for c in rows[0]]
    if "label" not in header or "sentence" not in header:
        raise CorpusError(
            f"De eerste regel van {path} moet de kolommen ‘label’ en ‘sentence’ noemen, "
            "gescheiden door een tab."
        )
    li, si = header.index("label"), header.index("sentence")
    pairs = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) <= max(li, si):
            raise CorpusError(f"Regel {number} van {path} heeft te weinig kolommen.")
        label, sentence = row[li].strip().upper(), row[si].strip()
        if label not in ("J", "N"):
            raise CorpusError(
                f"Regel {number} van {path}: het label moet J (oordelend) of N (niet) zijn, "
                f"niet ‘{row[li].strip()}’."
            )
        if not sentence:
            raise CorpusError(f"Regel {number} van {path} heeft geen zin.")
        pairs.append((sentence, label == "J"))
    if not pairs:
        raise CorpusError(f"Het bestand {path} bevat geen zinnen.")
    return pairs
