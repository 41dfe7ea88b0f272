# The two set-up commands of the README: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test evaluate bench

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# The map's JS/CSS from the npm registry into static/ (served by Streamlit, not committed).
static/node_modules/.installed: static/package.json
	cd static && npm install --no-package-lock --no-audit --no-fund --loglevel=error
	touch $@

run: $(VENV)/.installed static/node_modules/.installed
	$(PY) -m streamlit run app.py

# Debian's Chromium for the browser tests (Playwright cannot download browsers here).
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# Lint and types first (seconds), then the whole suite.
test: $(VENV)/.installed-dev static/node_modules/.installed /usr/bin/chromium
	$(PY) -m ruff check .
	$(PY) -m mypy geo layers app.py
	$(PY) -m pytest

evaluate: $(VENV)/.installed
	$(PY) -m geo evaluate ../shared/eval/lgl.jsonl
	$(PY) -m geo evaluate ../shared/eval/idner2k_dev.jsonl

# The one benchmark command (README "Performance"): needs ../shared/eval/lgl.jsonl.
bench: $(VENV)/.installed-dev static/node_modules/.installed /usr/bin/chromium
	$(PY) bench/run.py
