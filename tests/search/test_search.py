from tests.utils import page_text


def test_search_finds_the_pic_page(client, initial_content):
    response = client.get("/fr/recherche/", {"q": "initiative citoyenne"})
    assert response.status_code == 200
    assert 'href="/fr/participer/projet-initiative-citoyenne/"' in response.content.decode()


def test_search_without_results_says_what_to_try(client, initial_content):
    text = page_text(client.get("/fr/recherche/", {"q": "zzzzqqqq"}))
    assert "Aucune page ne correspond à votre recherche." in text


def test_search_survives_hostile_and_huge_queries(client, initial_content):
    """A script tag is shown as text, never run; a huge query is cut, not an error."""
    response = client.get("/fr/recherche/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "&lt;script&gt;" in response.content.decode()
    assert client.get("/fr/recherche/", {"q": "é" * 100_000}).status_code == 200
    assert client.get("/fr/recherche/", {"q": "PIC", "page": "zzz"}).status_code == 200
