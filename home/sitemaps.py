"""One sitemap per language, listed by /sitemap.xml: search engines find each locale's pages,
and each page names its other languages with hreflang."""

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap

from home.published import private_sections


class LocaleSitemap(Sitemap):
    language_code = None

    def items(self):
        home = self.get_wagtail_site().root_page
        translated_home = home.get_translations(inclusive=True).filter(locale__language_code=self.language_code)
        root = translated_home.first()
        if root is None:
            return home.get_descendants().none()
        return (
            root.get_descendants(inclusive=True)
            .live()
            .exclude(private_sections())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


SITEMAPS = {
    code: type(f"{code.capitalize()}Sitemap", (LocaleSitemap,), {"language_code": code})
    for code, _name in settings.LANGUAGES
}
