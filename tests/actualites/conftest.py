from types import SimpleNamespace

import pytest

from dispositifs.models import DispositifPage
from home.models import Quartier


@pytest.fixture
def places(initial_content):
    """The seed's PIC and FTU pages and two of its quartiers, to file test projects under."""
    return SimpleNamespace(
        pic=DispositifPage.objects.get(acronym="PIC"),
        ftu=DispositifPage.objects.get(acronym="FTU"),
        oliveaux=Quartier.objects.get(name="Les Oliveaux"),
        kiener=Quartier.objects.get(name="Clémenceau – Kiener"),
    )
