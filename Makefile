# Every command a developer or CI needs. `make test` is what CI runs.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
UV_HOME := .cache/uv
UV := $(UV_HOME)/bin/uv
VENV := .venv
MANAGE := $(VENV)/bin/python manage.py
PORT ?= 8000
POSTGRES_TEST_URL ?= postgres://cdv:cdv@127.0.0.1:5432/cdv
# The production stack's own databases: `make serve-prod`'s, and the one its tests recreate.
STACK_DATABASE_URL ?= postgres://cdv:cdv@127.0.0.1:5432/cdv_stack
REDIS_TEST_URL ?= redis://127.0.0.1:6379/1
CHROMIUM := /usr/bin/chromium
# The OpenSearch node of the tests and of local development (search/engine/).
SEARCH_ENGINE := search/engine
SEARCH_ENGINE_CLASSPATH := $(SEARCH_ENGINE)/target/classpath.txt
SEARCH_ENGINE_PORT ?= 9200
MAVEN := mvn -q -B -Dstyle.color=never -Dmaven.repo.local=$(CURDIR)/.cache/m2
# Runs its commands in a subshell and prints the part's time, e.g. "[lint] 3.2 s".
timed = TIMEFORMAT="[$@] %1R s"; time ( $(1) )

.PHONY: install run test lint audit check services search-engine search-engine-build test-sqlite test-postgres chromium bench catalogues \
	messages stack-packages serve-prod test-stack loadtest demo-data

# uv itself comes from PyPI into a private folder, so a clean machine needs only python3.
$(UV):
	$(PYTHON) -m venv $(UV_HOME)
	$(UV_HOME)/bin/pip install --quiet uv==$(UV_VERSION)

# WeasyPrint (the committee minutes as PDF) draws text with Debian's Pango.
install: $(UV)
	@$(call timed,ldconfig -p | grep -q libpangoft2-1.0 || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null); \
		$(UV) sync --frozen --quiet)

# The interface's French, English and Arabic catalogues (locale/*/LC_MESSAGES/django.po),
# compiled with GNU gettext's msgfmt, installed from Debian if missing.
catalogues: install
	@$(call timed,command -v msgfmt >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null); \
		$(MANAGE) compilemessages --ignore=.venv --ignore=.cache -v0)

# After changing interface strings: refresh the catalogues, then translate the new entries.
messages: install
	$(MANAGE) makemessages -l fr -l en -l ar --ignore=.venv --ignore=.cache --ignore=tests --no-obsolete

# Links in e-mails (the demandes' and Wagtail's) use this address: the site's Site follows it.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
# The task worker runs beside the web server: it sends the demandes' e-mails and
# updates Wagtail's search and reference indexes. Both stop together.
run: catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_initial_content
	$(MANAGE) set_site_address
	$(MANAGE) db_worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; $(MANAGE) runserver 127.0.0.1:$(PORT)

# The volume of a site in full use on top of `make run`'s site (1 000 projects and 300 news items per
# language); e.g. `make demo-data DEMO_DATA_ARGS="--projects 200 --news 60"`.
demo-data: catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_initial_content
	$(MANAGE) demo_data $(DEMO_DATA_ARGS)

# Playwright's own browser download cannot work here: tests drive Debian's Chromium.
chromium:
	@$(call timed,test -x $(CHROMIUM) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null))

# Debian's packages: install postgresql and redis-server if missing, start them on 127.0.0.1 (idempotent).
services:
	@$(call timed,bash scripts/test-services.sh)

