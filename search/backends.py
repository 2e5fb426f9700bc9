"""The search engines the site can use, with French analysis, chosen by settings alone.

OpenSearch 2 and Elasticsearch 8 share one analysis (modelsearch's Elasticsearch base):
elision (l’, d’…), lowercase, ASCII folding, French stop words and light stemmer, and
amounts written with spaces ("1 500 €") read as one number. Plain-text queries also
match one-letter typos. Synonyms are expanded before the query reaches any backend
(search.query), so editors change them without a deploy or a reindex.
"""

from copy import deepcopy

import elastic_transport
import elasticsearch
import opensearchpy
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.backends.opensearch2 import (
    OpenSearch2SearchBackend,
    OpenSearch2SearchQueryCompiler,
    OpenSearch2SearchResults,
)
from modelsearch.utils import deep_update

# What the clients raise when the engine cannot answer: down, unreachable, overloaded, refusing.
ENGINE_ERRORS = (opensearchpy.TransportError, elastic_transport.TransportError, elasticsearch.ApiError)


class SearchUnavailable(Exception):
    """The search engine did not answer; the rest of the site works without it."""


FRENCH_ANALYSIS = {
    "settings": {
        "analysis": {
            "char_filter": {
                # "1 500 €", "1 500" (no-break or thin space) and "1.500" are read as "1500 euros".
                "amount_groups": {
                    "type": "pattern_replace",
                    "pattern": "(?<=\\d)[\\s\\u00a0\\u202f.](?=\\d{3}(?!\\d))",
                    "replacement": "",
                },
                "euro_sign": {"type": "mapping", "mappings": ["€ => euros"]},
            },
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "light_french"},
            },
            "analyzer": {
                # Every text field without an analyzer of its own (titles, intros, bodies, _all_text).
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "char_filter": ["amount_groups", "euro_sign"],
                    "filter": ["french_elision", "lowercase", "asciifolding", "french_stop", "french_stemmer"],
                },
            },
        }
    }
}


# How much a match with a typo counts against an exact (or stemmed) one.
TYPO_WEIGHT = 0.3
# Letters a word may have wrong: none under 4 letters, one from 4, two from 8. The engine's own
# "AUTO" allows two from 6 letters, which matches far more words and costs it most of a search's time.
TYPO_FUZZINESS = "AUTO:4,8"


class WeightedFuzzyPlainTextMixin:
    """A plain-text query adds up its matches in every field, each with its weight (a word in the title
    and the body counts more than in the body alone), then adds words a letter or two away.

    Words with a typo are looked for in the catch-all field alone, which holds every other: each field
    searched fuzzily costs the engine its own set of automata per word."""

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        exact = super()._compile_plaintext_query(query, fields, boost)
        if "multi_match" in exact:
            exact["multi_match"]["type"] = "most_fields"
        fuzzy = self._compile_fuzzy_query(
            query, [field for field in fields if field.field_name == "_all_text"] or fields
        )
        options = fuzzy["multi_match"] if "multi_match" in fuzzy else next(iter(fuzzy["match"].values()))
        # The first letter is never the typo: it keeps the fuzzy match cheap and precise.
        options.update(fuzziness=TYPO_FUZZINESS, boost=TYPO_WEIGHT * boost * options.get("boost", 1), prefix_length=1)
        return {"bool": {"should": [exact, fuzzy]}}


class EngineResultsMixin:
    """Results that raise SearchUnavailable, whichever client failed, so views need not know the engine;
    and that keep the total the engine sends with every page of hits (`total`), so that a page of
    results costs one request, not a count and then a page (see search.views.paginate)."""

    total = None

    def _backend_do_search(self, body, **kwargs):
        response = super()._backend_do_search(body, track_total_hits=True, **kwargs)
        self.total = response["hits"]["total"]["value"]
        return response

    def _do_search(self):
        try:
            yield from super()._do_search()
        except ENGINE_ERRORS as error:
            raise SearchUnavailable(str(error)) from error

    def _do_count(self):
        try:
            return super()._do_count()
        except ENGINE_ERRORS as error:
            raise SearchUnavailable(str(error)) from error


class FrenchBackendMixin:
    """The French analysis above, under any INDEX_SETTINGS a deployment adds."""

    settings = deep_update(deepcopy(ElasticsearchBaseSearchBackend.settings), FRENCH_ANALYSIS)


class OpenSearchQueryCompiler(WeightedFuzzyPlainTextMixin, OpenSearch2SearchQueryCompiler):
    pass


class OpenSearchResults(EngineResultsMixin, OpenSearch2SearchResults):
    pass


class OpenSearchBackend(FrenchBackendMixin, OpenSearch2SearchBackend):
    query_compiler_class = OpenSearchQueryCompiler
    results_class = OpenSearchResults


class ElasticsearchQueryCompiler(WeightedFuzzyPlainTextMixin, Elasticsearch8SearchQueryCompiler):
    pass


class ElasticsearchResults(EngineResultsMixin, Elasticsearch8SearchResults):
    pass


class ElasticsearchBackend(FrenchBackendMixin, Elasticsearch8SearchBackend):
    query_compiler_class = ElasticsearchQueryCompiler
    results_class = ElasticsearchResults


def search_together(*windows):
    """Fetch slices of engine results (``results[start:stop]``) in one request to the engine (_msearch):
    each then holds its hits and its total as if it had asked alone. A slice of the database's own
    search, or one already read, is left to fetch itself when read."""
    windows = [window for window in windows if isinstance(window, EngineResultsMixin) and window._results_cache is None]
    if len(windows) < 2:  # one search: the engine's own search request, when it is read
        return
    backend = windows[0].backend
    searches = []
    for window in windows:
        index = backend.get_index_for_model(window.query_compiler.queryset.model).name
        body = {"from": window.start, "size": window.stop - window.start, "track_total_hits": True}
        body.update(window._get_es_body(), _source=False, **{window.fields_param_name: "pk"})
        searches += [{"index": index}, body]
    try:
        responses = backend.es.msearch(body=searches)["responses"]
    except ENGINE_ERRORS as error:
        raise SearchUnavailable(str(error)) from error
    for window, response in zip(windows, responses, strict=True):
        if "error" in response:
            raise SearchUnavailable(str(response["error"]))
        window.total = response["hits"]["total"]["value"]
        window._results_cache = list(window._get_results_from_hits(response["hits"]["hits"]))
