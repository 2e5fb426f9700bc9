"""What residents type, and the result they must find near the top (first, or in the first three).

A result is a page's address, or « lieu: » and a contact point's name. Queries marked
`typo` carry a one-letter mistake: they count only on a backend with fuzzy matching.
"""

from dataclasses import dataclass

PIC = "/fr/participer/projet-initiative-citoyenne/"
FTU = "/fr/participer/fonds-travaux-urbains/"
PROJETS = "/fr/projets/"
MAISON_DU_PROJET = "lieu: Maison du projet des Oliveaux"


@dataclass(frozen=True)
class Expectation:
    query: str
    expected: str
    within: int = 3
    language: str = "fr"
    typo: bool = False


RELEVANCE_SET = [
    # The dispositifs, by acronym, name, figures and synonyms.
    Expectation("PIC", PIC, within=1),
    Expectation("pic", PIC, within=1),
    Expectation("projet d'initiative citoyenne", PIC, within=1),
    Expectation("initiative citoyenne", PIC, within=1),
    Expectation("FTU", FTU, within=1),
    Expectation("fonds de travaux urbains", FTU, within=1),
    Expectation("fond travaux urbain", FTU),
    Expectation("subvention travaux", FTU),
    Expectation("aide pour des travaux dans mon quartier", FTU),
    Expectation("1500 euros", PIC),
    Expectation("1 500 €", PIC),
    Expectation("1500€", PIC),
    Expectation("4500", FTU),
    Expectation("4 500 euros", FTU),
    Expectation("fiche projet", f"{PIC}fiche-projet/"),
    Expectation("comité de gestion", PIC),
    Expectation("sécurité du quartier", FTU),
    Expectation("programme d'actions", "/fr/participer/programme-actions/"),
    # The funded projects: singular or plural, accents or none.
    Expectation("jardins partagés", f"{PROJETS}jardin-partage-olivettes/"),
    Expectation("jardin partage", f"{PROJETS}jardin-partage-olivettes/"),
    Expectation("banc", f"{PROJETS}installation-bancs/"),
    Expectation("bancs", f"{PROJETS}installation-bancs/"),
    Expectation("hortillonnages", f"{PROJETS}sortie-hortillonnages-amiens/", within=1),
    Expectation("sortie amiens", f"{PROJETS}sortie-hortillonnages-amiens/"),
    Expectation("musee de la gaufre", f"{PROJETS}visite-musee-gaufre/", within=1),
    Expectation("gala", f"{PROJETS}gala-amitie-nos-jeunes-ont-du-talent-2024/"),
    Expectation("nos jeunes ont du talent", f"{PROJETS}gala-amitie-nos-jeunes-ont-du-talent-2024/"),
    Expectation("partenord", f"{PROJETS}panneaux-immeubles-partenord/"),
    Expectation("rampe", f"{PROJETS}rampe-derriere-batiment/"),
    # The quartiers, as their names are typed.
    Expectation("epi de soil", "/fr/quartiers/epi-de-soil/"),
    Expectation("Épi de Soil", "/fr/quartiers/epi-de-soil/"),
    Expectation("oliveaux", "/fr/quartiers/oliveaux/"),
    Expectation("clemenceau", "/fr/quartiers/clemenceau-kiener/"),
    Expectation("kiener", "/fr/quartiers/clemenceau-kiener/"),
    Expectation("quartiers prioritaires", "/fr/quartiers/"),
    # The contrat de ville, its law and its figures; where to go.
    Expectation("loi Lamy", "/fr/contrat-de-ville/"),
    Expectation("contrat de ville 2024 2030", "/fr/contrat-de-ville/"),
    Expectation("conseil citoyen", "/fr/contrat-de-ville/"),
    Expectation("chiffres", "/fr/chiffres/"),
    Expectation("maison du projet", MAISON_DU_PROJET),
    Expectation("contact", "/fr/contact/"),
    # One-letter typos.
    Expectation("jardim", f"{PROJETS}jardin-partage-olivettes/", typo=True),
    Expectation("hortilonnages", f"{PROJETS}sortie-hortillonnages-amiens/", typo=True),
    Expectation("partenor", f"{PROJETS}panneaux-immeubles-partenord/", typo=True),
    # English and Arabic, on their own pages.
    Expectation("citizen initiative", "/en/take-part/citizen-initiative-project/", within=1, language="en"),
    Expectation("urban works fund", "/en/take-part/urban-works-fund/", within=1, language="en"),
    Expectation("PIC", "/en/take-part/citizen-initiative-project/", within=1, language="en"),
    Expectation("neighbourhoods", "/en/neighbourhoods/", language="en"),
    Expectation("مبادرة المواطنين", "/ar/participer/projet-initiative-citoyenne/", language="ar"),
    Expectation("صندوق الأشغال الحضرية", "/ar/participer/fonds-travaux-urbains/", language="ar"),
    Expectation("PIC", "/ar/participer/projet-initiative-citoyenne/", within=1, language="ar"),
]
