# claimwatch — build, test and demo on Debian 12.
#   make demo   build and replay the bundled story on loopback
#   make test   run every test (Swift Testing) on real SQLite files and loopback servers
#   make check-unit          systemd-analyze verify (no warning allowed) and security (exposure < 2.0)
#   make install [PREFIX=/usr/local] [DESTDIR=]   release binary, unit, man page, example config, logrotate
#   make uninstall           removes what install put there, except /etc/claimwatch/claimwatch.yaml
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
DEB_PACKAGES = libcurl4-openssl-dev libsqlite3-dev libxml2-dev libicu-dev zlib1g-dev pkg-config

.PHONY: all deps build release test demo clean check-unit install uninstall

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

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
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
	@echo "left $(DESTDIR)$(SYSCONFDIR)/claimwatch and the service's state (/var/lib/claimwatch) and logs (/var/log/claimwatch)"