# The launcher of one OpenSearch 2.19 node (Java 17; Maven's repository in .cache/m2).
$(SEARCH_ENGINE_CLASSPATH): $(SEARCH_ENGINE)/pom.xml $(wildcard $(SEARCH_ENGINE)/src/main/java/*/*/*/*/*.java)
	@$(call timed,command -v mvn >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null); \
		cd $(SEARCH_ENGINE) && $(MAVEN) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)

search-engine-build: $(SEARCH_ENGINE_CLASSPATH)

# An OpenSearch node in the foreground on 127.0.0.1:$(SEARCH_ENGINE_PORT), data in var/search-engine.
# Point the site at it with OPENSEARCH_URL=http://127.0.0.1:$(SEARCH_ENGINE_PORT).
search-engine: search-engine-build
	java -Xms512m -Xmx512m -cp $(SEARCH_ENGINE)/target/classes:$$(cat $(SEARCH_ENGINE_CLASSPATH)) \
		fr.loos.contratdeville.search.EmbeddedNode $(SEARCH_ENGINE_PORT) var/search-engine

lint: install
	@$(call timed,$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .)
	@$(MAKE) --no-print-directory audit

# bandit: no high-severity finding in our code. Then uv audit: the lock against OSV's advisories, failing
# on any not accepted in .audit-ignore (or one line saying the service could not be reached).
BANDIT_EXCLUDE := ./.venv,./.cache,./tests,./var,./search/engine
audit: install
	@$(call timed,$(VENV)/bin/bandit -q -r . -x $(BANDIT_EXCLUDE) -lll && UV=$(UV) bash scripts/audit-dependencies.sh)

check: install
	@$(call timed,DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check && \
		DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run)

# Each run prints its 15 slowest tests, so that CI's log shows where the time goes.
test-sqlite: catalogues chromium search-engine-build
	@$(call timed,DATABASE_URL=sqlite:///$(CURDIR)/var/test.sqlite3 $(VENV)/bin/pytest --ignore=tests/stack --durations=15)

# The production-like run: PostgreSQL, and Redis as the shared cache. The browser journeys
# are about what a person sees, not the database: they run in the SQLite run, and through
# the production stack on PostgreSQL in test-stack, not a third time here.
test-postgres: catalogues chromium services search-engine-build
	@echo "test-postgres: tests/browser left out (run by test-sqlite, and through the production stack by test-stack)"
	@$(call timed,DATABASE_URL=$(POSTGRES_TEST_URL) CACHE_URL=$(REDIS_TEST_URL) $(VENV)/bin/pytest --ignore=tests/stack --ignore=tests/browser --durations=15)

# The two databases are tested side by side (each output printed whole when it ends),
# then the production stack, load test included.
test: lint check catalogues chromium services search-engine-build
	@$(call timed,$(MAKE) -j2 --output-sync=target test-sqlite test-postgres)
	@$(MAKE) --no-print-directory test-stack

# Debian's nginx (and its brotli modules) and Varnish, installed if missing.
stack-packages:
	@$(call timed,bash scripts/stack-packages.sh)

# The production stack on 127.0.0.1 in the foreground (deploy/serve.py): nginx on :8080
# (CDV_HTTP_PORT) → Varnish → gunicorn, the task worker and the scheduler, on PostgreSQL
# (database cdv_prod) and Redis. Ctrl-C stops everything.
serve-prod: catalogues services stack-packages
	@PG_DATABASE=cdv_prod bash scripts/test-services.sh >/dev/null
	$(VENV)/bin/python deploy/serve.py --prepare

# The stack started once on free ports, on its own database (recreated): the proxy cache,
# what nginx serves, Ctrl-C, and the load test.
test-stack: catalogues services stack-packages
	@$(call timed,STACK_DATABASE_URL=$(STACK_DATABASE_URL) $(VENV)/bin/pytest tests/stack)

# The load test alone (50 clients, at most 2 minutes of load; the stack takes about as long to build).
loadtest: catalogues services stack-packages
	@$(call timed,STACK_DATABASE_URL=$(STACK_DATABASE_URL) $(VENV)/bin/pytest tests/stack -m load)

# Render time per page type (median and 95th percentile) on a scratch SQLite file,
# or on BENCH_DATABASE_URL (a scratch database: it is migrated and filled).
# Not part of `make test`: the benchmark (bench/, about 10 minutes). The production stack on a
# throw-away PostgreSQL database (cdv_bench, dropped after), wrk through the proxy cache, Lighthouse
# (bench/package.json) on Debian's Chromium; results in var/bench/latest.json.
bench: catalogues chromium services stack-packages search-engine-build
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	@$(call timed,$(VENV)/bin/python -m bench)
