from django import template
from django.utils.formats import number_format

from wagtail.models import Page, Site

register = template.Library()


@register.filter
def grouped(value):
    """A whole number with the locale's thousands separator: 2 871 930 in French."""
    if value is None or value == "":
        return ""
    return number_format(value, decimal_pos=0, force_grouping=True)


@register.filter
def euros(value):
    """An amount in euros, as French writes it: 1 500 €."""
    if value is None or value == "":
        return ""
    return f"{grouped(value)}\N{NO-BREAK SPACE}€"


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's locale (the site's root page if it is not translated)."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return None
    return site.root_page.localized


@register.simple_tag
def menu_pages(home):
    return Page.objects.child_of(home).live().public().in_menu() if home else Page.objects.none()


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the tree root, home page first."""
    return page.get_ancestors().filter(depth__gt=1).live()


@register.filter
def in_section(page, section):
    """True when page is section or lies below it in the tree."""
    return bool(page) and page.path.startswith(section.path)
