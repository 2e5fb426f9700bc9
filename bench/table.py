"""The short table `make bench` prints from its results (var/bench/latest.json)."""


def print_tables(results):
    machine = results["machine"]
    print(f"\n{results['date']} — {machine['cpus']} CPU, {machine['cpu_model']} — volume: {results['volume']}")
    print(f"\n{'page':16} {'q':>3} {'html':>7} {'sent':>7} | {'cached r/s':>10} {'p50':>6} {'p99':>6} |", end="")
    print(f" {'uncached r/s':>12} {'p50':>6} {'p99':>7} | {'static r/s':>10} {'ratio':>6}")
    for name, page in results["pages"].items():
        cached, uncached, static, ratio = page["cached"], page["uncached"], page["static"], page["ratio"]
        print(
            f"{name:16} {page['queries']:3d} {page['html_bytes']:7d} {page['transferred']:7d} |"
            f" {cached['rps']:10.0f} {cached['p50_ms']:6.1f} {cached['p99_ms']:6.1f} |"
            f" {uncached['rps']:12.0f} {uncached['p50_ms']:6.1f} {uncached['p99_ms']:7.1f} |"
            f" {static['rps']:10.0f} {ratio:6.0%}"
        )
    print("\nIn-process render on SQLite (median ms, queries):")
    for url, render in results["render_sqlite"].items():
        print(f"  {url:48} {render['median_ms']:6.1f} {render['queries']:4d}")
    print("\nLighthouse (mobile): performance, accessibility, best practices, SEO")
    for name, scores in results["lighthouse"].items():
        print(f"  {name:8} " + "  ".join(f"{category['score']:3d}" for category in scores.values()))
        for category, score in scores.items():
            if score["score"] < 100:
                print(f"           {category}: " + "; ".join(score["failing"]))
    search = results["search"]
    print(
        f"\nPurge to visitor: {results['purge_seconds']:.2f} s — task worker idle: "
        f"{results['worker_idle_cpu_percent']:.2f} % of a core — search ({search['postgresql']['projets']} projects): "
        f"PostgreSQL {search['postgresql']['median_ms']:.1f} ms, OpenSearch {search['opensearch']['median_ms']:.1f} ms"
        f"\n{results['seconds']} s in all; var/bench/latest.json"
    )
