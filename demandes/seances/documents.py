"""The printable documents of a session: the agenda's summaries, the procès-verbal and its PDF (WeasyPrint)."""

from django.contrib.staticfiles import finders
from django.db.models import Q

from ..models import DemandeFormField, FieldType
from ..models.demande import PROJECT_TITLE_FIELD


def personal_questions():
    """The questions left out of the agenda: contact details (those a phone fills in: name, e-mail,
    telephone, address, association) and what it shows apart (quartier, amount, files) or not at all (consent)."""
    kinds = ["email", "checkbox", FieldType.QUARTIER, FieldType.MONTANT, FieldType.FICHIERS]
    questions = DemandeFormField.objects.filter(~Q(autocomplete="") | Q(field_type__in=kinds))
    return set(questions.values_list("clean_name", flat=True))


def agenda_summary(demande, personal):
    """(question, answer) pairs of the demande for the comité, without ``personal`` questions."""
    summary = []
    for name, label in demande.field_labels.items():
        answer = demande.form_data.get(name)
        if isinstance(answer, list):
            answer = ", ".join(map(str, answer))
        if name in personal or name == PROJECT_TITLE_FIELD or answer in (None, True, False, ""):
            continue
        summary.append((label, str(answer)))
    return summary


def minutes_context(seance):
    passages = list(
        seance.passages.select_related("demande").prefetch_related("not_taking_part").order_by("order", "pk")
    )
    membres = list(seance.membres.all())
    return {
        "seance": seance,
        "membres": membres,
        "quorum_reached": seance.quorum is None or len(membres) >= seance.quorum,
        "passages": passages,
        "interests": [(p, membre) for p in passages for membre in p.not_taking_part.all()],
    }


def minutes_pdf(html):
    """The minutes as PDF. Nothing is fetched: the print stylesheet is read from the static files,
    and the page links to nothing else."""
    from weasyprint import CSS, HTML  # loads Pango: only when a PDF is asked for

    stylesheet = CSS(filename=finders.find("css/seance.css"))
    return HTML(string=html, url_fetcher=refuse_fetch).write_pdf(stylesheets=[stylesheet])


def refuse_fetch(url, *args, **kwargs):
    raise ValueError(f"the minutes fetch nothing ({url})")
