"""`make loadtest`: 50 visitors at once on the production stack, while the mail server refuses half its sessions.

Each visitor views pages and sends PIC fiches projet (the form fetched for its CSRF token
and cookie, then posted). Measured: no server error, every accepted demande stored once,
and every one of its e-mails delivered once the mail server works again.
"""

import json
import random
import re
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from .test_proxy import CSRF_INPUT, PIC_FORM

CLIENTS = 50
ROUNDS = 1  # per visitor: three page views and one demande (2 CPUs serve the whole test suite's machine)
LOAD_SECONDS = 120  # the load itself, bounded
PAGES = ["/fr/", "/fr/participer/", "/fr/participer/projet-initiative-citoyenne/", "/en/", "/ar/", "/fr/quartiers/"]
DEBUT_INPUT = re.compile(r'name="debut" value="([^"]+)"')
MAIL_DEADLINE = 60

pytestmark = pytest.mark.load


def pic_answers(stack):
    """A valid fiche projet's POST data, and the name of its title field, from the stack's own form."""
    return json.loads(
        stack.shell(
            "import json\n"
            "from demandes.models import DemandeFormPage\n"
            "from tests.demandes.factories import field_name, pic_answers\n"
            "page = DemandeFormPage.objects.get(\n"
            f"    locale__language_code='fr', url_path__endswith='{PIC_FORM.removeprefix('/fr')}'\n"
            ")\n"
            "print(json.dumps({'data': pic_answers(page),"
            " 'title': field_name(page, 'Titre du projet')}))\n"
        )
    )


class Load:
    def __init__(self, stack, answers):
        self.stack = stack
        self.answers = answers
        self.timings = []
        self.statuses = []
        self.accepted = []
        self.lock = threading.Lock()

    def request(self, session, method, path, **kwargs):
        started = time.monotonic()
        response = session.request(method, self.stack.url + path, timeout=LOAD_SECONDS, allow_redirects=False, **kwargs)
        with self.lock:
            self.timings.append(time.monotonic() - started)
            self.statuses.append(response.status_code)
        return response

    def submit(self, session, title):
        form = self.request(session, "GET", PIC_FORM)
        data = {
            **self.answers["data"],
            self.answers["title"]: title,
            "csrfmiddlewaretoken": CSRF_INPUT.search(form.text).group(1),
            "debut": DEBUT_INPUT.search(form.text).group(1),
        }
        # The CSRF cookie is marked Secure (production settings): sent back by hand over plain HTTP.
        cookie = {"Cookie": f"csrftoken={form.cookies['csrftoken']}"}
        response = self.request(session, "POST", PIC_FORM, data=data, headers=cookie)
        if response.status_code in (302, 303):
            with self.lock:
                self.accepted.append(title)

    def visitor(self, number):
        session = requests.Session()
        generator = random.Random(number)  # noqa: S311 (a mix of pages, not a secret)
        for round_ in range(ROUNDS):
            for path in generator.sample(PAGES, 3):
                self.request(session, "GET", path)
            self.submit(requests.Session(), f"Projet de charge {number}-{round_}")


def delivery(stack, titles, title_field):
    """Per accepted title, how many demandes hold it; and the notifications' references and states."""
    return json.loads(
        stack.shell(
            "import json\n"
            "from demandes.models import Demande, Notification\n"
            f"titles = {titles!r}\n"
            f"stored = {{t: Demande.objects.filter(form_data__{title_field}=t).count() for t in titles}}\n"
            "notes = list(Notification.objects.values_list('demande__reference', 'state'))\n"
            "print(json.dumps({'stored': stored, 'notifications': notes}))\n"
        )
    )


def test_fifty_visitors_while_the_mail_server_refuses_half_its_sessions(stack, stack_mailbox, capsys):
    answers = pic_answers(stack)
    load = Load(stack, answers)
    stack_mailbox.refusing = True
    started = time.monotonic()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(load.visitor, range(CLIENTS)))
    duration = time.monotonic() - started
    # The worker may not have reached the mail server during the load: it goes on refusing
    # every other session until it has turned one away.
    refusal_deadline = time.monotonic() + MAIL_DEADLINE
    while not stack_mailbox.refused and time.monotonic() < refusal_deadline:
        time.sleep(0.2)
    stack_mailbox.refusing = False

    deadline = time.monotonic() + MAIL_DEADLINE
    while True:
        result = delivery(stack, load.accepted, answers["title"])
        states = [state for _, state in result["notifications"]]
        if all(state == "envoye" for state in states) or time.monotonic() > deadline:
            break
        time.sleep(1)

    timings = sorted(load.timings)
    references = {reference for reference, _ in result["notifications"]}
    subjects = [item["message"]["Subject"] for item in stack_mailbox.messages]
    figures = (
        f"[loadtest] {len(timings)} requests in {duration:.1f} s by {CLIENTS} clients, "
        f"{sum(status >= 500 for status in load.statuses)} server errors, "
        f"p50 {statistics.median(timings) * 1000:.0f} ms, p99 {timings[int(len(timings) * 0.99)] * 1000:.0f} ms; "
        f"{len(load.accepted)} demandes accepted, {sum(result['stored'].values())} stored; "
        f"{len(subjects)} e-mails delivered, {stack_mailbox.refused} SMTP sessions refused"
    )
    with capsys.disabled():
        print(f"\n{figures}")
    assert duration < LOAD_SECONDS
    assert not [status for status in load.statuses if status >= 500]
    assert len(load.accepted) == CLIENTS * ROUNDS
    assert set(result["stored"].values()) == {1}
    assert states and set(states) == {"envoye"}
    assert stack_mailbox.refused > 0
    # Each notification delivered exactly once: its subject names the demande's reference.
    for reference in references:
        assert sum(reference in subject for subject in subjects) == 2
