# claimwatch — build, test and demo on Debian 12.
#   make demo   build and replay the bundled story on loopback
#   make test   run every test (Swift Testing) on real SQLite files and loopback servers
PREFIX   ?= /usr/local
DESTDIR  ?=
SWIFT    ?= swift
DEB_PACKAGES = libcurl4-openssl-dev libsqlite3-dev libxml2-dev libicu-dev zlib1g-dev pkg-config

.PHONY: all deps build release test demo clean

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
